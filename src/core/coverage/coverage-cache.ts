import type { CompetencyMatcher } from "../competencies/competency-matcher";
import { correctionKey, type StoryCorrection } from "../competencies/corrections";
import type { MatchSource } from "../competencies/types";
import { questionsOfNote, type IndexedNote, type IndexedQuestion } from "../index/story-index";
import { storyEntry, type StoryEntry } from "./coverage-story";

/** A note's share of the coverage, worked out once per indexed copy of the note. */
export interface NoteCoverage {
	/** Per story, the competency each entry files it under; `null` for "not matched". */
	entries: { competencyId: string | null; entry: StoryEntry }[];
	/** One competency id per question match (a question may ask for several). */
	questionHits: string[];
	questions: number;
	stories: number;
	complete: number;
	sketches: number;
}

/** What the entries depend on besides the note: a change of either starts the cache afresh. */
interface Context {
	matcher: CompetencyMatcher;
	targetSeconds: number;
}

/** The key under which stories no competency claimed are kept. */
export const UNFILED = "\u0000unfiled";

/** Below this many new entries a row takes each by binary search; above it, they are sorted and merged in. */
const PATCH_LIMIT = 64;

/** Rows, question counts and totals for a set of notes. */
export interface CoverageRows {
	/** Competency id (or `UNFILED`) → its stories, strongest first. A list that did not change is the same array as before. */
	rows: ReadonlyMap<string, readonly StoryEntry[]>;
	questionCounts: ReadonlyMap<string, number>;
	totals: { questions: number; stories: number; complete: number; sketches: number };
	/** Goes up whenever a note of the set changed, came or went. */
	version: number;
	/** Goes up only when a note came or went (or moved): what depends on paths alone is worked out again then. */
	paths: number;
}

/**
 * Coverage kept between redraws, so an edit costs what it changed. The
 * index hands out a new object for a note each time it stores it, so a
 * note's work is cached against that object: an unchanged note is never
 * matched or scored again. Every row's stories are kept sorted; a redraw
 * after one note changed takes that note's entries out of the rows it was in
 * and puts the new ones in by binary search. Each story entry carries a
 * revision (the note's stamp here), so a view can tell a row changed by its
 * keys and revisions without looking inside the entries. Lists handed out
 * are never changed afterwards: a changed row is a new array.
 */
export class CoverageCache {
	private context: Context | null = null;
	private byNote = new WeakMap<IndexedNote, NoteCoverage>();
	/** Notes whose coverage is being worked out a slice at a time. */
	private pending = new WeakMap<IndexedNote, NoteCoverageWork>();
	private stamp = 0;
	/** One set of rows for the whole vault, one for the notes a filter leaves (so a filter does not undo the vault's). */
	private sets = { all: new RowSet(), filtered: new RowSet() };
	private readonly memos = new Map<string, { deps: readonly unknown[]; value: unknown }>();

	/** The user's corrections by story, and the list they came from (a new list is a change). */
	private corrections: { list: readonly StoryCorrection[]; byKey: ReadonlyMap<string, StoryCorrection> } = { list: [], byKey: new Map() };

	/** Drops everything when the matcher or the answer target changed. */
	private useContext(matcher: CompetencyMatcher, targetSeconds: number): void {
		if (this.context && this.context.matcher === matcher && this.context.targetSeconds === targetSeconds) return;
		this.context = { matcher, targetSeconds };
		this.forget();
	}

	/**
	 * The user's competency corrections to apply. A different list (the store
	 * hands out a new one on every change) starts the stories afresh: a
	 * correction is a click, rare next to edits.
	 */
	useCorrections(list: readonly StoryCorrection[]): void {
		if (list === this.corrections.list) return;
		this.corrections = { list, byKey: new Map(list.map((c) => [correctionKey(c.path, c.storyId), c])) };
		this.forget();
	}

	private forget(): void {
		this.byNote = new WeakMap();
		this.pending = new WeakMap();
		this.sets = { all: new RowSet(), filtered: new RowSet() };
	}

	/** `compute()`'s last result while `deps` are the same values (by identity) as last time. */
	memo<T>(name: string, deps: readonly unknown[], compute: () => T): T {
		const known = this.memos.get(name);
		if (known && known.deps.length === deps.length && known.deps.every((d, i) => d === deps[i])) return known.value as T;
		const value = compute();
		this.memos.set(name, { deps, value });
		return value;
	}

