import { stripMarkup } from "./highlights";
import { soundsLikeInterview } from "./question-text";
import type { StoryPointer } from "../types";

/** What a question line carries besides its words: to-do and priority marks, and the stories it points to. */
export interface QuestionMarkers {
	/** The line without the markers, markup otherwise as written. */
	rest: string;
	todo: boolean;
	starred: boolean;
	pointers: Omit<StoryPointer, "storyId">[];
}

/** `(TODO)`, `(todo: prep the numbers)`, `[TODO]`: a to-do group anywhere on the line. */
const TODO_GROUP = /(?<!\s)\s*[([]\s*todo\b[^)\]]*[)\]]/gi;
/** A bare upper-case `TODO` word (with an optional colon) at either end of the line. */
const TODO_WORD = /^(\s*[*_]*)TODO\b\s*(?:[:：-]\s*)?|(?<!\s)\s*\bTODO\s*(?:[:：]\s*)?(?:([*_]+)\s*)?$/g;
/** The priority run at the end of a line: asterisks and stars, maybe spaced. */
const STAR_RUN = /(?<![\s*★☆⭐])[\s*★☆⭐]+$/u;
/** A parenthesised group at the end of the line. */
const TRAILING_GROUP = /(?<!\s)\s*\(([^()]{1,60})\)\s*$/;
/** Groups that are part of the question's words, not a nickname: asides, examples and lists. */
const NOT_A_NICKNAME =
	/^(?:and|or|e\.?g\.?|i\.?e\.?|aka|if|in|for|with|without|not|ideally|optional|see|mine|max|min|approx|about|incl)\b|[/:,;?=]|https?:/i;
