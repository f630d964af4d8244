import type { Page } from "playwright-core";
import { pagesInChromium } from "./support/app-page";
import { expectClean } from "./support/checks";

// "Insert STAR template" into a note open in a real CodeMirror 6 editor,
// then one undo: the note must come back exactly as it was.

const openPage = pagesInChromium();

function editorState(page: Page) {
	return page.evaluate(() => {
		const state = window.__e2e!.editor();
		if (!state) throw new Error("no note open in the editor");
		return state;
	});
}

it.each([
	{
		note: "Stories by heading.md",
		question: "Tell me about a time you disagreed with your manager?",
		parts: ["**Situation:**", "**Task:**", "**Action:**", "**Result:**"],
	},
	{
		note: "Experience bank.md",
		question: "Tell me about a time you shipped under a hard deadline?",
		parts: ["1. **Situation**:", "2. **Task**:", "3. **Action**:", "4. **Results**:", "5. **Takeaways**:"],
	},
])("inserts an entry in $note's own style as one edit, and one undo takes it back byte for byte", async ({ note, question, parts }) => {
	const app = await openPage();
	const { page } = app;
	await page.evaluate((path) => window.__e2e!.openNote(path), note);
	const original = await editorState(page);
	expect(original.text).toBe(await page.evaluate((path) => window.__e2e!.readNote(path), note));
	expect(original.undoDepth).toBe(0);

	// The cursor at the end of the note, as a user who clicks into it and presses Ctrl+End.
	await page.locator(".mod-root .cm-content").click();
	await page.keyboard.press("Control+End");
	expect((await editorState(page)).cursor.line).toBe(original.text.split("\n").length - 1);

	await page.evaluate(() => window.__e2e!.runCommand("insert-star-template"));
	const input = page.locator(".prompt .prompt-input");
	await expect(page.evaluate(() => document.activeElement?.classList.contains("prompt-input"))).resolves.toBe(true);
	await input.pressSequentially(question);
	const first = page.locator(".prompt .suggestion-item").first();
	await expect(first.locator(".isb-topic-title").textContent()).resolves.toBe(question);
	await expect(first.locator(".isb-topic-detail").textContent()).resolves.toBe("Your own question");
	await expectClean(app, [".prompt-results"]);
	await input.press("Enter");
	await page.waitForFunction((before) => window.__e2e!.editor()?.text !== before, original.text);

	const inserted = await editorState(page);
	expect(await page.locator(".prompt").count()).toBe(0);
	// What was there is still there; the new entry follows it, in the note's labels.
	expect(inserted.text.startsWith(original.text.trimEnd())).toBe(true);
	const added = inserted.text.slice(original.text.trimEnd().length);
	expect(added).toContain(question.replace(/\?$/, ""));
	let at = 0;
	for (const label of parts) {
		const found = added.indexOf(label, at);
		expect(found).toBeGreaterThanOrEqual(at);
		at = found;
	}
	// One transaction: one undo step. The cursor waits on the first part to fill, in a focused editor.
	expect(inserted.undoDepth).toBe(1);
	const cursorLine = inserted.text.split("\n")[inserted.cursor.line] ?? "";
	expect(cursorLine).toContain(parts[0]!.replace(/^\d\. /, ""));
	expect(inserted.cursor.ch).toBe(cursorLine.length);
	await expect(page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).resolves.toBe(true);

	// CodeMirror's own undo, from the keyboard, once.
	await page.keyboard.press("Control+z");
	const undone = await editorState(page);
	expect(undone.text).toBe(original.text);
	expect(undone.text.length).toBe(original.text.length);
	expect(undone.undoDepth).toBe(0);
	// And redo brings the entry back whole.
	await page.keyboard.press("Control+Shift+z");
	await expect(editorState(page).then((s) => s.text)).resolves.toBe(inserted.text);

	expect(app.errors).toEqual([]);
	expect(app.dialogs).toEqual([]);
});

it("adds a story under a question the note already asks, never a second copy of it, and one undo takes it back", async () => {
	const app = await openPage();
	const { page } = app;
	await page.evaluate((path) => window.__e2e!.openNote(path), "Experience bank.md");
	const original = await editorState(page);
	await page.locator(".mod-root .cm-content").click();
	await page.keyboard.press("Control+End");

	await page.evaluate(() => window.__e2e!.runCommand("insert-star-template"));
	const input = page.locator(".prompt .prompt-input");
	await input.pressSequentially("Tell me about a time you broke production");
	const first = page.locator(".prompt .suggestion-item").first();
	await expect(first.locator(".isb-topic-title").textContent()).resolves.toContain("broke production");
	await input.press("Enter");
	await page.waitForFunction((before) => window.__e2e!.editor()?.text !== before, original.text);

	const inserted = await editorState(page);
	const count = (text: string): number => text.split("broke production").length - 1;
	expect(count(inserted.text)).toBe(count(original.text));
	const lines = inserted.text.split("\n");
	const title = lines.findIndex((l) => l === "\t- New story");
	expect(title).toBeGreaterThan(lines.findIndex((l) => l.includes("broke production")));
	expect(lines[title + 1]).toBe("\t\t1. **Situation**: ");
	expect(inserted.cursor).toEqual({ line: title + 1, ch: lines[title + 1]!.length });
	expect(inserted.undoDepth).toBe(1);

	await page.keyboard.press("Control+z");
	expect((await editorState(page)).text).toBe(original.text);
	expect(app.errors).toEqual([]);
});

it("adds a nested callout story under a question the note asks as a callout, no second copy, and one undo takes it back", async () => {
	const app = await openPage();
	const { page } = app;
	await page.evaluate((path) => window.__e2e!.openNote(path), "Callout stories.md");
	const original = await editorState(page);
	await page.locator(".mod-root .cm-content").click();
	await page.keyboard.press("Control+End");

	await page.evaluate(() => window.__e2e!.runCommand("insert-star-template"));
	const input = page.locator(".prompt .prompt-input");
	await input.pressSequentially("Tell me about a time you changed a senior leader's mind");
	const first = page.locator(".prompt .suggestion-item").first();
	await expect(first.locator(".isb-topic-title").textContent()).resolves.toContain("senior leader");
	await input.press("Enter");
	await page.waitForFunction((before) => window.__e2e!.editor()?.text !== before, original.text);

	const inserted = await editorState(page);
	const count = (text: string): number => text.split("senior leader's mind").length - 1;
	expect(count(inserted.text)).toBe(count(original.text));
	const lines = inserted.text.split("\n");
	const title = lines.findIndex((l) => l === "> > [!example] New story");
	expect(title).toBeGreaterThan(lines.findIndex((l) => l.includes("senior leader's mind")));
	expect(lines[title - 1]).toBe(">");
	expect(lines[title + 1]).toBe("> > **Situation** — ");
	expect(inserted.cursor).toEqual({ line: title + 1, ch: lines[title + 1]!.length });
	expect(inserted.undoDepth).toBe(1);

	await page.keyboard.press("Control+z");
	expect((await editorState(page)).text).toBe(original.text);
	expect(app.errors).toEqual([]);
});
