import { build, type Plugin } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { FEEDBACK_NOTE } from "../../../tests/core/feedback/fixture-note";
import type { BenchContext, BenchSection, SectionBody } from "../context";
import { figure, fmt, type Row } from "../report";

// Typing in a 2,000-line story note with the editor's story feedback on: the
// e2e harness's real CodeMirror 6 editor in Chromium, keys sent as a user
// types them. The longest main-thread task is read with a message-channel
// heartbeat (the long-task API only reports tasks of 50 ms and more): each
// beat records the time since the previous one, so the longest gap is the
// longest stretch the page could not answer, rendering included.

/** The repository root: the bench runs from dist/bench.cjs. */
const ROOT = resolve(__dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"];
const NOTE_PATH = "Stories/Long story note.md";
const RATES = [1, 4];
/** What is typed: words into a part, then a new part on a line of its own (the edited story is read again after each pause). */
const WORDS = " and I wrote down the decision so the next team could reuse it";
const NEW_PART = "\t6. **Notes**: the rollout took two weeks instead of the planned four";

/** A story note of about `lines` lines: the fixture's entries over and over under its legend. */
export function longStoryNote(lines: number): string {
	const all = FEEDBACK_NOTE.split("\n");
	const head = all.slice(0, 10);
	const entries = all.slice(10, 31);
	const out = [...head];
	while (out.length + entries.length <= lines) out.push(...entries);
	return `${out.join("\n")}\n`;
}

/** The e2e harness (the plugin in an in-memory Obsidian) bundled for the page, with no example vault. */
async function harnessScript(): Promise<string> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS build helper esbuild.config.mjs uses too
	const { parseWorkerPlugin } = require(resolve(ROOT, "scripts/parse-worker-plugin.cjs")) as {
		parseWorkerPlugin: (o: { minify: boolean }) => Plugin;
	};
	const noVault: Plugin = {
		name: "no-example-vault",
		setup(b) {
			b.onResolve({ filter: /^e2e:example-vault$/ }, () => ({ path: "example-vault", namespace: "e2e" }));
			b.onLoad({ filter: /.*/, namespace: "e2e" }, () => ({ contents: "export default {};", loader: "js" }));
		},
	};
	const result = await build({
		absWorkingDir: ROOT,
		entryPoints: ["e2e-tests/harness/main.ts"],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "chrome120",
		minify: true,
		alias: { obsidian: "obsidian-test-mocks/obsidian" },
		plugins: [noVault, parseWorkerPlugin({ minify: true })],
		write: false,
		logLevel: "warning",
	});
	return result.outputFiles[0]?.text ?? "";
}

const HEARTBEAT = `(() => {
	const beat = { max: 0, last: performance.now(), on: true };
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		const now = performance.now();
		beat.max = Math.max(beat.max, now - beat.last);
		beat.last = now;
		if (beat.on) channel.port2.postMessage(0);
	};
	window.__beat = beat;
	channel.port2.postMessage(0);
})()`;

