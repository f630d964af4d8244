import type { Page } from "playwright-core";
import { pagesInChromium } from "./support/app-page";
import { expectClean, measureLayout } from "./support/checks";
import { focusShown, tabTo } from "./support/keyboard";

// The coverage panel in the right sidebar, over the example vault.

const PANEL = ".mod-right-split .isb-coverage";
const ROWS =
	".isb-coverage-header > *, .isb-coverage-list > .isb-disclosure, .isb-disclosure-header, " +
	".isb-competency-statement, .isb-competency-actions, .isb-story, .isb-story-meta > *";

const openPage = pagesInChromium();

/** Opens the panel the way a user does: the ribbon button, or on a phone (no ribbon) the command. */
async function openPanel(page: Page, phone = false): Promise<void> {
	if (phone) await page.evaluate(() => window.__e2e!.runCommand("open-coverage-panel"));
	else await page.getByLabel("Open coverage panel").click();
	await page.locator(`${PANEL} .isb-competency`).first().waitFor();
}

/** A competency's row header, by its visible name. */
function rowHeader(page: Page, name: string) {
	return page
		.locator(`${PANEL} .isb-competency .isb-disclosure-header`)
		.filter({ has: page.locator(".isb-disclosure-title", { hasText: name }) });
}

it("opens a competency and a story at the story's note and line", async () => {
	const app = await openPage();
	const { page } = app;
	await openPanel(page);
	await expect(page.locator(`${PANEL} .isb-coverage-summary`).textContent()).resolves.toBe(
		"33 questions · 26 stories · 17 complete · 2 sketches",
	);

	const conflict = rowHeader(page, "Conflict");
	await expect(conflict.getAttribute("aria-expanded")).resolves.toBe("false");
	await conflict.click();
	await expect(conflict.getAttribute("aria-expanded")).resolves.toBe("true");
	const stories = page.locator(`${PANEL} .isb-competency[data-competency="conflict"] .isb-story`);
	await expect(stories.count()).resolves.toBe(4);

	// The story says where it lives; clicking it opens exactly there.
	const first = stories.first();
	const label = (await first.locator(".isb-story-label").textContent()) ?? "";
	const place = (await first.locator(".isb-story-place").textContent()) ?? "";
	const [, note, line] = /^(.*), line (\d+)$/.exec(place) ?? [];
	expect(note).toBeTruthy();
	await first.click();
	await page.locator(".mod-root .cm-editor").waitFor();

	const opened = await page.evaluate(() => window.__e2e!.opened());
	expect(opened).toEqual([{ path: `${note}.md`, line: Number(line) - 1, active: true, side: "main" }]);
	// The note's tab shows the story's line under the cursor, and the panel stays where it was.
	const editor = await page.evaluate(() => window.__e2e!.editor());
	expect(editor?.cursor).toEqual({ line: Number(line) - 1, ch: 0 });
	// A titled story starts on its title; an untitled one on its first part, under the question that names it.
	const lines = editor?.text.split("\n") ?? [];
	const near = lines
		.slice(Math.max(0, Number(line) - 3), Number(line))
		.join("\n")
		.replace(/<[^<>]*>|[*=]/g, "");
	expect(near).toContain(label.replace(/…$/, "").slice(0, 30));
	await expect(page.locator(".mod-root .view-header-title").textContent()).resolves.toBe(note);
	await expect(page.locator(PANEL).isVisible()).resolves.toBe(true);

	await expectClean(app, [PANEL]);
});

