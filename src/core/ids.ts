/**
 * A 53-bit string hash (two 32-bit multiply-xorshift lanes), printed in base 36.
 * Ids built from it are short, deterministic and collide about once in 10^15 pairs.
 */
export function hashString(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Text reduced to what identifies it: letters and digits in lower case. Markup,
 * punctuation, quotes and spacing changes leave an id unchanged.
 */
export function identityText(text: string): string {
	return text
		.normalize("NFKC")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

/** Hands out ids unique within one note: a repeat of the same base gets `-2`, `-3`… */
export class IdAllocator {
	private readonly seen = new Map<string, number>();

	/** A unique id for `base`. */
	take(base: string): string {
		const count = (this.seen.get(base) ?? 0) + 1;
		this.seen.set(base, count);
		return count === 1 ? base : `${base}-${count}`;
	}
}
