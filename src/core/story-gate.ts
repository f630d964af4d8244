import { matchLabel } from "./labels";
import { questionShape } from "./question-text";
import { isCalloutQuestion } from "./story-walker";

const CALLOUT_HEAD = /^\[!([A-Za-z][\w-]*)\][+-]?[ \t]*/;
/** Characters that may close a question line after its `?` (emphasis, quotes, brackets). */
const CLOSERS = new Set([42, 95, 34, 39, 41, 93, 0x201d, 0x2019, 96, 61, 32, 9]);

/**
 * A quick look at every line before the full parse: could this note hold a
 * question, a STAR label or a legend at all? Each line is stripped of its
 * indentation, quote markers, list marker or heading hashes, then checked
 * with the same label and question rules the parser uses, on their cheap
 * paths. It may say yes to a note that turns out to hold nothing (the full
 * parse then decides); it never says no to one that holds something: every
 * question or story begins on a line that passes this test.
 */
export function mightHoldStories(lines: readonly string[], from: number): boolean {
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
		if (endsWithQuestionMark(line)) return true;

		let rest = line.slice(i);
		let heading = false;
		const first = rest.charCodeAt(0);
		if (first === 35 /* # */) {
			const hashes = /^#{1,6}(?:[ \t]+|$)/.exec(rest);
			if (hashes) {
				heading = true;
				rest = rest.slice(hashes[0].length);
			}
		} else if (quoted && first === 91 /* [ */) {
			const callout = CALLOUT_HEAD.exec(rest);
			if (callout) {
				heading = true;
				rest = rest.slice(callout[0].length).trimEnd();
				if (isCalloutQuestion((callout[1] ?? "").toLowerCase(), rest, () => false)) return true;
			}
		}
		let item = false;
		if (!heading) {
			const marker = /^(?:[-*+•]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX/-]\](?:[ \t]+|$))?/.exec(rest);
			if (marker) {
				item = true;
				rest = rest.slice(marker[0].length);
			}
		}
		if (rest === "") continue;
		if (matchLabel(rest, { inStory: false, heading })?.part) return true;
		if (questionShape(rest, !heading && !item).isQuestion) return true;
	}
	return false;
}

/** True when a line's last real character is a question mark (closing emphasis, quotes and brackets aside). */
function endsWithQuestionMark(line: string): boolean {
	let end = line.length - 1;
	while (end >= 0 && CLOSERS.has(line.charCodeAt(end))) end--;
	const c = line.charCodeAt(end);
	return c === 63 /* ? */ || c === 0xff1f;
}