const WIKILINK = /\[\[([^[\]|#]*)(?:#([^[\]|]*))?(?:\|[^[\]]*)?\]\]/g;

/**
 * Reads the markers off a question line: to-do marks (`TODO`, `(TODO)`,
 * `(TODO: …)`), a trailing run of `*` or `★` (a priority, when it is more
 * than the emphasis the line opened), and the parenthesised nickname or
 * `[[link]]` of the story the user plans to tell. A nickname is read only
 * where it cannot be part of the question: after its question mark, or on a
 * line with none (shorthand such as `conflict (maxim)`), and only when it
 * is short and reads as a name rather than an aside (`(teamwork / conflict)`
 * and `(e.g. a migration)` stay in the text).
 */
export function readQuestionMarkers(raw: string): QuestionMarkers {
	let rest = raw;
	let todo = false;
	let starred = false;
	const pointers: QuestionMarkers["pointers"] = [];
	if (rest.search(/todo/i) !== -1) {
		const before = rest;
		rest = rest.replace(TODO_GROUP, "").replace(TODO_WORD, (_m, open?: string, close?: string) => open ?? close ?? "");
		todo = rest !== before;
	}
	const run = STAR_RUN.exec(rest);
	if (run && /[*★☆⭐]/u.test(run[0])) {
		const opened = /^\s*([*_]*)/.exec(rest)?.[1]?.replace(/_/g, "").length ?? 0;
		const stars = [...run[0]].filter((c) => c === "*").length;
		const symbols = /[★☆⭐]/u.test(run[0]);
		if (symbols || stars > opened) {
			starred = true;
			rest = rest.slice(0, run.index) + "*".repeat(Math.min(opened, stars));
		}
	}
	for (let guard = 0; guard < 3; guard++) {
		const group = TRAILING_GROUP.exec(rest);
		if (!group) break;
		const inner = group[1] ?? "";
		const before = rest.slice(0, group.index);
		const links = [...inner.matchAll(WIKILINK)];
		if (links.length > 0) {
			for (const link of links) pointers.unshift({ name: linkName(link), via: "wikilink" });
			rest = before;
			continue;
		}
		const plainBefore = stripMarkup(before);
		const name = stripMarkup(inner);
		const canPoint = /[?？]\s*$/.test(plainBefore) || !/[?？]/.test(plainBefore);
		if (!canPoint || name === "" || NOT_A_NICKNAME.test(name) || name.split(/\s+/).length > 4) break;
		pointers.unshift({ name, via: "nickname" });
		rest = before;
	}
	// A link after the question mark ("…a conflict? [[Rollout dispute]]") points to the story it names.
	const tail = /[?？]\s*((?:\[\[[^\]]+\]\]\s*)+)$/.exec(rest);
	if (tail?.[1]) {
		for (const link of tail[1].matchAll(WIKILINK)) pointers.push({ name: linkName(link), via: "wikilink" });
		rest = rest.slice(0, tail.index + 1);
	}
	return { rest: rest.trimEnd(), todo, starred, pointers };
}

/** A wikilink's target as a name: `Note#Heading` keeps both, so the heading can be matched to a story title. */
function linkName(link: RegExpMatchArray): string {
	const note = (link[1] ?? "").trim();
	const heading = (link[2] ?? "").trim();
	return heading ? (note ? `${note}#${heading}` : heading) : note;
}

/** A `STORY: name` line under a question: the name of the story the user plans to tell. */
export function storyLineName(text: string): string | null {
	const m = /^story\s*[:：]\s*(\S.*|\s)$/i.exec(stripMarkup(text));
	if (!m?.[1]) return null;
	const link = /^\[\[([^\]|#]*)(?:#([^\]|]*))?/.exec(text.replace(/^[^[]*/, ""));
	return link ? linkName(link) : m[1].trim();
}

/** Question words that open a plain question put to "you" ("How do you decide…?"). */
const ASKS_YOU = /^(?:how|what|why|when|where|which|who|whom|do|did|does|have|has|would|could|can|are|were|is)\b.+\byou(?:r|rs|rself)?\b/i;

/**
 * Whether a plain line of text asks an interview question: it ends with a
 * question mark once its markers are read off, is not long, and is worded
 * like an interview question or asks "you" something with a question word.
 */
export function asksPlainly(raw: string): boolean {
	const words = stripMarkup(readQuestionMarkers(raw).rest);
	if (!/[?？]$/.test(words) || words.split(/\s+/).length > 40) return false;
	return soundsLikeInterview(words) || ASKS_YOU.test(words);
}

/**
 * The text cut at every `/` that is not inside a `[[link]]` or a `<tag>`: one
 * whose next `]]` comes before the next `[`, or next `>` before the next `<`.
 * Read once from the end (a lookahead per slash read the rest of the line each time).
 */
function splitOutsideLinks(raw: string): string[] {
	const cuts: number[] = [];
	let open = Infinity;
	let close = Infinity;
	let lt = Infinity;
	let gt = Infinity;
	for (let i = raw.length - 1; i >= 0; i--) {
		const c = raw.charCodeAt(i);
		if (c === 91 /* [ */) open = i;
		else if (c === 93 /* ] */ && raw.charCodeAt(i + 1) === 93) close = i;
		else if (c === 60 /* < */) lt = i;
		else if (c === 62 /* > */) gt = i;
		else if (c === 47 /* / */ && !(close < open) && !(gt < lt)) cuts.push(i);
	}
	const parts: string[] = [];
	let start = 0;
	for (let k = cuts.length - 1; k >= 0; k--) {
		const at = cuts[k] ?? 0;
		parts.push(raw.slice(start, at));
		start = at + 1;
	}
	parts.push(raw.slice(start));
	return parts;
}

/**
 * The phrasings of a shorthand topic: every `/` outside links separates two
 * ("failure/mistake"), since a topic has no prose for a slash to belong to.
 */
export function splitShorthand(raw: string): string[] {
	if (raw.indexOf("/") === -1) return [raw];
	const parts = splitOutsideLinks(raw);
	return parts.every((p) => stripMarkup(p) !== "") ? parts : [raw];
}

/** `A:` or `Answer:` opening a line, maybe in bold (`**A** :`): after a `Q:` line it starts the answer; it is not an Action label. */
export const ANSWER_MARKER = /^\s*(?:\*\*|__)?(?:a|answer)(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*/i;
