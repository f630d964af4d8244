import { format } from "date-fns";
import type { StoryTopic } from "./types";

/** What a user template's placeholders are filled with. */
export interface TemplateValues {
	/** The question with its key phrase highlighted, as the note writes highlights. */
	question: string;
	/** The question as plain text. */
	questionPlain: string;
	/** Competency display name, id and tag; empty strings when the topic has no competency. */
	competency: string;
	competencyId: string;
	/** The note's name without `.md`. */
	title: string;
	date: Date;
}

/** A filled template: its text, where the cursor goes (an offset into `text`, or `null`), and what could not be filled. */
export interface FilledTemplate {
	text: string;
	cursor: number | null;
	problems: string[];
}

/** The placeholders a template note may use, for the settings tab and docs/templates.md. */
export const PLACEHOLDERS: readonly { name: string; meaning: string }[] = [
	{ name: "{{question}}", meaning: "the question, its key phrase highlighted the way the note highlights" },
	{ name: "{{question:plain}}", meaning: "the question as plain text" },
	{ name: "{{competency}}", meaning: "the competency's name" },
	{ name: "{{competency:id}}", meaning: "the competency's id" },
	{ name: "{{competency:tag}}", meaning: "the tag #competency/<id>" },
	{ name: "{{date}}", meaning: "today as yyyy-MM-dd" },
	{ name: "{{date:FORMAT}}", meaning: "today in a date-fns format, such as {{date:d MMMM yyyy}}" },
	{ name: "{{time}}", meaning: "the time as HH:mm" },
	{ name: "{{title}}", meaning: "the note's name" },
	{ name: "{{cursor}}", meaning: "where the cursor lands" },
];

/** `{{name}}` or `{{name: argument}}`; the argument is trimmed where it is read. */
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*(?::([^}]*))?\}\}/g;

/**
 * Fills a template's placeholders (see `PLACEHOLDERS`); names are read
 * without regard to case. A date format date-fns refuses (`YYYY` is moment's
 * spelling, date-fns wants `yyyy`) and an unknown placeholder are left as
 * written and reported. The first `{{cursor}}` sets the cursor; all are removed.
 */
export function fillTemplate(template: string, values: TemplateValues): FilledTemplate {
	const problems: string[] = [];
	let cursorMark: number | null = null;
	let text = "";
	let last = 0;
	PLACEHOLDER.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = PLACEHOLDER.exec(template)) !== null) {
		text += template.slice(last, m.index);
		last = m.index + m[0].length;
		const name = (m[1] ?? "").toLowerCase();
		const arg = m[2]?.trim();
		if (name === "cursor" && arg === undefined) {
			cursorMark ??= text.length;
			continue;
		}
		const value = placeholderValue(name, arg, values);
		if (value.ok) {
			text += value.text;
		} else {
			text += m[0];
			problems.push(value.problem);
		}
	}
	text += template.slice(last);
	return { text, cursor: cursorMark, problems };
}

function placeholderValue(
	name: string,
	arg: string | undefined,
	values: TemplateValues,
): { ok: true; text: string } | { ok: false; problem: string } {
	const written = `{{${name}${arg !== undefined ? `:${arg}` : ""}}}`;
	switch (name) {
		case "question":
			if (arg === undefined) return { ok: true, text: values.question };
			if (arg.toLowerCase() === "plain") return { ok: true, text: values.questionPlain };
			break;
		case "competency":
			if (arg === undefined) return { ok: true, text: values.competency };
			if (arg.toLowerCase() === "id") return { ok: true, text: values.competencyId };
			if (arg.toLowerCase() === "tag") return { ok: true, text: values.competencyId ? `#competency/${values.competencyId}` : "" };
			break;
		case "title":
			if (arg === undefined) return { ok: true, text: values.title };
			break;
		case "time":
			return formatDate(values.date, arg ?? "HH:mm", written);
		case "date":
			return formatDate(values.date, arg ?? "yyyy-MM-dd", written);
	}
	return { ok: false, problem: `${written} is not a placeholder this plugin knows, so it was left as written.` };
}

function formatDate(date: Date, pattern: string, written: string): { ok: true; text: string } | { ok: false; problem: string } {
	try {
		return { ok: true, text: format(date, pattern) };
	} catch {
		return {
			ok: false,
			problem: `${written} is not a date-fns format (years are yyyy, days dd, as in {{date:yyyy-MM-dd}}), so it was left as written.`,
		};
	}
}

/** A template split into its YAML frontmatter (without the `---` fences, or `null`) and its body. */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string } {
	const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
	const m = /^---\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(normalised);
	if (!m) return { frontmatter: null, body: normalised };
	return { frontmatter: m[1] ?? "", body: normalised.slice(m[0].length) };
}

/** Placeholder values for a topic, the question as plain text. */
export function templateValues(topic: StoryTopic, title: string, date: Date): TemplateValues {
	return {
		question: topic.question,
		questionPlain: topic.question,
		competency: topic.competencyName ?? "",
		competencyId: topic.competencyId ?? "",
		title,
		date,
	};
}
