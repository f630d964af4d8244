import { listMarkerEnd } from "./block-tree";
import { matchLabel } from "./labels";
import { mayBeQuestionLine, questionShape, soundsLikeInterview } from "./question-text";
import { stripMarkup } from "./highlights";
import { asksPlainly } from "./question-markers";
import { isCalloutQuestion, isQuestionListTitle } from "./story-walker";
import { isStoryTableHeader } from "./tables";

const CALLOUT_HEAD = /^\[!([A-Za-z][\w-]*)\][+-]?[ \t]*/;
/** Characters that may close a question line after its `?` (emphasis, quotes, brackets). */
const CLOSERS = new Set([42, 95, 34, 39, 41, 93, 0x201d, 0x2019, 96, 61, 32, 9]);

/**
 * A quick look at every line before the full parse: could this note hold a
 * question, a STAR label or a legend at all? Each line is stripped of its
 * indentation, quote markers, list marker or heading hashes, then checked
 * with the same label and question rules the parser uses, on their cheap
 * paths. It may say yes to a note that turns out to hold nothing (the full
 * parse then decides); it never says no to a story note: every story begins
 * on a label line, and a note of questions alone is a story note only when a
 * question is worded like an interview question, or when `anyQuestion`
 * (the note is in the user's story scope, or its properties say so).
 */
export function mightHoldStories(lines: readonly string[], from: number, anyQuestion: boolean): boolean {
	for (let n = from; n < lines.length; n++) {
		const line = lines[n] ?? "";
		let i = 0;
		let quoted = false;
		// Indentation and quote markers.
		for (;;) {
			const c = line.charCodeAt(i);
			if (c === 32 || c === 9) i++;
			else if (c === 62 /* > */) {
				quoted = true;
				i++;
			} else break;
		}
		if (i >= line.length) continue;

		let heading = false;
		let item = false;
		const first = line.charCodeAt(i);
		if (first === 35 /* # */) {
			const hashes = /^#{1,6}(?:[ \t]+|$)/.exec(line.slice(i, i + 8));
			if (hashes) {
				heading = true;
				i += hashes[0].length;
			}
		} else if (quoted && first === 91 /* [ */) {
			const callout = CALLOUT_HEAD.exec(line.slice(i));
			if (callout) {
				heading = true;
				i += callout[0].length;
				const title = line.slice(i).trimEnd();
				if (isCalloutQuestion((callout[1] ?? "").toLowerCase(), title, () => false) && asks(title, lines, n, anyQuestion))
					return true;
			}
		} else {
			const after = listMarkerEnd(line, i);
			if (after !== -1) {
				item = true;
				i = after;
			}
		}
		if (i >= line.length) continue;
		const rest = line.slice(i);
		// A story table's header (`| Question | Situation | Task | Action | Result |`) holds its labels as cells.
		if (first === 124 /* | */ && isStoryTableHeader(rest, lines[n + 1] ?? "")) return true;
		if (matchLabel(rest, { inStory: false, heading })?.part) return true;
		// Question candidates: a cheap look first, then the wording, then the full shape.
		const strict = !heading && !item;
		if (mayTitleQuestionList(rest) && isQuestionListTitle(stripMarkup(rest))) return true;
		if (strict && (rest.indexOf("?") !== -1 || rest.indexOf("？") !== -1) && asksPlainly(rest)) return true;
		const endsAsking = endsWithQuestionMark(line);
		if (!(endsAsking ? !strict || mayBeQuestionLine(rest, true) : mayBeQuestionLine(rest, strict))) continue;
		if (!asks(rest, lines, n, anyQuestion)) continue;
		if (endsAsking || questionShape(rest, strict).isQuestion) return true;
	}
	return false;
}

/**
 * Whether a question is worded like an interview question (or need not be).
 * A question wrapped over several lines takes them into its text, so its
 * whole paragraph is read.
 */
function asks(text: string, lines: readonly string[], n: number, anyQuestion: boolean): boolean {
	if (anyQuestion) return true;
	const more = paragraphAfter(lines, n);
	return soundsLikeInterview(more === "" ? text : `${text} ${more}`);
}

/**
 * The lines that continue line `n` (a wrapped question), joined: the plain
 * text lines after it, up to a blank line or a line that starts a new block.
 */
function paragraphAfter(lines: readonly string[], n: number): string {
	const out: string[] = [];
	for (let i = n + 1; i < lines.length && i <= n + 40; i++) {
		const line = lines[i] ?? "";
		const start = line.search(/\S/);
		if (start === -1) break;
		const c = line.charCodeAt(start);
		if (c === 62 /* > */ || listMarkerEnd(line, start) !== -1) break;
		if (c === 35 /* # */ && /^#{1,6}(?:[ \t]|$)/.test(line.slice(start, start + 8))) break;
		out.push(line);
	}
	return out.join(" ");
}

/** Cheap test before `isQuestionListTitle`: a short line naming questions. */
function mayTitleQuestionList(text: string): boolean {
	return text.length <= 64 && (text.indexOf("uestion") !== -1 || text.indexOf("UESTION") !== -1 || text.indexOf("&") !== -1);
}

/** True when a line's last real character is a question mark (closing emphasis, quotes and brackets aside). */
function endsWithQuestionMark(line: string): boolean {
	let end = line.length - 1;
	while (end >= 0 && CLOSERS.has(line.charCodeAt(end))) end--;
	const c = line.charCodeAt(end);
	return c === 63 /* ? */ || c === 0xff1f;
}
