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

const I_WORDS = new Set(["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"]);
const WE_WORDS = new Set(["we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"]);

const PART_BIT: Readonly<Record<PartName, number>> = { situation: 1, task: 2, action: 4, result: 8, takeaway: 16 };

/** Letters and apostrophes: what is left of a word once trailing punctuation is cut. */
function isWordChar(c: number): boolean {
	const lower = c | 0x20;
	return (lower >= 97 && lower <= 122) || c === 39 || c === 0x2019;
}

/** A part's text as plain words, markup already removed. */
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
		// One pass over the characters: count words, and look closer only at words
		// that can be I/we words (they start with i, m, w, u or o).
		let i = 0;
		while (i < text.length) {
			while (i < text.length && text.charCodeAt(i) === 32) i++;
			if (i >= text.length) break;
			const start = i;
			while (i < text.length && text.charCodeAt(i) !== 32) i++;
			words++;
			const first = text.charCodeAt(start) | 0x20;
			if (i - start > 10 || (first !== 105 && first !== 109 && first !== 119 && first !== 117 && first !== 111)) continue;
			let end = i;
			while (end > start && !isWordChar(text.charCodeAt(end - 1))) end--;
			let word = text.slice(start, end).toLowerCase();
			if (word.indexOf("’") !== -1) word = word.replace(/’/g, "'");
			if (I_WORDS.has(word)) iCount++;
			else if (WE_WORDS.has(word)) weCount++;
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
