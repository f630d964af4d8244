/** The canonical STAR(+Takeaway) parts, in telling order. */
export const PART_NAMES = ["situation", "task", "action", "result", "takeaway"] as const;

/** One canonical story part. */
export type PartName = (typeof PART_NAMES)[number];

/** The parts a story is expected to have when its note gives no legend. */
export const DEFAULT_EXPECTED_PARTS: readonly PartName[] = ["situation", "task", "action", "result"];

/** A scalar or list value read from YAML frontmatter. */
export type FrontmatterValue = string | number | boolean | null | FrontmatterValue[] | { [key: string]: FrontmatterValue };

/** Something in a note the parser could not read as intended; the rest of the note is still indexed. */
export interface Problem {
	/** 1-based line the problem starts on. */
	line: number;
	/** Short machine-readable kind, stable for tests and filters. */
	kind: ProblemKind;
	/** A sentence a user can act on. */
	message: string;
}

export type ProblemKind =
	| "frontmatter-unclosed"
	| "frontmatter-invalid"
	| "frontmatter-dataview-field"
	| "code-fence-unclosed"
	| "comment-unclosed"
	| "highlight-unclosed"
	| "note-too-large";

/** A highlighted phrase in a question line. */
export interface Highlight {
	/** The phrase, without markup. */
	text: string;
	/** The colour as written (`#FF5582A6`, `hltr-red`'s class name `red`, or `null` for `==…==`). */
	color: string | null;
	/** A palette name (pink, red, orange, yellow, green, cyan, blue, purple, grey) or `null` when unknown. */
	colorName: string | null;
	/** Which syntax wrote it. */
	syntax: HighlightSyntax;
}

export type HighlightSyntax = "mark-style" | "mark-class" | "mark" | "equals";

/** Free-form answer text under a question (bullets, paragraphs or a blockquote). */
export interface Answer {
	text: string;
	line: number;
	endLine: number;
	/** How the answer was written. */
	kind: "bullets" | "blockquote" | "paragraph" | "mixed";
}

/** A question in a note, with its alternative phrasings. */
export interface Question {
	/** Stable id: survives edits elsewhere in the note and line shifts. */
	id: string;
	/** The first phrasing, as plain text without markup. */
	text: string;
	/** The other phrasings, plain text. */
	alternates: string[];
	highlights: Highlight[];
	/** The nearest heading that is a section (not the question itself). */
	section: string | null;
	line: number;
	endLine: number;
	storyIds: string[];
	/** Free-form answer text, when the question is answered without STAR labels. */
	answer: Answer | null;
	/** Tags written on the question line, without `#`. */
	tags: string[];
	/**
	 * How the question was written: a list item, a heading, a paragraph line, a callout title, an "Also answers" line,
	 * or a story-map table row.
	 */
	form: "item" | "heading" | "line" | "callout" | "answers-line" | "table";
	/** The question line as written, without its list marker. */
	raw: string;
	/**
	 * The stories the user planned to tell for it, as written: a parenthesised nickname (`(maxim)`),
	 * a `[[wikilink]]`, a `STORY: name` line or a story-map table cell. `storyId` is set once resolved
	 * to a story of the note; an unresolved pointer is kept so it can be shown with the question.
	 */
	pointers?: StoryPointer[];
	/** Marked as still to prepare (`TODO`, `(TODO)`, `(TODO: …)`); the marker is not in `text`. */
	todo?: boolean;
	/** Marked as a priority with a trailing run of `*` or `★`; the run is not in `text`. */
	starred?: boolean;
}

/** A question's pointer to the story the user means to tell for it. */
export interface StoryPointer {
	/** The nickname, title or link target as written, without markup or brackets. */
	name: string;
	/** How it was written. */
	via: "nickname" | "wikilink" | "story-line" | "table";
	/** The story it resolves to, or `null` when none matches (yet). */
	storyId: string | null;
	/** The note of that story when it is another note's: set by the index, which resolves `[[Note#Heading]]` links. */
	path?: string;
}

