import { parseNote, splitLines } from "../parser/note-parser";
import { entryRanges } from "./entry-ranges";
import { detectNoteStyle } from "./note-style";
import { composeEdit, type Spacing } from "./compose-edit";
import { findAnchor } from "./entry-anchor";
import { questionMarkup } from "./question-line";
import { renderEntry } from "./render-entry";
import { storyUnderQuestion } from "./story-under-question";
import { templateBlock } from "./template-block";
import type { NoteStyle, StoryTopic, TemplateOptions, TextEdit } from "./types";
import { fillTemplate, splitFrontmatter, templateValues } from "./user-template";

/** Everything needed to insert a new entry into an open note. */
export interface InsertionRequest {
	/** The note's text as the editor holds it. */
	text: string;
	/** 0-based line of the cursor. */
	cursorLine: number;
	topic: StoryTopic;
	options: TemplateOptions;
	date: Date;
	/** The note's name without `.md`, for `{{title}}`. */
	title: string;
	/** The template note's text for the "user" format; `null` uses STAR + Takeaways instead. */
	userTemplate: string | null;
}

/** The insert, worked out: one edit for the editor, and what else the template asks for. */
export interface InsertionPlan {
	edit: TextEdit;
	/** The template's own YAML frontmatter, to merge into the note's (the note's values win); `null` for none. */
	frontmatter: string | null;
	/** Sentences for the user about what could not be filled. */
	problems: string[];
	style: NoteStyle;
}

/**
 * Works out a new entry for a note without touching it: the note's style,
 * the entry in that style (or the user's template, filled), where it goes
 * from the cursor, and the single edit that puts it there.
 */
export function planInsertion(request: InsertionRequest): InsertionPlan {
	const { text, options, topic } = request;
	const lines = splitLines(text);
	const note = parseNote(text);
	const style = detectNoteStyle(lines, note, {
		format: options.format === "senior" ? "senior" : "star",
		listStyle: options.listStyle,
		indent: options.indent,
	});
	// A question the note already asks gets a new story under it, never a second copy of itself.
	const under = options.format === "user" ? null : storyUnderQuestion(lines, note, style, topic);
	if (under) return { edit: under, frontmatter: null, problems: [], style };
	const question = questionMarkup(topic, style, options.highlightCompetencies);
	const anchor = findAnchor(lines, request.cursorLine, note);
	const entryStarts = new Set(entryRanges(note).map((r) => r.start - 1));

	if (options.format === "user" && request.userTemplate !== null) {
		const { frontmatter, body } = splitFrontmatter(request.userTemplate);
		const values = templateValues(topic, request.title, request.date);
		const filled = fillTemplate(body, { ...values, question: question.text });
		const spacing: Spacing = { shape: "block", separator: null, blankBetween: style.entries.blankBetween };
		const edit = composeEdit(lines, anchor, templateBlock(filled.text, filled.cursor), spacing, entryStarts);
		// Properties hold plain text: no highlight markup in YAML.
		const properties = frontmatter === null ? null : fillTemplate(frontmatter, values);
		return {
			edit,
			frontmatter: properties?.text ?? null,
			problems: [...new Set([...filled.problems, ...(properties?.problems ?? [])])],
			style,
		};
	}

	const numbered = /^1[.)]$/.test(style.question.marker);
	const block = renderEntry(style, question, {
		indent: anchor.indent ?? style.question.indent,
		number: numbered ? (anchor.number ?? 1) : null,
	});
	const spacing: Spacing = { shape: style.shape, separator: style.entries.separator, blankBetween: style.entries.blankBetween };
	return { edit: composeEdit(lines, anchor, block, spacing, entryStarts), frontmatter: null, problems: [], style };
}
