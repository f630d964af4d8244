import type { PointerKeys } from "../parser/story-pointers";

/**
 * Which notes hold a story title with a given word, or a word starting with
 * given three letters: the notes a name (`maxim`, `lenovo sev2`) may point
 * into, so matching it reads those notes' titles, not the whole vault's.
 * Built the first time a name asks, then kept current one note at a time; a
 * vault whose questions name no story never builds it.
 */
export class TitleWordIndex {
	private byToken: Map<string, Set<string>> | null = null;
	private readonly tokensOf = new Map<string, readonly string[]>();

	/** `notes`: every note with a titled story; `titles`: a note's story titles, as written. */
	constructor(
		private readonly notes: () => Iterable<string>,
		private readonly titles: (path: string) => readonly string[],
	) {}

	/** A note came, changed or went: its titles are keyed again (once the index exists). */
	update(path: string): void {
		if (this.byToken === null) return;
		this.drop(path);
		this.add(path);
	}

	/**
	 * The notes whose titles may answer a name: one with the name's first
	 * word, or a word starting with the name's first three letters (so
	 * `lenovosev2` finds "Lenovo Sev-2"). A name matching only from the middle
	 * of a word ("novo") is not looked for across notes.
	 */
	candidates(name: PointerKeys): Set<string> {
		const index = this.build();
		const out = new Set<string>();
		const keys = [name.words[0] === undefined ? "" : `w:${name.words[0]}`, name.key.length >= 3 ? `p:${name.key.slice(0, 3)}` : ""];
		for (const key of keys) for (const path of index.get(key) ?? []) out.add(path);
		return out;
	}

	clear(): void {
		this.byToken = null;
		this.tokensOf.clear();
	}

	private build(): Map<string, Set<string>> {
		if (this.byToken === null) {
			this.byToken = new Map();
			for (const path of this.notes()) this.add(path);
		}
		return this.byToken;
	}

	private add(path: string): void {
		const index = this.byToken;
		if (index === null) return;
		const tokens = new Set<string>();
		// Split as plain text: cheaper than reading markup off each title, and markup only adds a word or two.
		for (const title of this.titles(path))
			for (const word of title.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
				if (word === "") continue;
				tokens.add(`w:${word}`);
				if (word.length >= 3) tokens.add(`p:${word.slice(0, 3)}`);
			}
		if (tokens.size === 0) return;
		this.tokensOf.set(path, [...tokens]);
		for (const token of tokens) {
			let paths = index.get(token);
			if (!paths) index.set(token, (paths = new Set()));
			paths.add(path);
		}
	}

	private drop(path: string): void {
		const index = this.byToken;
		for (const token of this.tokensOf.get(path) ?? []) {
			const paths = index?.get(token);
			paths?.delete(path);
			if (paths?.size === 0) index?.delete(token);
		}
		this.tokensOf.delete(path);
	}
}
