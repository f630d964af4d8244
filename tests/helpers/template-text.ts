import type { StoryTopic, TextEdit, TextPosition } from "../../src/core/template/types";

/** The topic most template tests insert: a bank question about a missed deadline. */
export const TOPIC: StoryTopic = {
	kind: "bank",
	question: "Tell me about a time you missed a deadline",
	keyPhrase: "missed a deadline",
	colourName: null,
	competencyId: "failure",
	competencyName: "Failure",
};

/** Marks the cursor in expected notes. */
export const CARET = "‸";

/** Applies an edit to a note's text, as the editor would, and returns the text with the cursor marked by ‸. */
export function applyToText(text: string, edit: TextEdit): string {
	const lines = text.split("\n");
	const offset = (p: TextPosition): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.ch;
	const changed = text.slice(0, offset(edit.from)) + edit.text + text.slice(offset(edit.to));
	return withCaret(changed, edit.cursor);
}

/** The text with ‸ at a position. */
export function withCaret(text: string, at: TextPosition): string {
	const lines = text.split("\n");
	const line = lines[at.line] ?? "";
	lines[at.line] = `${line.slice(0, at.ch)}${CARET}${line.slice(at.ch)}`;
	return lines.join("\n");
}

/** The text without its ‸. */
export function withoutCaret(text: string): string {
	return text.replace(CARET, "");
}
