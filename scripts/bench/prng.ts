/**
 * A small seeded random source (sfc32), so every run of the bench generates
 * byte-for-byte the same vault. `Math.random` cannot be seeded.
 */
export class Random {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number) {
		this.a = 0x9e3779b9;
		this.b = 0x243f6a88;
		this.c = 0xb7e15162;
		this.d = seed >>> 0;
		// The first outputs of sfc32 still echo the seed; run it a little first.
		for (let i = 0; i < 12; i++) this.next();
	}

	/** A float in [0, 1). */
	next(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T {
		const item = list[Math.floor(this.next() * list.length)];
		if (item === undefined) throw new Error("pick() from an empty list");
		return item;
	}

	/** A number between `min` and `max` whose logarithm is uniform: many small values, a few large ones. */
	logUniform(min: number, max: number): number {
		return Math.round(min * Math.pow(max / min, this.next()));
	}
}

/** Mixes a run seed and a note number into the seed of that note, so any note can be generated on its own. */
export function noteSeed(runSeed: number, index: number): number {
	let h = (runSeed ^ 0x85ebca6b) >>> 0;
	h = Math.imul(h ^ index, 0xcc9e2d51);
	h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	return h >>> 0;
}
