import { compactNote, type ReuseFromIndex } from "./compact-note";
import { CrossLinks, linkedCopy } from "./cross-links";
import type { IndexedNote, IndexedQuestion, IndexedStory, SkippedNote } from "./indexed-note";
import { TermPool } from "./term-pool";
import type { ParsedNote } from "../types";

export { questionsOfNote, type IndexedNote, type IndexedQuestion, type IndexedStory, type SkippedNote } from "./indexed-note";

/** What one change to the index touched. */
export interface IndexChange {
	revision: number;
	/** Paths added, updated or removed; empty when the whole index was replaced. */
	paths: string[];
}

export type IndexListener = (change: IndexChange) => void;

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Every story note of the vault, keyed by path. An update costs one note:
 * the flat lists (in path order) are patched where that note's entries sit,
 * and the id lookups lose the note's old ids and gain its new ones, so the
 * first query after an edit does not rebuild anything for the whole vault.
 */
export class StoryIndex {
	/** Each note as the index shows it: with the links between notes resolved (cross-links.ts). */
	private readonly notesByPath = new Map<string, IndexedNote>();
	/** Each note as parsed, before links to other notes; the same object when it has none. */
	private readonly parsedByPath = new Map<string, IndexedNote>();
	/** Which question links to which story of another note; updated per note. */
	private readonly links = new CrossLinks((path) => this.parsedByPath.get(path));
	private readonly skippedByPath = new Map<string, SkippedNote>();
	private readonly listeners = new Set<IndexListener>();
	/**
	 * Every question and story in path order, then line order. `questions()`
	 * and `stories()` freeze and hand out these very lists, so callers may cache
	 * by list; the next change edits a fresh copy (copy on write), so the index
	 * never holds a list and a snapshot of it side by side.
	 */
	private questionList: IndexedQuestion[] = [];
	private storyList: IndexedStory[] = [];
	/** Id → entry, or entries when one id is written in several notes (kept in path order). */
	private readonly questionById = new Map<string, IndexedQuestion | IndexedQuestion[]>();
	private readonly storyById = new Map<string, IndexedStory | IndexedStory[]>();
	private sortedNotes: IndexedNote[] | null = null;
	private revisionNumber = 0;
	/** Short words (tags, highlighted phrases, headings, labels) kept once for the whole index. */
	private readonly terms = new TermPool();
	/** What a note's compact copy may reuse from the notes already indexed (compact-note.ts). */
	private readonly reuse: ReuseFromIndex = {
		questionTwin: (id) => firstOccurrence(this.questionById.get(id)),
		storyTwin: (id) => firstOccurrence(this.storyById.get(id)),
		term: (text) => this.terms.term(text),
	};

	/** Goes up by one on every change; views redraw when it moved. */
	get revision(): number {
		return this.revisionNumber;
	}

	/**
	 * Stores a parsed note, or drops it when it holds no interview material. Returns whether anything changed.
	 * `fresh`: the note is a copy nobody else holds (a structured clone from a worker or IndexedDB), so its strings
	 * are not cut from the note text and the index may take it apart instead of copying it first.
	 */
	update(path: string, parsed: ParsedNote | IndexedNote, options: { keepEmpty?: boolean; fresh?: boolean } = {}): boolean {
		const hadSkip = this.skippedByPath.delete(path);
		const keep = parsed.isStoryNote || (options.keepEmpty === true && (parsed.questions.length > 0 || parsed.stories.length > 0));
		if (!keep) {
			const touched = this.forget(path);
			if (touched.length > 0 || hadSkip) this.touch(touched.length > 0 ? touched : [path]);
			return touched.length > 0 || hadSkip;
		}
		this.detach(path);
		this.touch(this.store(compactNote(path, parsed, this.reuse, { fresh: options.fresh === true })));
		return true;
	}

	/** Records a note left out (too large, unreadable), so the panel can say why. */
	skip(path: string, reason: string): void {
		const touched = this.forget(path);
		this.skippedByPath.set(path, { path, reason });
		this.touch(touched.length > 0 ? touched : [path]);
	}

	/** Forgets a note. Returns whether it was known. */
	remove(path: string): boolean {
		const touched = this.forget(path);
		const hadSkip = this.skippedByPath.delete(path);
		if (touched.length > 0 || hadSkip) this.touch(touched.length > 0 ? touched : [path]);
		return touched.length > 0 || hadSkip;
	}

