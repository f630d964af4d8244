/**
 * Times every hostile case (hostile-notes.ts) at a few sizes and prints a table:
 * the median of a few parses per size, and the growth ratio between the
 * largest and the smallest size (linear growth is about the size ratio).
 *
 *     node scripts/bench/hostile-timings.mjs [--sizes 10,50,100] [--reps 5] [--budget 5000] [--only id,id]
 *
 * Sizes are in KB (1,000 characters). A case that takes longer than the budget
 * (ms) at one size is not run at larger ones.
 */
import { parseCustomSet } from "../../src/core/competencies/custom-set";
import { parseNote } from "../../src/core/parser/note-parser";
import { HOSTILE_CASES, mixedHostileNote, type HostileCase } from "./hostile-notes";

interface Options {
	sizes: number[];
	reps: number;
	budget: number;
	only: Set<string> | null;
}

function readOptions(argv: readonly string[]): Options {
	const options: Options = { sizes: [10, 50, 100], reps: 5, budget: 5000, only: null };
	for (let i = 0; i < argv.length; i += 2) {
		const value = argv[i + 1] ?? "";
		if (argv[i] === "--sizes") options.sizes = value.split(",").map(Number);
		else if (argv[i] === "--reps") options.reps = Number(value);
		else if (argv[i] === "--budget") options.budget = Number(value);
		else if (argv[i] === "--only") options.only = new Set(value.split(","));
	}
	return options;
}

function read(c: HostileCase, text: string): number {
	return c.reader === "note" ? parseNote(text).stories.length : (parseCustomSet(text, "x").set?.competencies.length ?? 0);
}

function timeOnce(run: () => number): number {
	const start = process.hrtime.bigint();
	run();
	return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[sorted.length >> 1] ?? 0;
}

/** Median ms of `reps` runs (one run when the first alone is over a second). */
function measure(run: () => number, reps: number): number {
	const first = timeOnce(run);
	if (first > 1000) return first;
	const times = [first];
	for (let i = 1; i < reps; i++) times.push(timeOnce(run));
	return median(times);
}

/** Pads cells to fixed widths so each row can be printed as soon as it is measured. */
function row(cells: string[]): string {
	return cells.map((cell, i) => cell.padEnd(i === 0 ? 28 : i === cells.length - 1 ? 0 : 10)).join(" ");
}

function main(): void {
	const options = readOptions(process.argv.slice(2));
	console.log(row(["case", ...options.sizes.map((s) => `${s} KB ms`), "ratio", "reported before"]));
	for (const c of HOSTILE_CASES) {
		if (options.only && !options.only.has(c.id)) continue;
		read(c, c.make(2000));
		const times: number[] = [];
		for (const size of options.sizes) {
			if (times.length > 0 && (times[times.length - 1] ?? 0) > options.budget) break;
			const text = c.make(size * 1000);
			times.push(measure(() => read(c, text), options.reps));
		}
		const ratio = times.length === options.sizes.length ? (times[times.length - 1] ?? 0) / Math.max(times[0] ?? 0, 0.01) : NaN;
		console.log(
			row([
				c.id,
				...options.sizes.map((_, i) => (times[i] === undefined ? "skipped" : (times[i] ?? 0).toFixed(1))),
				Number.isNaN(ratio) ? "-" : `${ratio.toFixed(1)}×`,
				c.reported,
			]),
		);
	}
	const mixed = mixedHostileNote(50_000);
	parseNote(mixed);
	console.log(
		`mixed 50 KB hostile note (every note case): ${measure(() => parseNote(mixed).stories.length, options.reps).toFixed(1)} ms`,
	);
}

main();
