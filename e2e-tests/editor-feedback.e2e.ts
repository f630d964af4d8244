import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { FEEDBACK_NOTE } from "../tests/core/feedback/fixture-note";
import { pagesInChromium, type PageOptions } from "./support/app-page";
import { ROOT } from "./support/build";
import { expectClean } from "./support/checks";

// Story feedback in a real CodeMirror 6 editor: a verdict on each story's
// first line, kept current while the user types, with a detail whose actions
// edit the note (one undo) and correct competencies (seen in the panel).

const openPage = pagesInChromium();
const NOTE = "Stories/Feedback.md";
const PLAIN = "Meetings/Standup.md";
const MARKERS = ".mod-root .isb-verdict";

async function openFeedbackNote(options: PageOptions = {}) {
	const app = await openPage({
		exampleVault: false,
		notes: { [NOTE]: FEEDBACK_NOTE, [PLAIN]: "# Standup\n\n- Shipped the login fix.\n- Next: reviews.\n" },
		...options,
	});
	await app.page.evaluate((path) => window.__e2e!.openNote(path), NOTE);
	return app;
}

function markerTexts(page: Page): Promise<string[]> {
	return page.locator(MARKERS).allTextContents();
}

/** The marker on the story that starts on a 1-based line. */
function marker(page: Page, line: number) {
	return page.locator(`${MARKERS}[data-story-line="${line}"]`);
}

function editorText(page: Page): Promise<string> {
	return page.evaluate(() => window.__e2e!.editor()!.text);
}

/** Waits until a reading of the page gives the expected value (the panel redraws in a later frame). */
async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<void> {
	const end = Date.now() + timeoutMs;
	let value = await read();
	while (value !== expected && Date.now() < end) {
		await new Promise((resolve) => setTimeout(resolve, 50));
		value = await read();
	}
	expect(value).toBe(expected);
}

/** Puts the cursor at the end of a 1-based line, with a click and End, as a user does. */
async function cursorAtEndOf(page: Page, line: number): Promise<void> {
	await page
		.locator(".mod-root .cm-line")
		.nth(line - 1)
		.click({ position: { x: 4, y: 4 } });
	await page.keyboard.press("End");
}

it("marks each story of a story note with its verdict, and nothing in an ordinary note", async () => {
	const app = await openFeedbackNote();
	const { page } = app;
	await page.locator(MARKERS).nth(2).waitFor();
	const texts = await markerTexts(page);
	expect(texts).toHaveLength(3);
	// The story with no Task and no number leads with the missing part.
	expect(await marker(page, 20).textContent()).toMatch(/^S T\? A R L · .+ · \d\/5 · No Task$/);
	// The "we" story says so; the complete one has no part missing.
	expect(texts[0]).not.toContain("?");
	expect(await marker(page, 26).textContent()).toContain("Mostly “we”");
	// Screen readers hear the verdict in words.
	await expect(marker(page, 20).getAttribute("aria-label")).resolves.toContain("missing: Task");
	await expectClean(app, [MARKERS]);

	await page.evaluate((path) => window.__e2e!.openNote(path), PLAIN);
	const shown = page.locator(".mod-root .workspace-leaf:not(.is-hidden-tab) .isb-verdict");
	await expect(shown.count()).resolves.toBe(0);
	// Even text shaped like a story, typed into an ordinary note, gets no verdict.
	await page.locator(".mod-root .workspace-leaf:not(.is-hidden-tab) .cm-content").click();
	await page.keyboard.press("Control+End");
	await page.keyboard.insertText("\n- Tell me about a time you led a project?\n\t1. **Situation**: the release slipped;");
	await page.waitForTimeout(600);
	await expect(shown.count()).resolves.toBe(0);
});

it("follows a part typed into a story and a part deleted from another, without moving the cursor or the scroll", async () => {
	const { page } = await openFeedbackNote();
	await marker(page, 20).waitFor();
	await cursorAtEndOf(page, 20);
	await page.keyboard.insertText("\n\t2. **Task**: make search answer within a second for every user");
	await page.waitForFunction(() => !document.querySelector('.isb-verdict[data-story-line="20"]')?.textContent?.includes("No Task"));
	expect(await marker(page, 20).textContent()).toMatch(/^S T A R L · /);
	const typed = await page.evaluate(() => window.__e2e!.editor()!);
	expect(typed.cursor).toEqual({ line: 20, ch: "\t2. **Task**: make search answer within a second for every user".length });

	// Delete the first story's Result line (Ctrl+Shift+K deletes a line in CodeMirror).
	await cursorAtEndOf(page, 16);
	const scroller = page.locator(".mod-root .cm-scroller");
	const scrollBefore = await scroller.evaluate((el) => el.scrollTop);
	await page.keyboard.press("Control+Shift+k");
	await page.waitForFunction(() => document.querySelector('.isb-verdict[data-story-line="13"]')?.textContent?.includes("No Result"));
	const after = await page.evaluate(() => window.__e2e!.editor()!);
	expect(after.cursor.line).toBe(15);
	expect(await scroller.evaluate((el) => el.scrollTop)).toBe(scrollBefore);
	// Every story kept its marker on its first line.
	const marked = await page
		.locator(".mod-root .cm-line:has(.isb-verdict)")
		.evaluateAll((lines) => lines.map((l) => (l.firstChild?.textContent ?? "").trim()));
	expect(marked).toEqual([
		"1. **Situation**: I shipped a caching change to the billing service that assumed every invoice had a currency field;",
		"1. **Situation**: the search page was slow and nobody owned it;",
		"- Release train debate",
	]);
});

