/**
 * Behavioural-interview wording: what makes a question list an interview note
 * rather than a study note. Each entry is a word or a phrase (single spaces
 * between its words) matched whole, in any case: "ambigu" matches only the
 * word "ambigu", not "ambiguity", and "a time" does not match "a timely".
 */
const INTERVIEW_PHRASES: readonly string[] = [
	"a time",
	"time when",
	"times when",
	"time you",
	"times you",
	"a example",
	"an example",
	"a situation",
	"an situation",
	"a occasion",
	"an occasion",
	"a instance",
	"an instance",
	"tell me about",
	"tell us about",
	"walk me through",
	"walk us through",
	"describe a",
	"describe an",
	"describe the",
	"describe your",
	"describe how",
	"how did you",
	"what did you",
	"why do you want",
	"why did you want",
	"why should we",
	"where do you see yourself",
	"what would you do",
	"what do you do",
	"how would you handle",
	"how would you deal",
	"how would you approach",
	"weakness",
	"strength",
	"strengths",
	"greatest",
	"biggest",
	"proudest",
	"most difficult",
	"most challenging",
	"most proud",
	"most impactful",
	"most significant",
	"conflict",
	"disagree",
	"failed",
	"failure",
	"mistake",
	"feedback",
	"manager",
	"teammate",
	"colleague",
	"coworker",
	"co-worker",
	"stakeholder",
	"deadline",
	"under pressure",
	"influence",
	"persuade",
	"convince",
	"leadership",
	"led a",
	"lead a",
	"mentor",
	"ambigu",
	"initiative",
	"priorit",
	"interview",
	"your career",
	"inherited",
	"if you had",
	"if you could",
	"if you were",
	"imagine that",
	"imagine you",
	"your team",
];

/** Whether a char code is a word character as a regex `\b` sees it: ASCII letter, digit or `_`. */
function isWordCode(c: number): boolean {
	const lower = c | 0x20;
	return (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** The leading run of word characters of a phrase: the key a text's word is looked up by. */
function firstWord(phrase: string): string {
	let end = 0;
	while (end < phrase.length && isWordCode(phrase.charCodeAt(end))) end++;
	return phrase.slice(0, end);
}

/** Phrases by their first word, so each word of a text is tried only against the phrases it could open. */
const PHRASES_BY_FIRST_WORD = new Map<string, string[]>();
for (const phrase of INTERVIEW_PHRASES) {
	const key = firstWord(phrase);
	const list = PHRASES_BY_FIRST_WORD.get(key);
	if (list) list.push(phrase);
	else PHRASES_BY_FIRST_WORD.set(key, [phrase]);
}

/** No first word is longer than this; a longer word of a text opens no phrase. */
const LONGEST_FIRST_WORD = Math.max(...[...PHRASES_BY_FIRST_WORD.keys()].map((k) => k.length));

/** Whether `phrase` (lower case) is written at `at`, in any ASCII case, and ends at a word boundary. */
function phraseAt(text: string, at: number, phrase: string): boolean {
	if (at + phrase.length > text.length) return false;
	for (let k = 0; k < phrase.length; k++) {
		const c = text.charCodeAt(at + k);
		const lower = c >= 65 && c <= 90 ? c | 0x20 : c;
		if (lower !== phrase.charCodeAt(k)) return false;
	}
	return !isWordCode(text.charCodeAt(at + phrase.length));
}

/**
 * True when a text holds an interview phrase as whole words. One pass over
 * the text: each word is looked up once, so the time is linear in its length.
 */
export function hasInterviewCue(text: string): boolean {
	let i = 0;
	while (i < text.length) {
		if (!isWordCode(text.charCodeAt(i))) {
			i++;
			continue;
		}
		let end = i + 1;
		while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
		if (end - i <= LONGEST_FIRST_WORD) {
			const phrases = PHRASES_BY_FIRST_WORD.get(text.slice(i, end).toLowerCase());
			if (phrases?.some((phrase) => phraseAt(text, i, phrase))) return true;
		}
		i = end;
	}
	return false;
}
