/** A list item line taken apart: indentation, marker, the space after it, and the text. */
export interface ListLine {
	indent: string;
	/** `-`, `*`, `+`, `•`, or a number with `.` or `)`. */
	marker: string;
	/** The number of a numbered marker, else `null`. */
	number: number | null;
	gap: string;
	content: string;
}

const LIST_LINE = /^([ \t]*)([-*+•]|(\d{1,9})[.)])([ \t]+|$)((?:[^ \t\n\r\u2028\u2029].*)?)$/;
const HR_LINE = /^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|<hr\s*\/?>[ \t]*)$/i;

/** Reads a list item line; `null` for any other line (a thematic break is not an item). */
export function listLine(line: string): ListLine | null {
	if (HR_LINE.test(line)) return null;
	const m = LIST_LINE.exec(line);
	if (!m) return null;
	return {
		indent: m[1] ?? "",
		marker: m[2] ?? "-",
		number: m[3] !== undefined ? Number(m[3]) : null,
		gap: m[4] ?? "",
		content: m[5] ?? "",
	};
}

/** Reads a heading line: its level and text; `null` for any other line. */
export function headingLine(line: string): { level: number; content: string } | null {
	const m = /^(#{1,6})[ \t]+((?:[^ \t\n\r\u2028\u2029].*)?)$/.exec(line);
	return m ? { level: m[1]?.length ?? 1, content: (m[2] ?? "").replace(/(?<![ \t])[ \t]+$/, "") } : null;
}

/** Reads a blockquote line: the `>` prefix and what follows it; `null` for any other line. */
export function quoteLine(line: string): { prefix: string; content: string } | null {
	const m = /^([ \t]*>[ \t]?)(.*)$/.exec(line);
	return m ? { prefix: m[1] ?? ">", content: m[2] ?? "" } : null;
}

/** Reads a callout's first line: `> [!type]fold title`. */
export function calloutLine(line: string): { type: string; fold: string; title: string } | null {
	const m = /^[ \t]*>[ \t]?\[!([A-Za-z][\w-]*)\]([+-]?)[ \t]*((?:[^ \t\n\r\u2028\u2029].*)?)$/.exec(line);
	return m ? { type: m[1] ?? "question", fold: m[2] ?? "", title: m[3] ?? "" } : null;
}

/** True for a thematic break: `---`, `***`, `___` (spaced or not) or `<hr/>`. */
export function isRule(line: string): boolean {
	return HR_LINE.test(line);
}

/** True for an empty line or one of whitespace only. */
export function isBlank(line: string | undefined): boolean {
	return line === undefined || line.trim() === "";
}

/** The whitespace a line starts with. */
export function leadingWhitespace(line: string): string {
	return /^[ \t]*/.exec(line)?.[0] ?? "";
}

/** The most common value of a list, ties going to the one seen first; `undefined` for an empty list. */
export function mostCommon<T>(values: readonly T[]): T | undefined {
	const counts = new Map<T, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best: T | undefined;
	let bestCount = 0;
	for (const [v, n] of counts) {
		if (n > bestCount) {
			best = v;
			bestCount = n;
		}
	}
	return best;
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