	/** Moves a note to its new path; ids do not change, so practice history stays attached. */
	rename(oldPath: string, newPath: string): boolean {
		const note = this.parsedByPath.get(oldPath);
		const skipped = this.skippedByPath.get(oldPath);
		if (!note && !skipped) return false;
		const touched = new Set([oldPath, newPath, ...this.forget(oldPath)]);
		this.skippedByPath.delete(oldPath);
		if (note) for (const path of this.store(compactNote(newPath, note, this.reuse))) touched.add(path);
		if (skipped) this.skippedByPath.set(newPath, { path: newPath, reason: skipped.reason });
		this.touch([...touched]);
		return true;
	}

	/** Empties the index (for a full re-scan after the scope changed). */
	clear(): void {
		this.notesByPath.clear();
		this.parsedByPath.clear();
		this.links.clear();
		this.skippedByPath.clear();
		this.questionList = [];
		this.storyList = [];
		this.terms.clear();
		this.questionById.clear();
		this.storyById.clear();
		this.sortedNotes = null;
		this.touch([]);
	}

	has(path: string): boolean {
		return this.notesByPath.has(path);
	}

	/** One note by path. */
	note(path: string): IndexedNote | undefined {
		return this.notesByPath.get(path);
	}

	/** All story notes, sorted by path. */
	notes(): IndexedNote[] {
		this.sortedNotes ??= [...this.notesByPath.values()].sort(byPath);
		return this.sortedNotes.slice();
	}

	/** Notes left out, sorted by path. */
	skipped(): SkippedNote[] {
		return [...this.skippedByPath.values()].sort(byPath);
	}

	/** Every question, by note path then line. The same list object until the next change. */
	questions(): readonly IndexedQuestion[] {
		if (!Object.isFrozen(this.questionList)) Object.freeze(this.questionList);
		return this.questionList;
	}

	/** Every story, by note path then line. The same list object until the next change. */
	stories(): readonly IndexedStory[] {
		if (!Object.isFrozen(this.storyList)) Object.freeze(this.storyList);
		return this.storyList;
	}

	/** A question by id. The same question written in two notes shares one id; the first note (by path) answers. */
	question(id: string): IndexedQuestion | undefined {
		return firstOccurrence(this.questionById.get(id));
	}

	/** Every place a question id is written, by note path. */
	questionOccurrences(id: string): readonly IndexedQuestion[] {
		return allOccurrences(this.questionById.get(id));
	}

	/** A story by id. */
	story(id: string): IndexedStory | undefined {
		return firstOccurrence(this.storyById.get(id));
	}

	/** The stories that answer a question, in every note that holds it, and in the notes its links point to. */
	storiesOfQuestion(questionId: string): IndexedStory[] {
		const out: IndexedStory[] = [];
		const seen = new Set<IndexedStory>();
		for (const q of this.questionOccurrences(questionId)) {
			for (const sid of q.storyIds) {
				const linkedFrom = q.pointers?.find((p) => p.storyId === sid && p.path !== undefined)?.path;
				for (const s of allOccurrences(this.storyById.get(sid))) {
					if ((s.path === q.path || s.path === linkedFrom) && !seen.has(s)) {
						seen.add(s);
						out.push(s);
					}
				}
			}
		}
		return out;
	}

