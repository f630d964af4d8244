import { bigramAt, firstWordStart } from "./first-word";
import { stripMarkup } from "./highlights";
import { hasInterviewCue } from "./interview-cues";

/** Openings that make a line a behavioural question even without a question mark. */
const CUE =
	/^(?:tell (?:me|us) about|give (?:me |us )?(?:an? )?(?:example|instance|time)|describe|walk (?:me |us )?through|share (?:an? |your )?(?:example|time|story|experience)|talk (?:me |us )?(?:about|through)|(?:an? )?(?:time|times|moment|occasion|situation|instance|example|project) (?:when|where|that|you|in which|of)|have you ever|explain (?:a|an|how|why|the)|recall a|name a time)\b/i;

/** Words that open a new phrasing after a slash ("…outcome/Give me an example…"). */
const ALTERNATE_OPENER =
	/^(?:Give|Tell|Times?|Describe|What|How|Why|When|Where|Which|Who|Walk|Share|Talk|Have|Has|Did|Do|Does|Can|Could|Would|Will|Was|Were|Is|Are|If|Imagine|Explain|Name|A time|An example|An? situation|Any)\b/;

/** Explicit question prefixes: `Q:`, `Q3.`, `Question:`, `Question 2 -`, `//`. */
const PREFIX = /^(?:(?:q|question)\s*(?:\d+\s*)?[:：.)-]|\/\/)\s*/i;

/** Leading section numbering such as `2.2.` or `3)` in a heading. */
const NUMBERING = /^(?:\d+[.)])+\s+/;

/** First words that can open a question (a cue, or a `Q:` prefix), tried where `opensLikeQuestion` says a word may start. */
const OPENER =
	/tell|give|describe|walk|share|talk|(?:an? )?(?:times?|moment|occasion|situation|instance|example|project) (?:when|where|that|you|in|of)|have you|explain|recall|name a|q(?:uestion)?(?:[*_]*\s*\d+)?[*_]*\s*[:：.)-]|\/\//iuy;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Whether `OPENER` matches where the line's words may start: past anything
 * but a letter, digit or `/`, and past whole `<…>` tags. A `<` may be read
 * either way (`<b>Tell` and `<Tell …>` both reach a cue), so the reachable
 * positions are walked, each once: one regex with both choices, once written
 * here, tried them in every combination and took seconds on 50 characters.
 */
function opensLikeQuestion(raw: string): boolean {
	const seen = new Uint8Array(raw.length + 1);
	const pending = [0];
	for (let p = pending.pop(); p !== undefined; p = pending.pop()) {
		if (p >= raw.length || seen[p] === 1) continue;
		seen[p] = 1;
		const code = raw.codePointAt(p) ?? 0;
		if (code === 47 /* / */ || isLetterOrDigit(code)) {
			OPENER.lastIndex = p;
			if (OPENER.test(raw)) return true;
			continue;
		}
		pending.push(p + (code > 0xffff ? 2 : 1));
		if (code === 60 /* < */) {
			const close = raw.indexOf(">", p + 1);
			if (close !== -1) pending.push(close + 1);
		}
	}
	return false;
}

