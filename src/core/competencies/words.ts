import { stemmer } from "stemmer";

/**
 * Words as the competency matcher compares them: lower case, accents kept,
 * punctuation and markup dropped, and the Porter stem (the maintained
 * `stemmer` package) so that "disagreed" and "disagree", "owned" and
 * "owning" meet.
 */

/** Letters and digits (any script), with inner apostrophes kept so "don't" stays one word. */
const WORD = /[\p{L}\p{N}]+(?:'\p{L}+)*/gu;

/** Words that carry no competency signal on their own; a cue of one such word is never looked up. */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		"a about above after again against all also am an and any are as at be because been before being below between " +
		"both but by can could did do does doing done down during each else ever example few for from further give had " +
		"has have having he her here hers him his how i i'd i'm i've if in into is it it's its itself just let me more " +
		"most my myself no nor not now of off on once only or other our ours out over own same she should so some " +
		"someone something such tell than that the their theirs them then there these they this those through time times " +
		"to too under until up us very walk was we were what when where which while who whom why will with would you " +
		"you'd you're you've your yours yourself describe share talk"
	).split(" "),
);

/** Splits text into lower-case words. Markup (`**`, `==`, `<mark>`) and punctuation never reach a word. */
export function words(text: string): string[] {
	const plain = text
		.replace(/<[^<>]*>/g, " ")
		.replace(/’/g, "'")
		.toLowerCase();
	return plain.match(WORD) ?? [];
}

/** The Porter stem of a lower-case word; a possessive "'s" is dropped first, other apostrophes are kept. */
export function stem(word: string): string {
	const w = word.replace(/'s$/, "");
	return w.includes("'") ? w : stemmer(w);
}

/** A word with its stem, so the matcher computes each stem once. */
export interface Token {
	word: string;
	stem: string;
}

/** Stems already computed: a bank's vocabulary is small next to its word count. */
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

/** `words` then `stem`, in text order. */
export function tokens(text: string): Token[] {
	return words(text).map((word) => {
		let s = stems.get(word);
		if (s === undefined) {
			s = stem(word);
			if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
			stems.set(word, s);
		}
		return { word, stem: s };
	});
}
