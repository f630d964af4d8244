import type { CompetencyMatcher } from "../competencies/competency-matcher";
import type { CoverageLevel } from "../competencies/types";
import {
	companyOptions,
	forCompany,
	inFilterScope,
	NO_FILTER,
	scopeOptions,
	type CoverageFilter,
	type ScopeOption,
} from "./coverage-filter";
import { CoverageSearch, type SearchDoc } from "./coverage-search";
import { storyKey, type StoryEntry } from "./coverage-story";
import { CoverageCache, UNFILED } from "./coverage-cache";
import type { PracticeRound } from "../practice/practice-round";
import { questionsOfNote, type IndexedNote, type SkippedNote } from "../index/story-index";
import { plural, timeAgo } from "../display-text";
import type { StoryCorrection } from "../competencies/corrections";

export type { CoverageFilter } from "./coverage-filter";
export type { PartChip, StoryEntry } from "./coverage-story";

/** Everything the coverage panel shows is computed from this. */
export interface CoverageInput {
	notes: readonly IndexedNote[];
	skipped: readonly SkippedNote[];
	matcher: CompetencyMatcher;
	/** Target answer length in seconds (settings). */
	targetSeconds: number;
	/** Practice history, any order. */
	rounds: readonly PracticeRound[];
	filter?: CoverageFilter;
	/** The clock, so "3 days ago" is testable. */
	now: Date;
	/** Why the chosen competency set could not be used, shown above the list. */
	setError?: string | null;
	/** The index revision the notes come from: the search index is rebuilt only when it moves. */
	revision?: number;
	/** Reused between redraws so a keystroke in the search box does not rebuild the search index. */
	search?: CoverageSearch;
	/** Reused between redraws so a redraw costs only the notes that changed since the last one. */
	cache?: CoverageCache;
	/** The user's competency corrections (plugin data): they beat what the matcher inferred. */
	corrections?: readonly StoryCorrection[];
}

/** One competency row: how well it is covered, and the stories that cover it (strongest first). */
export interface CompetencyRow {
	id: string;
	name: string;
	description: string;
	level: CoverageLevel;
	/** Points of the best story, 0–5: the strength bar. */
	best: number;
	storyCount: number;
	strongCount: number;
	/** Questions in the notes that ask for this competency. */
	questionCount: number;
	/** A key signal of the set (a `*` in the user's rubric note): its row comes before the others. */
	key: boolean;
	/**
	 * A key signal with no strong story yet: the panel flags it ("Key — no strong story yet") and
	 * practice asks its questions before those of other competencies with the same gap.
	 */
	keyGap: boolean;
	/** A plain sentence for the row ("No story yet", "2 stories, none strong yet"). */
	statement: string;
	/** When practice last covered this competency, in words; `null` if never. */
	practised: string | null;
	stories: readonly StoryEntry[];
}

/** The panel's view-model. */
export interface CoverageModel {
	/** `no-notes`: nothing to show but how to start; `no-match`: the filters leave nothing; else coverage. */
	kind: "no-notes" | "no-match" | "coverage";
	setName: string;
	setError: string | null;
	totals: { notes: number; questions: number; stories: number; complete: number; sketches: number };
	/** The last practice round, in words ("3 days ago"); `null` until there is practice. */
	lastPractice: string | null;
	/**
	 * Weakest first: empty, then thin, then strong; within a level, the weaker best story first.
	 * While searching, only rows and stories that match.
	 */
	rows: CompetencyRow[];
	/** Stories no competency claimed, so the user can tag them. */
	unfiled: readonly StoryEntry[];
	skipped: SkippedNote[];
	/** Story notes read only in part (an unclosed code block, broken frontmatter…), with what went wrong where. */
	partial: PartialNote[];
	scopes: ScopeOption[];
	companies: string[];
	/** Stories that match the search box, or `null` when it is empty. */
	matches: number | null;
}

const LEVEL_RANK: Record<CoverageLevel, number> = { empty: 0, thin: 1, strong: 2 };

/**
 * Computes the coverage panel from the index: totals, every competency of the
 * set with its level and stories, weakest first, after the note/folder,
 * company and search filters. Pure: the same input gives the same model.
 */
