import { Keymap, MarkdownView, Notice, type App, type WorkspaceLeaf } from "obsidian";

/** Where a story starts: its note and its 1-based line. */
export interface StoryPlace {
	path: string;
	line: number;
}

/**
 * Opens a note at a story's line, the way Obsidian opens links: in the main
 * area's current tab, or a new tab (split, window) with the modifier keys or
 * a middle click. Never in the panel's own leaf, so the panel is never
 * replaced. In editing mode the cursor lands on the story's first line.
 */
export async function openStory(
	app: App,
	panelLeaf: WorkspaceLeaf,
	place: StoryPlace,
	evt: MouseEvent | KeyboardEvent | null,
): Promise<void> {
	const file = app.vault.getFileByPath(place.path);
	if (!file) {
		new Notice(`"${place.path}" is no longer in the vault.`);
		return;
	}
	let leaf = app.workspace.getLeaf(Keymap.isModEvent(evt));
	if (leaf === panelLeaf) leaf = app.workspace.getLeaf("tab");
	const line = Math.max(0, place.line - 1);
	await leaf.openFile(file, { active: true, eState: { line } });
	const view = leaf.view;
	if (view instanceof MarkdownView && view.getMode() === "source") {
		view.editor.setCursor({ line, ch: 0 });
		view.editor.scrollIntoView({ from: { line, ch: 0 }, to: { line, ch: 0 } }, true);
	}
}
