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

const MARK_OPEN = /<mark\b([^>]*)>/gi;
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

/** Replaces the contents of inline code spans with spaces, keeping offsets. */
function blankInlineCode(line: string): string {
	if (line.indexOf("`") === -1) return line;
	return line.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => " ".repeat(m.length));
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
		if (out.indexOf("<") !== -1) out = out.replace(/<\/?[A-Za-z][^>]*>/g, "").replace(/<!--.*?-->/g, "");
		if (out.indexOf("&") !== -1) out = out.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "");
		if (out.indexOf("[") !== -1) {
			out = out
				.replace(/!\[\[[^\]]*\]\]/g, "")
				.replace(/!\[[^\]]*\]\([^)]*\)/g, "")
				.replace(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (_, target: string, alias?: string) => alias ?? target)
				.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
				.replace(/\[\^[^\]]*\]/g, "");
		}
		if (out.indexOf("==") !== -1) out = out.replace(/==/g, "");
		if (out.indexOf("~~") !== -1) out = out.replace(/~~/g, "");
		if (out.indexOf("`") !== -1) out = out.replace(/`+/g, "");
		if (out.indexOf("*") !== -1) out = out.replace(/\*+/g, "");
		if (out.indexOf("_") !== -1) out = out.replace(/(^|[\s(["'“‘])_+|_+(?=$|[\s)\]"'”’.,;:!?])/g, "$1");
		if (out.indexOf("^") !== -1) out = out.replace(/\s\^[A-Za-z0-9-]+\s*$/, "");
	}
	if (collapseSpace && hasMessySpace(out)) out = out.replace(/\s+/g, " ");
	return out.trim();
}
