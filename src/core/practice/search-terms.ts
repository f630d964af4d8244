/**
 * Words every interview question shares ("tell me about a time you…"), plus
 * common English: they say nothing about which story fits, so they are not terms.
 */
const STOP_WORDS = new Set(
	(
		"a about above after again against all also am an and any are as at be because been before being below between " +
		"both but by can could did do does doing down during each few for from further had has have having he her here " +
		"hers him his how i if in into is it its just me more most my no nor not now of off on once only or other our " +
		"ours out over own same she should so some such than that the their them then there these they this those " +
		"through to too under until up very was we were what when where which while who whom why will with would you " +
		"your yours yourself tell describe give example time times walk share talk explain story situation something " +
		"someone ever last one two recent recently did had got get make made way thing things kind lot like really much " +
		"many well happen happened afterwards went turned"
	).split(" "),
);

const SUFFIXES = [
	"ements",
	"ement",
	"ments",
	"ment",
	"ations",
	"ation",
	"ings",
	"ing",
	"ures",
	"ure",
	"ions",
	"ion",
	"ies",
	"ied",
	"ers",
	"er",
	"ed",
	"es",
	"ly",
	"s",
];

/** Keeps terms comparable across endings: "failed", "failure" and "failing" all become "fail". */
const STEM_LENGTH = 5;

function stem(word: string): string {
	for (const suffix of SUFFIXES) {
		if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
			word = word.slice(0, -suffix.length);
			break;
		}
	}
	return word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word;
}

const WORD = /[\p{L}\p{N}]+/gu;
const DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x20-\x7E\t\n\r]/;

/**
 * The search terms of a short text: words in lower case without accents,
 * stop words dropped, endings trimmed to a short stem. Used both for the
 * term index and as fuse.js's tokenizer, so both agree on what a word is.
 */
export function searchTerms(text: string): string[] {
	const lower = text.toLowerCase();
	const words = (NON_ASCII.test(lower) ? lower.normalize("NFKD").replace(DIACRITICS, "") : lower).match(WORD);
	if (!words) return [];
	const out: string[] = [];
	for (const word of words) {
		if (word.length < 3 || STOP_WORDS.has(word)) continue;
		out.push(stem(word));
	}
	return out;
}
