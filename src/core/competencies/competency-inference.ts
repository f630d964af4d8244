import { plainPart, type StoryPartsSource } from "../parser/story-parts";
import { FuzzyKeywords } from "./fuzzy-keywords";
import { KeywordIndex, type KeywordEntry } from "./keyword-index";
import type { CompetencyMatch, CompetencySet, MatchSource } from "./types";
import { tokens } from "./words";

/** The words of a question that inference reads. */
export interface InferableQuestion {
	text: string;
	alternates: readonly string[];
	highlights: readonly { text: string }[];
}

/** The words of a story that inference reads. */
export interface InferableStory extends StoryPartsSource {
	title: string | null;
}

/** A piece of the user's text, what kind of text it is, and how much a cue found in it counts. */
export interface WeightedText {
	text: string;
	weight: number;
	kind: "story" | "question" | "highlight";
}

/**
 * How much a cue counts by where it was written. The story's own words carry
 * the most (the action above all, where the writer's decisions are); the
 * questions it answers are a prior, their highlighted phrases (the user's own
 * pick of the key words) a stronger one.
 */
export const FIELD_WEIGHT = {
	title: 1.5,
	highlight: 2,
	question: 1.5,
	situation: 0.7,
	task: 0.8,
	action: 1,
	result: 0.8,
	takeaway: 0.9,
	other: 0.8,
} as const;

/** A phrase cue ("no one owned it") says more than one word; a typo of a cue says less. */
const PHRASE_WEIGHT = 1.5;
const TYPO_WEIGHT = 0.9;
/** The same cue found again adds this much, at most `MAX_REPEATS` times. */
const REPEAT_WEIGHT = 0.2;
const MAX_REPEATS = 2;
/** A competency needs this much evidence to be assigned, and at least this share of the best one's. */
const MIN_SCORE = 0.9;
const MIN_SHARE = 0.45;
/** At most this many competencies per story, and per question. */
const MAX_STORY = 3;
const MAX_QUESTION = 2;
/** Raw evidence → a 0–1 score: half at this much evidence. */
const HALF_SCORE = 2;
const CACHE_LIMIT = 50_000;

/** The evidence for one competency in a text: its raw score and the phrases that made it, strongest first. */
export interface Evidence {
	competencyId: string;
	raw: number;
	phrases: string[];
	/** Where the strongest cue was found: the source a match reports. */
	source: MatchSource;
}

interface CueScore {
	best: number;
	phrase: string;
	count: number;
	source: MatchSource;
}

/**
 * Competencies inferred from everything the user wrote, for one set: the
 * story's parts and title, the questions it answers and their highlighted
 * phrases, weighed together into a score per competency. Cues are words and
 * phrases matched on word boundaries by their Porter stem, with typo
 * tolerance for long cue words only. Ties break on the evidence (more cues,
 * then the stronger single cue), never on the set's order. Each match keeps
 * the phrases that made it, for the panel's hover and the CLI.
 */
export class CompetencyInference {
	private readonly keywords: KeywordIndex;
	private readonly fuzzy: FuzzyKeywords;
	private readonly cache = new Map<string, CompetencyMatch[]>();
	/** By object, not by text: the index replaces a story object when its note changes. */
	private readonly storyCache = new WeakMap<object, { questions: readonly InferableQuestion[]; result: CompetencyMatch[] }>();

	constructor(readonly set: CompetencySet) {
		this.keywords = new KeywordIndex(set.competencies);
		this.fuzzy = new FuzzyKeywords(this.keywords.entries);
	}

	/** Competencies a question's words point to, strongest first; empty when none. */
	question(question: InferableQuestion): CompetencyMatch[] {
		const highlights = question.highlights.map((h) => h.text).join("\u0001");
		const key = `q\u0000${highlights}\u0000${question.text}\u0000${question.alternates.join("\u0001")}`;
		const hit = this.cache.get(key);
		if (hit) return hit;
		const value = toMatches(this.evidence(questionTexts(question)), MAX_QUESTION);
		if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
		this.cache.set(key, value);
		return value;
	}

	/** Competencies a story is evidence for, from its own words and the questions it answers; strongest first. */
	story(story: InferableStory, questions: readonly InferableQuestion[] = []): CompetencyMatch[] {
		const memo = this.storyCache.get(story);
		if (memo && sameItems(memo.questions, questions)) return memo.result;
		const texts = [...storyTexts(story), ...questions.flatMap(questionTexts)];
		const result = toMatches(this.evidence(texts), MAX_STORY);
		this.storyCache.set(story, { questions: [...questions], result });
		return result;
	}

