import type { PartName } from "./types";

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

/** Label words → canonical part. Multi-word labels are matched before their first word. */
const VOCABULARY: ReadonlyArray<[RegExp, PartName]> = [
	[/(?:situation|context|background|setting|scenario)s?/iy, "situation"],
	[/(?:tasks?|challenges?|goals?|problem|objectives?|mission)/iy, "task"],
	[/(?:decisions?(?:\s*(?:and|&)\s*trade[- ]?offs?)?|actions?(?:\s+taken)?|approach|solution|what\s+i\s+did)/iy, "action"],
	[/(?:results?(?:\s*(?:and|&)\s*impact)?|outcomes?|impact)/iy, "result"],
	[/(?:key\s+)?(?:takeaways?|learnings?|lessons?(?:\s+learn(?:ed|t))?|reflections?|what\s+i\s+learn(?:ed|t))/iy, "takeaway"],
];

const SINGLE: Readonly<Record<string, PartName>> = { S: "situation", T: "task", A: "action", R: "result", L: "takeaway" };

/** Single letters that may open a story; the others only continue one (a bare `A:` is often "Answer"). */
const OPENING_SINGLE = new Set(["S", "T"]);

interface Cleaned {
	text: string;
	/** Raw index of each cleaned character. */
	map: number[];
	bold: boolean;
}

const PREFIX_LIMIT = 120;

/** The start of a line with emphasis markers and HTML tags removed, mapped back to raw offsets. */
function cleanPrefix(raw: string): Cleaned {
	const map: number[] = [];
	let text = "";
	let bold = false;
	const limit = Math.min(raw.length, PREFIX_LIMIT);
	for (let i = 0; i < limit; i++) {
		const c = raw[i] ?? "";
		if (c === "*" || c === "_") {
			if (raw[i + 1] === c) bold = true;
			continue;
		}
		if (c === "<") {
			const close = raw.indexOf(">", i);
			if (close !== -1 && /^<\/?[A-Za-z]/.test(raw.slice(i, i + 3))) {
				i = close;
				continue;
			}
		}
		map.push(i);
		text += c;
	}
	map.push(limit);
	return { text, map, bold };
}

/** Letters, digits and the quote/bracket characters that start real text. */
const TEXT_START = /[\p{L}\p{N}]/u;

/**
 * Reads a STAR label at the start of `raw` (a list item's text, a paragraph
 * line or a heading's text). Accepts bold or plain, colon inside or outside
 * the bold, full-width colon, a dash or em dash, a period, or nothing (label
 * alone, body on the next line); single letters `S:` … `L:`; emoji before
 * the label. Case-insensitive for words, upper case for single letters.
 */
export function matchLabel(raw: string, options: { inStory: boolean; heading: boolean }): LabelMatch | null {
	const cleaned = cleanPrefix(raw);
	const text = cleaned.text;
	let start = 0;
	while (start < text.length && start < 8 && !TEXT_START.test(text[start] ?? "")) start++;
	if (start >= text.length) return null;
	const lead = text.slice(0, start);
	if (/[:：?]/.test(lead)) return null;

	const known = matchKnownLabel(text, start, cleaned, raw, options);
	if (known) return known;
	if (options.inStory && !options.heading) return matchExtraLabel(raw);
	return null;
}

function matchKnownLabel(text: string, start: number, cleaned: Cleaned, raw: string, options: { inStory: boolean; heading: boolean }): LabelMatch | null {
	for (const [pattern, part] of VOCABULARY) {
		pattern.lastIndex = start;
		const m = pattern.exec(text);
		if (!m) continue;
		let end = start + m[0].length;
		if (TEXT_START.test(text[end] ?? "")) continue;
		let label = m[0];
		if (text[end] === "/") {
			// "Situation/Action:" names two parts at once; the first one decides.
			const second = matchVocabulary(text, end + 1);
			if (second) {
				label = text.slice(start, second.end);
				end = second.end;
			}
		}
		const sep = readSeparator(text, end, false);
		if (sep === null) continue;
		if (sep.alone && !(cleaned.bold || options.heading || options.inStory || isAllCaps(m[0]))) continue;
		return { part, label: normalizeSpace(label), body: bodyAfter(raw, cleaned, sep.bodyStart), single: false };
	}

	const letter = text[start] ?? "";
	const single = SINGLE[letter];
	if (single && !TEXT_START.test(text[start + 1] ?? "")) {
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
		return { part: single, label: letter, body: bodyAfter(raw, cleaned, bodyStart), single: true };
	}
	return null;
}

/** A vocabulary word starting exactly at `from`, ending at a word boundary. */
function matchVocabulary(text: string, from: number): { part: PartName; end: number } | null {
	for (const [pattern, part] of VOCABULARY) {
		pattern.lastIndex = from;
		const m = pattern.exec(text);
		if (m && !TEXT_START.test(text[from + m[0].length] ?? "")) return { part, end: from + m[0].length };
	}
	return null;
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

function bodyAfter(raw: string, cleaned: Cleaned, cleanedIndex: number): string {
	const rawIndex = cleaned.map[Math.min(cleanedIndex, cleaned.map.length - 1)] ?? raw.length;
	return raw
		.slice(rawIndex)
		.replace(/^(?:\s|\*|_|<\/[A-Za-z]+>)+/, "")
		.trim();
}

function isAllCaps(word: string): boolean {
	return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** An unknown bold label such as `**Stakeholders:**` or `**Bet** —`: kept as an extra part inside a story. */
function matchExtraLabel(raw: string): LabelMatch | null {
	const m = /^\s*(\*\*|__)([^*_\n]{1,40}?)\s*([:：.—–-])?\s*\1\s*([:：—–-])?\s*/.exec(raw);
	if (!m) return null;
	if (!m[3] && !m[4]) return null;
	const label = (m[2] ?? "").trim();
	if (label === "" || label.split(/\s+/).length > 5 || /[?？]$/.test(label)) return null;
	// Q/A prefixes mark questions and answers, not story parts.
	if (/^(?:q|a|question|answer)\s*\d*$/i.test(label)) return null;
	return { part: null, label, body: raw.slice(m[0].length).trim(), single: false };
}
