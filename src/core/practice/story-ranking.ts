import MiniSearch, { type SearchResult } from "minisearch";
import type { IndexedQuestion, IndexedStory } from "../index/story-index";
import { plainPart } from "../parser/story-parts";
import { STOPWORDS, stem, words } from "../competencies/words";

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
	/** The question's competency; `competencyIds` when it has several, best first. */
	competencyId?: string | null;
	competencyIds?: readonly string[];
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
	/** The competencies a story serves, best first; without it, competency agreement is not counted. */
	competenciesOfStory?: (storyId: string) => readonly string[];
	/** A competency's display name, for the reasons ("same competency: Conflict"); the id when absent. */
	competencyName?: (competencyId: string) => string;
	/** A competency's cue words and phrases, to widen the search with what the question tests; none when absent. */
	competencyCues?: (competencyId: string) => readonly string[];
}

/** Why a story was ranked where it is: written under the question, sharing its competency, or matching its words. */
export type StoryMatch = "linked" | "competency" | "text";

/** One story that fits a question. */
export interface RankedStory {
	story: IndexedStory;
	match: StoryMatch;
	/** How well the words matched, 0–1 (1 the best match of this query); `null` when no word matched. */
	textScore: number | null;
	/** The combined score the list is sorted by; linked stories score above every other. */
	score: number;
	/** Why, in words: "answers this question", "same competency: Conflict", "matches: pushed back, director". */
	why: string[];
}

/** The search index of a story list, built once per list. */
export interface StoryTermIndex {
	stories: readonly IndexedStory[];
	questions: readonly IndexedQuestion[];
	search: MiniSearch<StoryDoc>;
	/** Search document id → index of its story in `stories`. */
	byDoc: Map<number, number>;
	/** Story id, and question id of each story, → indices of those stories (for linked stories). */
	byStoryId: Map<string, number[]>;
	byQuestionId: Map<string, number[]>;
}

interface StoryDoc {
	id: number;
	title: string;
	body: string;
	questions: string;
	highlights: string;
}

/**
 * How much the words weigh against competency agreement in the combined score. Questions rarely share many words with
 * the story that answers them (they ask in general terms, stories tell specifics), so agreement on what the question
 * tests carries a good share of the decision, not only a tie-break.
 */
const TEXT_WEIGHT = 0.6;
const COMPETENCY_WEIGHT = 0.4;
/** A story whose competency is the question's second one agrees less. */
const SECOND_COMPETENCY = 0.6;
/** How many of the best word matches are weighed; the rest only count through their competency. */
const TEXT_CANDIDATES = 32;
/** A word match, with the competency cue words it also matched. */
type CuedResult = SearchResult & { cueTerms?: string[] };

/** How much a match on the question's competency cues counts against a match on the question's own words. */
const CUE_WEIGHT = 0.3;
/** Matched words named in a reason. */
const WHY_TERMS = 4;

const prepared = new WeakMap<readonly IndexedStory[], StoryTermIndex>();

/** Words that say nothing about which story fits: common English and the words every interview question shares. */
const QUESTION_WORDS = new Set(
	(
		"example time times tell describe give share walk talk explain story situation ever last one recent recently " +
		"got get make made way thing things kind lot like really much many well happen happened"
	).split(" "),
);

/** A word as the search compares it: the Porter stem, or nothing for a stopword. */
function searchTerm(word: string): string | null {
	const w = word.toLowerCase();
	if (w.length < 2 || STOPWORDS.has(w) || QUESTION_WORDS.has(w)) return null;
	return stem(w);
}

/**
 * The stories that best fit a question, best first. Stories written under it
 * (or naming it on a "Use for" line) lead, in note order. The rest are
 * ranked by BM25 over the whole story (title, parts, the questions it
 * answers and their highlights, with MiniSearch) combined with competency
 * agreement. Every story says why it is there. The search index is built on
 * the first query for a given story list and reused while the list is the
 * same (the story index keeps one list per revision).
 */