	/** A note's coverage: from the cache when this very copy of the note was seen before. */
	note(note: IndexedNote, matcher: CompetencyMatcher, targetSeconds: number): NoteCoverage {
		this.useContext(matcher, targetSeconds);
		let known = this.byNote.get(note);
		if (!known) {
			known = this.work(note, matcher, targetSeconds).finish();
			this.byNote.set(note, known);
			this.pending.delete(note);
		}
		return known;
	}

	/**
	 * Works out the coverage of notes not seen yet, story by story, until
	 * `more()` says the time is up. Returns true when every note is ready, so
	 * the next `rows` call is quick; false when the caller should yield and
	 * call again. A view calls this from a timer, a slice at a time, so the
	 * first scan of a large vault or the save of a huge note never holds the
	 * main thread for long.
	 */
	prepare(notes: readonly IndexedNote[], matcher: CompetencyMatcher, targetSeconds: number, more: () => boolean): boolean {
		this.useContext(matcher, targetSeconds);
		for (const note of notes) {
			if (this.byNote.has(note)) continue;
			const work = this.work(note, matcher, targetSeconds);
			for (;;) {
				if (!more()) return false;
				if (!work.step()) break;
			}
			this.byNote.set(note, work.finish());
			this.pending.delete(note);
		}
		return true;
	}

	/** The work under way for a note, or new work for it. */
	private work(note: IndexedNote, matcher: CompetencyMatcher, targetSeconds: number): NoteCoverageWork {
		let work = this.pending.get(note);
		if (!work) {
			work = new NoteCoverageWork(note, matcher, targetSeconds, ++this.stamp, this.corrections.byKey);
			this.pending.set(note, work);
		}
		return work;
	}

	/**
	 * Every row's stories, the question counts and the totals for these notes,
	 * patched from the previous call by the notes that changed. `filtered` says
	 * the notes are a filter's share of the vault, kept apart from the whole.
	 */
	rows(notes: readonly IndexedNote[], matcher: CompetencyMatcher, targetSeconds: number, filtered = false): CoverageRows {
		this.useContext(matcher, targetSeconds);
		return (filtered ? this.sets.filtered : this.sets.all).update(notes, (note) => this.note(note, matcher, targetSeconds));
	}
}

/** Versions are unique across row sets, so a memo never mistakes one set's version for another's. */
let versions = 0;

/** Sorted rows for one set of notes, patched note by note. */
class RowSet {
	/** The notes the rows were last built from, by path. */
	private built = new Map<string, IndexedNote>();
	private readonly rows = new Map<string, readonly StoryEntry[]>();
	private readonly questionCounts = new Map<string, number>();
	private readonly totals = { questions: 0, stories: 0, complete: 0, sketches: 0 };
	private version = 0;
	private paths = 0;

	update(notes: readonly IndexedNote[], coverage: (note: IndexedNote) => NoteCoverage): CoverageRows {
		const gone: NoteCoverage[] = [];
		const added: NoteCoverage[] = [];
		const next = new Map<string, IndexedNote>();
		for (const note of notes) {
			next.set(note.path, note);
			const before = this.built.get(note.path);
			if (before === note) continue;
			if (before) gone.push(coverage(before));
			added.push(coverage(note));
		}
		let moved = next.size !== this.built.size;
		for (const [path, note] of this.built) {
			if (next.has(path)) continue;
			gone.push(coverage(note));
			moved = true;
		}
		if (moved) this.paths = ++versions;
		this.built = next;
		if (gone.length > 0 || added.length > 0) {
			this.version = ++versions;
			this.patch(gone, added);
		}
		return {
			rows: this.rows,
			questionCounts: this.questionCounts,
			totals: { ...this.totals },
			version: this.version,
			paths: this.paths,
		};
	}

	private patch(gone: readonly NoteCoverage[], added: readonly NoteCoverage[]): void {
		const count = (list: readonly NoteCoverage[], by: number): void => {
			for (const c of list) {
				this.totals.questions += by * c.questions;
				this.totals.stories += by * c.stories;
				this.totals.complete += by * c.complete;
				this.totals.sketches += by * c.sketches;
				for (const id of c.questionHits) this.questionCounts.set(id, (this.questionCounts.get(id) ?? 0) + by);
			}
		};
		count(gone, -1);
		count(added, 1);

		const leaving = new Map<string, Set<StoryEntry>>();
		for (const c of gone) for (const { competencyId, entry } of c.entries) addTo(leaving, competencyId ?? UNFILED, entry);
		const arriving = new Map<string, StoryEntry[]>();
		for (const c of added) {
			for (const { competencyId, entry } of c.entries) {
				const key = competencyId ?? UNFILED;
				const list = arriving.get(key);
				if (list) list.push(entry);
				else arriving.set(key, [entry]);
			}
		}
		for (const key of new Set([...leaving.keys(), ...arriving.keys()])) {
			const out = leaving.get(key);
			const incoming = arriving.get(key) ?? [];
			const kept = (this.rows.get(key) ?? []).filter((e) => !out?.has(e));
			if (incoming.length > PATCH_LIMIT) {
				this.rows.set(key, merge(kept, incoming.sort(byStrength)));
				continue;
			}
			for (const entry of incoming) kept.splice(insertionPoint(kept, entry), 0, entry);
			this.rows.set(key, kept);
		}
	}
}

