import Fuse from "fuse.js";
import type { IndexedQuestion, IndexedStory } from "../index/story-index";
import { searchTerms } from "./search-terms";

/** The question to find stories for. A vault question (`IndexedQuestion`) and a practice question both fit. */
export interface RankQuery {
	/** Stories that list this question id in `questionIds` count as linked. */
	id?: string;
	text: string;
	alternates?: readonly string[];
	phrasings?: readonly string[];
	highlights?: readonly (string | { text: string })[];
	/** Stories written under the question: linked, shown first in this order. */
	storyIds?: readonly string[];
	competencyId?: string | null;
}

/** Where stories come from; the story index fits as it is. */
export interface StorySource {
	stories(): readonly IndexedStory[];
	questions(): readonly IndexedQuestion[];
}

/** Options for ranking. */
export interface RankOptions {
	/** How many stories to return at most (linked stories first). Default 8. */
	limit?: number;
	/** The competencies a story serves; without it, the competency tier is skipped. */
	competenciesOfStory?: (storyId: string) => readonly string[];
}

/** Why a story was ranked where it is. */
export type StoryMatch = "linked" | "competency" | "text";

/** One story that fits a question. */
export interface RankedStory {
	story: IndexedStory;
	match: StoryMatch;
	/** fuse.js score of the text match, 0 a perfect fit, 1 none; `null` when the words did not match. */
	textScore: number | null;
}

interface Doc {
	title: string;
	questions: string[];
	highlights: string[];
	tags: string[];
}

/** The term index of a story list, built once per list. */
export interface StoryTermIndex {
	stories: readonly IndexedStory[];
	questions: readonly IndexedQuestion[];
	questionById: Map<string, IndexedQuestion>;
	/** Search term → indices of the stories whose short fields hold it. */
	postings: Map<string, number[]>;
	/** Story id, and question id of each story, → indices of those stories (for linked stories). */
	byStoryId: Map<string, number[]>;
	byQuestionId: Map<string, number[]>;
	/** Per competency lookup: competency id → indices of its stories, built on first use. */
	byCompetency: WeakMap<(storyId: string) => readonly string[], Map<string, number[]>>;
	/** Scratch space for word-overlap weights, one slot per story (reset after each query). */
	weights: Float64Array;
}

/** How many of the best word matches fuse.js gets to score. */
const TEXT_CANDIDATES = 16;

const prepared = new WeakMap<readonly IndexedStory[], StoryTermIndex>();

/**
 * The stories that best fit a question, best first: stories linked to it
 * (written under it, or naming it on a "Use for" line), then stories of its
 * competency, then stories whose title, questions, highlights or tags match
 * its words (fuse.js). Story bodies are never searched, which keeps a query
 * over 10,000 stories within a frame. The term index is built on the first
 * query for a given story list and reused while the list is the same
 * (the story index keeps one list per revision).
 */
export function rankStoriesForQuestion(query: RankQuery, source: StorySource, options: RankOptions = {}): RankedStory[] {
	const prep = prepareStoryRanking(source);
	const limit = options.limit ?? 8;
	const seen = new Set<IndexedStory>();
	const out: RankedStory[] = [];
	const push = (story: IndexedStory, match: StoryMatch, textScore: number | null): void => {
		if (seen.has(story) || out.length >= limit) return;
		seen.add(story);
		out.push({ story, match, textScore });
	};

	for (const story of linkedStories(query, prep)) push(story, "linked", null);
	if (out.length >= limit) return out;

	const text = textMatches(query, prep);
	const competency = query.competencyId ?? null;
	if (competency !== null && options.competenciesOfStory) {
		for (const story of bestOfCompetency(storiesOfCompetency(prep, options.competenciesOfStory, competency), text, limit)) {
			push(story, "competency", text.get(story) ?? null);
		}
	}
	const rest = [...text.entries()].filter(([story]) => !seen.has(story));
	rest.sort(([a, sa], [b, sb]) => sa - sb || quality(b) - quality(a));
	for (const [story, score] of rest) push(story, "text", score);
	return out;
}

/** Builds (or finds) the term index for a story list; call it ahead of time to keep the first query fast. */
export function prepareStoryRanking(source: StorySource): StoryTermIndex {
	const stories = source.stories();
	const questions = source.questions();
	const known = prepared.get(stories);
	if (known && known.questions === questions) return known;
	const questionById = new Map<string, IndexedQuestion>();
	for (const q of questions) if (!questionById.has(q.id)) questionById.set(q.id, q);
	// A question is usually shared by a few stories: read its words once.
	const termsById = new Map<string, string[]>();
	const questionTerms = (q: IndexedQuestion): string[] => {
		let terms = termsById.get(q.id);
		if (!terms) {
			terms = searchTerms([q.text, ...q.alternates, ...q.highlights.map((h) => h.text)].join(" "));
			termsById.set(q.id, terms);
		}
		return terms;
	};
	const postings = new Map<string, number[]>();
	const byStoryId = new Map<string, number[]>();
	const byQuestionId = new Map<string, number[]>();
	stories.forEach((story, i) => {
		addTo(byStoryId, story.id, i);
		const post = (term: string): void => {
			const list = postings.get(term);
			if (!list) postings.set(term, [i]);
			else if (list[list.length - 1] !== i) list.push(i);
		};
		for (const qid of story.questionIds) {
			addTo(byQuestionId, qid, i);
			const q = questionById.get(qid);
			if (q) for (const term of questionTerms(q)) post(term);
		}
		if (story.title) for (const term of searchTerms(story.title)) post(term);
		for (const tag of story.tags) for (const term of searchTerms(tag)) post(term);
	});
	const result: StoryTermIndex = {
		stories,
		questions,
		questionById,
		postings,
		byStoryId,
		byQuestionId,
		byCompetency: new WeakMap(),
		weights: new Float64Array(stories.length),
	};
	prepared.set(stories, result);
	return result;
}

