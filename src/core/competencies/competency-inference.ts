import { partsOf, type StoryPartsSource } from "../parser/story-parts";
import { FuzzyKeywords } from "./fuzzy-keywords";
import { KeywordIndex, type KeywordHits } from "./keyword-index";
import type { CompetencyMatch, CompetencySet, MatchSource } from "./types";
import { tokens, type Token } from "./words";

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

/** Scores per inferred source, so the stronger reason sorts first. */
const SCORE = { highlight: 0.9, question: 0.8, story: 0.6 } as const;
/** How much a fuzzy hit is worth next to an exact one. */
const FUZZY_WEIGHT = 0.7;
/** Story text is long: a competency needs this many different keywords in it (or one in the title) to count. */
const STORY_MIN_KEYWORDS = 2;
/** At most this many competencies are inferred from a story's own text. */
const STORY_MAX_MATCHES = 2;
const CACHE_LIMIT = 50_000;

/**
 * Competencies inferred from words, for one set: the highlighted phrases of
 * a question, else its text and alternates, else a story's own text. Exact
 * keywords first; fuse.js for misspellings where no keyword meets, on short
 * texts only. Results are cached (questions by their text, stories by the
 * story object, which the index replaces when its note changes), so redraws
 * and edits elsewhere in the vault cost a lookup.
 */
export class CompetencyInference {
	private readonly keywords: KeywordIndex;
	private readonly fuzzy: FuzzyKeywords;
	private readonly order = new Map<string, number>();
	private readonly cache = new Map<string, CompetencyMatch[]>();
	/** By object, not by text: a text key kept a second copy of each inferred story's words alive. */
	private readonly storyCache = new WeakMap<InferableStory, CompetencyMatch[]>();

	constructor(readonly set: CompetencySet) {
		set.competencies.forEach((c, i) => this.order.set(c.id, i));
		this.keywords = new KeywordIndex(set.competencies);
		this.fuzzy = new FuzzyKeywords(this.keywords.entries);
	}

	/** Competencies a question's words point to, strongest first; empty when none. */
	question(question: InferableQuestion): CompetencyMatch[] {
		const phrases = question.highlights.map((h) => h.text).filter((t) => t.trim() !== "");
		const key = `q\u0000${phrases.join("\u0001")}\u0000${question.text}\u0000${question.alternates.join("\u0001")}`;
		return this.cached(key, () => {
			const fromHighlights = this.fromShortTexts(phrases.map(tokens), "highlight");
			if (fromHighlights.length > 0) return fromHighlights;
			return this.fromShortTexts([question.text, ...question.alternates].map(tokens), "question");
		});
	}

	/**
	 * Competencies a story's own words point to: at most two, each with two
	 * different keywords in the story or one in its title. Fuzzy matching
	 * reads the title only, since a story's body is too long for it.
	 */
	story(story: InferableStory): CompetencyMatch[] {
		const hit = this.storyCache.get(story);
		if (hit) return hit;
		const value = this.inferStory(story);
		this.storyCache.set(story, value);
		return value;
	}

	private inferStory(story: InferableStory): CompetencyMatch[] {
		const title = story.title ?? "";
		const body = Object.values(partsOf(story)).join("\n");
		const titleTokens = tokens(title);
		const inTitle = this.keywords.find(titleTokens);
		const all = this.keywords.find([...titleTokens, ...tokens(body)]);
		const ranked = [...all]
			.filter(([id, n]) => n >= STORY_MIN_KEYWORDS || inTitle.has(id))
			.sort((a, b) => b[1] - a[1] || this.rank(a[0]) - this.rank(b[0]))
			.slice(0, STORY_MAX_MATCHES);
		if (ranked.length > 0) return ranked.map(([competencyId]) => ({ competencyId, source: "story" as const, score: SCORE.story }));
		return this.sorted(toMatches(weighted(this.fuzzy.find(titleTokens)), "fuzzy"));
	}

	/** Sorts matches by score, then by the set's order. */
	sorted(matches: CompetencyMatch[]): CompetencyMatch[] {
		return matches.sort((a, b) => b.score - a.score || this.rank(a.competencyId) - this.rank(b.competencyId));
	}

	/** Exact keywords in short texts, else fuzzy ones; each text on its own, so a phrase never spans two. */
	private fromShortTexts(texts: Token[][], source: "highlight" | "question"): CompetencyMatch[] {
		const exact = new Map<string, number>();
		for (const t of texts) for (const id of this.keywords.find(t).keys()) exact.set(id, SCORE[source]);
		if (exact.size > 0) return this.sorted(toMatches(exact, source));
		const fuzzy = new Map<string, number>();
		for (const t of texts) for (const [id, score] of weighted(this.fuzzy.find(t))) fuzzy.set(id, Math.max(fuzzy.get(id) ?? 0, score));
		return this.sorted(toMatches(fuzzy, "fuzzy"));
	}

	private cached(key: string, compute: () => CompetencyMatch[]): CompetencyMatch[] {
		const hit = this.cache.get(key);
		if (hit) return hit;
		const value = compute();
		if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
		this.cache.set(key, value);
		return value;
	}

	private rank(id: string): number {
		return this.order.get(id) ?? Number.MAX_SAFE_INTEGER;
	}
}

function weighted(similarities: Map<string, number>): Map<string, number> {
	return new Map([...similarities].map(([id, s]) => [id, s * FUZZY_WEIGHT]));
}

function toMatches(scores: Map<string, number> | KeywordHits, source: MatchSource): CompetencyMatch[] {
	return [...scores].map(([competencyId, score]) => ({ competencyId, source, score }));
}