function addTo(map: Map<string, Set<StoryEntry>>, key: string, entry: StoryEntry): void {
	const set = map.get(key);
	if (set) set.add(entry);
	else map.set(key, new Set([entry]));
}

/** Two lists sorted by `byStrength` as one sorted list, in one pass. */
function merge(a: readonly StoryEntry[], b: readonly StoryEntry[]): StoryEntry[] {
	const out: StoryEntry[] = new Array<StoryEntry>(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length)
		out[k++] = byStrength(a[i] as StoryEntry, b[j] as StoryEntry) <= 0 ? (a[i++] as StoryEntry) : (b[j++] as StoryEntry);
	while (i < a.length) out[k++] = a[i++] as StoryEntry;
	while (j < b.length) out[k++] = b[j++] as StoryEntry;
	return out;
}

/** Where `entry` goes in a list sorted by `byStrength`. */
function insertionPoint(list: readonly StoryEntry[], entry: StoryEntry): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (byStrength(list[mid] as StoryEntry, entry) <= 0) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Strong stories first, then by points, then in note order. */
export function byStrength(a: StoryEntry, b: StoryEntry): number {
	const rank = (s: StoryEntry): number => (s.level === "strong" ? 2 : s.level === "weak" ? 1 : 0);
	return rank(b) - rank(a) || b.points - a.points || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
}

/**
 * Matches and scores one note's questions and stories, a few at a time:
 * `step` does one question or story and says whether there is more, so a
 * note with two thousand stories can be worked through in slices.
 */
class NoteCoverageWork {
	private readonly questionsById: Map<string, IndexedQuestion>;
	private readonly inSet: Set<string>;
	private readonly result: NoteCoverage;
	private question = 0;
	private story = 0;

	constructor(
		private readonly note: IndexedNote,
		private readonly matcher: CompetencyMatcher,
		private readonly targetSeconds: number,
		private readonly revision: number,
		private readonly corrections: ReadonlyMap<string, StoryCorrection>,
	) {
		this.questionsById = questionsOfNote(note);
		this.inSet = new Set(matcher.set.competencies.map((c) => c.id));
		this.result = {
			entries: [],
			questionHits: [],
			questions: note.questions.length,
			stories: note.stories.length,
			complete: 0,
			sketches: 0,
		};
	}

	/** Does one question or story; false once the note is done. */
	step(): boolean {
		const { note, matcher, result } = this;
		const q = note.questions[this.question];
		if (q) {
			this.question++;
			for (const m of matcher.matchQuestion(q, note.meta.competencies)) result.questionHits.push(m.competencyId);
			return true;
		}
		const story = note.stories[this.story];
		if (!story) return false;
		this.story++;
		if (story.sketch) result.sketches++;
		else if (story.signals.complete) result.complete++;
		const questions = story.questionIds.map((id) => this.questionsById.get(id)).filter((x): x is IndexedQuestion => x !== undefined);
		const correction = this.corrections.get(correctionKey(note.path, story.id));
		// The matcher applies the correction (one place for it): confirmed or added lead as `corrected`, removed go.
		const matches = matcher.matchStory(story, questions, note.meta.competencies, correction);
		const entry = (source: MatchSource, evidence: readonly string[] = []) =>
			storyEntry(story, questions, this.targetSeconds, source, null, this.revision, matcher.set.id, evidence);
		if (matches.length === 0) result.entries.push({ competencyId: null, entry: entry("story") });
		for (const m of matches) {
			// A match for a competency outside the set (a stale custom set) files the story nowhere, as before.
			if (this.inSet.has(m.competencyId)) result.entries.push({ competencyId: m.competencyId, entry: entry(m.source, m.evidence) });
		}
		return true;
	}

	/** The note's coverage, finishing what is left. */
	finish(): NoteCoverage {
		while (this.step());
		return this.result;
	}
}