	/** Listens to changes; returns a function that stops listening. */
	onChange(listener: IndexListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/**
	 * Keeps a note as parsed and shows it with its links; the notes whose links
	 * name it, and those it links to, are shown again with theirs. Returns every path shown again.
	 */
	private store(note: IndexedNote): string[] {
		this.parsedByPath.set(note.path, note);
		const touched = this.links.noteStored(note.path);
		for (const path of touched) this.show(path);
		return [note.path, ...[...touched].filter((p) => p !== note.path)];
	}

	/** Drops a note, and shows again the notes linked to or from it. Returns every path touched; none when the note was not there. */
	private forget(path: string): string[] {
		if (!this.parsedByPath.delete(path)) return this.detach(path) ? [path] : [];
		this.detach(path);
		const touched = this.links.noteRemoved(path);
		for (const other of touched) if (other !== path) this.show(other);
		return [path, ...[...touched].filter((p) => p !== path)];
	}

	/** Replaces the shown copy of a note with one carrying its current links. */
	private show(path: string): void {
		const parsed = this.parsedByPath.get(path);
		this.detach(path);
		if (parsed) this.attach(linkedCopy(parsed, this.links.linksFrom(path), this.links.linksTo(path), (p) => this.parsedByPath.get(p)));
	}

	private touch(paths: string[]): void {
		this.revisionNumber++;
		const change: IndexChange = { revision: this.revisionNumber, paths };
		for (const listener of this.listeners) listener(change);
	}

	/** Adds a note's entries to the lists, at the place its path sorts to. */
	private attach(note: IndexedNote): void {
		if (!this.notesByPath.has(note.path)) this.sortedNotes = null;
		this.notesByPath.set(note.path, note);
		this.unfreezeLists();
		insertAll(this.questionList, insertionPoint(this.questionList, note.path), note.questions);
		insertAll(this.storyList, insertionPoint(this.storyList, note.path), note.stories);
		for (const q of note.questions) addById(this.questionById, q.id, q);
		for (const s of note.stories) addById(this.storyById, s.id, s);
	}

	/** Copies a list handed out by `questions()` or `stories()` before it is edited, so the copy callers hold never changes. */
	private unfreezeLists(): void {
		// Spread, not slice: V8's slice of a frozen array keeps its frozen elements
		// kind, and freezing that copy later takes ~50× longer (0.6 ms at 10k entries).
		if (Object.isFrozen(this.questionList)) this.questionList = [...this.questionList];
		if (Object.isFrozen(this.storyList)) this.storyList = [...this.storyList];
	}

	/** Takes a note's entries out of the lists. Returns whether the note was there. */
	private detach(path: string): boolean {
		const note = this.notesByPath.get(path);
		if (!note) return false;
		this.notesByPath.delete(path);
		this.sortedNotes = null;
		this.unfreezeLists();
		removeSegment(this.questionList, path, note.questions.length);
		removeSegment(this.storyList, path, note.stories.length);
		for (const q of note.questions) removeById(this.questionById, q.id, q);
		for (const s of note.stories) removeById(this.storyById, s.id, s);
		return true;
	}
}

/** First index whose entry's path sorts after `path` (entries are grouped by path, in path order). */
function insertionPoint(list: readonly { path: string }[], path: string): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((list[mid]?.path ?? "") <= path) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Inserts entries at a position; a huge note's entries go in without spreading them as arguments. */
function insertAll<T>(list: T[], at: number, entries: readonly T[]): void {
	if (entries.length === 0) return;
	if (entries.length < 1000) {
		list.splice(at, 0, ...entries);
		return;
	}
	const tail = list.splice(at);
	for (const entry of entries) list.push(entry);
	for (const entry of tail) list.push(entry);
}

/** Removes the `count` entries of a path (they sit together, at the path's place in the order). */
function removeSegment(list: { path: string }[], path: string, count: number): void {
	if (count === 0) return;
	const end = insertionPoint(list, path);
	list.splice(end - count, count);
}

/** Adds an entry under an id; a second entry for the id turns the value into a list in path order. */
function addById<T extends { path: string }>(map: Map<string, T | T[]>, id: string, entry: T): void {
	const known = map.get(id);
	if (known === undefined) map.set(id, entry);
	else if (Array.isArray(known)) known.splice(insertionPoint(known, entry.path), 0, entry);
	else map.set(id, known.path <= entry.path ? [known, entry] : [entry, known]);
}

function removeById<T>(map: Map<string, T | T[]>, id: string, entry: T): void {
	const known = map.get(id);
	if (known === entry) {
		map.delete(id);
	} else if (Array.isArray(known)) {
		const at = known.indexOf(entry);
		if (at !== -1) known.splice(at, 1);
		if (known.length === 1) map.set(id, known[0] as T);
	}
}

/** The entry an id lookup answers with: the only one, or the first by path. */
function firstOccurrence<T>(value: T | T[] | undefined): T | undefined {
	return Array.isArray(value) ? value[0] : value;
}

/** Every entry under an id, by path. */
function allOccurrences<T>(value: T | T[] | undefined): readonly T[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}