function storiesOfCompetency(prep: StoryTermIndex, of: (storyId: string) => readonly string[], competencyId: string): IndexedStory[] {
	let map = prep.byCompetency.get(of);
	if (!map) {
		const built = new Map<string, number[]>();
		prep.stories.forEach((story, i) => {
			for (const id of of(story.id)) addTo(built, id, i);
		});
		prep.byCompetency.set(of, built);
		map = built;
	}
	return (map.get(competencyId) ?? []).flatMap((i) => prep.stories[i] ?? []);
}

function linkedStories(query: RankQuery, prep: StoryTermIndex): IndexedStory[] {
	const indices = new Set<number>();
	for (const id of query.storyIds ?? []) for (const i of prep.byStoryId.get(id) ?? []) indices.add(i);
	if (query.id !== undefined) for (const i of prep.byQuestionId.get(query.id) ?? []) indices.add(i);
	return [...indices].flatMap((i) => prep.stories[i] ?? []);
}

function addTo(map: Map<string, number[]>, key: string, value: number): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Stories whose short fields match the question's words, with fuse.js's score (lower is better). */
function textMatches(query: RankQuery, prep: StoryTermIndex): Map<IndexedStory, number> {
	const highlights = (query.highlights ?? []).map((h) => (typeof h === "string" ? h : h.text));
	const phrasings = [query.text, ...(query.alternates ?? []), ...(query.phrasings ?? [])];
	const queryText = [...new Set([...phrasings, ...highlights])].join(" ");
	const terms = [...new Set(searchTerms(queryText))];
	const matches = new Map<IndexedStory, number>();
	if (terms.length === 0 || prep.stories.length === 0) return matches;

	const candidates = overlapCandidates(terms, prep);
	if (candidates.length === 0) return matches;

	const fuse = new Fuse(
		candidates.flatMap((i) => {
			const story = prep.stories[i];
			return story ? [{ i, ...docOf(story, prep.questionById) }] : [];
		}),
		{
			keys: [
				{ name: "questions", weight: 3 },
				{ name: "title", weight: 2 },
				{ name: "highlights", weight: 2 },
				{ name: "tags", weight: 1 },
			],
			includeScore: true,
			useTokenSearch: true,
			tokenize: searchTerms,
			ignoreLocation: true,
			threshold: 0.3,
		},
	);
	for (const hit of fuse.search(queryText)) {
		const score = hit.score ?? 1;
		const story = prep.stories[hit.item.i];
		if (story) matches.set(story, score);
	}
	return matches;
}

/** The short fields fuse.js scores: built only for the few candidates of a query. */
function docOf(story: IndexedStory, questionById: Map<string, IndexedQuestion>): Doc {
	const qs = story.questionIds.flatMap((id) => questionById.get(id) ?? []);
	return {
		title: story.title ?? "",
		questions: qs.flatMap((q) => [q.text, ...q.alternates]),
		highlights: qs.flatMap((q) => q.highlights.map((h) => h.text)),
		tags: story.tags,
	};
}

/** Word overlap, weighted by rarity, picks a few candidates; fuse.js only scores those. */
function overlapCandidates(terms: readonly string[], prep: StoryTermIndex): number[] {
	const { weights } = prep;
	const touched: number[] = [];
	for (const term of terms) {
		const list = prep.postings.get(term);
		if (!list) continue;
		const idf = Math.log(1 + prep.stories.length / list.length);
		for (const i of list) {
			if (weights[i] === 0) touched.push(i);
			weights[i] = (weights[i] ?? 0) + idf;
		}
	}
	const best = touched.length <= TEXT_CANDIDATES ? touched : topByWeight(touched, weights);
	for (const i of touched) weights[i] = 0;
	return best;
}

/** The indices with the highest weights (a bounded insertion sort: the list is short, the input long). */
function topByWeight(indices: readonly number[], weights: Float64Array): number[] {
	const top: number[] = [];
	for (const i of indices) {
		const w = weights[i] ?? 0;
		if (top.length === TEXT_CANDIDATES && w <= (weights[top[top.length - 1] ?? 0] ?? 0)) continue;
		let at = top.length;
		while (at > 0 && (weights[top[at - 1] ?? 0] ?? 0) < w) at--;
		top.splice(at, 0, i);
		if (top.length > TEXT_CANDIDATES) top.pop();
	}
	return top;
}

/**
 * A competency's stories in order: those that also match the words (best
 * match first), then the rest by quality. Only as many as can be shown are
 * ordered, so a competency with thousands of stories costs one pass.
 */
function bestOfCompetency(stories: readonly IndexedStory[], text: Map<IndexedStory, number>, limit: number): IndexedStory[] {
	const matched: IndexedStory[] = [];
	const byQuality: IndexedStory[][] = [];
	for (const story of stories) {
		if (text.has(story)) matched.push(story);
		else (byQuality[quality(story)] ??= []).push(story);
	}
	matched.sort((a, b) => (text.get(a) ?? 1) - (text.get(b) ?? 1) || quality(b) - quality(a));
	const out = matched.slice(0, limit);
	for (let q = byQuality.length - 1; q >= 0 && out.length < limit; q--) out.push(...(byQuality[q] ?? []).slice(0, limit - out.length));
	return out;
}

/** Finished stories before sketches; complete ones with a measured result first. */
function quality(story: IndexedStory): number {
	return (story.sketch ? 0 : 4) + (story.signals.complete ? 2 : 0) + (story.signals.hasMetric ? 1 : 0);
}
