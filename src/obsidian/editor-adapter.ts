import type { Editor } from "obsidian";
import type { TextEdit } from "../core/template/types";

/** What a template needs to read from the open note: its text and the cursor's line. */
export function readEditor(editor: Editor): { text: string; cursorLine: number } {
	return { text: editor.getValue(), cursorLine: editor.getCursor().line };
}

/**
 * Applies an edit as one editor transaction, so a single undo removes all of
 * it, then puts the cursor where the first part's text goes and scrolls it
 * into view. The cursor is set after the change because its position is in
 * the changed note's coordinates.
 */
export function applyEdit(editor: Editor, edit: TextEdit): void {
	editor.transaction({ changes: [{ from: edit.from, to: edit.to, text: edit.text }] });
	editor.setCursor(edit.cursor);
	editor.scrollIntoView({ from: edit.cursor, to: edit.cursor }, true);
	editor.focus();
}
