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
	body = body.replace(/(?:\n[ \t]*)+$/, "");
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
