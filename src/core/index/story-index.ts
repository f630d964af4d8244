import { TermPool } from "./term-pool";
import type { Answer, FrontmatterValue, HighlightSyntax, NoteMeta, ParsedNote, PartEntry, PartName, Question, Story } from "../types";

/** A question with the note it lives in. (The line as written, `raw`, stays with the parser's output.) */
export interface IndexedQuestion extends Omit<Question, "raw"> {
	path: string;
}

/**
 * A story with the note it lives in. The index keeps the parts once, as
 * `partList`; `partsOf` (story-parts.ts) gives the record by part name.
 */
export interface IndexedStory extends Omit<Story, "parts"> {
	path: string;
}

/** A story note in the index. */
export interface IndexedNote extends Omit<ParsedNote, "questions" | "stories"> {
	path: string;
	questions: IndexedQuestion[];
	stories: IndexedStory[];
}

/** A note the index left out on purpose, with the reason shown to the user. */
export interface SkippedNote {
	path: string;
	reason: string;
}

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
	private readonly notesByPath = new Map<string, IndexedNote>();
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
	/** What a note's indexed copy shares with the notes already indexed. */
	private readonly sharing: Sharing = {
		question: (id) => first(this.questionById.get(id)),
		story: (id) => first(this.storyById.get(id)),
		term: (text) => this.terms.term(text),
	};

	/** Goes up by one on every change; views redraw when it moved. */
	get revision(): number {
		return this.revisionNumber;
	}

	/** Stores a parsed note, or drops it when it holds no interview material. Returns whether anything changed. */
	update(path: string, parsed: ParsedNote | IndexedNote, options: { keepEmpty?: boolean } = {}): boolean {
		const hadSkip = this.skippedByPath.delete(path);
		const keep = parsed.isStoryNote || (options.keepEmpty === true && (parsed.questions.length > 0 || parsed.stories.length > 0));
		if (!keep) {
			const had = this.detach(path);
			if (had || hadSkip) this.touch([path]);
			return had || hadSkip;
		}
		this.detach(path);
		this.attach(withPath(path, parsed, this.sharing));
		this.touch([path]);
		return true;
	}

	/** Records a note left out (too large, unreadable), so the panel can say why. */
	skip(path: string, reason: string): void {
		this.detach(path);
		this.skippedByPath.set(path, { path, reason });
		this.touch([path]);
	}

	/** Forgets a note. Returns whether it was known. */
	remove(path: string): boolean {
		const had = this.detach(path);
		const hadSkip = this.skippedByPath.delete(path);
		if (had || hadSkip) this.touch([path]);
		return had || hadSkip;
	}

	/** Moves a note to its new path; ids do not change, so practice history stays attached. */
	rename(oldPath: string, newPath: string): boolean {
		const note = this.notesByPath.get(oldPath);
		const skipped = this.skippedByPath.get(oldPath);
		if (!note && !skipped) return false;
		this.detach(oldPath);
		this.skippedByPath.delete(oldPath);
		if (note) this.attach(withPath(newPath, note, this.sharing));
		if (skipped) this.skippedByPath.set(newPath, { path: newPath, reason: skipped.reason });
		this.touch([oldPath, newPath]);
		return true;
	}

	/** Empties the index (for a full re-scan after the scope changed). */
	clear(): void {
		this.notesByPath.clear();
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
		return first(this.questionById.get(id));
	}

	/** Every place a question id is written, by note path. */
	questionOccurrences(id: string): readonly IndexedQuestion[] {
		return all(this.questionById.get(id));
	}

	/** A story by id. */
	story(id: string): IndexedStory | undefined {
		return first(this.storyById.get(id));
	}

	/** The stories that answer a question, in every note that holds it. */
	storiesOfQuestion(questionId: string): IndexedStory[] {
		const out: IndexedStory[] = [];
		const seen = new Set<IndexedStory>();
		for (const q of this.questionOccurrences(questionId)) {
			for (const sid of q.storyIds) {
				for (const s of all(this.storyById.get(sid))) {
					if (s.path === q.path && !seen.has(s)) {
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

function first<T>(value: T | T[] | undefined): T | undefined {
	return Array.isArray(value) ? value[0] : value;
}

function all<T>(value: T | T[] | undefined): readonly T[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

/** What an indexed copy may share with the rest of the index. */
interface Sharing {
	/** The same question already indexed from another note. */
	question: (id: string) => IndexedQuestion | undefined;
	/** The same story already indexed from another note. */
	story: (id: string) => IndexedStory | undefined;
	/** The index's copy of a short word (tag, label, heading, highlighted phrase). */
	term: (text: string) => string;
}

/**
 * The index's own copy of a parsed note, with the path on every entry.
 * Built as fixed-shape literals: a spread clone gets a hidden class of its
 * own in V8 (~300 bytes an object), and JSON-made objects spill properties
 * out of line. Every kept string is copied out of the note (a substring cut
 * from a note keeps the whole note text alive), and empty lists are one
 * shared list. Strings that repeat share one copy: ids within the note; a
 * question or story written in several notes (a question bank copied into
 * each company's note) with the other notes' copy; short words with the
 * whole index. Measured by `npm run bench`.
 */
function withPath(path: string, parsed: ParsedNote | IndexedNote, sharing: Sharing): IndexedNote {
	// JSON gives every string back as a compact copy of its own (one byte per
	// character when it can), cut loose from the note text.
	const copy = JSON.parse(
		JSON.stringify(parsed, (key, value: unknown) => (key === "raw" || key === "path" ? undefined : value)),
	) as IndexedNote;
	// The same question or story already indexed from another note: its copies serve this one.
	const questionTwins = copy.questions.map((q) => sharing.question(q.id));
	const storyTwins = copy.stories.map((s) => sharing.story(s.id));
	const ids = new Map<string, string>();
	copy.questions.forEach((q, i) => ids.set(q.id, questionTwins[i]?.id ?? q.id));
	copy.stories.forEach((s, i) => ids.set(s.id, storyTwins[i]?.id ?? s.id));
	const id = (text: string): string => ids.get(text) ?? text;
	const idLists = new Map<string, string[]>();
	/** One frozen list for the stories that answer the same questions. */
	const idList = (list: string[]): string[] => {
		if (list.length === 0) return NONE;
		const key = list.join("\n");
		let known = idLists.get(key);
		if (known === undefined) {
			known = Object.freeze(list.map(id)) as string[];
			idLists.set(key, known);
		}
		return known;
	};
	const term = sharing.term;
	// The frontmatter's strings and the fields read from it: one copy of each.
	const fromFrontmatter = new TermPool(Infinity, Infinity);
	const keep = (text: string): string => fromFrontmatter.term(text);
	const vocabulary = (text: string): string => keep(term(text));
	const meta = copy.meta;
	const indexedMeta: NoteMeta = {
		title: meta.title === null ? null : keep(meta.title),
		created: meta.created === null ? null : keep(meta.created),
		modified: meta.modified === null ? null : keep(meta.modified),
		tags: shared(meta.tags.map(vocabulary)),
		company: meta.company === null ? null : vocabulary(meta.company),
		role: meta.role === null ? null : vocabulary(meta.role),
		level: meta.level === null ? null : vocabulary(meta.level),
		competencies: shared(meta.competencies.map(vocabulary)),
	};
	return {
		frontmatter: stringsIn(copy.frontmatter, keep),
		meta: indexedMeta,
		problems: shared(copy.problems),
		questions: copy.questions.map((q, i) => indexedQuestion(q, path, id, term, questionTwins[i])),
		stories: copy.stories.map((story, i) => indexedStory(story, path, id, idList, term, storyTwins[i])),
		legend:
			copy.legend === null
				? null
				: {
						line: copy.legend.line,
						endLine: copy.legend.endLine,
						labels: copy.legend.labels.map((l) => ({ part: l.part, label: term(l.label) })),
					},
		isStoryNote: copy.isStoryNote,
		lineCount: copy.lineCount,
		path,
	};
}

/** A frontmatter value (changed in place) with each string replaced by `share`'s copy. */
function stringsIn<T extends FrontmatterValue | Record<string, FrontmatterValue>>(value: T, share: (text: string) => string): T {
	if (typeof value === "string") return share(value) as T;
	if (value === null || typeof value !== "object") return value;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) value[i] = stringsIn(value[i] as FrontmatterValue, share);
		return value;
	}
	const record = value as Record<string, FrontmatterValue>;
	for (const key of Object.keys(record)) record[key] = stringsIn(record[key] as FrontmatterValue, share);
	return value;
}

/** The twin's copy of a string when it reads the same, else the string itself. */
function same(text: string, twin: string | null | undefined): string {
	return twin === text ? twin : text;
}

/** `same` for each string of a list, against the twin's list at the same place. */
function sameEach(list: string[], twin: readonly string[] | undefined): string[] {
	return twin === undefined || twin.length === 0 ? list : list.map((text, i) => same(text, twin[i]));
}

function indexedQuestion(
	q: Omit<Question, "raw">,
	path: string,
	id: (text: string) => string,
	term: (text: string) => string,
	twin: IndexedQuestion | undefined,
): IndexedQuestion {
	return {
		id: id(q.id),
		text: same(q.text, twin?.text),
		alternates: shared(sameEach(q.alternates, twin?.alternates)),
		highlights: shared(
			q.highlights.map((h) => ({
				text: term(h.text),
				color: h.color === null ? null : term(h.color),
				colorName: h.colorName === null ? null : term(h.colorName),
				syntax: HIGHLIGHT_SYNTAX[h.syntax],
			})),
		),
		section: q.section === null ? null : term(q.section),
		line: q.line,
		endLine: q.endLine,
		storyIds: q.storyIds.map(id),
		answer:
			q.answer === null
				? null
				: {
						text: same(q.answer.text, twin?.answer?.text),
						line: q.answer.line,
						endLine: q.answer.endLine,
						kind: ANSWER_KIND[q.answer.kind],
					},
		tags: shared(q.tags.map(term)),
		form: QUESTION_FORM[q.form],
		pointers:
			q.pointers === undefined || q.pointers.length === 0
				? NONE
				: q.pointers.map((p) => ({ ...p, storyId: p.storyId === null ? null : id(p.storyId) })),
		todo: q.todo === true,
		starred: q.starred === true,
		path,
	};
}

function indexedStory(
	s: Omit<Story, "path" | "parts">,
	path: string,
	id: (text: string) => string,
	idList: (list: string[]) => string[],
	term: (text: string) => string,
	twin: IndexedStory | undefined,
): IndexedStory {
	const partList: PartEntry[] = s.partList.map((p, i) => ({
		part: p.part,
		label: term(p.label),
		text: same(p.text, twin?.partList[i]?.text),
		line: p.line,
		endLine: p.endLine,
	}));
	const signals = s.signals;
	return {
		id: id(s.id),
		title: s.title === null ? null : same(s.title, twin?.title),
		questionIds: idList(s.questionIds),
		section: s.section === null ? null : term(s.section),
		line: s.line,
		endLine: s.endLine,
		partList,
		missing: sharedParts(s.missing),
		sketch: s.sketch,
		signals: {
			partsPresent: sharedParts(signals.partsPresent),
			complete: signals.complete,
			wordCount: signals.wordCount,
			wordsPerMinute: signals.wordsPerMinute,
			speakingSeconds: signals.speakingSeconds,
			hasMetric: signals.hasMetric,
			iCount: signals.iCount,
			weCount: signals.weCount,
			ownActionVisible: signals.ownActionVisible,
		},
		tags: shared(s.tags.map(term)),
		links: shared(s.links),
		path,
	};
}

/*
 * The parser's fixed words, as literals: JSON hands back a fresh copy of any
 * string over ten characters, one per question for "answers-line".
 */
const QUESTION_FORM: { readonly [F in Question["form"]]: F } = {
	item: "item",
	heading: "heading",
	line: "line",
	callout: "callout",
	"answers-line": "answers-line",
	table: "table",
};
const ANSWER_KIND: { readonly [K in Answer["kind"]]: K } = {
	bullets: "bullets",
	blockquote: "blockquote",
	paragraph: "paragraph",
	mixed: "mixed",
};
const HIGHLIGHT_SYNTAX: { readonly [S in HighlightSyntax]: S } = {
	"mark-style": "mark-style",
	"mark-class": "mark-class",
	mark: "mark",
	equals: "equals",
};

const NONE: never[] = Object.freeze([]) as unknown as never[];

/** The shared empty list for an empty list (thousands of entries have no tags, links or alternates). */
function shared<T>(list: T[]): T[] {
	return list.length === 0 ? NONE : list;
}

const PART_LISTS = new Map<string, PartName[]>();

/** One shared list per combination of parts (there are at most 32). */
function sharedParts(list: PartName[]): PartName[] {
	if (list.length === 0) return NONE;
	const key = list.join();
	let known = PART_LISTS.get(key);
	if (!known) {
		known = Object.freeze(list.slice()) as PartName[];
		PART_LISTS.set(key, known);
	}
	return known;
}
