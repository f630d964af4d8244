import { parseNote } from "../parser/note-parser";
import type { RenderedBlock } from "./types";

/**
 * A filled user template as lines to insert: blank lines around it dropped,
 * the cursor at `{{cursor}}` when the template has one, else where the first
 * empty STAR label's text goes, else at the end.
 */
export function templateBlock(text: string, cursorOffset: number | null): RenderedBlock {
	let body = text;
	let offset = cursorOffset;
	const lead = /^(?:[ \t]*\n)+/.exec(body)?.[0].length ?? 0;
	body = body.slice(lead);
	if (offset !== null) offset = Math.max(0, offset - lead);
	body = withoutTrailingBlankLines(body);
	if (offset !== null) offset = Math.min(offset, body.length);
	const lines = body.split("\n");

	if (offset !== null) {
		const before = body.slice(0, offset).split("\n");
		return { lines, cursor: { line: before.length - 1, ch: (before[before.length - 1] ?? "").length } };
	}
	const firstEmpty = parseNote(body)
		.stories.flatMap((s) => s.partList)
		.filter((p) => p.part !== null && p.text.trim() === "")
		.sort((a, b) => a.line - b.line)[0];
	if (firstEmpty) {
		const line = firstEmpty.line - 1;
		return { lines, cursor: { line, ch: (lines[line] ?? "").length } };
	}
	const last = lines.length - 1;
	return { lines, cursor: { line: last, ch: (lines[last] ?? "").length } };
}

/** The text without its trailing blank lines (spaces and tabs on them too), found from the end in one pass. */
function withoutTrailingBlankLines(text: string): string {
	let end = text.length;
	while (end > 0 && (text[end - 1] === "\n" || text[end - 1] === " " || text[end - 1] === "\t")) end--;
	const newline = text.indexOf("\n", end);
	return newline === -1 ? text : text.slice(0, newline);
}
