import type { Highlight, HighlightSyntax } from "../types";
import { ownValue } from "../own-key";

/** Highlightr's default palette: name → 8-digit hex, as the plugin writes it. */
export const HIGHLIGHTR_PALETTE: Readonly<Record<string, string>> = Object.freeze({
	pink: "#FFB8EBA6",
	red: "#FF5582A6",
	orange: "#FFB86CA6",
	yellow: "#FFF3A3A6",
	green: "#BBFABBA6",
	cyan: "#ABF7F7A6",
	blue: "#ADCCFFA6",
	purple: "#D2B3FFA6",
	grey: "#CACFD9A6",
});

/** Palette names recognised in class mode (`hltr-gray` is a common spelling of grey). */
const CLASS_ALIASES: Readonly<Record<string, string>> = { gray: "grey" };

/** RGB (no alpha) → palette name, so 6-digit colours from Highlightr before 1.0 are named too. */
const RGB_TO_NAME = new Map<string, string>(Object.entries(HIGHLIGHTR_PALETTE).map(([name, hex]) => [hex.slice(1, 7).toUpperCase(), name]));

/** Names a CSS colour from Highlightr's palette; `null` when it is not one of them. */
export function paletteName(color: string): string | null {
	const hex = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(color.trim());
	if (hex?.[1]) return RGB_TO_NAME.get(hex[1].toUpperCase()) ?? null;
	return null;
}

/** Names a Highlightr class (`hltr-red` → red); `null` for custom classes. */
export function classPaletteName(className: string): string | null {
	const key = className.toLowerCase();
	const name = ownValue(CLASS_ALIASES, key) ?? key;
	return ownValue(HIGHLIGHTR_PALETTE, name) !== undefined ? name : null;
}

export interface HighlightScan {
	highlights: Highlight[];
	/** True when a `<mark …>` was opened and never closed on this line. */
	unclosed: boolean;
}

/** A tag holds no `<`: a `<mark` that is never closed then costs a scan up to the next `<`, not to the end of the line. */
const MARK_OPEN = /<mark\b([^<>]*)>/gi;
const MARK_CLOSE = /<\/mark\s*>/i;

/**
 * Finds highlighted phrases in one line: Highlightr inline style, Highlightr
 * class mode, a bare `<mark>` and Obsidian's `==…==`. Inline code is skipped.
 */
export function scanHighlights(line: string): HighlightScan {
	const highlights: Highlight[] = [];
	let unclosed = false;
	if (line.indexOf("<") === -1 && line.indexOf("==") === -1) return { highlights, unclosed };
	const text = blankInlineCode(line);

	MARK_OPEN.lastIndex = 0;
	let open: RegExpExecArray | null;
	while ((open = MARK_OPEN.exec(text)) !== null) {
		const start = open.index + open[0].length;
		const rest = text.slice(start);
		const close = MARK_CLOSE.exec(rest);
		if (!close) {
			unclosed = true;
			break;
		}
		const inner = stripMarkup(line.slice(start, start + close.index));
		MARK_OPEN.lastIndex = start + close.index + close[0].length;
		if (inner) highlights.push({ text: inner, ...markColour(open[1] ?? "") });
	}

	const equals = /==(?=\S)(.+?)==/g;
	let eq: RegExpExecArray | null;
	while ((eq = equals.exec(text)) !== null) {
		const inner = stripMarkup(line.slice(eq.index + 2, eq.index + 2 + (eq[1]?.length ?? 0)));
		if (inner) highlights.push({ text: inner, color: null, colorName: null, syntax: "equals" });
	}
	return { highlights, unclosed };
}

function markColour(attributes: string): { color: string | null; colorName: string | null; syntax: HighlightSyntax } {
	const style = /style\s*=\s*["']([^"']*)["']/i.exec(attributes);
	if (style?.[1] !== undefined) {
		const background = /background(?:-color)?\s*:\s*([^;]+)/i.exec(style[1]);
		const color = background?.[1]?.trim() ?? null;
		return { color, colorName: color ? paletteName(color) : null, syntax: "mark-style" };
	}
	const cls = /class\s*=\s*["']([^"']*)["']/i.exec(attributes);
	if (cls?.[1] !== undefined) {
		const hltr = /(?:^|\s)hltr-(\S+)/i.exec(cls[1]);
		const color = hltr?.[1] ?? cls[1].trim();
		return { color, colorName: hltr?.[1] ? classPaletteName(hltr[1]) : null, syntax: "mark-class" };
	}
	return { color: null, colorName: null, syntax: "mark" };
}

