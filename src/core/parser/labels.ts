import { firstWordStart } from "./first-word";
import { misspeltLabel } from "./label-typos";
import type { PartName } from "../types";

/** A STAR label found at the start of a line. */
export interface LabelMatch {
	/** Canonical part, or `null` for an unknown bold label inside a story (kept as an extra part). */
	part: PartName | null;
	/** The label as written, without markup. */
	label: string;
	/** What follows the label and its separator, as written (markup kept), trimmed. */
	body: string;
	/** `S:`-style single-letter label. */
	single: boolean;
}

/**
 * Label words → canonical part, with the first letters each entry's words
 * start with (so a line is tried only against words it could begin).
 * Multi-word labels are matched before their first word.
 */
const VOCABULARY: ReadonlyArray<[string, RegExp, PartName]> = [
	["scb", /(?:situation|context|background|setting|scenario)s?/iy, "situation"],
	["tcgpom", /(?:tasks?|challenges?|goals?|problem|objectives?|mission)/iy, "task"],
	["daws", /(?:decisions?(?:\s*(?:and|&)\s*trade[- ]?offs?)?|actions?(?:\s+taken)?|approach|solution|what\s+i\s+did)/iy, "action"],
	["roi", /(?:results?(?:\s*(?:and|&)\s*impact)?|outcomes?|impact)/iy, "result"],
	["ktlrw", /(?:key\s+)?(?:takeaways?|learnings?|lessons?(?:\s+learn(?:ed|t))?|reflections?|what\s+i\s+learn(?:ed|t))/iy, "takeaway"],
];

type VocabularyEntry = (typeof VOCABULARY)[number];

/** The vocabulary entries worth trying for a word's first letter, by its lower-case char code. */
const VOCABULARY_BY_CODE: (VocabularyEntry[] | undefined)[] = [];
for (const entry of VOCABULARY) {
	for (const initial of entry[0]) (VOCABULARY_BY_CODE[initial.charCodeAt(0)] ??= []).push(entry);
}

const SINGLE: Readonly<Record<string, PartName>> = { S: "situation", T: "task", A: "action", R: "result", L: "takeaway" };

/** Single letters that may open a story; the others only continue one (a bare `A:` is often "Answer"). */
const OPENING_SINGLE = new Set(["S", "T"]);

interface Cleaned {
	text: string;
	/** Whether markup was removed, so cleaned offsets differ from raw ones (see `bodyOffset`). */
	stripped: boolean;
	bold: boolean;
}

/** Labels are short: with emoji, markup and a highlight tag they fit in this many characters. */
const PREFIX_LIMIT = 64;

/** First three letters of every label word (as lower-case char codes): a line whose first word starts otherwise holds no label. */
const LABEL_STARTS = new Set(
	[
		"sit",
		"con",
		"bac",
		"set",
		"sce",
		"tas",
		"tak",
		"cha",
		"goa",
		"pro",
		"obj",
		"mis",
		"dec",
		"act",
		"app",
		"sol",
		"wha",
		"res",
		"out",
		"imp",
		"key",
		"lea",
		"les",
		"ref",
	].map((word) => (word.charCodeAt(0) * 256 + word.charCodeAt(1)) * 256 + word.charCodeAt(2)),
);

/**
 * Cheap test before any string is built: skips leading spaces, emphasis,
 * symbols and HTML tags, then looks at the first word. A label needs a label
 * word there, or a single capital S/T/A/R/L, or (inside a story) bold text.
 */
function mayHoldLabel(raw: string, inStory: boolean): boolean {
	if (inStory && (raw.startsWith("**") || raw.startsWith("__"))) return true;
	const i = firstWordStart(raw, 40);
	if (i === -1) return false;
	const first = raw.charCodeAt(i);
	if (first >= 48 && first <= 57) return false;
	const next = raw.charCodeAt(i + 1) | 0x20;
	if ((first === 83 || first === 84 || first === 65 || first === 82 || first === 76) && !(next >= 97 && next <= 122)) return true;
	const third = raw.charCodeAt(i + 2) | 0x20;
	return LABEL_STARTS.has(((first | 0x20) * 256 + next) * 256 + third);
}

/** Emphasis markers and HTML tags, which a label may be wrapped in (a tag holds no `<`, so `<a<a<a…` is read once). */
const PREFIX_MARKUP = /[*_]+|<\/?[A-Za-z][^<>]*>/g;

/** The start of a line with emphasis markers and HTML tags removed (one native replace). */
function cleanPrefix(raw: string): Cleaned {
	const head = raw.length > PREFIX_LIMIT ? raw.slice(0, PREFIX_LIMIT) : raw;
	if (head.indexOf("*") === -1 && head.indexOf("_") === -1 && head.indexOf("<") === -1)
		return { text: head, stripped: false, bold: false };
	const bold = head.indexOf("**") !== -1 || head.indexOf("__") !== -1;
	return { text: head.replace(PREFIX_MARKUP, ""), stripped: true, bold };
}