export function buildCoverage(input: CoverageInput): CoverageModel {
	const filter = input.filter ?? NO_FILTER;
	const { matcher, now } = input;
	const cache = input.cache ?? new CoverageCache();
	if (input.corrections) cache.useCorrections(input.corrections);
	const filtering = filter.scope !== "" || filter.company !== "";
	const notes = filtering ? input.notes.filter((n) => inFilterScope(n.path, filter.scope) && forCompany(n, filter.company)) : input.notes;
	const practice = practiceDates(input.rounds, matcher, now);
	const search = input.search ?? new CoverageSearch();
	const hits = search.search(input.notes, searchDocs, filter.query, input.revision ?? {});
	const all = cache.rows(input.notes, matcher, input.targetSeconds);
	const { rows: byCompetency, questionCounts, totals } = filtering ? cache.rows(notes, matcher, input.targetSeconds, true) : all;
	/** The practice date is the only part of an entry that does not come from its note. */
	const withPractice = (entries: readonly StoryEntry[]): readonly StoryEntry[] =>
		practice.byStory.size === 0
			? entries
			: entries.map((e) => {
					const practised = practice.byStory.get(e.storyId) ?? null;
					return practised === e.practised ? e : { ...e, practised };
				});

	const order = new Map(matcher.set.competencies.map((c, i) => [c.id, i]));
	const list = matcher.set.competencies.map((c) =>
		finishRow(
			c.id,
			c.name,
			c.description,
			practice.byCompetency.get(c.id) ?? null,
			withPractice(byCompetency.get(c.id) ?? []),
			questionCounts.get(c.id) ?? 0,
			c.key === true,
		),
	);
	// The company's key signals first, then weakest first within each group.
	list.sort(
		(a, b) =>
			Number(b.key) - Number(a.key) ||
			LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
			a.best - b.best ||
			a.strongCount - b.strongCount ||
			a.storyCount - b.storyCount ||
			(order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
	);

	// A search narrows the stories shown, never a competency's level: that is judged on all its stories.
	const shown = hits
		? list.map((r) => ({ ...r, stories: r.stories.filter((st) => hits.has(st.key)) })).filter((r) => r.stories.length > 0)
		: list;
	const unfiled = withPractice(byCompetency.get(UNFILED) ?? []);
	// What depends only on which notes there are is worked out again only when one of them changed.
	const partial = cache.memo("partial", [all.version], () =>
		input.notes
			.filter((n) => n.problems.length > 0)
			.map((n) => ({ path: n.path, problems: n.problems.map((p) => ({ line: p.line, message: p.message })) })),
	);
	return {
		kind: input.notes.length === 0 ? "no-notes" : notes.length === 0 ? "no-match" : "coverage",
		setName: matcher.set.name,
		setError: input.setError ?? null,
		totals: { notes: notes.length, ...totals },
		lastPractice: practice.last,
		rows: shown,
		unfiled: hits ? unfiled.filter((st) => hits.has(st.key)) : unfiled,
		skipped: [...input.skipped],
		partial,
		// Folders and notes to filter by depend on paths alone: an edit does not list them again.
		scopes: cache.memo("scopes", [all.paths, filter.scope], () =>
			scopeOptions(
				input.notes.map((n) => n.path),
				filter.scope,
			),
		),
		companies: cache.memo("companies", [all.version, filter.company], () => companyOptions(input.notes, filter.company)),
		matches: hits ? hits.size : null,
	};
}

/** A story note the parser could read only in part. */
export interface PartialNote {
	path: string;
	problems: { line: number; message: string }[];
}

function finishRow(
	id: string,
	name: string,
	description: string,
	practised: string | null,
	stories: readonly StoryEntry[],
	questionCount: number,
	key = false,
): CompetencyRow {
	let strongCount = 0;
	let best = 0;
	for (const s of stories) {
		if (s.level === "strong") strongCount++;
		if (s.points > best) best = s.points;
	}
	const level: CoverageLevel = stories.length === 0 ? "empty" : strongCount > 0 ? "strong" : "thin";
	return {
		id,
		name,
		description,
		level,
		best,
		storyCount: stories.length,
		strongCount,
		questionCount,
		key,
		keyGap: key && strongCount === 0,
		statement: statement(stories, strongCount, questionCount),
		practised,
		stories,
	};
}

function statement(stories: readonly StoryEntry[], strong: number, questions: number): string {
	const n = stories.length;
	if (n === 0) {
		if (questions === 0) return "No story yet.";
		return `No story yet; ${plural(questions, "question")} in your notes ${questions === 1 ? "asks" : "ask"} for one.`;
	}
	const sketches = stories.filter((s) => s.level === "sketch").length;
	if (sketches === n) return `${plural(n, "sketch", "sketches")}, not written yet.`;
	if (strong === 0) return `${plural(n, "story", "stories")}, none strong yet.`;
	return `${plural(n, "story", "stories")}, ${strong} strong.`;
}

interface PracticeDates {
	last: string | null;
	byCompetency: Map<string, string>;
	byStory: Map<string, string>;
}

/** The latest practice overall, per competency (resolved into the current set) and per story, in words. */
function practiceDates(rounds: readonly PracticeRound[], matcher: CompetencyMatcher, now: Date): PracticeDates {
	let last: PracticeRound | null = null;
	const byCompetency = new Map<string, PracticeRound>();
	const byStory = new Map<string, PracticeRound>();
	const later = (a: PracticeRound | null | undefined, b: PracticeRound): boolean =>
		!a || Date.parse(b.practisedAt) > Date.parse(a.practisedAt);
	for (const round of rounds) {
		if (Number.isNaN(Date.parse(round.practisedAt))) continue;
		if (later(last, round)) last = round;
		for (const id of round.competencyId ? matcher.resolve(round.competencyId) : [])
			if (later(byCompetency.get(id), round)) byCompetency.set(id, round);
		for (const id of round.storyIds) if (later(byStory.get(id), round)) byStory.set(id, round);
	}
	const words = (r: PracticeRound): string => timeAgo(r.practisedAt, now);
	return {
		last: last ? words(last) : null,
		byCompetency: new Map([...byCompetency].map(([id, r]) => [id, words(r)])),
		byStory: new Map([...byStory].map(([id, r]) => [id, words(r)])),
	};
}

/** A note's search documents: each story's label and its questions' phrasings. */
function searchDocs(note: IndexedNote): SearchDoc[] {
	const docs: SearchDoc[] = [];
	const byId = questionsOfNote(note);
	for (const story of note.stories) {
		const questions = story.questionIds.flatMap((id) => {
			const q = byId.get(id);
			return q ? [q.text, ...q.alternates] : [];
		});
		// An untitled story is labelled by its first question, which `questions` already holds.
		docs.push({ key: storyKey(story), label: story.title ?? "", questions });
	}
	return docs;
}
