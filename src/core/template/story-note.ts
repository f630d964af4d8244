import { parseNote } from "../parser/note-parser";
import { legendHint, needsLegend } from "./formats";
import { detectNoteStyle } from "./note-style";
import { questionMarkup } from "./question-line";
import { labelText, listMarker, renderEntry } from "./render-entry";
import { frontmatterBlock, storyProperties } from "./story-frontmatter";
import { templateBlock } from "./template-block";
import type { StoryTopic, TemplateOptions, TextPosition } from "./types";
import { fillTemplate, splitFrontmatter, templateValues } from "./user-template";

/** What a new story note is made of. */
export interface StoryNoteRequest {
	topic: StoryTopic;
	options: TemplateOptions;
	date: Date;
	/** The note's name without `.md`, for `{{title}}`. */
	title: string;
	/** The template note's text for the "user" format; `null` uses STAR + Takeaways instead. */
	userTemplate: string | null;
}

/** A new story note: its text, where the cursor goes, and the properties to merge when its template brought its own. */
export interface StoryNotePlan {
	content: string;
	cursor: TextPosition;
	/**
	 * `created` and `competencies`, to add through `processFrontMatter` when the template had frontmatter
	 * (its values win); `null` when they are already in `content`.
	 */
	mergeProperties: { created: string; competencies: string[] } | null;
	problems: string[];
}

/**
 * The text of a new story note: properties (created date, competencies),
 * then one entry in the chosen format. A format whose labels leave out a
 * part the parser expects by default (the senior format has no Task) gets a
 * format legend first, so its stories can be complete. A user template is
 * filled as written, frontmatter included.
 */
export function planStoryNote(request: StoryNoteRequest): StoryNotePlan {
	const { topic, options, date } = request;
	const properties = storyProperties(date, topic.competencyId ? [topic.competencyId] : []);

	if (options.format === "user" && request.userTemplate !== null) {
		const template = request.userTemplate.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
		const filled = fillTemplate(template, templateValues(topic, request.title, date));
		const { frontmatter, body } = splitFrontmatter(filled.text);
		const cursorInBody = filled.cursor === null ? null : filled.cursor - (filled.text.length - body.length);
		const block = templateBlock(body, cursorInBody !== null && cursorInBody >= 0 ? cursorInBody : null);
		if (frontmatter !== null) {
			const head = `---\n${frontmatter}${frontmatter === "" ? "" : "\n"}---\n\n`;
			return withHead(head, block, properties, filled.problems);
		}
		return withHead(`${frontmatterBlock(properties)}\n`, block, null, filled.problems);
	}

	const style = detectNoteStyle([""], parseNote(""), {
		format: options.format === "senior" ? "senior" : "star",
		listStyle: options.listStyle,
		indent: options.indent,
	});
	const entry = renderEntry(style, questionMarkup(topic, style, options.highlightCompetencies), { indent: "", number: null });
	const legend = needsLegend(style.labels)
		? [...style.labels.map((label, i) => `${listMarker(style.parts.marker, i + 1)} ${labelText(label)}${legendHint(label.part)}`), ""]
		: [];
	const block = { lines: [...legend, ...entry.lines], cursor: { line: legend.length + entry.cursor.line, ch: entry.cursor.ch } };
	return withHead(`${frontmatterBlock(properties)}\n`, block, null, []);
}

function withHead(
	head: string,
	block: { lines: string[]; cursor: TextPosition },
	mergeProperties: StoryNotePlan["mergeProperties"],
	problems: string[],
): StoryNotePlan {
	const headLines = head.split("\n").length - 1;
	return {
		content: `${head}${block.lines.join("\n")}\n`,
		cursor: { line: headLines + block.cursor.line, ch: block.cursor.ch },
		mergeProperties,
		problems,
	};
}
