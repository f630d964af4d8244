import type { Competency } from "./types";
import { STOPWORDS, stem, type Token } from "./words";

/**
 * One word of a cue: a stopword written in a phrase ("took *it on* myself")
 * is compared as written; any other word by its Porter stem; `word*` by its
 * prefix followed only by an ending ("fail*" finds "failed" and "failure",
 * never "failover").
 */
export type KeywordPart = { word: string } | { stem: string; form: string } | { prefix: string };

/** A cue of one competency (a word or a phrase), split into the words a text must hold in a row. */
export interface KeywordEntry {
	competencyId: string;
	/** The cue as written in the set, lower case. */
	keyword: string;
	parts: KeywordPart[];
}

/** One place a cue was found in a list of words. */
export interface CueHit {
	entry: KeywordEntry;
	/** Index of the first word of the hit. */
	start: number;
	/** How many words the hit spans. */
	length: number;
	/** The words as written in the text: the evidence a user is shown. */
	phrase: string;
}

const KEYWORD_WORD = /([\p{L}\p{N}]+(?:['’]\p{L}+)*)(\*?)/gu;
/** A prefix shorter than this is read as a whole word: `it*` would match half the language. */
const MIN_PREFIX = 3;
/**
 * What may follow a `word*` prefix: up to two English endings ("ed",
 * "ement", "ation", "ility"...), after an optional doubled consonant
 * ("commit*" → "committed"). Anything else is another word: "fail*" does not
 * reach "failover", "dig*" not "digital".
 */
/* eslint-disable regexp/prefer-character-class -- a list of endings reads as words, the one-letter ones among their kin */
const ENDING = new RegExp(
	String.raw`^(?:e|s|es|ed|d|t|n|y|ing|ings|er|ers|or|ors|est|iest|ier|ies|ied|ying|ly|ily|ment|ments|ement` +
		String.raw`|ements|ion|ions|ation|ations|ication|ications|ive|ively|ness|ity|ities|ility|ilities|le|ance` +
		String.raw`|ances|ence|ences|ant|ent|al|ally|ial|ic|ical|ically|tic|tics|ous|ful|fully|ship|ise|ised|ising` +
		String.raw`|isation|ize|ized|izing|ization|se|sed|sing|sis|ses|ze|zed|zing|zation|ty|cy|ce|th|us|sity|ve` +
		String.raw`|on|able|ably|ible|etic|ist|ists|ism|ure|ures){0,2}$`,
);
/* eslint-enable regexp/prefer-character-class -- end of the endings list */

/** Splits a cue as written (`disagre*`, `push back`, `took it on myself`) into parts. */
export function keywordParts(keyword: string): KeywordPart[] {
	const parts: KeywordPart[] = [];
	for (const m of keyword.toLowerCase().replace(/’/g, "'").matchAll(KEYWORD_WORD)) {
		const word = m[1] ?? "";
		if (m[2] === "*" && word.length >= MIN_PREFIX) parts.push({ prefix: word });
		else if (STOPWORDS.has(word)) parts.push({ word });
		else parts.push({ stem: stem(word), form: word });
	}
	return parts;
}

/** True when a word is the prefix followed by endings only. */
export function prefixMatches(prefix: string, word: string): boolean {
	if (!word.startsWith(prefix)) return false;
	let rest = word.slice(prefix.length);
	// A doubled last consonant before the ending: "commit" → "committed", "dig" → "digging".
	if (rest.length > 1 && rest[0] === prefix[prefix.length - 1] && !/[aeiou]/.test(rest[0] ?? "")) rest = rest.slice(1);
	return ENDING.test(rest);
}

/**
 * The speaker's pronouns, by grammatical role: a question says "your", the
 * story answering it says "my" or "our", so a phrase cue written either way
 * ("not my job", "nobody asked me") matches both. Third person stays apart:
 * "his mistake" or "they were wrong" is about someone else.
 */
const PERSON_ROLE: ReadonlyMap<string, string> = new Map([
	...["i", "me", "you", "we", "us"].map((w) => [w, "\u0001speaker"] as const),
	...["my", "your", "our"].map((w) => [w, "\u0001speaker's"] as const),
	...["myself", "yourself", "ourselves"].map((w) => [w, "\u0001speaker-self"] as const),
]);

/** The key a stopword of a cue is compared and indexed by: its pronoun role, or the word itself. */
function wordKey(word: string): string {
	return PERSON_ROLE.get(word) ?? word;
}

/** True when a part matches a word of the text. */
export function partMatches(part: KeywordPart, token: Token): boolean {
	if ("word" in part) return wordKey(token.word) === wordKey(part.word);
	// A cue word whose stem is a stopword ("owned" → "own") must not match the stopword itself ("my own time").
	if ("stem" in part) return token.stem === part.stem && !STOPWORDS.has(token.word) && sameWord(part.form, token.word);
	return prefixMatches(part.prefix, token.word);
}

/** Endings that make another form of the same word ("disagreed", "arguing"), not another word ("internal", "accountable"). */
const INFLECTION = /^(?:|[esdyn]|es|ed|ing|ies|ied|ying|en)$/;

/**
 * True when two words with one stem are forms of one word. The Porter stem
 * also joins words of different meaning ("intern" and "internal",
 * "account" and "accountable"): past their common start, both must end in
 * an inflection only, after a doubled consonant ("plan" → "planned").
 */
export function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const tail = (w: string): string => {
		const rest = w.slice(i);
		return rest.length > 1 && rest[0] === w[i - 1] && !/[aeiou]/.test(rest[0] ?? "") ? rest.slice(1) : rest;
	};
	return INFLECTION.test(tail(a)) && INFLECTION.test(tail(b));
}

/**
 * Exact cue lookup for a set: phrases match word by word on real word
 * boundaries, each word by its stem (or its prefix for `word*`). Finding the
 * cues in a text costs a map lookup per word, so story-length texts stay cheap.
 */
export class KeywordIndex {
	private readonly byStem = new Map<string, KeywordEntry[]>();
	private readonly byWord = new Map<string, KeywordEntry[]>();
	private readonly byPrefix = new Map<string, KeywordEntry[]>();
	readonly entries: readonly KeywordEntry[];

	constructor(competencies: readonly Competency[]) {
		const entries: KeywordEntry[] = [];
		const seen = new Set<string>();
		for (const c of competencies) {
			for (const keyword of c.keywords) {
				const parts = keywordParts(keyword);
				const first = parts[0];
				if (!first) continue;
				// A lone stopword ("own", "time") would match nearly every text.
				if (parts.length === 1 && "word" in first) continue;
				const key = `${c.id}\u0000${keyword.toLowerCase()}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const entry: KeywordEntry = { competencyId: c.id, keyword: keyword.toLowerCase(), parts };
				entries.push(entry);
				if ("stem" in first) push(this.byStem, first.stem, entry);
				else if ("word" in first) push(this.byWord, wordKey(first.word), entry);
				else push(this.byPrefix, first.prefix.slice(0, MIN_PREFIX), entry);
			}
		}
		this.entries = entries;
	}

	/** Every cue found in the words, in text order. */
	hits(tokens: readonly Token[]): CueHit[] {
		const out: CueHit[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			if (!token) continue;
			for (const entry of this.candidates(token)) {
				if (!matchesAt(entry.parts, tokens, i)) continue;
				const length = entry.parts.length;
				out.push({
					entry,
					start: i,
					length,
					phrase: tokens
						.slice(i, i + length)
						.map((t) => t.word)
						.join(" "),
				});
			}
		}
		return out;
	}

	private candidates(token: Token): KeywordEntry[] {
		const byStem = this.byStem.get(token.stem) ?? [];
		const byWord = this.byWord.get(wordKey(token.word)) ?? [];
		const byPrefix = token.word.length >= MIN_PREFIX ? (this.byPrefix.get(token.word.slice(0, MIN_PREFIX)) ?? []) : [];
		if (byWord.length === 0 && byPrefix.length === 0) return byStem;
		return [...byStem, ...byWord, ...byPrefix];
	}
}

function matchesAt(parts: readonly KeywordPart[], tokens: readonly Token[], start: number): boolean {
	if (start + parts.length > tokens.length) return false;
	return parts.every((part, k) => {
		const token = tokens[start + k];
		return token !== undefined && partMatches(part, token);
	});
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
