import { readFrontmatter } from "../parser/frontmatter";
import type { ParsedNote } from "../types";
import { entryRanges, type EntryRange } from "./entry-ranges";
import { headingLine, isBlank, isRule, leadingWhitespace, listLine, quoteLine } from "./markdown-lines";

/** Where a new entry goes, found from the cursor. */
export interface Anchor {
	/** `blank`: on the blank line the cursor is on. `after`: right after line `line`. */
	kind: "blank" | "after";
	/** 0-based line. */
	line: number;
	/** The indentation of the entry the cursor was in, when it was a list item. */
	indent: string | null;
	/** The number the new entry takes when the entries before it are numbered. */
	number: number | null;
}

/**
 * Finds where a new entry goes. On a blank line between blocks it goes right
 * there. Anywhere inside an entry (its question, its STAR parts, its nested
 * bullets, a blank line within it) it goes after the whole entry, never
 * inside it. Inside another list, paragraph, quote, code block or the
 * frontmatter, it goes after that block. `note` is `parseNote` of `lines`.
 */
export function findAnchor(lines: readonly string[], cursorLine: number, note: ParsedNote): Anchor {
	const last = Math.max(0, lines.length - 1);
	const at = Math.min(Math.max(0, cursorLine), last);
	const ranges = entryRanges(note);
	const frontmatterEnd = readFrontmatter(lines).lineCount - 1;
	if (frontmatterEnd >= 0 && at <= frontmatterEnd) return after(frontmatterEnd, ranges, lines);

	const entry = ranges.find((r) => r.start - 1 <= at && at <= r.end - 1);
	if (entry) return after(entry.end - 1, ranges, lines);

	const fence = fenceAround(lines, at, frontmatterEnd + 1);
	if (fence !== null) return after(fence, ranges, lines);

	const line = lines[at] ?? "";
	if (isBlank(line)) {
		if (!insideList(lines, at)) return { kind: "blank", line: at, indent: null, number: numberAfter(ranges, lines, at) };
	}
	return after(blockEnd(lines, at, ranges), ranges, lines);
}

function after(line: number, ranges: readonly EntryRange[], lines: readonly string[]): Anchor {
	const entry = ranges.find((r) => r.end - 1 === line);
	const item = entry ? listLine(lines[entry.start - 1] ?? "") : null;
	return { kind: "after", line, indent: item ? item.indent : null, number: numberAfter(ranges, lines, line + 1) };
}

/** One more than the number of the last numbered entry before `line`, or `null` when that entry is not numbered. */
function numberAfter(ranges: readonly EntryRange[], lines: readonly string[], line: number): number | null {
	const before = ranges.filter((r) => r.end - 1 < line).pop();
	const item = before ? listLine(lines[before.start - 1] ?? "") : null;
	return item?.number != null ? item.number + 1 : null;
}

/** The last line of the fenced code block around `at`, or `null` when `at` is not in one. */
function fenceAround(lines: readonly string[], at: number, from: number): number | null {
	let open: { char: string; length: number; line: number } | null = null;
	for (let i = from; i < lines.length; i++) {
		const m = /^[ \t]*(`{3,}|~{3,})/.exec(lines[i] ?? "");
		if (open) {
			if (m?.[1] && m[1][0] === open.char && m[1].length >= open.length && (lines[i] ?? "").trim() === m[1]) {
				if (at >= open.line && at <= i) return i;
				open = null;
			}
			continue;
		}
		if (m?.[1]) open = { char: m[1][0] ?? "`", length: m[1].length, line: i };
		if (i > at && !open) return null;
	}
	// An unclosed fence runs to the end of the note, as it does in Obsidian.
	return open && at >= open.line ? lines.length - 1 : null;
}

/** A blank line that the list around it continues past (a loose list, an indented paragraph under an item). */
function insideList(lines: readonly string[], at: number): boolean {
	let next = at + 1;
	while (next < lines.length && isBlank(lines[next])) next++;
	let prev = at - 1;
	while (prev >= 0 && isBlank(lines[prev])) prev--;
	if (next >= lines.length || prev < 0) return false;
	const below = lines[next] ?? "";
	const above = lines[prev] ?? "";
	return leadingWhitespace(below) !== "" && (listLine(above) !== null || leadingWhitespace(above) !== "");
}

/**
 * The last line of the block that holds `at`: a heading is a block of its
 * own; a list runs on through its items, nested lines and loose blank lines,
 * up to the next entry; a quote, a paragraph or a rule ends where it ends.
 */
function blockEnd(lines: readonly string[], at: number, ranges: readonly EntryRange[]): number {
	const line = lines[at] ?? "";
	if (headingLine(line) || isRule(line)) return at;
	const entryStarts = new Set(ranges.map((r) => r.start - 1));
	if (quoteLine(line)) {
		let end = at;
		while (end + 1 < lines.length && quoteLine(lines[end + 1] ?? "")) end++;
		return end;
	}
	const inList = listLine(line) !== null || (leadingWhitespace(line) !== "" && !isBlank(line));
	let end = at;
	for (let i = at + 1; i < lines.length; i++) {
		if (entryStarts.has(i)) break;
		const next = lines[i] ?? "";
		if (isBlank(next)) {
			if (inList && insideList(lines, i)) continue;
			break;
		}
		if (headingLine(next) || isRule(next) || quoteLine(next)) break;
		if (inList) {
			if (listLine(next) === null && leadingWhitespace(next) === "") break;
		} else if (listLine(next) !== null) {
			break;
		}
		end = i;
	}
	return end;
}