/** Opens the note, types into a story near its end at `rate`× CPU, and returns the longest task and how many markers show. */
async function typeOnce(browser: Browser, script: string, note: string, rate: number, feedback: "all" | "off") {
	const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
	const page: Page = await context.newPage();
	page.setDefaultTimeout(120_000);
	try {
		const theme = readFileSync(resolve(ROOT, "e2e-tests/page/obsidian-theme.css"), "utf8");
		const styles = readFileSync(resolve(ROOT, "styles.css"), "utf8");
		await page.setContent(
			`<!doctype html><html><head><style>${theme}</style><style>${styles}</style></head><body class="theme-light"></body></html>`,
		);
		await page.addScriptTag({ content: script });
		await page.evaluate(
			async ({ path, text, editorFeedback }) => {
				const e2e = (window as unknown as { __e2e: import("../../../e2e-tests/harness/api").E2EApi }).__e2e;
				await e2e.start({ exampleVault: false, notes: { [path]: text }, settings: { editorFeedback } });
				await e2e.openNote(path);
			},
			{ path: NOTE_PATH, text: note, editorFeedback: feedback },
		);
		const content = page.locator(".mod-root .cm-content");
		await content.click({ position: { x: 10, y: 10 } });
		// A story near the end of the note: its Action line, at the end.
		await page.keyboard.press("Control+End");
		for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowUp");
		await page.keyboard.press("End");
		const cdp = await context.newCDPSession(page);
		await cdp.send("Emulation.setCPUThrottlingRate", { rate });
		await page.evaluate(HEARTBEAT);
		// Start-up work (the first scan's tail, the panel's background coverage) is not typing: wait for a quiet second.
		for (let tries = 0; tries < 20; tries++) {
			await page.evaluate(() => ((window as unknown as { __beat: { max: number } }).__beat.max = 0));
			await page.waitForTimeout(1000);
			if ((await page.evaluate(() => (window as unknown as { __beat: { max: number } }).__beat.max)) < 20 * rate) break;
		}
		await page.evaluate(() => ((window as unknown as { __beat: { max: number } }).__beat.max = 0));
		await page.keyboard.type(WORDS, { delay: 35 });
		await page.waitForTimeout(700);
		await page.keyboard.press("Enter");
		await page.keyboard.insertText(NEW_PART);
		await page.waitForTimeout(700);
		await page.keyboard.press("Backspace");
		await page.waitForTimeout(700);
		const longest = await page.evaluate(() => {
			const beat = (window as unknown as { __beat: { max: number; on: boolean } }).__beat;
			beat.on = false;
			return beat.max;
		});
		await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
		const markers = await page.locator(".mod-root .isb-verdict").count();
		const lines = await page.evaluate(() => window.__e2e?.editor()?.text.split("\n").length ?? 0);
		return { longest, markers, lines };
	} finally {
		await context.close();
	}
}

/** 9. Typing in a long story note with the editor's story feedback on, and off for comparison. */
export const typingSection: BenchSection = {
	number: "9",
	id: "typing",
	title: "Typing in a 2,000-line story note (editor feedback; Chromium, CPU 1× and 4×)",
	async run(ctx: BenchContext): Promise<SectionBody> {
		if (!existsSync(CHROMIUM)) return { rows: [], notes: [`No Chromium at ${CHROMIUM}: section skipped.`] };
		const script = await harnessScript();
		const note = longStoryNote(2000);
		const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
		const rows: Row[] = [];
		const notes: string[] = [];
		try {
			for (const rate of RATES) {
				ctx.progress(`9. typing: ${rate}× CPU, feedback on, then off`);
				const on = await typeOnce(browser, script, note, rate, "all");
				const off = await typeOnce(browser, script, note, rate, "off");
				rows.push(
					figure(
						`typing.longest_task.${rate}x`,
						`longest task typing, feedback on, ${rate}×`,
						on.longest,
						"ms",
						`${fmt(on.longest)} ms`,
						rate === 1 ? { op: "<=", bound: 16, text: "≤ 16 ms" } : undefined,
					),
					figure(
						`typing.longest_task_off.${rate}x`,
						`  feedback off (editor alone), ${rate}×`,
						off.longest,
						"ms",
						`${fmt(off.longest)} ms`,
					),
				);
				if (rate === 1)
					notes.push(`${on.lines.toLocaleString("en-US")}-line note; ${on.markers} story markers drawn in the viewport.`);
			}
		} finally {
			await browser.close();
		}
		notes.push(
			"Keys typed 35 ms apart into a story near the note's end, then a pause (the edited story is read again), " +
				"a new part line, a pause, a backspace. The longest gap of a message-channel heartbeat is the longest " +
				"stretch the page could not answer, rendering included; on a shared machine it is inflated.",
		);
		return { rows, notes };
	},
};
