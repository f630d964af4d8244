/**
 * One copy of each short word the index keeps over and over across notes:
 * tags, highlighted phrases, section headings, part labels, companies and
 * roles. A vault repeats these far more than it adds new ones, so a note
 * indexed later points at the copy an earlier note brought in.
 *
 * The pool forgets everything once it holds `capacity` words (words typed
 * letter by letter while a note is edited would otherwise pile up). Strings
 * already shared stay shared; later notes simply start a new pool. Without
 * bounds it is a plain interner (one note's frontmatter strings).
 */
export class TermPool {
	private readonly terms = new Map<string, string>();

	constructor(
		private readonly capacity = 4096,
		/** Longer strings are prose, not vocabulary: keeping them would cost more than it shares. */
		private readonly maxLength = 80,
	) {}

	/** The pool's copy of `text`, which becomes the copy when it is new. */
	term(text: string): string {
		if (text.length > this.maxLength) return text;
		const known = this.terms.get(text);
		if (known !== undefined) return known;
		if (this.terms.size >= this.capacity) this.terms.clear();
		this.terms.set(text, text);
		return text;
	}

	get size(): number {
		return this.terms.size;
	}

	clear(): void {
		this.terms.clear();
	}
}
