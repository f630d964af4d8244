import { TermPool } from "./term-pool";
import type { IndexedNote, IndexedQuestion, IndexedStory } from "./indexed-note";
import type { Answer, FrontmatterValue, HighlightSyntax, NoteMeta, ParsedNote, PartEntry, PartName, Question, Story } from "../types";

// The memory side of the index: how a parsed note becomes the compact copy the index keeps.
// The index itself (story-index.ts) only stores, orders and looks up those copies.

/** What a note's compact copy may reuse from the notes already indexed. */
export interface ReuseFromIndex {
	/** The same question already indexed from another note. */
	questionTwin: (id: string) => IndexedQuestion | undefined;
	/** The same story already indexed from another note. */
	storyTwin: (id: string) => IndexedStory | undefined;
	/** The index's copy of a short word (tag, label, heading, highlighted phrase). */
	term: (text: string) => string;
}

/**
 * The index's own compact copy of a parsed note, with the path on every entry.
 * Built as fixed-shape literals: a spread clone gets a hidden class of its
 * own in V8 (~300 bytes an object), and JSON-made objects spill properties
 * out of line. Every kept string is copied out of the note (a substring cut
 * from a note keeps the whole note text alive), and empty lists are one
 * shared list. Strings that repeat share one copy: ids within the note; a
 * question or story written in several notes (a question bank copied into
 * each company's note) with the other notes' copy; short words with the
 * whole index. Measured by `npm run bench`.
 */
export function compactNote(
	path: string,
	parsed: ParsedNote | IndexedNote,
	reuse: ReuseFromIndex,
	options: { fresh?: boolean } = {},
): IndexedNote {
	// JSON gives every string back as a compact copy of its own (one byte per
	// character when it can), cut loose from the note text. A note that is
	// already a copy (a structured clone from the parse worker or the cache,
	// which holds no note text) is ours to take apart as it is: for a 2 MB note
	// the JSON round trip was a task of 200 ms and more.
	const copy = (
		options.fresh === true
			? parsed
			: JSON.parse(JSON.stringify(parsed, (key, value: unknown) => (key === "raw" || key === "path" ? undefined : value)))
	) as IndexedNote;
	// The same question or story already indexed from another note: its copies serve this one.
	const questionTwins = copy.questions.map((q) => reuse.questionTwin(q.id));
	const storyTwins = copy.stories.map((s) => reuse.storyTwin(s.id));
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
	const term = reuse.term;
	// The frontmatter's strings and the fields read from it: one copy of each.
	const fromFrontmatter = new TermPool(Infinity, Infinity);
	const keep = (text: string): string => fromFrontmatter.term(text);
	const vocabulary = (text: string): string => keep(term(text));
	const meta = copy.meta;
	const indexedMeta: NoteMeta = {
		title: meta.title === null ? null : keep(meta.title),
		created: meta.created === null ? null : keep(meta.created),
		modified: meta.modified === null ? null : keep(meta.modified),
		tags: orSharedEmpty(meta.tags.map(vocabulary)),
		company: meta.company === null ? null : vocabulary(meta.company),
		role: meta.role === null ? null : vocabulary(meta.role),
		level: meta.level === null ? null : vocabulary(meta.level),
		competencies: orSharedEmpty(meta.competencies.map(vocabulary)),
	};
	return {
		frontmatter: stringsIn(copy.frontmatter, keep),
		meta: indexedMeta,
		problems: orSharedEmpty(copy.problems),
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
function twinCopyIfEqual(text: string, twin: string | null | undefined): string {
	return twin === text ? twin : text;
}

/** `twinCopyIfEqual` for each string of a list, against the twin's list at the same place. */
function twinCopiesIfEqual(list: string[], twin: readonly string[] | undefined): string[] {
	return twin === undefined || twin.length === 0 ? list : list.map((text, i) => twinCopyIfEqual(text, twin[i]));
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
		text: twinCopyIfEqual(q.text, twin?.text),
		alternates: orSharedEmpty(twinCopiesIfEqual(q.alternates, twin?.alternates)),
		highlights: orSharedEmpty(
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
						text: twinCopyIfEqual(q.answer.text, twin?.answer?.text),
						line: q.answer.line,
						endLine: q.answer.endLine,
						kind: ANSWER_KIND[q.answer.kind],
					},
		tags: orSharedEmpty(q.tags.map(term)),
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
		text: twinCopyIfEqual(p.text, twin?.partList[i]?.text),
		line: p.line,
		endLine: p.endLine,
	}));
	const signals = s.signals;
	return {
		id: id(s.id),
		title: s.title === null ? null : twinCopyIfEqual(s.title, twin?.title),
		questionIds: idList(s.questionIds),
		section: s.section === null ? null : term(s.section),
		line: s.line,
		endLine: s.endLine,
		partList,
		missing: internedParts(s.missing),
		sketch: s.sketch,
		signals: {
			partsPresent: internedParts(signals.partsPresent),
			complete: signals.complete,
			wordCount: signals.wordCount,
			wordsPerMinute: signals.wordsPerMinute,
			speakingSeconds: signals.speakingSeconds,
			hasMetric: signals.hasMetric,
			iCount: signals.iCount,
			weCount: signals.weCount,
			ownActionVisible: signals.ownActionVisible,
		},
		tags: orSharedEmpty(s.tags.map(term)),
		links: orSharedEmpty(s.links),
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
function orSharedEmpty<T>(list: T[]): T[] {
	return list.length === 0 ? NONE : list;
}

const PART_LISTS = new Map<string, PartName[]>();

/** One shared list per combination of parts (there are at most 32). */
function internedParts(list: PartName[]): PartName[] {
	if (list.length === 0) return NONE;
	const key = list.join();
	let known = PART_LISTS.get(key);
	if (!known) {
		known = Object.freeze(list.slice()) as PartName[];
		PART_LISTS.set(key, known);
	}
	return known;
}