	/** The evidence per competency in weighted texts, best first (ties on evidence, then id). */
	evidence(texts: readonly WeightedText[]): Evidence[] {
		const cues = new Map<string, Map<string, CueScore>>();
		const add = (entry: KeywordEntry, phrase: string, weight: number, source: MatchSource): void => {
			let byCue = cues.get(entry.competencyId);
			if (!byCue) cues.set(entry.competencyId, (byCue = new Map<string, CueScore>()));
			const known = byCue.get(entry.keyword);
			if (!known) byCue.set(entry.keyword, { best: weight, phrase, count: 1, source });
			else {
				known.count++;
				if (weight > known.best) Object.assign(known, { best: weight, phrase, source });
			}
		};
		for (const { text, weight, kind } of texts) {
			const words = tokens(text);
			const covered = new Set<number>();
			// Longest cue first; a shorter cue of the same competency inside it ("wrong" in "did something wrong") adds nothing.
			const hits = this.keywords.hits(words).sort((a, b) => b.length - a.length || a.start - b.start);
			const claimed = new Set<string>();
			for (const hit of hits) {
				const span = Array.from({ length: hit.length }, (_, k) => `${hit.entry.competencyId}\u0000${hit.start + k}`);
				if (span.some((key) => claimed.has(key))) continue;
				for (const key of span) claimed.add(key);
				for (let k = hit.start; k < hit.start + hit.length; k++) covered.add(k);
				add(hit.entry, hit.phrase, weight * (hit.length > 1 ? PHRASE_WEIGHT : 1), kind);
			}
			words.forEach((token, i) => {
				if (covered.has(i)) return;
				for (const entry of this.fuzzy.lookup(token)) add(entry, token.word, weight * TYPO_WEIGHT, "fuzzy");
			});
		}
		const out: (Evidence & { top: number })[] = [];
		for (const [competencyId, byCue] of cues) {
			const scores = [...byCue.values()].sort((a, b) => b.best - a.best);
			const raw = scores.reduce((sum, c) => sum + c.best + REPEAT_WEIGHT * Math.min(MAX_REPEATS, c.count - 1), 0);
			const source = scores[0]?.source ?? "story";
			out.push({ competencyId, raw, phrases: unique(scores.map((c) => c.phrase)), source, top: scores[0]?.best ?? 0 });
		}
		out.sort(
			(a, b) => b.raw - a.raw || b.phrases.length - a.phrases.length || b.top - a.top || (a.competencyId < b.competencyId ? -1 : 1),
		);
		return out.map(({ top: _top, ...e }) => e);
	}

	/** Sorts matches by score, then by evidence; never by the set's order. */
	sorted(matches: CompetencyMatch[]): CompetencyMatch[] {
		return matches.sort(
			(a, b) => b.score - a.score || b.evidence.length - a.evidence.length || (a.competencyId < b.competencyId ? -1 : 1),
		);
	}
}

/** The texts of a question: its phrasings, and its highlighted phrases weighed higher. */
export function questionTexts(question: InferableQuestion): WeightedText[] {
	return [
		...[question.text, ...question.alternates].map((text) => ({ text, weight: FIELD_WEIGHT.question, kind: "question" as const })),
		...question.highlights.map((h) => ({ text: h.text, weight: FIELD_WEIGHT.highlight, kind: "highlight" as const })),
	];
}

/** The texts of a story: its title and every written part, each with its weight. */
export function storyTexts(story: InferableStory): WeightedText[] {
	const texts: WeightedText[] = [];
	if (story.title) texts.push({ text: story.title, weight: FIELD_WEIGHT.title, kind: "story" });
	for (const entry of story.partList) {
		if (entry.part !== null && !story.signals.partsPresent.includes(entry.part)) continue;
		const text = plainPart(entry.text);
		if (text !== "") texts.push({ text, weight: FIELD_WEIGHT[entry.part ?? "other"], kind: "story" });
	}
	return texts;
}

/** Scores raw evidence as 0–1 matches: the competencies with enough of it, at most `max`. */
function toMatches(evidence: readonly Evidence[], max: number): CompetencyMatch[] {
	const top = evidence[0]?.raw ?? 0;
	return evidence
		.filter((e) => e.raw >= MIN_SCORE && e.raw >= top * MIN_SHARE)
		.slice(0, max)
		.map((e) => ({
			competencyId: e.competencyId,
			source: e.source,
			score: Math.round((e.raw / (e.raw + HALF_SCORE)) * 100) / 100,
			evidence: e.phrases,
		}));
}

function unique(items: readonly string[]): string[] {
	return [...new Set(items)];
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}