/**
 * Where the body starts in the raw line, from its cleaned offset: walks the
 * raw text past the markup `cleanPrefix` removed. On the way it counts the
 * emphasis markers (`*`, `_`) that open before the label's first letter
 * (`labelStart`, cleaned) less those that close after it: what the label
 * opened and has not yet closed, the "**" of "**Situation:** text".
 */
function bodyOffset(raw: string, cleanedIndex: number, labelStart: number): { at: number; unclosed: number } {
	let kept = 0;
	let unclosed = 0;
	PREFIX_MARKUP.lastIndex = 0;
	let at = 0;
	let m: RegExpExecArray | null;
	while ((m = PREFIX_MARKUP.exec(raw)) !== null) {
		const plainRun = m.index - at;
		if (kept + plainRun >= cleanedIndex) break;
		kept += plainRun;
		if (m[0].charCodeAt(0) !== 60 /* < */) unclosed += kept <= labelStart ? m[0].length : -m[0].length;
		at = m.index + m[0].length;
		if (at >= PREFIX_LIMIT) break;
	}
	return { at: at + (cleanedIndex - kept), unclosed: unclosed > 0 ? unclosed : 0 };
}

/** Letters, digits and the quote/bracket characters that start real text. */
const TEXT_START = /[\p{L}\p{N}]/u;

/** Whether the character at `index` is a letter or digit (ASCII checked without a regex). */
function isTextAt(text: string, index: number): boolean {
	const c = text.charCodeAt(index);
	if (Number.isNaN(c)) return false;
	if (c < 128) {
		const lower = c | 0x20;
		return (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57);
	}
	return TEXT_START.test(text[index] ?? "");
}

/**
 * Reads a STAR label at the start of `raw` (a list item's text, a paragraph
 * line or a heading's text). Accepts bold or plain, colon inside or outside
 * the bold, full-width colon, a dash or em dash, a period, or nothing (label
 * alone, body on the next line); single letters `S:` … `L:`; emoji before
 * the label. Case-insensitive for words, upper case for single letters.
 */
export function matchLabel(raw: string, options: { inStory: boolean; heading: boolean }): LabelMatch | null {
	if (!mayHoldLabel(raw, options.inStory)) return null;
	const cleaned = cleanPrefix(raw);
	const text = cleaned.text;
	let start = 0;
	while (start < text.length && start < 8 && !isTextAt(text, start)) start++;
	if (start >= text.length) return null;
	for (let i = 0; i < start; i++) {
		const c = text.charCodeAt(i);
		if (c === 58 /* : */ || c === 0xff1a || c === 63 /* ? */) return null;
	}

	const known = matchKnownLabel(text, start, cleaned, raw, options) ?? matchMisspeltLabel(text, start, cleaned, raw);
	if (known) return known;
	if (options.inStory && !options.heading) return matchExtraLabel(raw);
	return null;
}

function matchKnownLabel(
	text: string,
	start: number,
	cleaned: Cleaned,
	raw: string,
	options: { inStory: boolean; heading: boolean },
): LabelMatch | null {
	for (const [, pattern, part] of vocabularyFor(text, start)) {
		pattern.lastIndex = start;
		// `test` on a sticky pattern leaves lastIndex at the match's end, and builds no match array.
		if (!pattern.test(text)) continue;
		const wordEnd = pattern.lastIndex;
		let end = wordEnd;
		if (isTextAt(text, end)) continue;
		let label = "";
		if (text.charCodeAt(end) === 47 /* / */) {
			// "Situation/Action:" names two parts at once; the first one decides.
			const second = matchVocabulary(text, end + 1);
			if (second) {
				label = text.slice(start, second.end);
				end = second.end;
			}
		}
		const sep = readSeparator(text, end, false);
		if (sep === null) continue;
		if (sep.alone && !(cleaned.bold || options.heading || options.inStory || isAllCaps(text.slice(start, wordEnd)))) continue;
		return {
			part,
			label: normalizeSpace(label || text.slice(start, wordEnd)),
			body: bodyAfter(raw, cleaned, sep.bodyStart, start),
			single: false,
		};
	}

	const letter = text[start] ?? "";
	const single = SINGLE[letter];
	if (single && !isTextAt(text, start + 1)) {
		if (!OPENING_SINGLE.has(letter) && !options.inStory) return null;
		const sep = readSeparator(text, start + 1, true);
		if (sep === null || sep.alone) return null;
		let bodyStart = sep.bodyStart;
		// "S - Situation": the letter spelled out after it is part of the label.
		let wordStart = bodyStart;
		while (text[wordStart] === " ") wordStart++;
		const word = matchVocabulary(text, wordStart);
		if (word?.part === single) {
			const after = readSeparator(text, word.end, false);
			if (after) bodyStart = after.bodyStart;
		}
		return { part: single, label: letter, body: bodyAfter(raw, cleaned, bodyStart, start), single: true };
	}
	return null;
}