function isLetterOrDigit(code: number): boolean {
	if (code < 128) {
		const lower = code | 0x20;
		return (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57);
	}
	return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

const WRAPPED_START = /^\s*(?:\*\*|__|[*_"“'‘])/;
/** A `Q:`, `Question:` or `//` prefix, maybe inside emphasis or a tag (`**Q:**`, `**Q** :`). */
const RAW_PREFIX = /^[\s*_]*(?:<[^>]*>[\s*_]*)*(?:q|question)(?:[*_]*\s*\d+)?[*_]*\s*[:：.)-]|^\s*\/\//i;

/**
 * A slash, then a new phrasing ("…/Tell me about…"), maybe behind emphasis, quotes or one tag. Each run of
 * spaces has one place in the pattern (spaces on both sides of the quotes, written `\s*[*_"']*\s*`, let
 * the two runs share the spaces every way), and a tag cannot hold `<`, so each slash reads only what follows it.
 */
const SLASH_OPENER = /\/\s*(?:[*_"'“‘]+\s*)?(?:<[^<>]*>\s*)?(?:tell|give|describe|a time|times?|walk)\b/i;

const TAG_CHAR = /^[\p{L}\p{N}_\-/]+$/u;

/**
 * The text without the tags that end it ("…weakness? #interview #star"): read
 * backwards, tag by tag, so text that only looks like tags (` #a #a … !`) is
 * read once rather than once per tag.
 */
function withoutTrailingTags(text: string): string {
	let cut = text.length;
	for (;;) {
		let start = cut;
		while (start > 0 && isTagCharBefore(text, start)) start -= isSurrogatePairBefore(text, start) ? 2 : 1;
		if (start === cut || text.charCodeAt(start - 1) !== 35 /* # */) return text.slice(0, cut);
		let space = start - 1;
		while (space > 0 && WHITESPACE.test(text.charAt(space - 1))) space--;
		if (space === start - 1) return text.slice(0, cut);
		cut = space;
	}
}

const WHITESPACE = /^\s$/;

function isSurrogatePairBefore(text: string, at: number): boolean {
	const low = text.charCodeAt(at - 1);
	const high = text.charCodeAt(at - 2);
	return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

function isTagCharBefore(text: string, at: number): boolean {
	const c = text.charCodeAt(at - 1);
	if (c < 128) {
		const lower = c | 0x20;
		return (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 47;
	}
	return TAG_CHAR.test(text.slice(isSurrogatePairBefore(text, at) ? at - 2 : at - 1, at));
}

const NOT_A_QUESTION: QuestionShape = Object.freeze({ isQuestion: false, prefixed: false });

/** Cheap test: a question has a question mark, or opens with a cue word or a prefix. */
export function mayBeQuestion(raw: string): boolean {
	if (raw.indexOf("?") !== -1 || raw.indexOf("？") !== -1) return true;
	if (mayOpen(raw) && opensLikeQuestion(raw)) return true;
	return raw.indexOf("/") !== -1 && SLASH_OPENER.test(raw);
}

const LEADING_SYMBOLS = /^[\p{So}\p{Sk}\p{Sm}\p{Cf}\p{Cs}\uFE0F\s]+/u;

/** First two letters of the words `OPENER` starts with (as char codes), and "a ". */
const OPENER_STARTS = new Set(
	[
		"te",
		"gi",
		"de",
		"wa",
		"sh",
		"ta",
		"a ",
		"an",
		"ti",
		"mo",
		"oc",
		"si",
		"in",
		"ex",
		"pr",
		"ha",
		"re",
		"na",
		"qu",
		"q:",
		"q ",
		"q.",
		"q)",
		"q-",
		"q*",
		"q_",
		"q：",
		"q1",
		"q2",
		"q3",
		"q4",
		"q5",
		"q6",
		"q7",
		"q8",
		"q9",
	].map((pair) => pair.charCodeAt(0) * 65536 + pair.charCodeAt(1)),
);

/** Cheap test before `OPENER`: the first word (past markup, quotes and tags) can open a question. */
function mayOpen(raw: string): boolean {
	if (/^[\s*_]*\/\//.test(raw)) return true;
	const i = firstWordStart(raw, 60);
	return i !== -1 && OPENER_STARTS.has(bigramAt(raw, i));
}

/**
 * Cheap test before `questionShape`: a question mark, a cue or a prefix, and
 * for a paragraph line (strict) emphasis or quotes around it, or a prefix.
 */
export function mayBeQuestionLine(raw: string, strict: boolean): boolean {
	if (!mayBeQuestion(raw)) return false;
	return !strict || WRAPPED_START.test(raw) || RAW_PREFIX.test(raw);
}

export interface QuestionShape {
	/** The line reads as a question. */
	isQuestion: boolean;
	/** It carries an explicit `Q:` / `Question:` prefix. */
	prefixed: boolean;
}

/**
 * Decides whether a line's text is a question. `strict` (paragraph lines)
 * needs an explicit prefix, or a question mark on a line that is wholly
 * emphasised or quoted, so prose that merely asks something is not taken.
 */
export function questionShape(raw: string, strict: boolean): QuestionShape {
	if (!mayBeQuestionLine(raw, strict)) return NOT_A_QUESTION;
	const plain = stripMarkup(raw);
	const prefixed = PREFIX.test(plain) && !/^\/\/\s*$/.test(plain);
	// Tags after the question mark ("…weakness? #interview") file the question; they are not its text.
	const body = cleanQuestion(plain.indexOf("#") === -1 ? plain : withoutTrailingTags(plain));
	if (body === "") return { isQuestion: false, prefixed };
	if (prefixed) return { isQuestion: true, prefixed };
	if (strict) {
		const wrapped = WRAPPED_START.test(raw) && /[*_"”'’]$/.test(raw.trimEnd());
		return { isQuestion: asks(body) && wrapped, prefixed };
	}
	if (asks(body) || CUE.test(body)) return { isQuestion: true, prefixed };
	// "How did you…?/Tell me about…": any phrasing that reads as a question makes the line one.
	const phrasings = raw.indexOf("/") === -1 ? [] : splitAlternates(raw);
	const isQuestion =
		phrasings.length > 1 &&
		phrasings.some((p) => {
			const t = cleanQuestion(stripMarkup(p));
			return asks(t) || CUE.test(t);
		});
	return { isQuestion, prefixed };
}

/**
 * Ends with a question mark, maybe followed by a remark in brackets ("…fail? (any project)").
 * Only the last bracket pair is looked at: one pattern tried after every `?` read to the end each time.
 */
function asks(text: string): boolean {
	const end = text.trimEnd();
	if (endsAsking(end)) return true;
	if (end.length !== text.length || !text.endsWith(")")) return false;
	// The remark holds no ")": its "(" is after the one before the last.
	const from = text.lastIndexOf(")", text.length - 2) + 1;
	for (let open = text.indexOf("(", from); open !== -1 && open < text.length - 1; open = text.indexOf("(", open + 1)) {
		let before = open;
		while (before > 0 && WHITESPACE.test(text.charAt(before - 1))) before--;
		if (endsAsking(text, before)) return true;
	}
	return false;
}

/** Whether the text's last character (before `end`) is a question mark. */
function endsAsking(text: string, end = text.length): boolean {
	const c = text.charCodeAt(end - 1);
	return c === 63 /* ? */ || c === 0xff1f;
}

const QUOTE_CHARS = "\"'“”‘’«»「『」』";

/** Plain question text: numbering, prefixes, a block id and wrapping quotes removed. Expects stripped text. */
export function cleanQuestion(plain: string): string {
	let out = plain;
	// Decoration before the words (emoji, symbols) is not part of the question.
	if (out.charCodeAt(0) > 127) out = out.replace(LEADING_SYMBOLS, "");
	const first = out.charCodeAt(0);
	if (first >= 48 && first <= 57) out = out.replace(NUMBERING, "");
	if (/^(?:q|\/\/)/i.test(out)) out = out.replace(PREFIX, "");
	// The lookbehind starts the spaces at their first one, so a long run of them is read once, not once per space.
	if (out.indexOf("^") !== -1) out = out.replace(/(?<!\s)\s+\^[A-Za-z0-9-]+$/, "");
	let start = 0;
	let end = out.length;
	while (start < end && (QUOTE_CHARS.includes(out[start] ?? "") || out[start] === " ")) start++;
	while (end > start && (QUOTE_CHARS.includes(out[end - 1] ?? "") || out[end - 1] === " ")) end--;
	return start === 0 && end === out.length ? out : out.slice(start, end);
}

/** Spans of a raw line where a slash is markup, not prose: tags, links, URLs and code. */
const PROTECTED = /<[^<>]*>|\[\[[^[\]]*\]\]|\]\([^)\]]*\)|https?:\/\/\S+|`[^`]*`/g;

/**
 * Splits a question line into its phrasings. A `/` separates two phrasings
 * only outside markup and links, when the text before it has three words or
 * more and the text after it opens a new question ("…handled it?/Times when…"),
 * or when it stands between spaces with three words or more on each side.
 * Prose slashes (`and/or`, `PdM/MPC`) are left alone.
 */
export function splitAlternates(raw: string): string[] {
	if (raw.indexOf("/") === -1) return [raw];
	const protectedAt = new Uint8Array(raw.length);
	PROTECTED.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = PROTECTED.exec(raw)) !== null) protectedAt.fill(1, m.index, m.index + m[0].length);

	const candidates: number[] = [];
	for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 47 && protectedAt[i] === 0) candidates.push(i);
	if (candidates.length === 0) return [raw];

	const parts: string[] = [];
	let segmentStart = 0;
	const before = new WordsBefore(raw);
	for (let c = 0; c < candidates.length; c++) {
		const at = candidates[c] ?? 0;
		if (!before.hasThree(segmentStart, at)) continue;
		const nextAt = Math.min(candidates[c + 1] ?? raw.length, at + 120);
		const after = stripMarkup(raw.slice(at + 1, nextAt)).replace(/^[\s"'“‘*_]+/, "");
		const spaced = raw[at - 1] === " " && raw[at + 1] === " ";
		const opens = ALTERNATE_OPENER.test(after) || (spaced && CUE.test(after));
		if (opens || (spaced && hasThreeWordsFrom(raw, at + 1))) {
			parts.push(raw.slice(segmentStart, at));
			segmentStart = at + 1;
		}
	}
	parts.push(raw.slice(segmentStart));
	return parts;
}

/** Phrasings are read in full up to this length; a longer text only where it has doubled since last read. */
const SHORT_PHRASING = 200;

/**
 * Whether the phrasing that a slash would end holds three words. The phrasing
 * grows slash by slash while none splits it, and reading it afresh at each
 * slash made a line of slashes quadratic: beyond `SHORT_PHRASING` characters
 * (more than a real question holds) it is read again only once it has doubled.
 */
class WordsBefore {
	private start = -1;
	private readLength = 0;
	private three = false;

	constructor(private readonly raw: string) {}

	hasThree(start: number, end: number): boolean {
		const length = end - start;
		if (start !== this.start || length <= SHORT_PHRASING || length >= 2 * this.readLength) {
			this.start = start;
			this.readLength = length;
			this.three = wordCount(stripMarkup(this.raw.slice(start, end))) >= 3;
		}
		return this.three;
	}
}

/**
 * Whether the text after `from` holds three words, read in windows that double
 * until it does, so a slash near the start of a long line does not read it all.
 */
function hasThreeWordsFrom(raw: string, from: number): boolean {
	for (let window = SHORT_PHRASING; ; window *= 2) {
		const end = Math.min(raw.length, from + window);
		if (wordCount(stripMarkup(raw.slice(from, end))) >= 3) return true;
		if (end === raw.length) return false;
	}
}

function wordCount(text: string): number {
	const t = text.trim();
	return t === "" ? 0 : t.split(/\s+/, 3).length;
}

/** True when a question's raw line is worded like a behavioural-interview question. */
export function soundsLikeInterview(raw: string): boolean {
	if (hasInterviewCue(raw)) return true;
	// Emphasis or a tag inside a phrase ("tell me *about*") hides it from the test above.
	if (!LIGHT_MARKUP.test(raw) && raw.indexOf("  ") === -1) return false;
	return hasInterviewCue(raw.replace(LIGHT_MARKUP_ALL, "").replace(/\s+/g, " "));
}

const LIGHT_MARKUP = /[*_=~`<\t\n\r]/;
const LIGHT_MARKUP_ALL = /[*_=~`]+|<[^<>]*>/g;
