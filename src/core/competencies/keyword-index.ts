import type { Competency } from "./types";
import { STOPWORDS, stem, type Token } from "./words";

/** One word of a keyword: compared by stem, or by prefix when the keyword wrote a trailing `*`. */
export type KeywordPart = { stem: string } | { prefix: string };

/** A keyword of one competency, split into the words a text must contain in a row. */
export interface KeywordEntry {
	competencyId: string;
	/** The keyword as written in the set, lower case. */
	keyword: string;
	parts: KeywordPart[];
}

/** Keyword hits per competency id: how many different keywords of it were found. */
export type KeywordHits = Map<string, number>;

const KEYWORD_WORD = /([\p{L}\p{N}]+(?:['’][\p{L}]+)*)(\*?)/gu;
/** A prefix shorter than this is read as a whole word: `it*` would match half the language. */
const MIN_PREFIX = 3;

/** Splits a keyword as written (`disagre*`, `push back`, `trade-off`) into parts. */
export function keywordParts(keyword: string): KeywordPart[] {
	const parts: KeywordPart[] = [];
	for (const m of keyword.toLowerCase().matchAll(KEYWORD_WORD)) {
		const word = m[1] ?? "";
		parts.push(m[2] === "*" && word.length >= MIN_PREFIX ? { prefix: word } : { stem: stem(word) });
	}
	return parts;
}

/**
 * Exact keyword lookup for a set: phrases match word by word, each word by
 * its stem (or its prefix for `word*`). Finding the keywords in a text costs
 * one map lookup per word, so story-length texts stay cheap.
 */
export class KeywordIndex {
	private readonly byStem = new Map<string, KeywordEntry[]>();
	private readonly byPrefix = new Map<string, KeywordEntry[]>();
	readonly entries: readonly KeywordEntry[];

	constructor(competencies: readonly Competency[]) {
		const entries: KeywordEntry[] = [];
		for (const c of competencies) {
			for (const keyword of c.keywords) {
				const parts = keywordParts(keyword);
				const first = parts[0];
				if (!first) continue;
				// A lone stopword ("own", "time") would match nearly every question.
				if (parts.length === 1 && "stem" in first && STOPWORDS.has(first.stem)) continue;
				const entry: KeywordEntry = { competencyId: c.id, keyword: keyword.toLowerCase(), parts };
				entries.push(entry);
				if ("stem" in first) push(this.byStem, first.stem, entry);
				else push(this.byPrefix, first.prefix.slice(0, MIN_PREFIX), entry);
			}
		}
		this.entries = entries;
	}

	/** The competencies whose keywords occur in the words, with the number of distinct keywords each. */
	find(tokens: readonly Token[]): KeywordHits {
		const found = new Map<string, Set<string>>();
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			if (!token) continue;
			for (const entry of this.candidates(token)) {
				if (!matchesAt(entry.parts, tokens, i)) continue;
				const set = found.get(entry.competencyId);
				if (set) set.add(entry.keyword);
				else found.set(entry.competencyId, new Set([entry.keyword]));
			}
		}
		const hits: KeywordHits = new Map();
		for (const [id, keywords] of found) hits.set(id, keywords.size);
		return hits;
	}

	private candidates(token: Token): KeywordEntry[] {
		const byStem = this.byStem.get(token.stem) ?? [];
		const byPrefix = token.word.length >= MIN_PREFIX ? (this.byPrefix.get(token.word.slice(0, MIN_PREFIX)) ?? []) : [];
		return byPrefix.length === 0 ? byStem : [...byStem, ...byPrefix];
	}
}

function matchesAt(parts: readonly KeywordPart[], tokens: readonly Token[], start: number): boolean {
	if (start + parts.length > tokens.length) return false;
	return parts.every((part, k) => {
		const token = tokens[start + k];
		if (!token) return false;
		return "stem" in part ? token.stem === part.stem : token.word.startsWith(part.prefix);
	});
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