it("redraws the panel when a note is edited", async () => {
	const app = await openPage();
	const { page } = app;
	await openPanel(page);
	const evidence = page.locator(`${PANEL} .isb-competency[data-competency="evidence"]`);
	await expect(evidence.locator(".isb-competency-statement").textContent()).resolves.toBe("No story yet.");
	await expect(evidence.locator(".isb-competency-count").textContent()).resolves.toBe("0");
	// Rows the edit does not touch keep their elements.
	await page.locator(`${PANEL} .isb-competency[data-competency="scope"]`).evaluate((el) => el.setAttribute("data-e2e-mark", "kept"));

	const before = await page.evaluate(() => window.__e2e!.readNote("Experience bank.md"));
	const story = [
		"",
		"- Tell me about a time you proved a change worked #competency/evidence",
		"\t1. **Situation**: Checkout latency complaints kept coming in after every release.",
		"\t2. **Task**: I had to show whether the new connection pool helped or not.",
		"\t3. **Action**: I ran an A/B rollout for two weeks and compared p99 latency per cohort.",
		"\t4. **Results**: p99 latency fell by 38% in the new cohort, so we rolled it out to everyone.",
		"\t5. **Takeaways**: Decide the metric before the rollout starts.",
		"",
	].join("\n");
	await page.evaluate(({ text }) => window.__e2e!.modifyNote("Experience bank.md", text), { text: before + story });

	await page.waitForFunction(
		() => document.querySelector('.isb-competency[data-competency="evidence"] .isb-competency-count')?.textContent === "1",
	);
	await expect(page.locator(`${PANEL} .isb-coverage-summary`).textContent()).resolves.toBe(
		"34 questions · 27 stories · 18 complete · 2 sketches",
	);
	await expect(evidence.locator(".isb-competency-statement").textContent()).resolves.not.toBe("No story yet.");
	await evidence.locator(".isb-disclosure-header").click();
	await expect(evidence.locator(".isb-story-label").allTextContents()).resolves.toEqual([
		"Tell me about a time you proved a change worked",
	]);
	await expect(page.locator(`${PANEL} .isb-competency[data-competency="scope"]`).getAttribute("data-e2e-mark")).resolves.toBe("kept");

	await expectClean(app, [PANEL]);
});

it("works from the keyboard: arrows between rows, Enter to open a row and a story", async () => {
	const app = await openPage();
	const { page } = app;
	await openPanel(page);
	// Tab past the filters to the first row, then arrows.
	await tabTo(page, `${PANEL} .isb-disclosure-header`);
	expect(await focusShown(page)).toBe(true);
	await page.keyboard.press("ArrowDown");
	await expect(page.evaluate(() => document.activeElement?.getAttribute("data-focus-key"))).resolves.toMatch(/^row:/);
	const focused = page.locator(":focus");
	await page.keyboard.press("Enter");
	await expect(page.locator(`${PANEL} [data-focus-key]:focus`).getAttribute("aria-expanded")).resolves.toBe("true");
	await page.keyboard.press("ArrowDown");
	await expect(focused.getAttribute("class")).resolves.toContain("isb-story");
	expect(await focusShown(page)).toBe(true);
	const place = (await focused.locator(".isb-story-place").textContent()) ?? "";
	await page.keyboard.press("Enter");
	await page.locator(".mod-root .cm-editor").waitFor();
	const [, note, line] = /^(.*), line (\d+)$/.exec(place) ?? [];
	await expect(page.evaluate(() => window.__e2e!.opened())).resolves.toEqual([
		{ path: `${note}.md`, line: Number(line) - 1, active: true, side: "main" },
	]);
	await expectClean(app, [PANEL]);
});

describe.each([
	{ name: "a 300 px sidebar", options: { sidebarWidth: 300 } },
	{ name: "a phone 390 px wide", options: { phone: true, viewport: { width: 390, height: 844 } } },
])("on $name", ({ options }) => {
	it.each(["light", "dark"] as const)("nothing overflows or overlaps (%s theme)", async (theme) => {
		const app = await openPage({ ...options, theme });
		const { page } = app;
		await openPanel(page, options.phone === true);
		// Open the rows with the longest content: stories with chips, warnings and places.
		for (const name of ["Conflict", "Judgment and trade-offs", "Evidence and measured outcomes"]) await rowHeader(page, name).click();
		await page.locator(`${PANEL} .isb-coverage-search input`).fill("time");
		await page.locator(`${PANEL} .isb-coverage-matches`).filter({ hasText: "match" }).waitFor();

		const report = await measureLayout(page, ".mod-right-split .view-content", ROWS);
		expect(report.rows).toBeGreaterThan(20);
		expect(report.scrollWidth).toBeLessThanOrEqual(report.clientWidth);
		expect(report.outside).toEqual([]);
		expect(report.overlaps).toEqual([]);
		await expectClean(app, [PANEL]);
	});
});
