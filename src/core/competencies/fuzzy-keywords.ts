import Fuse from "fuse.js";
import type { KeywordEntry } from "./keyword-index";
import { STOPWORDS, type Token } from "./words";

/** Fuse's score (0 = exact) above which a spelling is too far from the keyword. */
const MAX_FUSE_SCORE = 0.25;
/** Words shorter than this are never matched fuzzily: "team" and "tea" are different words. */
const MIN_FUZZY_LENGTH = 5;
/** Most words a keyword phrase has for fuzzy matching; longer phrases match exactly or not at all. */
const MAX_PHRASE_WORDS = 2;
/** Cached lookups per matcher; far more than the distinct words of a large bank. */
const CACHE_LIMIT = 50_000;

interface Target {
	competencyId: string;
	/** The keyword as one string of words (`push back`, `disagre`). */
	text: string;
}

/** A competency a misspelt or variant word points to, with 0–1 similarity. */
export interface FuzzyHit {
	competencyId: string;
	similarity: number;
}

/**
 * Fuzzy keyword lookup with fuse.js, for words that do not meet a keyword
 * exactly ("dissagreement", "prioritize" against "prioritise"). Fuse only
 * ever sees short strings: one or two words of a question against the
 * set's keywords, never a story's body. Keywords are grouped by first letter
 * and length, so each lookup searches a handful of them, and results are
 * cached per phrase.
 */
export class FuzzyKeywords {
	private readonly groups = new Map<string, Fuse<Target>>();
	/** Per first letter, the lengths of the `word*` prefixes that start with it. */
	private readonly prefixLengths = new Map<string, number[]>();
	private readonly cache = new Map<string, FuzzyHit[]>();

	constructor(entries: readonly KeywordEntry[]) {
		const grouped = new Map<string, Target[]>();
		for (const entry of entries) {
			const first = entry.parts[0];
			const prefix = entry.parts.length === 1 && first !== undefined && "prefix" in first;
			const text = entry.keyword.replace(/\*/g, "").replace(/[-/]+/g, " ").replace(/\s+/g, " ").trim();
			if (entry.parts.length > MAX_PHRASE_WORDS || text.length < MIN_FUZZY_LENGTH - 1) continue;
			const key = prefix ? prefixKey(text[0] ?? "", text.length) : wordsKey(text[0] ?? "", entry.parts.length);
			grouped.set(key, [...(grouped.get(key) ?? []), { competencyId: entry.competencyId, text }]);
			if (prefix) {
				const lengths = this.prefixLengths.get(text[0] ?? "") ?? [];
				if (!lengths.includes(text.length)) this.prefixLengths.set(text[0] ?? "", [...lengths, text.length]);
			}
		}
		const options = { keys: ["text"], includeScore: true, threshold: MAX_FUSE_SCORE, ignoreLocation: true, ignoreFieldNorm: true };
		for (const [key, targets] of grouped) this.groups.set(key, new Fuse(targets, options));
	}

	/** Best similarity per competency for the words and short phrases of a text. */
	find(tokens: readonly Token[]): Map<string, number> {
		const best = new Map<string, number>();
		for (const phrase of phrases(tokens)) {
			for (const hit of this.lookup(phrase.text, phrase.words)) {
				if (hit.similarity > (best.get(hit.competencyId) ?? 0)) best.set(hit.competencyId, hit.similarity);
			}
		}
		return best;
	}

	private lookup(text: string, n: number): FuzzyHit[] {
		const cached = this.cache.get(text);
		if (cached) return cached;
		const letter = text[0] ?? "";
		const hits: FuzzyHit[] = [];
		const search = (key: string, query: string, keep: (target: Target) => boolean): void => {
			for (const r of this.groups.get(key)?.search(query) ?? []) {
				if (keep(r.item)) hits.push({ competencyId: r.item.competencyId, similarity: 1 - (r.score ?? 1) });
			}
		};
		search(wordsKey(letter, n), text, (t) => closeInLength(text, t.text));
		if (n === 1) {
			// A `word*` keyword is a prefix: compare it with as many letters of the word, one more (an inserted
			// letter), or the whole word when it is one letter short (a dropped letter: "confict").
			for (const length of this.prefixLengths.get(letter) ?? []) {
				for (const slice of prefixSlices(text, length))
					search(prefixKey(letter, length), slice, (t) => closeInLength(slice, t.text));
			}
		}
		if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
		this.cache.set(text, hits);
		return hits;
	}
}

// A misspelling is looked for among the keywords that start with the same letter: first letters are rarely the typo.
const wordsKey = (letter: string, words: number): string => `${letter}|${words}`;
const prefixKey = (letter: string, length: number): string => `${letter}|*${length}`;

function prefixSlices(word: string, length: number): string[] {
	const slices: string[] = [];
	if (word.length === length - 1) slices.push(word);
	if (word.length >= length) slices.push(word.slice(0, length));
	if (word.length > length) slices.push(word.slice(0, length + 1));
	return slices;
}

/** Fuse finds the query anywhere inside a keyword; "project" must not match "riskiest project". */
function closeInLength(query: string, keyword: string): boolean {
	return Math.abs(query.length - keyword.length) <= Math.max(1, Math.round(keyword.length * 0.2));
}

/** Single words and two-word runs worth a fuzzy look: long enough, not starting or ending on a stopword. */
function* phrases(tokens: readonly Token[]): Generator<{ text: string; words: number }> {
	for (let i = 0; i < tokens.length; i++) {
		for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= tokens.length; n++) {
			const run = tokens.slice(i, i + n).map((t) => t.word);
			const first = run[0] ?? "";
			const last = run[run.length - 1] ?? "";
			// Figures ("41", "p99", "10x") are never misspelt keywords.
			if (STOPWORDS.has(first) || STOPWORDS.has(last) || run.some((w) => /\d/.test(w))) continue;
			const text = run.join(" ");
			if (text.length < (n === 1 ? MIN_FUZZY_LENGTH : MIN_FUZZY_LENGTH + 2)) continue;
			yield { text, words: n };
		}
	}
}
