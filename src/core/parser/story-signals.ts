import { PART_NAMES, type PartName, type StorySignals } from "../types";
import { hasMeasuredResult } from "./measured-result";
import { ownActionVisible } from "./own-voice";
import { sentenceWords } from "./story-words";

/** Default speaking rate: a calm interview pace, between conversational (~130) and presenting (~160). */
export const DEFAULT_WORDS_PER_MINUTE = 150;

const I_WORD = 1;
const WE_WORD = 2;

function isApostrophe(c: number): boolean {
	return c === 39 || c === 0x2019;
}

/** The rest of a word after `from`, in lower case (only for the few words that get this far). */
function tail(text: string, from: number, stop: number): string {
	return text.slice(from, stop).toLowerCase();
}

/**
 * Whether `text[start, stop)` is a first-person word: I, I'm, I've, I'd,
 * I'll, me, my, mine, myself (`I_WORD`); we, we're, we've, we'd, we'll, us,
 * our, ours, ourselves (`WE_WORD`); else 0. Case is ignored and a curly
 * apostrophe counts as a straight one. Read from char codes, so the words
 * that are not pronouns (nearly all) never become strings.
 */
function pronounOf(text: string, start: number, stop: number): number {
	const n = stop - start;
	const second = n > 1 ? text.charCodeAt(start + 1) | 0x20 : 0;
	switch (text.charCodeAt(start) | 0x20) {
		case 105 /* i */: {
			if (n === 1) return I_WORD;
			if (!isApostrophe(text.charCodeAt(start + 1))) return 0;
			const rest = tail(text, start + 2, stop);
			return rest === "m" || rest === "d" || rest === "ve" || rest === "ll" ? I_WORD : 0;
		}
		case 109 /* m */:
			if (n === 2) return second === 101 /* e */ || second === 121 /* y */ ? I_WORD : 0;
			if (n === 4)
				return second === 105 /* i */ &&
					(text.charCodeAt(start + 2) | 0x20) === 110 /* n */ &&
					(text.charCodeAt(start + 3) | 0x20) === 101 /* e */
					? I_WORD
					: 0;
			return n === 6 && second === 121 /* y */ && tail(text, start + 2, stop) === "self" ? I_WORD : 0;
		case 119 /* w */: {
			if (second !== 101 /* e */) return 0;
			if (n === 2) return WE_WORD;
			if (!isApostrophe(text.charCodeAt(start + 2))) return 0;
			const rest = tail(text, start + 3, stop);
			return rest === "re" || rest === "ve" || rest === "d" || rest === "ll" ? WE_WORD : 0;
		}
		case 117 /* u */:
			return n === 2 && second === 115 /* s */ ? WE_WORD : 0;
		case 111 /* o */: {
			if (n < 3 || second !== 117 /* u */ || (text.charCodeAt(start + 2) | 0x20) !== 114 /* r */) return 0;
			if (n === 3) return WE_WORD;
			const rest = tail(text, start + 3, stop);
			return rest === "s" || rest === "selves" ? WE_WORD : 0;
		}
		default:
			return 0;
	}
}

/** Letters and apostrophes: what is left of a word once trailing punctuation is cut. */
function isWordChar(c: number): boolean {
	const lower = c | 0x20;
	return (lower >= 97 && lower <= 122) || isApostrophe(c);
}

/** Words whose first letter is one of i, m, w, u, o (either case) may be first-person words. */
function mayBePronoun(first: number): boolean {
	const lower = first | 0x20;
	return lower === 105 || lower === 109 || lower === 119 || lower === 117 || lower === 111;
}

/** Running totals of one story's words. */
interface Tally {
	words: number;
	i: number;
	we: number;
}

/** Counts the word `text[start, end)`: one more word, and one more I/we word when it is one. */
function countWord(text: string, start: number, end: number, tally: Tally): void {
	tally.words++;
	// Longer than "ourselves" plus punctuation: not a pronoun.
	if (end - start > 10 || !mayBePronoun(text.charCodeAt(start))) return;
	let stop = end;
	while (stop > start && !isWordChar(text.charCodeAt(stop - 1))) stop--;
	if (stop === start) return;
	const kind = pronounOf(text, start, stop);
	if (kind === I_WORD) tally.i++;
	else if (kind === WE_WORD) tally.we++;
}

/**
 * Adds a text's words to the tally. Words are separated by spaces, tabs and
 * line breaks. The walk jumps from separator to separator with `indexOf`,
 * which passes over a word's letters natively; only words that may be I/we
 * words are read letter by letter.
 */
function tallyWords(raw: string, tally: Tally): void {
	const text = raw.indexOf("\t") !== -1 || raw.indexOf("\r") !== -1 ? raw.replace(/[\t\r]/g, " ") : raw;
	const length = text.length;
	let space = text.indexOf(" ");
	if (space === -1) space = length;
	let newline = text.indexOf("\n");
	if (newline === -1) newline = length;
	let at = 0;
	while (at < length) {
		const end = space < newline ? space : newline;
		if (end > at) countWord(text, at, end, tally);
		at = end + 1;
		if (end === space) {
			space = text.indexOf(" ", at);
			if (space === -1) space = length;
		} else {
			newline = text.indexOf("\n", at);
			if (newline === -1) newline = length;
		}
	}
}

const PART_BIT: Readonly<Record<PartName, number>> = { situation: 1, task: 2, action: 4, result: 8, takeaway: 16 };

/** The list of parts for each set of part bits, built once: every story with the same parts shares one frozen list. */
const PARTS_BY_BITS: readonly PartName[][] = Array.from(
	{ length: 32 },
	(_, bits) => Object.freeze(PART_NAMES.filter((p) => (bits & PART_BIT[p]) !== 0)) as PartName[],
);

/** A part's text as plain words, markup already removed (whitespace may be any mix). */
export interface PlainPart {
	part: PartName | null;
	plain: string;
}

/**
 * Quality signals of a story from its parts (plain text, empty parts left
 * out). Word count and the I/we counts cover every part; the measured-result
 * check reads the result (or, when there is no result, the takeaway), since a
 * measured outcome is what panels ask for; whether the speaker's own actions
 * show is read from the action (or, with no action, from every part), where a
 * panel listens for it.
 */
export function storySignals(parts: readonly PlainPart[], missing: readonly PartName[], wordsPerMinute: number): StorySignals {
	let present = 0;
	const tally: Tally = { words: 0, i: 0, we: 0 };
	for (const entry of parts) {
		if (entry.part) present |= PART_BIT[entry.part];
		tallyWords(entry.plain, tally);
	}
	const measured: PartName = (present & PART_BIT.result) !== 0 ? "result" : "takeaway";
	let hasMetric = false;
	for (const entry of parts) {
		if (entry.part === measured && hasMeasuredResult(entry.plain)) {
			hasMetric = true;
			break;
		}
	}
	const acting = (present & PART_BIT.action) !== 0 ? parts.filter((p) => p.part === "action") : parts;
	const ownAction = ownActionVisible(acting.flatMap((p) => sentenceWords(p.plain)));
	const rate = wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
	return {
		partsPresent: PARTS_BY_BITS[present] ?? [],
		complete: missing.length === 0,
		wordCount: tally.words,
		wordsPerMinute: rate,
		speakingSeconds: Math.round((tally.words / rate) * 60),
		hasMetric,
		iCount: tally.i,
		weCount: tally.we,
		ownActionVisible: ownAction,
	};
}
