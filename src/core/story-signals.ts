import { stripMarkup } from "./highlights";
import { PART_NAMES, type PartEntry, type PartName, type StorySignals } from "./types";

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

const I_WORDS = /\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|myself)\b/gi;
const WE_WORDS = /\b(?:we|we're|we’re|we've|we’ve|we'd|we’d|we'll|we’ll|us|our|ours|ourselves)\b/gi;

function count(text: string, pattern: RegExp): number {
	pattern.lastIndex = 0;
	let n = 0;
	while (pattern.exec(text) !== null) n++;
	return n;
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
 * Quality signals of a story from its parts. Word count and the I/we counts
 * cover every part; the metric check reads the result (or, when there is no
 * result, the takeaway), since a measured outcome is what panels ask for.
 */
export function storySignals(parts: readonly PartEntry[], missing: readonly PartName[], wordsPerMinute: number): StorySignals {
	const present = new Set<PartName>();
	let words = 0;
	let iCount = 0;
	let weCount = 0;
	let resultText = "";
	let takeawayText = "";
	for (const entry of parts) {
		const plain = stripMarkup(entry.text.replace(/\n/g, " "));
		if (plain === "") continue;
		if (entry.part) present.add(entry.part);
		words += plain.split(/\s+/).length;
		iCount += count(plain, I_WORDS);
		weCount += count(plain, WE_WORDS);
		if (entry.part === "result") resultText += ` ${plain}`;
		if (entry.part === "takeaway") takeawayText += ` ${plain}`;
	}
	const metrics = findMetrics(resultText || takeawayText);
	const rate = wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
	return {
		partsPresent: PART_NAMES.filter((p) => present.has(p)),
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