it("opens the detail on click: every warning with its fix; inserting the missing part is one undo", async () => {
	const app = await openFeedbackNote();
	const { page } = app;
	const original = await editorText(page);
	await marker(page, 20).click();
	const detail = page.locator(".isb-feedback-detail");
	await detail.waitFor();
	const warnings = await detail.locator(".isb-feedback-warning-text").allTextContents();
	expect(warnings[0]).toBe("No Task");
	expect(warnings).toContain("No measured result");
	const fixes = await detail.locator(".isb-feedback-fix").allTextContents();
	expect(fixes).toHaveLength(warnings.length);
	for (const fix of fixes) expect(fix).toMatch(/^[A-Z].{20,}\.$/);
	await expect(detail.locator(".isb-feedback-suggested").count()).resolves.toBeGreaterThan(0);
	await expectClean(app, [".isb-feedback-detail"]);

	await detail.getByRole("button", { name: "Insert Task label" }).click();
	await page.waitForFunction((before) => window.__e2e!.editor()!.text !== before, original);
	const inserted = await page.evaluate(() => window.__e2e!.editor()!);
	expect(inserted.text.split("\n")[20]).toBe("\t2. **Task**:");
	expect(inserted.text.replace("\t2. **Task**:\n", "")).toBe(original);
	expect(inserted.undoDepth).toBe(1);

	await page.locator(".mod-root .cm-content").focus();
	await page.keyboard.press("Control+z");
	const undone = await page.evaluate(() => window.__e2e!.editor()!);
	expect(undone.text).toBe(original);
	expect(undone.undoDepth).toBe(0);
});

it("confirms and removes a competency from the editor, and the panel shows it", async () => {
	const { page } = await openFeedbackNote();
	await page.getByLabel("Open coverage panel").click();
	await marker(page, 20).click();
	const detail = page.locator(".isb-feedback-detail");
	const first = detail.locator(".isb-feedback-competency").first();
	const id = (await first.getAttribute("data-competency")) ?? "";
	const name = (await first.locator(".isb-feedback-competency-name").textContent()) ?? "";
	const row = page.locator(`.mod-right-split .isb-competency[data-competency="${id}"]`);
	await row.locator(".isb-disclosure-header").click();
	const story = row.locator(".isb-story", { hasText: "Describe a project you led" });
	await expect(story.locator(".isb-story-suggested").count()).resolves.toBe(1);

	await detail.getByRole("button", { name: `Confirm ${name}` }).click();
	await page.waitForFunction(
		(sel) => document.querySelector(sel)?.textContent?.includes("confirmed") ?? false,
		`.isb-feedback-competency[data-competency="${id}"] .isb-feedback-state`,
	);
	await until(() => story.locator(".isb-story-suggested").count(), 0);

	await page
		.locator(".isb-feedback-detail")
		.getByRole("button", { name: `Remove ${name}` })
		.click();
	await until(() => page.locator(`.isb-feedback-competency[data-competency="${id}"]`).count(), 0);
	await until(() => story.count(), 0);
});

it("shows the feedback at the cursor from the keyboard, and Escape returns to the text", async () => {
	const app = await openFeedbackNote();
	const { page } = app;
	await marker(page, 26).waitFor();
	await cursorAtEndOf(page, 29);
	await page.evaluate(() => window.__e2e!.runCommand("show-story-feedback"));
	const detail = page.locator(".isb-feedback-detail");
	await detail.waitFor();
	await expect(detail.locator(".isb-feedback-title").textContent()).resolves.toBe("Release train debate");
	await page.waitForFunction(() => document.activeElement?.closest(".isb-feedback-detail") !== null);
	await expectClean(app, [".isb-feedback-detail", MARKERS]);
	await page.keyboard.press("Escape");
	await expect(detail.count()).resolves.toBe(0);
	await expect(page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).resolves.toBe(true);
});

it("shows only warnings when set so, and nothing when off", async () => {
	const warned = await openFeedbackNote({ settings: { editorFeedback: "warnings" } });
	await marker(warned.page, 20).waitFor();
	for (const text of await markerTexts(warned.page)) expect(text).not.toContain("·");
	expect(await marker(warned.page, 20).textContent()).toBe("No Task");

	const off = await openFeedbackNote({ settings: { editorFeedback: "off" } });
	await off.page.waitForTimeout(300);
	await expect(off.page.locator(MARKERS).count()).resolves.toBe(0);
});

// The pictures of docs/editor-feedback.md: every run takes them (into e2e-tests/.out/); `npm run screenshots` writes docs/.
describe.each(["light", "dark"] as const)("%s theme", (theme) => {
	it("a story's verdict and its detail (screenshot)", async () => {
		const target = process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs") : join(ROOT, "e2e-tests", ".out");
		mkdirSync(target, { recursive: true });
		const app = await openFeedbackNote({ theme, scale: 2, viewport: { width: 1000, height: 760 } });
		const { page } = app;
		await marker(page, 20).click();
		await page.locator(".isb-feedback-detail").waitFor();
		await page.mouse.move(900, 700);
		const path = join(target, `editor-feedback-${theme}.png`);
		await page.locator(".mod-root").screenshot({ path });
		expect(statSync(path).size).toBeGreaterThan(20_000);
		await expectClean(app, [".isb-feedback-detail", MARKERS]);
	});
});
