import type { ParsedNote, Question, Story } from "../types";
import { entryRanges, entrySpacing } from "./entry-ranges";
import { formatLabels, type BuiltInFormat } from "./formats";
import { detectHighlightStyle } from "./highlight-style";
import { labelsFromStories, readLabelForm, styleLabels } from "./label-style";
import { calloutLine, headingLine, isBlank, leadingWhitespace, listLine, mostCommon, quoteLine } from "./markdown-lines";
import type { EntryShape, LabelForm, NoteStyle, PartLayout } from "./types";

/** What a note without entries of its own falls back to: the settings. */
export interface StyleFallback {
	format: BuiltInFormat;
	listStyle: "numbered" | "bulleted";
	indent: "tab" | "2" | "4";
}

const INDENTS: Readonly<Record<StyleFallback["indent"], string>> = { tab: "\t", "2": "  ", "4": "    " };

/**
 * How a note writes its entries, so a new one looks like the rest: the
 * labels of its format legend (else of its stories, else of the chosen
 * format); list, heading or callout entries; markers, indentation, label
 * markup, separators and highlight syntax. What the note does not show comes
 * from the settings. `lines` are the note's lines, as `parseNote` read them.
 */
export function detectNoteStyle(lines: readonly string[], note: ParsedNote, fallback: StyleFallback): NoteStyle {
	const line = (n: number): string => lines[n - 1] ?? "";
	const entryQuestions = note.questions.filter((q) => q.form !== "answers-line");
	const withParts = note.stories.filter((s) => s.partList.some((p) => p.part !== null));
	const shape = detectShape(note, entryQuestions, withParts, line);

	const ownerOf = new Map(entryQuestions.map((q) => [q.id, q]));
	const storiesOfShape = withParts.filter((s) => shapeOfStory(s, ownerOf, line) === shape);
	const questionsOfShape = entryQuestions.filter((q) => formShape(q.form) === shape);

	const forms: LabelForm[] = [];
	const layouts: PartLayout[] = [];
	const partMarkers: string[] = [];
	const units: string[] = [];
	const headingBodies: string[] = [];
	const blankBefore: boolean[] = [];
	for (const story of storiesOfShape) {
		const owner = story.questionIds.map((id) => ownerOf.get(id)).find((q) => q !== undefined);
		const parentIndent = leadingWhitespace(story.title !== null ? line(story.line) : owner ? line(owner.line) : "");
		story.partList.forEach((entry, i) => {
			if (entry.part === null) return;
			const read = readPartLine(line(entry.line));
			if (!read) return;
			layouts.push(read.layout);
			const form = readLabelForm(read.content, read.layout === "heading");
			if (form) forms.push(form);
			if (read.marker) partMarkers.push(read.marker);
			if (read.layout === "item" && read.indent.startsWith(parentIndent) && read.indent.length > parentIndent.length) {
				units.push(read.indent.slice(parentIndent.length));
			}
			if (read.layout === "heading") headingBodies.push(bodyStart(lines, entry.line));
			if (i > 0) blankBefore.push(isBlank(lines[entry.line - 2]));
		});
		if (story.title !== null && owner && shape === "list") {
			const titleIndent = leadingWhitespace(line(story.line));
			const ownerIndent = leadingWhitespace(line(owner.line));
			if (titleIndent.startsWith(ownerIndent) && titleIndent.length > ownerIndent.length)
				units.push(titleIndent.slice(ownerIndent.length));
		}
	}
	const legendForms = note.legend ? legendLabelForms(lines, note.legend.line, note.legend.endLine) : [];
	if (forms.length === 0) forms.push(...legendForms);
	if (partMarkers.length === 0 && note.legend) {
		for (let n = note.legend.line; n <= note.legend.endLine; n++) {
			const item = listLine(line(n));
			if (item) partMarkers.push(markerKind(item.marker));
		}
	}

	const layout: PartLayout = mostCommon(layouts) ?? (shape === "list" ? "item" : "line");
	const labelWords = note.legend
		? uniqueByPart(note.legend.labels.map((l) => ({ part: l.part, text: l.label })))
		: labelsFromStories(storiesOfShape.length > 0 ? storiesOfShape : withParts);
	const labels = styleLabels(labelWords ?? formatLabels(fallback.format), forms, layout);

	// Questions with written stories show the note's entry style best; bare prompts are often pasted lists.
	const answered = questionsOfShape.filter((q) => storiesOfShape.some((s) => s.questionIds.includes(q.id)));
	const questionLines = (answered.length > 0 ? answered : questionsOfShape).map((q) => line(q.line));
	const items = questionLines.map((l) => listLine(l)).filter((l) => l !== null);
	const callouts = questionLines.map((l) => calloutLine(l)).filter((l) => l !== null);
	const headings = [...questionLines, ...storiesOfShape.filter((s) => s.title !== null).map((s) => line(s.line))]
		.map((l) => headingLine(l))
		.filter((h) => h !== null);
	const spacing = entrySpacing(lines, entryRanges(note));

	return {
		shape,
		labels,
		labelSource: note.legend ? "legend" : labelWords ? "entries" : "format",
		question: {
			indent: mostCommon(items.map((i) => i.indent)) ?? "",
			marker: mostCommon(items.map((i) => markerKind(i.marker))) ?? "-",
			emphasis: mostCommon(items.map((i) => emphasisOf(i.content))) ?? (items.length > 0 ? "" : "*"),
			headingLevel: mostCommon(headings.map((h) => h.level)) ?? 3,
			calloutType: mostCommon(callouts.map((c) => c.type)) ?? "question",
			calloutFold: mostCommon(callouts.map((c) => c.fold)) ?? "",
		},
		parts: {
			layout,
			marker: mostCommon(partMarkers) ?? (fallback.listStyle === "numbered" ? "1." : "-"),
			indentUnit: mostCommon(units) ?? INDENTS[fallback.indent],
			headingBody: mostCommon(headingBodies) ?? "",
			blankBetween: blankBefore.filter(Boolean).length * 2 > blankBefore.length,
		},
		entries: spacing,
		highlight: detectHighlightStyle(note.questions.flatMap((q) => q.highlights)),
		competencyTags: competencyTagStyle(note, lines),
	};
}

