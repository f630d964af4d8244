import { PART_NAMES, type PartName, type StorySignals } from "./types";

/** Default speaking rate: a calm interview pace, between conversational (~130) and presenting (~160). */
export const DEFAULT_WORDS_PER_MINUTE = 150;

const NUMBER_WORDS =
	"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|double|twice|triple";
const UNITS =
	"percent|per cent|%|x|times|ms|milliseconds?|seconds?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|quarters?|years?|users?|customers?|clients?|teams?|engineers?|people|requests?|qps|rps|documents?|docs|issues?|bugs?|incidents?|tickets?|services?|releases?|points?|k|m|bn|b|gb|tb|mb";

/** A figure: a number that is not a bare year, a money amount, a multiplier, or a number word with a unit. */
const METRIC = new RegExp(
	[
		String.raw`[$€£¥]\s?\d[\d,.]*\s?(?:k|m|bn|b|million|billion)?`,
		String.raw`\b\d[\d,.]*\s?(?:%|x\b|k\b|m\b|bn\b|ms\b)`,
		String.raw`\b(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s?(?:${UNITS})\b)?`,
		String.raw`\b(?:${NUMBER_WORDS})\s(?:${UNITS})\b`,
		String.raw`\b(?:doubled|tripled|halved|quadrupled)\b`,
	].join("|"),
	"gi",
);

/** First-person words, keyed by `wordCode` so a word is looked up without building a string. */
const PRONOUNS = new Map<number, "i" | "we">([
	...["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"].map((w) => [codeOf(w), "i"] as const),
	...["we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"].map((w) => [codeOf(w), "we"] as const),
]);

function codeOf(word: string): number {
	return wordCode(word, 0, word.length);
}

/**
 * A number for a short word (letters and apostrophes, case ignored), or -1.
 * Nine characters in base 28 stay below 2^53.
 */
function wordCode(text: string, start: number, end: number): number {
	if (end - start > 9) return -1;
	let code = 0;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		const lower = c | 0x20;
		let v: number;
		if (lower >= 97 && lower <= 122) v = lower - 96;
		else if (c === 39 || c === 0x2019) v = 27;
		else return -1;
		code = code * 28 + v;
	}
	return code;
}

const PART_BIT: Readonly<Record<PartName, number>> = { situation: 1, task: 2, action: 4, result: 8, takeaway: 16 };

/**
 * Cheap look at a word's first two letters: only I, I'm, I've, me, my, mine,
 * myself, we, we're, us, our, ours… can be I/we words. Most words stop here.
 */
function mayBePronoun(text: string, start: number, end: number): boolean {
	const a = text.charCodeAt(start) | 0x20;
	const b = end - start > 1 ? text.charCodeAt(start + 1) | 0x20 : 0;
	switch (a) {
		case 105 /* i */:
			return b === 0 || b === 39 || b === (0x2019 | 0x20) || !isWordChar(text.charCodeAt(start + 1));
		case 109 /* m */:
			return b === 101 || b === 121 || b === 105;
		case 119 /* w */:
			return b === 101;
		case 117 /* u */:
			return b === 115;
		case 111 /* o */:
			return b === 117;
		default:
			return false;
	}
}

/** Letters and apostrophes: what is left of a word once trailing punctuation is cut. */
function isWordChar(c: number): boolean {
	const lower = c | 0x20;
	return (lower >= 97 && lower <= 122) || c === 39 || c === 0x2019;
}

/** A part's text as plain words, markup already removed (whitespace may be any mix). */
export interface PlainPart {
	part: PartName | null;
	plain: string;
}

/** Figures written in a text ("85%", "100k", "two days"). */
export function findMetrics(text: string): string[] {
	const found: string[] = [];
	METRIC.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = METRIC.exec(text)) !== null) {
		const figure = m[0].trim();
		if (figure) found.push(figure);
		if (m[0].length === 0) METRIC.lastIndex++;
	}
	return found;
}

/**
 * Quality signals of a story from its parts (plain text, empty parts left
 * out). Word count and the I/we counts cover every part; the metric check
 * reads the result (or, when there is no result, the takeaway), since a
 * measured outcome is what panels ask for.
 */
export function storySignals(parts: readonly PlainPart[], missing: readonly PartName[], wordsPerMinute: number): StorySignals {
	let present = 0;
	let words = 0;
	let iCount = 0;
	let weCount = 0;
	let resultText = "";
	let takeawayText = "";
	for (const entry of parts) {
		if (entry.part) present |= PART_BIT[entry.part];
		const text = entry.plain;
		// One pass over the characters: any whitespace ends a word; only the
		// first letters of each word decide whether it can be an I/we word.
		const length = text.length;
		let i = 0;
		while (i < length) {
			while (i < length && text.charCodeAt(i) <= 32) i++;
			if (i >= length) break;
			const start = i;
			while (i < length && text.charCodeAt(i) > 32) i++;
			words++;
			if (i - start <= 10 && mayBePronoun(text, start, i)) {
				let stop = i;
				while (stop > start && !isWordChar(text.charCodeAt(stop - 1))) stop--;
				const kind = PRONOUNS.get(wordCode(text, start, stop));
				if (kind === "i") iCount++;
				else if (kind === "we") weCount++;
			}
		}
		if (entry.part === "result") resultText += ` ${entry.plain}`;
		if (entry.part === "takeaway") takeawayText += ` ${entry.plain}`;
	}
	const metrics = findMetrics(resultText || takeawayText);
	const rate = wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
	return {
		partsPresent: PART_NAMES.filter((p) => (present & PART_BIT[p]) !== 0),
		complete: missing.length === 0,
		wordCount: words,
		wordsPerMinute: rate,
		speakingSeconds: Math.round((words / rate) * 60),
		hasMetric: metrics.length > 0,
		metrics,
		iCount,
		weCount,
	};
}
