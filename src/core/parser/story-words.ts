/**
 * A story's text as lower-case words, sentence by sentence, for the signals
 * that look for phrases ("gave up", "nobody knew") and for who acts in a
 * sentence. Read once per story; every lookup afterwards is by word.
 */

/** The words of one sentence (or bullet, or clause after `;`), in order. */
export type Sentence = readonly string[];

const WORD = /[a-z0-9]+(?:['’-][a-z0-9]+)*/g;

/** Splits text into sentences at `.`, `!`, `?`, `;` or `:` before a space, and at line breaks; each as lower-case words. */
export function sentenceWords(text: string): Sentence[] {
	const out: Sentence[] = [];
	for (const sentence of text.toLowerCase().split(/(?<![.!?;:])[.!?;:]+(?=\s|$)|\n/)) {
		const words = (sentence.match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
		if (words.length > 0) out.push(words);
	}
	return out;
}

/**
 * A set of phrases, looked up by their first word: `has(words)` says whether
 * any phrase appears in a run of words. A phrase is words separated by single
 * spaces; `*` stands for any one word ("chose * over").
 */
export class PhraseSet {
	private readonly byFirst = new Map<string, string[][]>();

	constructor(phrases: readonly string[]) {
		for (const phrase of phrases) {
			const words = phrase.split(" ");
			const first = words[0] ?? "";
			const list = this.byFirst.get(first) ?? [];
			list.push(words);
			this.byFirst.set(first, list);
		}
	}

	/** The first phrase found in the words, as written in the set, or `null`. */
	find(words: readonly string[]): string | null {
		for (let i = 0; i < words.length; i++) {
			const candidates = this.byFirst.get(words[i] ?? "");
			if (!candidates) continue;
			for (const phrase of candidates) if (matchesAt(words, i, phrase)) return phrase.join(" ");
		}
		return null;
	}
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
	if (at + phrase.length > words.length) return false;
	for (let j = 1; j < phrase.length; j++) if (phrase[j] !== "*" && phrase[j] !== words[at + j]) return false;
	return true;
}