/** One labelled part of a story as written. */
export interface PartEntry {
	/** Canonical part, or `null` for a label the parser does not know (kept as an extra part). */
	part: PartName | null;
	/** The label as written, without markup (`Results`, `S`, `Decision and trade-off`). */
	label: string;
	/** The part's text as written in the note (markup kept), lines joined by `\n`. */
	text: string;
	line: number;
	endLine: number;
}

/** Quality signals computed from a story's text. */
export interface StorySignals {
	/** Canonical parts that have text. */
	partsPresent: PartName[];
	/** True when no expected part is missing. */
	complete: boolean;
	/** Words across all parts, markup removed. */
	wordCount: number;
	/** The speaking rate used for `speakingSeconds`. */
	wordsPerMinute: number;
	/** Estimated time to tell the story out loud at `wordsPerMinute`. */
	speakingSeconds: number;
	/**
	 * True when the result (or, lacking one, the takeaway) states a measured change: a before/after, a
	 * percentage or multiple that moved, money saved or earned. Dates, team sizes and headcounts do not count.
	 */
	hasMetric: boolean;
	/** First-person singular words: I, me, my, mine, myself, I'm, I've, I'd, I'll. */
	iCount: number;
	/** First-person plural words: we, us, our, ours, ourselves, we're, we've, we'd, we'll. */
	weCount: number;
	/**
	 * True when the action (or, with no action part, any part) shows the speaker's own decisions: "I" doing
	 * something other than helping, "my proposal", or telegraphic notes that start with the verb.
	 */
	ownActionVisible: boolean;
}

/** A story: the STAR parts that answer one or more questions. */
export interface Story {
	id: string;
	/** The story's own title (a sub-bullet, heading or callout title), or `null` when it sits directly under its question. */
	title: string | null;
	questionIds: string[];
	section: string | null;
	line: number;
	endLine: number;
	/** Text per canonical part (the first occurrence of each). */
	parts: Partial<Record<PartName, string>>;
	/** Every labelled part in note order, known and unknown. */
	partList: PartEntry[];
	/** Expected parts that are absent or empty. */
	missing: PartName[];
	/** A story with a title but no written parts yet. */
	sketch: boolean;
	signals: StorySignals;
	/** Tags written on the story's lines, without `#`. */
	tags: string[];
	/** Targets of `[[wikilinks]]` in the story's title (a story that lives in another note). */
	links: string[];
}

/** The note's format legend: a labelled list that describes the format, under no question. */
export interface Legend {
	line: number;
	endLine: number;
	/** The labels in the order the note lists them. */
	labels: { part: PartName; label: string }[];
}

/** Well-known frontmatter keys, read leniently. */
export interface NoteMeta {
	title: string | null;
	created: string | null;
	modified: string | null;
	tags: string[];
	company: string | null;
	role: string | null;
	level: string | null;
	competencies: string[];
}

/** Everything the parser reads from one note. */
export interface ParsedNote {
	frontmatter: Record<string, FrontmatterValue>;
	meta: NoteMeta;
	problems: Problem[];
	questions: Question[];
	stories: Story[];
	legend: Legend | null;
	/** True when the note holds interview material (questions, stories or a legend). */
	isStoryNote: boolean;
	lineCount: number;
}

/** Options that change how stories are measured. */
export interface ParseOptions {
	/** Speaking rate for `speakingSeconds`; defaults to 150 words per minute. */
	wordsPerMinute?: number;
	/**
	 * The note is a story note whatever its wording (the user placed it in
	 * their story folder, tag or frontmatter key): questions not worded like
	 * interview questions count too. Without it, a note whose only material is
	 * such questions (meeting notes, study notes) is set aside after a quick look.
	 */
	anyQuestion?: boolean;
	/**
	 * Read the whole note even when a quick look finds nothing: the stories,
	 * questions of story notes and legend come out the same (tests prove it).
	 */
	thorough?: boolean;
}
