import { cleanQuestion } from "../parser/question-text";
import { stripMarkup } from "../parser/highlights";
import type { ParsedNote } from "../types";
import { headingLine, isBlank, leadingWhitespace } from "./markdown-lines";
import { labelText, listMarker, partLine } from "./render-entry";
import type { NoteStyle, StoryTopic, TextEdit } from "./types";

/** The title a story added under an existing question starts with, for the user to rename. */
export const NEW_STORY_TITLE = "New story";

/** Trailing question marks, stops and spaces, matched from one place only (no re-scan per start). */
const TRAILING_PUNCTUATION = /(?<![?？.!\s])[?？.!\s]+$/u;

function key(text: string): string {
	return cleanQuestion(stripMarkup(text)).toLowerCase().replace(TRAILING_PUNCTUATION, "");
}

/**
 * When the note already asks the topic's question (a list item, a heading or a callout), the one
 * edit that adds a titled sub-story under it (in the note's labels and
 * markers) instead of writing the question a second time; `null` when the
 * note does not ask it. The question line is not touched, so its id and its
 * practice history stay where they are; the cursor lands on the first part.
 */
export function storyUnderQuestion(lines: readonly string[], note: ParsedNote, style: NoteStyle, topic: StoryTopic): TextEdit | null {
	const wanted = key(topic.question);
	if (wanted === "") return null;
	const asked = (q: ParsedNote["questions"][number]): boolean => [q.text, ...q.alternates].some((t) => key(t) === wanted);
	const heading = note.questions.find((q) => q.form === "heading" && asked(q));
	if (heading) return storyUnderHeading(lines, heading.line, style);
	const callout = note.questions.find((q) => q.form === "callout" && asked(q));
	if (callout) return storyUnderCallout(lines, callout.line, style);
	const question = note.questions.find((q) => q.form === "item" && asked(q));
	if (!question) return null;
	const unit = style.parts.indentUnit === "" ? "\t" : style.parts.indentUnit;
	const titleIndent = leadingWhitespace(lines[question.line - 1] ?? "") + unit;
	const partIndent = titleIndent + unit;
	const block = [
		`${titleIndent}- ${NEW_STORY_TITLE}`,
		...style.labels.map((label, i) => `${partIndent}${listMarker(style.parts.marker, i + 1)} ${labelText(label)}`),
	];
	// Right after the question's last line: the new item continues the question's own list.
	const last = question.endLine - 1;
	const end = { line: last, ch: (lines[last] ?? "").length };
	const firstPart = block[1] ?? block[0] ?? "";
	return { from: end, to: end, text: `\n${block.join("\n")}`, cursor: { line: last + (block.length > 1 ? 2 : 1), ch: firstPart.length } };
}

/**
 * A question written as a heading: the new story is a sub-heading titled
 * `New story` at the end of the question's section (before the next heading
 * of the same level or higher), its labels in the note's part layout.
 */
function storyUnderHeading(lines: readonly string[], questionLine: number, style: NoteStyle): TextEdit {
	const level = headingLine(lines[questionLine - 1] ?? "")?.level ?? 2;
	let end = questionLine; // 0-based index of the line after the section
	let fence = false;
	for (; end < lines.length; end++) {
		const line = lines[end] ?? "";
		if (/^\s*(?:```|~~~)/.test(line)) fence = !fence;
		const heading = fence ? null : headingLine(line);
		if (heading && heading.level <= level) break;
	}
	let last = end - 1;
	while (last >= questionLine && isBlank(lines[last])) last--;
	const titleLevel = "#".repeat(Math.min(6, level + 1));
	const block = ["", `${titleLevel} ${NEW_STORY_TITLE}`];
	const { layout, blankBetween, headingBody } = style.parts;
	let cursorAt = 0;
	let cursorCh = 0;
	style.labels.forEach((label, i) => {
		if (layout === "heading") {
			block.push("", `${"#".repeat(Math.min(6, level + 2))} ${labelText(label)}`.trimEnd());
			if (i === 0) [cursorAt, cursorCh] = [block.length, headingBody.length];
			block.push(headingBody);
			return;
		}
		if (i === 0 || (blankBetween && layout === "line")) block.push("");
		const text = partLine(style, label, i);
		if (i === 0) [cursorAt, cursorCh] = [block.length, text.length];
		block.push(text);
	});
	const at = { line: last, ch: (lines[last] ?? "").length };
	return { from: at, to: at, text: `\n${block.join("\n")}`, cursor: { line: last + 1 + cursorAt, ch: cursorCh } };
}

/** The quote prefix of a callout's line: `>`, `> >`…, with the spaces as written. */
const QUOTE_PREFIX = /^\s*(?:>\s?)+/;

/**
 * A question written as a callout title: the new story is a nested
 * `[!example] New story` callout at the end of the callout (the parser reads a
 * nested titled callout as a story of the question around it), its labels in
 * the note's style. A blank `>` line keeps it apart from the story above, so
 * that story's lines and id stay as they were.
 */
function storyUnderCallout(lines: readonly string[], questionLine: number, style: NoteStyle): TextEdit {
	const outer = QUOTE_PREFIX.exec(lines[questionLine - 1] ?? "")?.[0]?.trimEnd() ?? ">";
	let last = questionLine - 1; // 0-based index of the callout's last line
	while (last + 1 < lines.length && (lines[last + 1] ?? "").trimStart().startsWith(outer)) last++;
	const inner = `${outer} > `;
	const block = [outer, `${inner}[!example] ${NEW_STORY_TITLE}`];
	style.labels.forEach((label, i) => block.push(`${inner}${partLine(style, label, i)}`));
	const firstPart = block[2] ?? block[1] ?? "";
	const at = { line: last, ch: (lines[last] ?? "").length };
	return { from: at, to: at, text: `\n${block.join("\n")}`, cursor: { line: last + (block.length > 2 ? 3 : 2), ch: firstPart.length } };
}
