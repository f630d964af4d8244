import type { HighlightSyntax, PartName } from "../types";

/** What a new entry is about: the question to write, the phrase to highlight, the competency it serves. */
export interface StoryTopic {
	/** Where the choice came from: the built-in bank, the user's notes, a competency, or text typed in the picker. */
	kind: "bank" | "vault" | "competency" | "free";
	/** The question as plain text. */
	question: string;
	/** The phrase of the question to highlight; `null` for none. */
	keyPhrase: string | null;
	/** A palette colour the question already uses for its key phrase (questions from notes). */
	colourName: string | null;
	competencyId: string | null;
	/** Display name of the competency, for `{{competency}}` and file names. */
	competencyName: string | null;
}

/** How a note shapes an entry: a list item, a heading, or a callout. */
export type EntryShape = "list" | "heading" | "callout";

/** How the parts of a story are written: list items, labelled lines, or label headings. */
export type PartLayout = "item" | "line" | "heading";

/** How a note writes one STAR label: the markup before the word, the word, and what follows it. */
export interface LabelForm {
	part: PartName;
	/** The label as the note spells it (`Results`, `S`, `Decision and trade-off`). */
	text: string;
	/** Markup before the word (`**`, `**📋 `). */
	before: string;
	/** Markup and separator after the word, ending where the body starts (`**: `, `:** `, `** — `). */
	after: string;
}

/** How the note writes highlights, so a new key phrase looks like the others. */
export interface HighlightStyle {
	/** The syntax most highlights use, or `null` when the note has none. */
	syntax: HighlightSyntax | null;
	/** Palette name → the colour value as the note writes it (`#FF5582A6`, `#FF5582`, `red`). */
	written: Record<string, string>;
	/** Palette names the note uses, most used first. */
	coloursByUse: string[];
}

/** Everything about a note's own way of writing entries that a new entry copies. */
export interface NoteStyle {
	shape: EntryShape;
	/** The labels, in order. */
	labels: LabelForm[];
	/** Where the labels came from. */
	labelSource: "legend" | "entries" | "format";
	question: {
		/** Leading whitespace of an entry's question line. */
		indent: string;
		/** List marker of a question item: `-`, `*`, `+`, or `1.` / `1)` for numbered questions. */
		marker: string;
		/** Emphasis around a question item's text: `*`, `_`, `**`, `__` or nothing. */
		emphasis: string;
		/** Heading level of a question heading (heading shape). */
		headingLevel: number;
		/** Callout type and fold marker (callout shape). */
		calloutType: string;
		calloutFold: string;
	};
	parts: {
		layout: PartLayout;
		/** List marker of a part item: `-`, `*`, `+`, or `1.` / `1)` for numbered parts. */
		marker: string;
		/** One level of list nesting: a tab or some spaces. */
		indentUnit: string;
		/** What starts the line under a label heading: a list marker and a space, or nothing. */
		headingBody: string;
		/** A blank line between parts (line and heading layouts). */
		blankBetween: boolean;
	};
	entries: {
		/** The thematic break between entries (`---`), or `null` when entries follow one another. */
		separator: string | null;
		/** A blank line between one entry and the next. */
		blankBetween: boolean;
	};
	highlight: HighlightStyle;
	/** Whether the note writes `#competency/<id>` tags, and where. */
	competencyTags: "none" | "question-line" | "own-line";
}

/** The settings a template needs, without the rest of the plugin's settings. */
export interface TemplateOptions {
	format: "star" | "senior" | "user";
	listStyle: "numbered" | "bulleted";
	indent: "tab" | "2" | "4";
	/** Highlight colour name → competency id. */
	highlightCompetencies: Readonly<Record<string, string>>;
}

/** A position in a note: 0-based line and character, as the Editor API counts them. */
export interface TextPosition {
	line: number;
	ch: number;
}

/** Lines of text to insert, with the place the cursor lands (a line index into `lines`). */
export interface RenderedBlock {
	lines: string[];
	cursor: TextPosition;
}

/** One edit to a note: replace `from`–`to` with `text`, then put the cursor at `cursor` (positions after the edit). */
export interface TextEdit {
	from: TextPosition;
	to: TextPosition;
	text: string;
	cursor: TextPosition;
}