/** The shape most of the note's stories are written in (else most of its questions), list when it has neither. */
function detectShape(note: ParsedNote, questions: readonly Question[], stories: readonly Story[], line: (n: number) => string): EntryShape {
	const ownerOf = new Map(questions.map((q) => [q.id, q]));
	const votes = stories.map((s) => shapeOfStory(s, ownerOf, line)).filter((s) => s !== null);
	if (votes.length === 0) votes.push(...questions.map((q) => formShape(q.form)).filter((s) => s !== null));
	return mostCommon(votes) ?? "list";
}

function shapeOfStory(story: Story, ownerOf: ReadonlyMap<string, Question>, line: (n: number) => string): EntryShape | null {
	const owner = story.questionIds.map((id) => ownerOf.get(id)).find((q) => q !== undefined);
	if (owner) return formShape(owner.form);
	if (story.title !== null && headingLine(line(story.line))) return "heading";
	if (story.title !== null && calloutLine(line(story.line))) return "callout";
	return null;
}

function formShape(form: Question["form"]): EntryShape | null {
	if (form === "item") return "list";
	if (form === "heading") return "heading";
	if (form === "callout") return "callout";
	return null;
}

interface PartLine {
	layout: PartLayout;
	content: string;
	indent: string;
	marker: string | null;
}

/** A part's line: a label heading, a list item, or a labelled line (inside a callout or not). */
function readPartLine(raw: string): PartLine | null {
	const quoted = quoteLine(raw);
	const text = quoted ? quoted.content : raw;
	const heading = headingLine(text.trimStart());
	if (heading) return { layout: "heading", content: heading.content, indent: "", marker: null };
	const item = listLine(text);
	if (item) return { layout: "item", content: item.content, indent: item.indent, marker: markerKind(item.marker) };
	if (text.trim() === "") return null;
	return { layout: "line", content: text.trim(), indent: leadingWhitespace(text), marker: null };
}

/** What opens the first line under a label heading: a list marker and a space, or nothing. */
function bodyStart(lines: readonly string[], labelLine: number): string {
	for (let i = labelLine; i < lines.length && i < labelLine + 3; i++) {
		const raw = lines[i] ?? "";
		const quoted = quoteLine(raw);
		const text = quoted ? quoted.content : raw;
		if (isBlank(text)) continue;
		const item = listLine(text);
		return item && item.indent === "" ? `${markerKind(item.marker)} ` : "";
	}
	return "";
}

/** `-`, `*`, `+` as written (`•` as `-`); numbered markers as `1.` or `1)`. */
function markerKind(marker: string): string {
	if (/^\d/.test(marker)) return `1${marker.slice(-1)}`;
	return marker === "•" ? "-" : marker;
}

/** The emphasis a question item's text is wrapped in: `**`, `__`, `*`, `_` or none. */
function emphasisOf(content: string): string {
	const m = /^(\*\*|__|\*|_)(?=\S)/.exec(content.trim());
	return m?.[1] ?? "";
}

function legendLabelForms(lines: readonly string[], from: number, to: number): LabelForm[] {
	const forms: LabelForm[] = [];
	for (let n = from; n <= to; n++) {
		const read = readPartLine(lines[n - 1] ?? "");
		const form = read ? readLabelForm(read.content, read.layout === "heading") : null;
		if (form) forms.push(form);
	}
	return forms;
}

function uniqueByPart<T extends { part: string }>(labels: readonly T[]): T[] {
	const seen = new Set<string>();
	return labels.filter((l) => (seen.has(l.part) ? false : (seen.add(l.part), true)));
}

/** Whether the note tags stories with `#competency/…`, on the question line or on a line of its own. */
function competencyTagStyle(note: ParsedNote, lines: readonly string[]): NoteStyle["competencyTags"] {
	const ownLine = lines.some((l) => /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?#competency\/\S+[ \t]*$/.test(l));
	if (ownLine) return "own-line";
	if (note.questions.some((q) => q.tags.some((t) => t.startsWith("competency/")))) return "question-line";
	return "none";
}
