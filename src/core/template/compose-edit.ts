import type { Anchor } from "./entry-anchor";
import { headingLine, isBlank, isRule, leadingWhitespace, listLine, quoteLine } from "./markdown-lines";
import type { EntryShape, RenderedBlock, TextEdit } from "./types";

/** How the entries around a new one are spaced: the note's separator, blank lines, and the entry's shape. */
export interface Spacing {
	shape: EntryShape | "block";
	separator: string | null;
	blankBetween: boolean;
}

/**
 * The one edit that puts a rendered entry at an anchor: the separator the
 * note puts between entries, and a blank line wherever one is needed so
 * neither the new entry nor its neighbours change meaning (a paragraph
 * right under a list item would join its last part; a `---` right under a
 * paragraph would turn it into a heading). The cursor lands where the
 * rendered block says.
 */
export function composeEdit(
	lines: readonly string[],
	anchor: Anchor,
	block: RenderedBlock,
	spacing: Spacing,
	entryStarts: ReadonlySet<number>,
): TextEdit {
	const replace = anchor.kind === "blank" && (anchor.line === 0 || isBlank(lines[anchor.line - 1]));
	// On a blank line under text, the blank line stays and the entry goes below it.
	const prevIndex = replace ? anchor.line - 1 : anchor.line;
	const nextIndex = anchor.line + 1;
	const prev = lines[prevIndex];
	const next = lines[nextIndex];
	const prevText = nearest(lines, prevIndex, -1);
	const nextText = nearest(lines, nextIndex, 1);

	const out: string[] = [];
	const { separator, blankBetween } = spacing;
	if (separator !== null && prevText !== null && !isRule(lines[prevText] ?? "")) {
		out.push(separator);
		if (blankBetween) out.push("");
	}
	const first = out.length;
	out.push(...block.lines);
	if (separator !== null && nextText !== null && entryStarts.has(nextText) && !isRule(lines[nextText] ?? "")) {
		if (blankBetween) out.push("");
		out.push(separator);
	}
	let offset = first;
	if (needsGap(prev, out[0], spacing)) {
		out.unshift("");
		offset++;
	}
	if (needsGap(out[out.length - 1], next, spacing)) out.push("");

	if (replace) {
		return {
			from: { line: anchor.line, ch: 0 },
			to: { line: anchor.line, ch: (lines[anchor.line] ?? "").length },
			text: out.join("\n"),
			cursor: { line: anchor.line + offset + block.cursor.line, ch: block.cursor.ch },
		};
	}
	const end = { line: anchor.line, ch: (lines[anchor.line] ?? "").length };
	return {
		from: end,
		to: end,
		text: `\n${out.join("\n")}`,
		cursor: { line: anchor.line + 1 + offset + block.cursor.line, ch: block.cursor.ch },
	};
}

/** The index of the nearest non-blank line from `from` going `step`, or `null`. */
function nearest(lines: readonly string[], from: number, step: 1 | -1): number | null {
	for (let i = from; i >= 0 && i < lines.length; i += step) if (!isBlank(lines[i])) return i;
	return null;
}

/** Whether two adjacent lines need a blank line between them to keep their meaning and the note's rhythm. */
function needsGap(upper: string | undefined, lower: string | undefined, spacing: Spacing): boolean {
	if (upper === undefined || lower === undefined || isBlank(upper) || isBlank(lower)) return false;
	if (spacing.shape !== "list" || spacing.blankBetween) return true;
	if (headingLine(upper) || headingLine(lower)) return true;
	return isParagraph(upper) || isParagraph(lower) || (quoteLine(upper) !== null) !== (quoteLine(lower) !== null);
}

/** A line of plain text at the left margin: a list item's last part would swallow it, and a rule under it makes a heading. */
function isParagraph(line: string): boolean {
	return leadingWhitespace(line) === "" && !listLine(line) && !headingLine(line) && !isRule(line) && !quoteLine(line);
}
