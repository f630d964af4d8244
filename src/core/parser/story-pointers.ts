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
function namesOf(title: string): string[] {
	const names = [title];
	const bare = title.replace(/(?<!\s)\s*\([^()]*\)/g, "").trim();
	if (bare !== "" && bare !== title) names.push(bare);
	for (const m of title.matchAll(/\(([^()]+)\)/g)) names.push(m[1] ?? "");
	return names;
}

/** A story title made ready for `nameScore`: each of its names as letters and digits, and as words. */
export type TitleKeys = readonly { compact: string; words: ReadonlySet<string> }[];

/** The keys of a title, worked out once (a vault's titles are scored against many pointers). */
export function titleKeys(title: string | null): TitleKeys {
	if (!title) return [];
	return namesOf(title).map((name) => ({ compact: compact(name), words: new Set(words(name)) }));
}

/**
 * How well a pointer names a story: 3 for the same name, 2 when the title
 * holds the pointer's letters in one run ("sev2" in "Lenovo Sev-2 outage"),
 * 1 when it holds each of its words; 0 for no match. CJK titles with no
 * spaces are matched by the run rule.
 */
export function nameScore(pointer: string | PointerKeys, keys: TitleKeys): number {
	const { key, words: pointerWords } = typeof pointer === "string" ? pointerKeys(pointer) : pointer;
	if (key.length < 2) return 0;
	let best = 0;
	for (const name of keys) {
		if (name.compact === key) return 3;
		if (key.length >= 3 && name.compact.includes(key)) best = Math.max(best, 2);
		if (pointerWords.length > 0 && pointerWords.every((w) => name.words.has(w))) best = Math.max(best, 1);
	}
	return best;
}

/** A pointer made ready for `nameScore`. */
export interface PointerKeys {
	key: string;
	words: readonly string[];
}

/** The keys of a pointer, worked out once when it is scored against many titles. */
export function pointerKeys(pointer: string): PointerKeys {
	return { key: compact(pointer), words: words(pointer) };
}

function score(pointer: string, story: Pick<Story, "title">): number {
	return nameScore(pointer, titleKeys(story.title));
}

/** The story a name points to among a note's titled stories: the best `score`, or `null`. */
function bestNamed<S extends Pick<Story, "title">>(name: string, stories: readonly S[]): S | null {
	let found: S | null = null;
	let foundScore = 0;
	for (const story of stories) {
		if (story.title === null) continue;
		const s = score(name, story);
		if (s > foundScore) {
			found = story;
			foundScore = s;
		}
	}
	return found;
}

/** What `storyAt` needs of a note: its questions and stories, in line order. */
export interface PointedNote<Q extends Pick<Question, "id" | "text" | "form" | "storyIds">, S extends PointedStory> {
	questions: readonly Q[];
	stories: readonly S[];
}

/** What `storyAt` reads of a story. */
export type PointedStory = Pick<Story, "id" | "title" | "section" | "questionIds"> & { partList: readonly { text: string }[] };

/**
 * The story a link's sub-path points to in a note, as Obsidian would open it:
 * no sub-path → the note's first story (its only one, usually); `^block` →
 * the story whose title line, or one of whose lines, carries that block id,
 * or the first story of the question that carries it; `Heading` (the last
 * part of `H1#H2`) → the story titled so, else the first story of a heading
 * question worded so, else the first story in a section of that name, else
 * the story whose title names it best. Names are compared on letters and
 * digits only, so case and punctuation (which Obsidian drops from heading
 * links) do not matter.
 */
export function storyAt<Q extends Pick<Question, "id" | "text" | "form" | "storyIds">, S extends PointedStory>(
	note: PointedNote<Q, S>,
	subpath: string | null,
): S | null {
	const { stories, questions } = note;
	if (subpath === null || subpath.trim() === "") return stories[0] ?? null;
	const byId = (id: string | undefined): S | null => stories.find((s) => s.id === id) ?? null;
	if (subpath.startsWith("^")) {
		const block = subpath.slice(1).trim().toLowerCase();
		if (block === "") return null;
		const marked = new RegExp(`\\s\\^${block.replace(/[^a-z0-9-]/g, "")}\\s*$`, "im");
		return (
			stories.find((s) => s.id.toLowerCase() === `s-${block}`) ??
			byId(questions.find((q) => q.id.toLowerCase() === `q-${block}`)?.storyIds[0]) ??
			stories.find((s) => s.partList.some((p) => marked.test(p.text))) ??
			null
		);
	}
	const heading = subpath.slice(subpath.lastIndexOf("#") + 1);
	const key = compact(heading);
	if (key === "") return null;
	const names = headingNames(note);
	return names.titles.get(key) ?? byId(names.questions.get(key)) ?? names.sections.get(key) ?? bestNamed(heading, stories);
}

/** What a heading link can name in a note, by `compact` key: the first story of each title, heading question and section. */
interface HeadingNames<S> {
	titles: Map<string, S>;
	/** A heading question's first story id. */
	questions: Map<string, string>;
	sections: Map<string, S>;
}

/**
 * Kept per story list: a note that many links point into is keyed once, not
 * once per link (the index hands the same list until the note changes).
 */
const headingNamesOf = new WeakMap<readonly object[], HeadingNames<unknown>>();

function headingNames<Q extends Pick<Question, "id" | "text" | "form" | "storyIds">, S extends PointedStory>(
	note: PointedNote<Q, S>,
): HeadingNames<S> {
	const known = headingNamesOf.get(note.stories) as HeadingNames<S> | undefined;
	if (known) return known;
	const names: HeadingNames<S> = { titles: new Map(), questions: new Map(), sections: new Map() };
	const first = <V>(map: Map<string, V>, text: string | null, value: V | undefined): void => {
		if (text === null || value === undefined) return;
		const key = compact(text);
		if (key !== "" && !map.has(key)) map.set(key, value);
	};
	for (const s of note.stories) {
		first(names.titles, s.title, s);
		first(names.sections, s.section, s);
	}
	for (const q of note.questions) if (q.form === "heading") first(names.questions, q.text, q.storyIds[0]);
	headingNamesOf.set(note.stories, names);
	return names;
}

/**
 * A link pointer's note and sub-path: `Note#Heading` → ("Note", "Heading"),
 * `Note#^block` → ("Note", "^block"), `Note` → ("Note", null). A bare
 * `^block` (from `[[#^block]]`) is this note's block: note "".
 */
export function linkParts(name: string): { note: string; subpath: string | null } {
	const hash = name.indexOf("#");
	if (hash === -1) return name.startsWith("^") ? { note: "", subpath: name } : { note: name.trim(), subpath: null };
	return { note: name.slice(0, hash).trim(), subpath: name.slice(hash + 1).trim() };
}

/**
 * Links each question to the stories its pointers name (many to many: a
 * story may answer several questions, a question may point to several
 * stories). A name or `[[Note]]` link is matched against the note's story
 * titles; a `[[#^block]]` link by its block id. A link naming a note and a
 * heading or block (`[[Note#Heading]]`) is left to the index, which knows
 * which note that is (cross-links.ts). A pointer naming no story of the
 * note keeps `storyId: null`, so it can be shown as the story the user
 * planned to tell.
 */
export function resolvePointers(questions: Question[], stories: Story[]): void {
	for (const q of questions) {
		for (const pointer of q.pointers ?? []) {
			const { note, subpath } = linkParts(pointer.name);
			let found: Story | null;
			if (subpath === null) found = bestNamed(note, stories);
			else if (note === "") found = storyAt({ questions, stories }, subpath);
			else continue;
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