export function rankStoriesForQuestion(query: RankQuery, source: StorySource, options: RankOptions = {}): RankedStory[] {
	const prep = prepareStoryRanking(source);
	const limit = options.limit ?? 8;
	const out: RankedStory[] = [];
	const seen = new Set<IndexedStory>();
	for (const story of linkedStories(query, prep)) {
		if (seen.has(story)) continue;
		seen.add(story);
		out.push({ story, match: "linked", textScore: null, score: 1 + COMPETENCY_WEIGHT + TEXT_WEIGHT, why: ["answers this question"] });
	}

	const wanted = questionCompetencies(query);
	const name = options.competencyName ?? ((id: string) => id);
	const candidates = new Map<
		IndexedStory,
		{ text: number; terms: string[]; cueTerms: string[]; competency: number; agreed: string | null }
	>();
	const results = withCues(textMatches(query, prep), cueMatches(wanted, prep, options));
	const best = results[0]?.score ?? 0;
	const textOf = (r: CuedResult | undefined): number => (r && best > 0 ? r.score / best : 0);
	// The best word matches are candidates; a story further down can only rise by its competency, looked up below.
	for (const r of results.slice(0, Math.max(TEXT_CANDIDATES, limit * 4))) {
		const story = prep.stories[prep.byDoc.get(r.id as number) ?? -1];
		if (story && !seen.has(story))
			candidates.set(story, { text: textOf(r), terms: r.terms, cueTerms: r.cueTerms ?? [], competency: 0, agreed: null });
	}
	if (wanted.length > 0 && options.competenciesOfStory) {
		const byStory = new Map<IndexedStory, CuedResult>();
		for (const r of results) {
			const story = prep.stories[prep.byDoc.get(r.id as number) ?? -1];
			if (story) byStory.set(story, r);
		}
		for (const story of prep.stories) {
			if (seen.has(story)) continue;
			const agreement = agreementOf(wanted, options.competenciesOfStory(story.id));
			if (!agreement) continue;
			const r = byStory.get(story);
			const known = candidates.get(story) ?? {
				text: textOf(r),
				terms: r?.terms ?? [],
				cueTerms: r?.cueTerms ?? [],
				competency: 0,
				agreed: null,
			};
			candidates.set(story, { ...known, competency: agreement.weight, agreed: agreement.id });
		}
	}
	const surface = surfaceWords(query);
	// A cue term reads as the cue word it came from ("disagreed", not the stem "disagre").
	const cueSurface = new Map<string, string>();
	const firstWanted = wanted[0];
	if (firstWanted !== undefined && options.competencyCues)
		for (const cue of options.competencyCues(firstWanted))
			for (const word of words(cue.replace(/\*/g, ""))) {
				const term = searchTerm(word);
				if (term !== null && !cueSurface.has(term)) cueSurface.set(term, word);
			}
	const ranked = [...candidates].map(([story, c]): RankedStory => {
		const why: string[] = [];
		if (c.agreed !== null) why.push(`same competency: ${name(c.agreed)}`);
		const matched = [...new Set(c.terms.map((t) => surface.get(t) ?? t))].slice(0, WHY_TERMS);
		if (matched.length > 0) why.push(`matches: ${matched.join(", ")}`);
		const cued = [...new Set(c.cueTerms)]
			.filter((t) => !c.terms.includes(t))
			.map((t) => cueSurface.get(t) ?? t)
			.slice(0, WHY_TERMS);
		if (cued.length > 0 && wanted[0] !== undefined) why.push(`words of ${name(wanted[0])}: ${cued.join(", ")}`);
		const score = TEXT_WEIGHT * c.text + COMPETENCY_WEIGHT * c.competency;
		return { story, match: c.text > 0 ? "text" : "competency", textScore: c.text > 0 ? round(c.text) : null, score: round(score), why };
	});
	ranked.sort(
		(a, b) =>
			b.score - a.score ||
			quality(b.story) - quality(a.story) ||
			a.story.path.localeCompare(b.story.path) ||
			a.story.line - b.story.line,
	);
	return [...out, ...ranked].slice(0, limit);
}

/**
 * Builds (or brings up to date) the search index for a story source; call it
 * ahead of time to keep the first query fast. The index follows the source
 * from one revision to the next by story object (the story index replaces
 * only the entries of a changed note), so an edit re-indexes that note's
 * stories, not the bank.
 */
export function prepareStoryRanking(source: StorySource): StoryTermIndex {
	const stories = source.stories();
	const questions = source.questions();
	const known = prepared.get(stories);
	if (known && known.questions === questions) return known;
	const previous = live.get(source);
	const search = previous?.questions === questions ? previous.search : newSearch();
	const docIds = previous?.questions === questions ? previous.docIds : new Map<IndexedStory, number>();
	const questionById = new Map<string, IndexedQuestion>();
	for (const q of questions) if (!questionById.has(q.id)) questionById.set(q.id, q);
	const byStoryId = new Map<string, number[]>();
	const byQuestionId = new Map<string, number[]>();
	const current = new Set(stories);
	for (const [story, id] of docIds) {
		if (current.has(story)) continue;
		search.discard(id);
		docIds.delete(story);
	}
	const byDoc = new Map<number, number>();
	stories.forEach((story, i) => {
		addTo(byStoryId, story.id, i);
		for (const id of story.questionIds) addTo(byQuestionId, id, i);
		let id = docIds.get(story);
		if (id === undefined) {
			id = nextDocId++;
			docIds.set(story, id);
			search.add(docOf(story, id, questionById));
		}
		byDoc.set(id, i);
	});
	const result: StoryTermIndex = { stories, questions, search, byDoc, byStoryId, byQuestionId };
	prepared.set(stories, result);
	live.set(source, { questions, search, docIds });
	return result;
}

/** The search index kept per source between revisions, with each story's document id. */
const live = new WeakMap<
	StorySource,
	{ questions: readonly IndexedQuestion[]; search: MiniSearch<StoryDoc>; docIds: Map<IndexedStory, number> }
>();
let nextDocId = 0;

