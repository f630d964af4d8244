import { formatDistance } from "date-fns";
import type { CompetencyMatcher } from "../competencies/competency-matcher";
import type { CompetencyMatch, CoverageLevel } from "../competencies/types";
import { companyOptions, forCompany, inFilterScope, NO_FILTER, scopeOptions, type CoverageFilter, type ScopeOption } from "./coverage-filter";
import { CoverageSearch, type SearchDoc } from "./coverage-search";
import { storyEntry, storyKey, type StoryEntry } from "./coverage-story";
import type { PracticeRound } from "../practice/practice-round";
import type { IndexedNote, IndexedQuestion, SkippedNote } from "../index/story-index";
import { plural } from "../display-text";

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
	/** A plain sentence for the row ("No story yet", "2 stories, none strong yet"). */
	statement: string;
	/** When practice last covered this competency, in words; `null` if never. */
	practised: string | null;
	stories: StoryEntry[];
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
	/** Weakest first: empty, then thin, then strong; within a level, the weaker best story first. While searching, only rows and stories that match. */
	rows: CompetencyRow[];
	/** Stories no competency claimed, so the user can tag them. */
	unfiled: StoryEntry[];
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
	const notes = input.notes.filter((n) => inFilterScope(n.path, filter.scope) && forCompany(n, filter.company));
	const practice = practiceDates(input.rounds, matcher, now);
	const search = input.search ?? new CoverageSearch();
	const hits = search.search(() => searchDocs(input.notes), filter.query, input.revision ?? {});

	const rows = new Map<string, CompetencyRow>(matcher.set.competencies.map((c) => [c.id, emptyRow(c.id, c.name, c.description, practice.byCompetency.get(c.id))]));
	const unfiled: StoryEntry[] = [];
	const totals = { notes: notes.length, questions: 0, stories: 0, complete: 0, sketches: 0 };
	for (const note of notes) {
		const questionsById = new Map(note.questions.map((q) => [q.id, q]));
		totals.questions += note.questions.length;
		for (const q of note.questions) for (const m of matcher.matchQuestion(q, note.meta.competencies)) countQuestion(rows.get(m.competencyId));
		for (const story of note.stories) {
			totals.stories++;
			if (story.sketch) totals.sketches++;
			else if (story.signals.complete) totals.complete++;
			const questions = story.questionIds.map((id) => questionsById.get(id)).filter((q): q is IndexedQuestion => q !== undefined);
			const matches: CompetencyMatch[] = matcher.matchStory(story, questions, note.meta.competencies);
			const practised = practice.byStory.get(story.id) ?? null;
			if (matches.length === 0) unfiled.push(storyEntry(story, questions, input.targetSeconds, "story", practised));
			for (const m of matches) {
				rows.get(m.competencyId)?.stories.push(storyEntry(story, questions, input.targetSeconds, m.source, practised));
			}
		}
	}

	const order = new Map(matcher.set.competencies.map((c, i) => [c.id, i]));
	const list = [...rows.values()].map(finishRow);
	list.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.best - b.best || a.strongCount - b.strongCount || a.storyCount - b.storyCount || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

	// A search narrows the stories shown, never a competency's level: that is judged on all its stories.
	const shown = hits ? list.map((r) => ({ ...r, stories: r.stories.filter((st) => hits.has(st.key)) })).filter((r) => r.stories.length > 0) : list;
	return {
		kind: input.notes.length === 0 ? "no-notes" : notes.length === 0 ? "no-match" : "coverage",
		setName: matcher.set.name,
		setError: input.setError ?? null,
		totals,
		lastPractice: practice.last,
		rows: shown,
		unfiled: (hits ? unfiled.filter((st) => hits.has(st.key)) : unfiled).sort(byStrength),
		skipped: [...input.skipped],
		partial: input.notes.filter((n) => n.problems.length > 0).map((n) => ({ path: n.path, problems: n.problems.map((p) => ({ line: p.line, message: p.message })) })),
		scopes: scopeOptions(input.notes.map((n) => n.path), filter.scope),
		companies: companyOptions(input.notes, filter.company),
		matches: hits ? hits.size : null,
	};
}

/** A story note the parser could read only in part. */
export interface PartialNote {
	path: string;
	problems: { line: number; message: string }[];
}

function emptyRow(id: string, name: string, description: string, practised: string | undefined): CompetencyRow {
	return { id, name, description, level: "empty", best: 0, storyCount: 0, strongCount: 0, questionCount: 0, statement: "", practised: practised ?? null, stories: [] };
}

function countQuestion(row: CompetencyRow | undefined): void {
	if (row) row.questionCount++;
}

function finishRow(row: CompetencyRow): CompetencyRow {
	const stories = row.stories.sort(byStrength);
	const strongCount = stories.filter((s) => s.level === "strong").length;
	const level: CoverageLevel = stories.length === 0 ? "empty" : strongCount > 0 ? "strong" : "thin";
	const best = stories.reduce((max, s) => Math.max(max, s.points), 0);
	return { ...row, stories, storyCount: stories.length, strongCount, level, best, statement: statement(stories, strongCount, row.questionCount) };
}

/** Strong stories first, then by points, then in note order. */
function byStrength(a: StoryEntry, b: StoryEntry): number {
	const rank = (s: StoryEntry): number => (s.level === "strong" ? 2 : s.level === "weak" ? 1 : 0);
	return rank(b) - rank(a) || b.points - a.points || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
}

function statement(stories: StoryEntry[], strong: number, questions: number): string {
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
	const later = (a: PracticeRound | null | undefined, b: PracticeRound): boolean => !a || Date.parse(b.practisedAt) > Date.parse(a.practisedAt);
	for (const round of rounds) {
		if (Number.isNaN(Date.parse(round.practisedAt))) continue;
		if (later(last, round)) last = round;
		for (const id of round.competencyId ? matcher.resolve(round.competencyId) : []) if (later(byCompetency.get(id), round)) byCompetency.set(id, round);
		for (const id of round.storyIds) if (later(byStory.get(id), round)) byStory.set(id, round);
	}
	const words = (r: PracticeRound): string => formatDistance(new Date(r.practisedAt), now, { addSuffix: true });
	return {
		last: last ? words(last) : null,
		byCompetency: new Map([...byCompetency].map(([id, r]) => [id, words(r)])),
		byStory: new Map([...byStory].map(([id, r]) => [id, words(r)])),
	};
}

/** Search documents for every story: its label and its questions' phrasings. */
function searchDocs(notes: readonly IndexedNote[]): SearchDoc[] {
	const docs: SearchDoc[] = [];
	for (const note of notes) {
		const byId = new Map(note.questions.map((q) => [q.id, q]));
		for (const story of note.stories) {
			const questions = story.questionIds.flatMap((id) => {
				const q = byId.get(id);
				return q ? [q.text, ...q.alternates] : [];
			});
			// An untitled story is labelled by its first question, which `questions` already holds.
			docs.push({ key: storyKey(story), label: story.title ?? "", questions });
		}
	}
	return docs;
}
