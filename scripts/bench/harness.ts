/** Timing and heap helpers: warm-up, interleaved repetitions, medians. */

/** Results the optimiser must not drop: every timed run folds its result in here. */
let sink = 0;

/** Keeps a value alive so the timed work cannot be optimised away. */
export function consume(value: unknown): void {
	sink = (sink + (typeof value === "number" ? value : value ? 1 : 0)) | 0;
}

/** Read once at the end, so `sink` is observably used. */
export function sinkValue(): number {
	return sink;
}

/** Milliseconds one call takes. */
export function timeMs(run: () => unknown): number {
	const start = process.hrtime.bigint();
	consume(run());
	return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Node's collector, defined only under `node --expose-gc` (hence `typeof`, which is safe on a missing global). */
declare const gc: (() => void) | undefined;
const runGc = typeof gc === "function" ? gc : undefined;

/** Whether the run can force garbage collection (`node --expose-gc`). */
export const canCollect = typeof runGc === "function";

/** Forces a full collection when the run allows it, twice so weak and finalised objects go too. */
export function collect(): void {
	runGc?.();
	runGc?.();
}

export function heapUsed(): number {
	return process.memoryUsage().heapUsed;
}

/** Something to time, by name. */
export interface Contender {
	name: string;
	run: () => unknown;
}

export interface RaceOptions {
	warmup: number;
	reps: number;
}

/** A timed sample shorter than this repeats its work, so timer and scheduler noise stay small against it. */
const MIN_SAMPLE_MS = 100;

/**
 * Times several contenders on the same work, interleaved (A B C, A B C, …)
 * so that a slow moment of the machine hits all of them alike. Garbage is
 * collected once before the timed rounds and never between samples: a forced
 * collection shrinks V8's young generation, which makes the next short run
 * pay for growing it again (a 1,000-note index took twice as long right after
 * one). Collection during a sample is part of the work's cost. A contender
 * faster than 100 ms in warm-up runs several times per sample. Returns each
 * contender's median time for one run, in milliseconds.
 */
export function race(contenders: readonly Contender[], options: RaceOptions): Map<string, number> {
	const inner = new Map<string, number>();
	for (const c of contenders) {
		// With no warm-up there is nothing to calibrate on: one run per sample.
		let once = MIN_SAMPLE_MS;
		for (let i = 0; i < options.warmup; i++) once = timeMs(c.run);
		inner.set(c.name, Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(once, 0.001))));
	}
	const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
	collect();
	for (let i = 0; i < options.reps; i++) {
		for (const c of contenders) {
			const times = inner.get(c.name) ?? 1;
			const ms = timeMs(() => {
				for (let k = 1; k < times; k++) consume(c.run());
				return c.run();
			});
			samples.get(c.name)?.push(ms / times);
		}
	}
	return new Map([...samples].map(([name, list]) => [name, median(list)]));
}