function newSearch(): MiniSearch<StoryDoc> {
	return new MiniSearch<StoryDoc>({
		idField: "id",
		fields: ["title", "body", "questions", "highlights"],
		tokenize: (text) => words(text),
		processTerm: searchTerm,
		searchOptions: {
			// A title is a short label of the project ("Payments migration"), not of what the story shows, so it weighs a
			// little above the body rather than double; the questions a story answers and their highlights say what it shows.
			boost: { title: 1.5, highlights: 2, questions: 1.5, body: 1 },
			combineWith: "OR",
		},
	});
}

function docOf(story: IndexedStory, id: number, questionById: Map<string, IndexedQuestion>): StoryDoc {
	const qs = story.questionIds.flatMap((qid) => questionById.get(qid) ?? []);
	return {
		id,
		title: story.title ?? "",
		body: story.partList.map((p) => plainPart(p.text)).join("\n"),
		questions: qs.flatMap((q) => [q.text, ...q.alternates]).join("\n"),
		highlights: qs.flatMap((q) => q.highlights.map((h) => h.text)).join("\n"),
	};
}

function questionCompetencies(query: RankQuery): string[] {
	const ids = [...(query.competencyIds ?? [])];
	if (query.competencyId && !ids.includes(query.competencyId)) ids.unshift(query.competencyId);
	return ids;
}

/** How much a story's competencies agree with the question's: its main one with the question's first counts most. */
function agreementOf(wanted: readonly string[], story: readonly string[]): { id: string; weight: number } | null {
	let best: { id: string; weight: number } | null = null;
	wanted.slice(0, 2).forEach((id, qi) => {
		const si = story.indexOf(id);
		if (si < 0) return;
		const weight = (qi === 0 ? 1 : SECOND_COMPETENCY) * (si === 0 ? 1 : SECOND_COMPETENCY);
		if (!best || weight > best.weight) best = { id, weight };
	});
	return best;
}

function linkedStories(query: RankQuery, prep: StoryTermIndex): IndexedStory[] {
	const indices = new Set<number>();
	for (const id of query.storyIds ?? []) for (const i of prep.byStoryId.get(id) ?? []) indices.add(i);
	if (query.id !== undefined) for (const i of prep.byQuestionId.get(query.id) ?? []) indices.add(i);
	return [...indices].sort((a, b) => a - b).flatMap((i) => prep.stories[i] ?? []);
}

function queryText(query: RankQuery): string {
	const highlights = (query.highlights ?? []).map((h) => (typeof h === "string" ? h : h.text));
	return [...new Set([query.text, ...(query.alternates ?? []), ...(query.phrasings ?? []), ...highlights])].join("\n");
}

/**
 * The stories that use the cue words of the question's first competency. A question says in general terms what a story
 * tells in its own ("a time you disagreed" / "I pushed back on the director"), so the competency's cues widen the search.
 */
function cueMatches(wanted: readonly string[], prep: StoryTermIndex, options: RankOptions): SearchResult[] {
	const first = wanted[0];
	if (first === undefined || !options.competencyCues || prep.stories.length === 0) return [];
	const text = options
		.competencyCues(first)
		.map((c) => c.replace(/\*/g, ""))
		.join("\n");
	return text.trim() === "" ? [] : prep.search.search(text);
}

/** The question's own word matches with the cue matches added at a lower weight, best first. */
function withCues(own: SearchResult[], cues: SearchResult[]): CuedResult[] {
	if (cues.length === 0) return own;
	const bestOwn = own[0]?.score ?? 0;
	const bestCue = cues[0]?.score ?? 0;
	const merged = new Map<unknown, CuedResult>();
	for (const r of own) merged.set(r.id, { ...r, score: bestOwn > 0 ? r.score / bestOwn : 0 });
	for (const r of cues) {
		const add = CUE_WEIGHT * (bestCue > 0 ? r.score / bestCue : 0);
		const known = merged.get(r.id);
		// Only the question's own words are named in the reasons; a cue match only moves the story.
		merged.set(
			r.id,
			known ? { ...known, score: known.score + add, cueTerms: r.terms } : { ...r, terms: [], score: add, cueTerms: r.terms },
		);
	}
	return [...merged.values()].sort((a, b) => b.score - a.score);
}

function textMatches(query: RankQuery, prep: StoryTermIndex): SearchResult[] {
	const text = queryText(query);
	if (prep.stories.length === 0 || text.trim() === "") return [];
	return prep.search.search(text);
}

/** Search term → the word of the question it came from, so a reason reads "pushed back", not "push". */
function surfaceWords(query: RankQuery): Map<string, string> {
	const map = new Map<string, string>();
	for (const word of words(queryText(query))) {
		const term = searchTerm(word);
		if (term !== null && !map.has(term)) map.set(term, word);
	}
	return map;
}

function addTo(map: Map<string, number[]>, key: string, value: number): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function round(n: number): number {
	return Math.round(n * 1000) / 1000;
}

/** Finished stories before sketches; complete ones with a measured result first. */
function quality(story: IndexedStory): number {
	return (story.sketch ? 0 : 4) + (story.signals.complete ? 2 : 0) + (story.signals.hasMetric ? 1 : 0);
}
