import type { QuestionMarkup } from "./question-line";
import type { LabelForm, NoteStyle, RenderedBlock } from "./types";

/** Where an entry goes, as far as its own lines care: the question's indentation and, for numbered questions, its number. */
export interface EntryPosition {
	indent: string;
	number: number | null;
}

/**
 * The lines of a new entry in the note's style: the question (list item,
 * heading or callout), then every label with nothing after it, so the story
 * reads as a sketch until it is filled in. The cursor lands where the first
 * part's text goes.
 */
export function renderEntry(style: NoteStyle, question: QuestionMarkup, at: EntryPosition): RenderedBlock {
	if (style.shape === "heading") return renderHeadingEntry(style, question);
	if (style.shape === "callout") return renderCalloutEntry(style, question);
	return renderListEntry(style, question, at);
}

function renderListEntry(style: NoteStyle, question: QuestionMarkup, at: EntryPosition): RenderedBlock {
	const { emphasis } = style.question;
	const tag = question.tag ? ` ${question.tag}` : "";
	const first = `${at.indent}${listMarker(style.question.marker, at.number ?? 1)} ${emphasis}${question.text}${emphasis}${tag}`;
	const partIndent = at.indent + style.parts.indentUnit;
	const lines = [first, ...style.labels.map((label, i) => `${partIndent}${listMarker(style.parts.marker, i + 1)} ${labelText(label)}`)];
	return { lines, cursor: { line: 1, ch: (lines[1] ?? "").length } };
}

function renderHeadingEntry(style: NoteStyle, question: QuestionMarkup): RenderedBlock {
	const level = Math.min(6, Math.max(1, style.question.headingLevel));
	const ownLineTag = question.tag !== null && style.competencyTags === "own-line";
	const inlineTag = question.tag && !ownLineTag ? ` ${question.tag}` : "";
	const lines = [`${"#".repeat(level)} ${question.text}${inlineTag}`];
	const { layout, blankBetween, headingBody } = style.parts;
	let cursor = { line: 1, ch: 0 };
	if (layout === "heading") {
		const labelLevel = "#".repeat(Math.min(6, level + 1));
		style.labels.forEach((label, i) => {
			if (i > 0 || blankBetween) lines.push("");
			lines.push(`${labelLevel} ${labelText(label)}`.trimEnd());
			if (i === 0) cursor = { line: lines.length, ch: headingBody.length };
			lines.push(headingBody);
		});
	} else {
		if (blankBetween) lines.push("");
		style.labels.forEach((label, i) => {
			if (i > 0 && blankBetween && layout === "line") lines.push("");
			const line = partLine(style, label, i);
			if (i === 0) cursor = { line: lines.length, ch: line.length };
			lines.push(line);
		});
	}
	if (ownLineTag && question.tag) lines.push("", question.tag);
	return { lines, cursor };
}

function renderCalloutEntry(style: NoteStyle, question: QuestionMarkup): RenderedBlock {
	const ownLineTag = question.tag !== null && style.competencyTags === "own-line";
	const inlineTag = question.tag && !ownLineTag ? ` ${question.tag}` : "";
	const { calloutType, calloutFold } = style.question;
	const lines = [`> [!${calloutType}]${calloutFold} ${question.text}${inlineTag}`];
	let cursor = { line: 1, ch: 0 };
	style.labels.forEach((label, i) => {
		if (i > 0 && style.parts.blankBetween) lines.push(">");
		const body = partLine(style, label, i);
		if (i === 0) cursor = { line: lines.length, ch: `> ${body}`.length };
		lines.push(`> ${body}`);
	});
	if (ownLineTag && question.tag) lines.push(`> ${question.tag}`);
	return { lines, cursor };
}

/** The `i`-th part's empty line in a line or item layout: its label, after a list marker when parts are list items. */
export function partLine(style: NoteStyle, label: LabelForm, i: number): string {
	return style.parts.layout === "item" ? `${listMarker(style.parts.marker, i + 1)} ${labelText(label)}` : labelText(label);
}

/** A label as the note writes it, with nothing after it yet. */
export function labelText(label: LabelForm): string {
	return `${label.before}${label.text}${label.after}`;
}

/** A list marker: bullets as they are, numbered markers (`1.`, `1)`) counted to `n`. */
export function listMarker(kind: string, n: number): string {
	return /^1[.)]$/.test(kind) ? `${n}${kind.slice(1)}` : kind;
}
