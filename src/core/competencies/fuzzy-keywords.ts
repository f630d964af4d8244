import { prefixMatches, type KeywordEntry } from "./keyword-index";
import { STOPWORDS, type Token } from "./words";

/**
 * Shortest cue word that tolerates a typo. Short words sit one letter away
 * from other real words ("raise"/"risk", "fallen"/"fail", "team"/"tea"); at
 * seven letters and more, one slip rarely lands on another word.
 */
export const MIN_TYPO_LENGTH = 7;
/** Cached lookups per matcher; far more than the distinct long words of a large bank. */
const CACHE_LIMIT = 50_000;

interface Target {
	entry: KeywordEntry;
	/** The cue word as written, or its prefix for `word*`. */
	text: string;
	prefix: boolean;
}

/**
 * Typo tolerance for long one-word cues: a word of the text one edit
 * (a letter added, dropped, changed or two swapped) away from a cue word of
 * seven letters or more counts as that cue ("dissagreed", "confict" against
 * "conflict*", "responsibilty"). Only words no exact cue found are looked at,
 * the first letter must agree, and words holding digits never match.
 */
export class FuzzyKeywords {
	private readonly byLetter = new Map<string, Target[]>();
	private readonly cache = new Map<string, KeywordEntry[]>();

	constructor(entries: readonly KeywordEntry[]) {
		for (const entry of entries) {
			const part = entry.parts[0];
			if (entry.parts.length !== 1 || !part || "word" in part) continue;
			const prefix = "prefix" in part;
			const text = entry.keyword.replace(/\*$/, "");
			if (text.length < MIN_TYPO_LENGTH || /\P{L}/u.test(text)) continue;
			const letter = text[0] ?? "";
			this.byLetter.set(letter, [...(this.byLetter.get(letter) ?? []), { entry, text, prefix }]);
		}
	}

	/** The cues a word is a typo of; empty for most words. */
	lookup(token: Token): KeywordEntry[] {
		const word = token.word;
		// One letter short of the shortest cue word: a dropped letter ("mistke").
		if (word.length < MIN_TYPO_LENGTH - 1 || STOPWORDS.has(word) || /\P{L}/u.test(word)) return [];
		const cached = this.cache.get(word);
		if (cached) return cached;
		const found: KeywordEntry[] = [];
		for (const target of this.byLetter.get(word[0] ?? "") ?? []) {
			if (target.prefix ? prefixTypo(target.text, word) : withinOneEdit(target.text, word)) found.push(target.entry);
		}
		if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
		this.cache.set(word, found);
		return found;
	}
}

/** A `word*` cue with one slip in its prefix: the word's first letters are one edit from the prefix, and the rest an ending. */
function prefixTypo(prefix: string, word: string): boolean {
	if (prefixMatches(prefix, word)) return false;
	for (const cut of [prefix.length - 1, prefix.length, prefix.length + 1]) {
		if (cut > word.length) continue;
		if (withinOneEdit(prefix, word.slice(0, cut)) && prefixMatches(word.slice(0, cut), word)) return true;
	}
	return false;
}

/** True when two different words are one insertion, deletion, substitution or swap of neighbours apart. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b || Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
		return swapped || a.slice(i + 1) === b.slice(i + 1);
	}
	return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
