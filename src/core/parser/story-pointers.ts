import { stripMarkup } from "./highlights";
import type { Question, Story } from "../types";

/** Letters and digits only, lower case: "Lenovo Sev-2 outage" and "lenovo sev2" meet on "lenovosev2". */
function compact(text: string): string {
	return stripMarkup(text)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "");
}

function words(text: string): string[] {
	return stripMarkup(text)
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w !== "");
}

/** The names a story answers to: its title, the title without its asides, and each parenthesised nickname in it. */
function namesOf(story: Story): string[] {
	if (!story.title) return [];
	const names = [story.title];
	const bare = story.title.replace(/(?<!\s)\s*\([^()]*\)/g, "").trim();
	if (bare !== "" && bare !== story.title) names.push(bare);
	for (const m of story.title.matchAll(/\(([^()]+)\)/g)) names.push(m[1] ?? "");
	return names;
}

/**
 * How well a pointer names a story: 3 for the same name, 2 when the title
 * holds the pointer's letters in one run ("sev2" in "Lenovo Sev-2 outage"),
 * 1 when it holds each of its words; 0 for no match. CJK titles with no
 * spaces are matched by the run rule.
 */
function score(pointer: string, story: Story): number {
	const key = compact(pointer);
	if (key.length < 2) return 0;
	let best = 0;
	for (const name of namesOf(story)) {
		const title = compact(name);
		if (title === key) return 3;
		if (key.length >= 3 && title.includes(key)) best = Math.max(best, 2);
		const titleWords = new Set(words(name));
		const pointerWords = words(pointer);
		if (pointerWords.length > 0 && pointerWords.every((w) => titleWords.has(w))) best = Math.max(best, 1);
	}
	return best;
}

/**
 * Links each question to the stories its pointers name (many to many: a
 * story may answer several questions, a question may point to several
 * stories). A `[[Note#Heading]]` pointer is matched by its heading; a
 * pointer naming no story of the note keeps `storyId: null`, so it can be
 * shown as the story the user planned to tell.
 */
export function resolvePointers(questions: Question[], stories: Story[]): void {
	const titled = stories.filter((s) => s.title !== null);
	for (const q of questions) {
		for (const pointer of q.pointers ?? []) {
			const name = pointer.name.includes("#") ? pointer.name.slice(pointer.name.indexOf("#") + 1) : pointer.name;
			let found: Story | null = null;
			let foundScore = 0;
			for (const story of titled) {
				const s = score(name, story);
				if (s > foundScore) {
					found = story;
					foundScore = s;
				}
			}
			if (!found) continue;
			pointer.storyId = found.id;
			if (!q.storyIds.includes(found.id)) q.storyIds.push(found.id);
			if (!found.questionIds.includes(q.id)) found.questionIds.push(q.id);
		}
	}
}

/** The stories a question's pointers name that match no story yet, as written: "you planned to tell: …". */
export function plannedStories(question: Pick<Question, "pointers">): string[] {
	return (question.pointers ?? []).filter((p) => p.storyId === null).map((p) => p.name);
}
