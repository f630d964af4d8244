import { bigramAt, firstWordStart } from "./first-word";
import { stripMarkup } from "./highlights";

/** Openings that make a line a behavioural question even without a question mark. */
const CUE =
	/^(?:tell (?:me|us) about|give (?:me |us )?(?:an? )?(?:example|instance|time)|describe|walk (?:me |us )?through|share (?:an? |your )?(?:example|time|story|experience)|talk (?:me |us )?(?:about|through)|(?:an? )?(?:time|times|moment|occasion|situation|instance|example|project) (?:when|where|that|you|in which|of)|have you ever|explain (?:a|an|how|why|the)|recall a|name a time)\b/i;

/** Words that open a new phrasing after a slash ("…outcome/Give me an example…"). */
const ALTERNATE_OPENER =
	/^(?:Give|Tell|Times?|Describe|What|How|Why|When|Where|Which|Who|Walk|Share|Talk|Have|Has|Did|Do|Does|Can|Could|Would|Will|Was|Were|Is|Are|If|Imagine|Explain|Name|A time|An example|An? situation|Any)\b/;

/** Explicit question prefixes: `Q:`, `Q3.`, `Question:`, `Question 2 -`, `//`. */
const PREFIX = /^(?:(?:q|question)\s*\d*\s*[:：.)-]|\/\/)\s*/i;

/** Leading section numbering such as `2.2.` or `3)` in a heading. */
const NUMBERING = /^(?:\d+[.)])+\s+/;

/** First words that can open a question (a cue, or a `Q:` prefix), checked before any stripping. */
const OPENER =
	/^[^\p{L}\p{N}/]*(?:<[^>]*>[^\p{L}\p{N}/]*)*(?:tell|give|describe|walk|share|talk|(?:an? )?(?:times?|moment|occasion|situation|instance|example|project) (?:when|where|that|you|in|of)|have you|explain|recall|name a|q(?:uestion)?\s*\d*\s*[:：.)-]|\/\/)/iu;

const WRAPPED_START = /^\s*(?:\*\*|__|\*|_|["“'‘])/;
/** A `Q:`, `Question:` or `//` prefix, maybe inside emphasis or a tag. */
const RAW_PREFIX = /^[\s*_]*(?:<[^>]*>[\s*_]*)*(?:q|question)\s*\d*\s*[:：.)-]|^\s*\/\//i;

const TRAILING_TAGS = /(?:\s+#[\p{L}\p{N}_\-/]+)+$/u;

const NOT_A_QUESTION: QuestionShape = Object.freeze({ isQuestion: false, prefixed: false });

/** Cheap test: a question has a question mark, or opens with a cue word or a prefix. */
export function mayBeQuestion(raw: string): boolean {
	if (raw.indexOf("?") !== -1 || raw.indexOf("？") !== -1) return true;
	if (mayOpen(raw) && OPENER.test(raw)) return true;
	return raw.indexOf("/") !== -1 && /\/\s*[*_"'“‘]*\s*(?:<[^>]*>)?\s*(?:tell|give|describe|a time|times?|walk)\b/i.test(raw);
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
	const body = cleanQuestion(plain.indexOf("#") === -1 ? plain : plain.replace(TRAILING_TAGS, ""));
	if (body === "") return { isQuestion: false, prefixed };
	if (prefixed) return { isQuestion: true, prefixed };
	if (strict) {
		const wrapped = WRAPPED_START.test(raw) && /(?:\*\*|__|\*|_|["”'’])\s*$/.test(raw);
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

function asks(text: string): boolean {
	return /[?？]\s*(?:\([^)]*\))?$/.test(text);
}

const QUOTE_CHARS = "\"'“”‘’«»「『」』";

/** Plain question text: numbering, prefixes, a block id and wrapping quotes removed. Expects stripped text. */
export function cleanQuestion(plain: string): string {
	let out = plain;
	// Decoration before the words (emoji, symbols) is not part of the question.
	if (out.charCodeAt(0) > 127) out = out.replace(LEADING_SYMBOLS, "");
	const first = out.charCodeAt(0);
	if (first >= 48 && first <= 57) out = out.replace(NUMBERING, "");
	if (/^(?:q|question|\/\/)/i.test(out)) out = out.replace(PREFIX, "");
	if (out.indexOf("^") !== -1) out = out.replace(/\s+\^[A-Za-z0-9-]+$/, "");
	let start = 0;
	let end = out.length;
	while (start < end && (QUOTE_CHARS.includes(out[start] ?? "") || out[start] === " ")) start++;
	while (end > start && (QUOTE_CHARS.includes(out[end - 1] ?? "") || out[end - 1] === " ")) end--;
	return start === 0 && end === out.length ? out : out.slice(start, end);
}

/** Spans of a raw line where a slash is markup, not prose: tags, links, URLs and code. */
const PROTECTED = /<[^>]*>|\[\[[^\]]*\]\]|\]\([^)]*\)|https?:\/\/\S+|`[^`]*`/g;

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
	for (let c = 0; c < candidates.length; c++) {
		const at = candidates[c] ?? 0;
		const before = wordCount(stripMarkup(raw.slice(segmentStart, at)));
		if (before < 3) continue;
		const nextAt = Math.min(candidates[c + 1] ?? raw.length, at + 120);
		const after = stripMarkup(raw.slice(at + 1, nextAt)).replace(/^[\s"'“‘*_]+/, "");
		const spaced = raw[at - 1] === " " && raw[at + 1] === " ";
		const opens = ALTERNATE_OPENER.test(after) || (spaced && CUE.test(after));
		if (opens || (spaced && wordCount(stripMarkup(raw.slice(at + 1))) >= 3)) {
			parts.push(raw.slice(segmentStart, at));
			segmentStart = at + 1;
		}
	}
	parts.push(raw.slice(segmentStart));
	return parts;
}

function wordCount(text: string): number {
	const t = text.trim();
	return t === "" ? 0 : t.split(/\s+/).length;
}

/** Behavioural-interview wording: what makes a question list an interview note rather than a study note. */
const INTERVIEW_CUE =
	/\b(?:a time|times? (?:when|you)|an? (?:example|situation|occasion|instance)\b|tell (?:me|us) about|walk (?:me|us) through|describe (?:a|an|the|your|how)|how did you|what did you|why (?:do|did) you want|why should we|where do you see yourself|what would you do|what do you do|how would you (?:handle|deal|approach)|weakness|strengths?|greatest|biggest|proudest|most (?:difficult|challenging|proud|impactful|significant)|conflict|disagree|fail(?:ed|ure)|mistake|feedback|manager|teammate|colleague|co-?worker|stakeholder|deadline|under pressure|influence|persuade|convince|leadership|led a|lead a|mentor|ambigu|initiative|priorit|interview|your career|inherited|if you (?:had|could|were)|imagine (?:that|you)|your team)\b/i;

/** True when a question's raw line is worded like a behavioural-interview question. */
export function soundsLikeInterview(raw: string): boolean {
	if (INTERVIEW_CUE.test(raw)) return true;
	// Emphasis or a tag inside a phrase ("tell me *about*") hides it from the test above.
	if (!LIGHT_MARKUP.test(raw) && raw.indexOf("  ") === -1) return false;
	return INTERVIEW_CUE.test(raw.replace(LIGHT_MARKUP_ALL, "").replace(/\s+/g, " "));
}

const LIGHT_MARKUP = /[*_=~`<\t\n\r]/;
const LIGHT_MARKUP_ALL = /[*_=~`]+|<[^>]*>/g;
