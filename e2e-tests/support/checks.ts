import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { AxeResults } from "axe-core";
import type { AppPage } from "./app-page";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core on the plugin's own containers (those of `selectors` that are
 * on the page) and returns its serious and critical violations, one line
 * each. Every rule runs; none is switched off.
 */
export async function axeViolations(page: Page, selectors: readonly string[]): Promise<string[]> {
	if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
	const results = await page.evaluate(async (wanted) => {
		const include = wanted.filter((s) => document.querySelector(s) !== null).map((s) => [s]);
		if (include.length === 0) throw new Error(`none of ${wanted.join(", ")} is on the page`);
		const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
		const run = await axe.run({ include }, { resultTypes: ["violations"] });
		return run.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? null,
			help: v.help,
			nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
		}));
	}, selectors);
	return results
		.filter((v) => v.impact === "serious" || v.impact === "critical")
		.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join("\n    ")}`);
}

/** Asserts what every scenario must end with: nothing on the console, no dialog, and a clean accessibility scan. */
export async function expectClean(app: AppPage, selectors: readonly string[]): Promise<void> {
	expect(app.errors).toEqual([]);
	expect(app.dialogs).toEqual([]);
	expect(await axeViolations(app.page, selectors)).toEqual([]);
}

/** What the layout check found. */
export interface LayoutReport {
	/** The container's own width and what it would need. */
	clientWidth: number;
	scrollWidth: number;
	/** Elements that reach past the container's right or left edge. */
	outside: string[];
	/** Pairs of sibling rows whose boxes overlap. */
	overlaps: string[];
	rows: number;
}

/**
 * Measures a container in the browser: whether it scrolls sideways, whether
 * any visible element inside sticks out of it, and whether any two siblings
 * among `rowSelector` overlap.
 */
export function measureLayout(page: Page, container: string, rowSelector: string): Promise<LayoutReport> {
	return page.evaluate(
		({ container, rowSelector }) => {
			const root = document.querySelector<HTMLElement>(container);
			if (!root) throw new Error(`no ${container}`);
			const name = (el: Element): string =>
				`${el.tagName.toLowerCase()}.${Array.from(el.classList).join(".")} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
			const box = root.getBoundingClientRect();
			const outside: string[] = [];
			for (const el of Array.from(root.querySelectorAll<HTMLElement>("*"))) {
				const r = el.getBoundingClientRect();
				if (r.width === 0 || r.height === 0) continue;
				if (r.right > box.right + 0.5 || r.left < box.left - 0.5)
					outside.push(
						`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)}, ` +
							`container ${Math.round(box.left)}–${Math.round(box.right)}`,
					);
			}
			const rows = Array.from(root.querySelectorAll<HTMLElement>(rowSelector)).filter((el) => el.getClientRects().length > 0);
			const overlaps: string[] = [];
			for (let i = 0; i < rows.length; i++) {
				for (let j = i + 1; j < rows.length; j++) {
					const a = rows[i]!;
					const b = rows[j]!;
					if (a.contains(b) || b.contains(a)) continue;
					const ra = a.getBoundingClientRect();
					const rb = b.getBoundingClientRect();
					const overlapX = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
					const overlapY = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
					if (overlapX > 0.5 && overlapY > 0.5) overlaps.push(`${name(a)} and ${name(b)}`);
				}
			}
			return { clientWidth: root.clientWidth, scrollWidth: root.scrollWidth, outside, overlaps, rows: rows.length };
		},
		{ container, rowSelector },
	);
}
