/**
 * Where the plugin reads the time and draws chance. Both are injected (the
 * plugin holds one of each and hands them down), so a test or the end-to-end
 * harness can fix the date and seed the random draws: nothing the user sees
 * may depend on the day a test runs or on luck.
 */

/** Milliseconds since the epoch. */
export type Clock = () => number;

/** A float in [0, 1). */
export type Chance = () => number;

/** The system's clock. */
export const systemClock: Clock = () => Date.now();

/** The system's random source. */
export const systemChance: Chance = () => Math.random();

/**
 * A clock that reads `start` at first and then runs at the real pace: fixed
 * dates, real durations (a round's answer clock still ticks).
 */
export function clockFrom(start: number, elapsed: Clock = () => performance.now()): Clock {
	const origin = elapsed();
	return () => start + (elapsed() - origin);
}

/** A seeded random source (mulberry32): the same seed draws the same numbers. */
export function seededChance(seed: number): Chance {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A short random word (base 36) from `chance`, to tell apart two things made in the same millisecond. */
export function nonceFrom(chance: Chance): string {
	return Math.floor(chance() * 2 ** 52)
		.toString(36)
		.padStart(10, "0");
}