/** A label word misspelt by one letter ("sitation :", "reslut:"), read only with a colon after it. */
function matchMisspeltLabel(text: string, start: number, cleaned: Cleaned, raw: string): LabelMatch | null {
	let end = start;
	while (end < text.length && end - start < 12 && isTextAt(text, end)) end++;
	if (end - start < 6 || isTextAt(text, end)) return null;
	const typo = misspeltLabel(text.slice(start, end));
	if (typo === null) return null;
	let colon = end;
	while (text[colon] === " ") colon++;
	if (text[colon] !== ":" && text[colon] !== "：") return null;
	// The label is spelt right, so a template that copies the note's labels does not copy the typo.
	return { part: typo.part, label: typo.spelt, body: bodyAfter(raw, cleaned, colon + 1, start), single: false };
}

/** A vocabulary word starting exactly at `from`, ending at a word boundary. */
function matchVocabulary(text: string, from: number): { part: PartName; end: number } | null {
	for (const [, pattern, part] of vocabularyFor(text, from)) {
		pattern.lastIndex = from;
		if (pattern.test(text) && !isTextAt(text, pattern.lastIndex)) return { part, end: pattern.lastIndex };
	}
	return null;
}

const NO_ENTRIES: VocabularyEntry[] = [];

/** The vocabulary entries for the letter at `at` (a letter outside ASCII is lower-cased first). */
function vocabularyFor(text: string, at: number): VocabularyEntry[] {
	const c = text.charCodeAt(at);
	if (c < 128) return VOCABULARY_BY_CODE[c | 0x20] ?? NO_ENTRIES;
	const lower = (text[at] ?? "").toLowerCase();
	return lower.length === 1 ? (VOCABULARY_BY_CODE[lower.charCodeAt(0)] ?? NO_ENTRIES) : NO_ENTRIES;
}

/**
 * What may follow a label: `:`, `：`, `.` or a dash (then the body), or the
 * end of the line (label alone). Spaces before the separator are allowed.
 */
function readSeparator(text: string, from: number, single: boolean): { bodyStart: number; alone: boolean } | null {
	let i = from;
	while (text[i] === " " || text[i] === "\t") i++;
	const c = text[i];
	if (c === undefined) return { bodyStart: i, alone: true };
	if (c === ":" || c === "：") return { bodyStart: i + 1, alone: false };
	if (c === "—" || c === "–") return { bodyStart: i + 1, alone: false };
	if (c === "-") {
		// "S-text" is a label; "Task-based" is not (the dash must be followed by a space for words).
		if (single || text[i + 1] === " " || text[i + 1] === undefined || i > from) return { bodyStart: i + 1, alone: false };
		return null;
	}
	if (c === "." && !single && (text[i + 1] === " " || text[i + 1] === undefined)) return { bodyStart: i + 1, alone: false };
	return null;
}

function bodyAfter(raw: string, cleaned: Cleaned, cleanedIndex: number, labelStart: number): string {
	// Only the emphasis the label opened is skipped, so the body of
	// "A: **Cut scope** first" keeps its own bold.
	let { at, unclosed } = cleaned.stripped ? bodyOffset(raw, cleanedIndex, labelStart) : { at: cleanedIndex, unclosed: 0 };
	// Skip what closes the label ("**", "_", "</mark>") and the spaces before the body.
	for (;;) {
		const c = raw.charCodeAt(at);
		if (c === 32 || c === 9) at++;
		else if ((c === 42 /* * */ || c === 95) /* _ */ && unclosed > 0) {
			at++;
			unclosed--;
		} else if (c === 60 /* < */ && raw.charCodeAt(at + 1) === 47 /* / */) {
			CLOSING_TAG.lastIndex = at;
			if (!CLOSING_TAG.test(raw)) break;
			at = CLOSING_TAG.lastIndex;
		} else if ((c > 127 || (c >= 10 && c <= 13)) && /\s/.test(raw.charAt(at))) at++;
		else break;
	}
	// One slice; trimEnd hands the same string back when there is nothing to trim.
	return raw.slice(at).trimEnd();
}

/** A closing HTML tag at `lastIndex`. */
const CLOSING_TAG = /<\/[A-Za-z]+>/y;

function isAllCaps(word: string): boolean {
	return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function normalizeSpace(text: string): string {
	return /\s/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/** An unknown bold label such as `**Stakeholders:**` or `**Bet** —`: kept as an extra part inside a story. */
function matchExtraLabel(raw: string): LabelMatch | null {
	// Each run of spaces has one place to go: `\s*(sep)?\s*` let two runs share it every way.
	const m = /^\s*(\*\*|__)([^*_\n]{1,40}?)\s*(?:([:：.—–-])\s*)?\1\s*(?:([:：—–-])\s*)?/.exec(raw);
	if (!m) return null;
	if (!m[3] && !m[4]) return null;
	const label = (m[2] ?? "").trim();
	if (label === "" || label.split(/\s+/).length > 5 || /[?？]$/.test(label)) return null;
	// Q/A prefixes mark questions and answers, not story parts.
	if (/^(?:q|a|question|answer)\s*\d*$/i.test(label)) return null;
	return { part: null, label, body: raw.slice(m[0].length).trim(), single: false };
}
