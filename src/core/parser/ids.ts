/** Two 32-bit multiply-xorshift lanes fed one char code at a time: the state behind every id hash. */
class Hash53 {
	private h1 = 0xdeadbeef;
	private h2 = 0x41c6ce57;

	add(c: number): void {
		this.h1 = Math.imul(this.h1 ^ c, 2654435761);
		this.h2 = Math.imul(this.h2 ^ c, 1597334677);
	}

	addText(text: string): this {
		for (let i = 0; i < text.length; i++) this.add(text.charCodeAt(i));
		return this;
	}

	digest(): string {
		return finish(this.h1, this.h2);
	}
}

/**
 * A 53-bit string hash (two 32-bit multiply-xorshift lanes), printed in base 36.
 * Ids built from it are short, deterministic and collide about once in 10^15 pairs.
 */
export function hashString(text: string): string {
	return new Hash53().addText(text).digest();
}

/**
 * The hash of `prefix` followed by a text's identity (see `identityText`),
 * computed without building the reduced string when the text is plain ASCII.
 */
export function identityHash(text: string, prefix = ""): string {
	const hash = new Hash53().addText(prefix);
	let pendingSpace = false;
	let started = false;
	for (let i = 0; i < text.length; i++) {
		let c = text.charCodeAt(i);
		if (c > 127) return hashString(prefix + identityText(text));
		if (c >= 65 && c <= 90) c += 32;
		const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
		if (!alnum) {
			pendingSpace = started;
			continue;
		}
		if (pendingSpace) {
			hash.add(32);
			pendingSpace = false;
		}
		started = true;
		hash.add(c);
	}
	return hash.digest();
}

function finish(a: number, b: number): string {
	let h1 = a;
	let h2 = b;
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	// What `(h2 & 0x1fffff).toString(36) + (h1 >>> 0).toString(36).padStart(7, "0")`
	// gives, in half the time (Number#toString with a radix is a runtime call).
	let high = h2 & 0x1fffff;
	let low = h1 >>> 0;
	let tail = "";
	for (let k = 0; k < 7; k++) {
		tail = BASE36.charAt(low % 36) + tail;
		low = Math.floor(low / 36);
	}
	let head = "";
	do {
		head = BASE36.charAt(high % 36) + head;
		high = Math.floor(high / 36);
	} while (high > 0);
	return head + tail;
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

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
