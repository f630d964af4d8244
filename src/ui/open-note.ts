import { Keymap, MarkdownView, Notice, Platform, type App, type WorkspaceLeaf } from "obsidian";

/** Where something starts in the vault: its note and its 1-based line. */
export interface NotePlace {
	path: string;
	line: number;
}

/** Who opens the note, so that it is never replaced by it. */
export type NoteOpener =
	/**
	 * A panel in a sidebar: a plain click opens in the main area's current tab (a new one if that is the panel),
	 * and the note takes focus.
	 */
	| { kind: "panel"; leaf: WorkspaceLeaf }
	/**
	 * A practice round: a plain click reuses a tab already showing a note, else
	 * splits beside the round (a new tab from a pop-up, and on phones, which
	 * have no splits), and the round keeps focus.
	 */
	| { kind: "round"; inModal: boolean };

/**
 * Opens a note at a line. A modifier click or a middle click opens where
 * Obsidian's usual rules say (new tab, split, window), and the note takes
 * focus; a plain click opens as the opener needs. In every case, in editing
 * mode, the cursor lands at the start of the line and the line is scrolled
 * into view. Resolves to the markdown view showing the note, if it is one.
 */
export async function openNoteAtLine(
	app: App,
	place: NotePlace,
	evt: MouseEvent | KeyboardEvent | null,
	opener: NoteOpener,
): Promise<MarkdownView | null> {
	const file = app.vault.getFileByPath(place.path);
	if (!file) {
		new Notice(`"${place.path}" is no longer in the vault.`);
		return null;
	}
	const mod = Keymap.isModEvent(evt);
	let leaf = mod !== false || opener.kind === "panel" ? app.workspace.getLeaf(mod) : noteLeaf(app, opener.inModal);
	if (opener.kind === "panel" && leaf === opener.leaf) leaf = app.workspace.getLeaf("tab");
	const line = Math.max(0, place.line - 1);
	await leaf.openFile(file, { active: mod !== false || opener.kind === "panel", eState: { line } });
	const view = leaf.view;
	if (view instanceof MarkdownView && view.getMode() === "source") {
		view.editor.setCursor({ line, ch: 0 });
		view.editor.scrollIntoView({ from: { line, ch: 0 }, to: { line, ch: 0 } }, true);
	}
	return view instanceof MarkdownView ? view : null;
}

/** A tab already showing a note (the most recent one first), else a new split beside the round, or a tab. */
function noteLeaf(app: App, inModal: boolean): WorkspaceLeaf {
	const recent = app.workspace.getMostRecentLeaf();
	if (recent?.view instanceof MarkdownView) return recent;
	return app.workspace.getLeavesOfType("markdown")[0] ?? app.workspace.getLeaf(inModal || Platform.isPhone ? "tab" : "split");
}
