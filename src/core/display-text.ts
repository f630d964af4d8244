import { formatDistance } from "date-fns";
import type { PartName, Question, Story } from "./types";

/** Each STAR part as people see it written: in reports, warnings and the practice round. */
export const PART_TITLE: Readonly<Record<PartName, string>> = {
	situation: "Situation",
	task: "Task",
	action: "Action",
	result: "Result",
	takeaway: "Takeaway",
};

/** What to call a story in lists: its title, else its first question, else where it starts. */
export function storyLabel(
	story: Pick<Story, "title" | "questionIds" | "line">,
	questionsById: ReadonlyMap<string, Pick<Question, "text">>,
): string {
	if (story.title) return story.title;
	for (const id of story.questionIds) {
		const q = questionsById.get(id);
		if (q) return q.text;
	}
	return `Story on line ${story.line}`;
}

/** `m:ss` for a number of seconds. */
export function formatDuration(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** "1 story", "3 stories": a count with its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** Shortens text to `max` characters on a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(" ");
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** How long ago a moment was, in words: "3 days ago". `iso` is an ISO 8601 date; `now` the injected clock's reading. */
export function timeAgo(iso: string, now: Date): string {
	return formatDistance(new Date(iso), now, { addSuffix: true });
}