/**
 * Replaces inline code spans with spaces, keeping offsets. A run of backticks
 * opens a span that the next run of the same length closes; a run that no later
 * run matches is plain text (or opens with fewer of its last backticks). Each length keeps a cursor into its runs, so a line
 * of unmatched runs is read once (a pattern with a back-reference read the rest
 * of the line again for every run).
 */
function blankInlineCode(line: string): string {
	if (line.indexOf("`") === -1) return line;
	const runs: { start: number; end: number }[] = [];
	for (let i = line.indexOf("`"); i !== -1; i = line.indexOf("`", i)) {
		let end = i + 1;
		while (line.charCodeAt(end) === 96) end++;
		runs.push({ start: i, end });
		i = end;
	}
	const byLength = new Map<number, number[]>();
	runs.forEach((run, k) => {
		const length = run.end - run.start;
		const list = byLength.get(length);
		if (list) list.push(k);
		else byLength.set(length, [k]);
	});
	const cursor = new Map<number, number>();
	let out = "";
	let copied = 0;
	/** The first run after run `k` of exactly `length` backticks, by a cursor that only moves forward. */
	const closerAfter = (k: number, length: number): number | undefined => {
		const list = byLength.get(length) ?? [];
		let c = cursor.get(length) ?? 0;
		while (c < list.length && (list[c] ?? 0) <= k) c++;
		cursor.set(length, c);
		return list[c];
	};
	for (let k = 0; k < runs.length; k++) {
		const open = runs[k] as { start: number; end: number };
		// A run with no closer of its length may still open with its last backticks (as the pattern this replaces read it).
		for (let length = open.end - open.start; length > 0; length--) {
			const closeAt = closerAfter(k, length);
			if (closeAt === undefined) continue;
			const close = runs[closeAt] as { start: number; end: number };
			const start = open.end - length;
			out += line.slice(copied, start) + " ".repeat(close.end - start);
			copied = close.end;
			k = closeAt;
			break;
		}
	}
	return copied === 0 ? line : out + line.slice(copied);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Characters that can start markup; text without any of them needs no stripping. */
const MARKUP_CHAR = /[<&[=~`*_^]/;
/** True when text holds whitespace other than single spaces (cheaper than one regex over the whole text). */
function hasMessySpace(text: string): boolean {
	return text.indexOf("  ") !== -1 || ODD_SPACE.test(text);
}

/** One character class scans fast; the double space is looked for with indexOf. */
const ODD_SPACE = /[\t\n\r\u00a0\u2000-\u200a\u3000]/;

/**
 * Plain text of inline markdown: HTML tags, emphasis, highlights, code ticks,
 * links (kept as their text), embeds, block ids and footnote markers removed.
 * Runs of whitespace become one space, unless `collapseSpace` is false (for
 * text that is only counted, never shown).
 */
export function stripMarkup(text: string, collapseSpace = true): string {
	let out = text;
	if (MARKUP_CHAR.test(out)) {
		// No pattern here lets a bracket or tag hold its own opener: then an opener that never closes reads only up
		// to the next opener, not to the end of the text, and a line of `[[` or `<a` is read once, not once per opener.
		if (out.indexOf("<") !== -1)
			out = out.replace(/<\/?[A-Za-z][^<>]*>/g, "").replace(/<!--(?:[^<\n\r\u2028\u2029]|<(?!!--))*?-->/g, "");
		if (out.indexOf("&") !== -1) out = out.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "");
		if (out.indexOf("[") !== -1) {
			out = out
				.replace(/!\[\[[^[\]]*\]\]/g, "")
				.replace(/!\[[^[\]]*\]\([^)[\]]*\)/g, "")
				.replace(/\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g, (_, target: string, alias?: string) => alias ?? target)
				.replace(/\[([^[\]]*)\]\([^)[\]]*\)/g, "$1")
				.replace(/\[\^[^[\]]*\]/g, "");
		}
		if (out.indexOf("==") !== -1) out = out.replace(/==/g, "");
		if (out.indexOf("~~") !== -1) out = out.replace(/~~/g, "");
		if (out.indexOf("`") !== -1) out = out.replace(/`+/g, "");
		if (out.indexOf("*") !== -1) out = out.replace(/\*+/g, "");
		// The lookbehind starts a closing run at its first `_`, so a long run is read once, not once per `_`.
		if (out.indexOf("_") !== -1) out = out.replace(/(^|[\s(["'“‘])_+|(?<!_)_+(?=$|[\s)\]"'”’.,;:!?])/g, "$1");
		if (out.indexOf("^") !== -1) out = out.replace(/\s\^[A-Za-z0-9-]+\s*$/, "");
	}
	if (collapseSpace && hasMessySpace(out)) out = out.replace(/\s+/g, " ");
	return out.trim();
}
