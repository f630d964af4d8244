/** The sections a run can be limited to with `--only`. */
export const SECTION_IDS = ["parse", "reject", "index", "incremental", "match", "memory", "size", "huge", "browser", "typing"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** What one run generates and how hard it measures. */
export interface BenchOptions {
	mode: "full" | "quick";
	json: boolean;
	only: ReadonlySet<SectionId> | null;
	seed: number;
	/** Vault sizes for the full index, smallest first; the largest also serves the incremental update and the heap figure. */
	vaultSizes: readonly number[];
	/** Story notes in the parse-throughput sample. */
	storySample: number;
	/** Ordinary notes in the rejection sample. */
	ordinarySample: number;
	/** Notes per shape in the per-shape parse figures. */
	shapeSample: number;
	/** Story counts the matching is measured against. */
	matchSizes: readonly number[];
	/** Size of the huge note, in bytes. */
	hugeBytes: number;
	/** Timed repetitions (after warm-up) for the throughput sections. */
	reps: number;
	/** Measure the reference fuse.js setup even when the ranking module exists. */
	referenceRanking: boolean;
	/** Internal: build one index of this many notes in a fresh process and print its time (the cold-start figure). */
	coldIndex: number | null;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--json] [--only SECTION[,SECTION…]] [--seed N]

  --quick   smaller vaults and fewer repetitions, for iterating (about half a minute)
  --json    print the figures as JSON on stdout (progress still goes to stderr)
  --only    run only these sections: ${SECTION_IDS.join(", ")}
  --browser run only the in-browser section (Chromium, CPU 1× and 4×; several minutes on two cores)
  --seed    generate a different (still deterministic) vault; default 6
  --reference-ranking
            match with the reference fuse.js setup even when src/core/practice/story-ranking.ts exists

Profile one section:
  node scripts/bench/build.mjs && node --expose-gc --cpu-prof --cpu-prof-dir=dist/profiles dist/bench.cjs --only parse`;

const MB = 1024 * 1024;

/** The options, or the text to print instead of running (usage, or what was wrong) with the exit code. */
export function parseArgs(argv: readonly string[]): BenchOptions | { error: string; exitCode: number } {
	let quick = false;
	let json = false;
	let only: Set<SectionId> | null = null;
	let seed = 6;
	let referenceRanking = false;
	let coldIndex: number | null = null;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		const [flag, inline] = arg.split("=", 2) as [string, string | undefined];
		const value = (): string => inline ?? argv[++i] ?? "";
		if (flag === "--quick") quick = true;
		else if (flag === "--browser") only = new Set(["browser"]);
		else if (flag === "--json") json = true;
		else if (flag === "--reference-ranking") referenceRanking = true;
		else if (flag === "--cold-index") coldIndex = Number.parseInt(value(), 10) || null;
		else if (flag === "--only") {
			only = new Set();
			for (const name of value()
				.split(",")
				.filter((s) => s !== "")) {
				if (!(SECTION_IDS as readonly string[]).includes(name))
					return { error: `Unknown section "${name}". Sections: ${SECTION_IDS.join(", ")}.`, exitCode: 2 };
				only.add(name as SectionId);
			}
		} else if (flag === "--seed") {
			seed = Number.parseInt(value(), 10);
			if (!Number.isFinite(seed)) return { error: "--seed needs a whole number.", exitCode: 2 };
		} else if (flag === "--help" || flag === "-h") return { error: USAGE, exitCode: 0 };
		else return { error: `Unknown option "${arg}".\n\n${USAGE}`, exitCode: 2 };
	}
	const common = { json, only, seed, referenceRanking, coldIndex };
	return quick
		? {
				...common,
				mode: "quick",
				vaultSizes: [200, 1000, 4000],
				storySample: 40,
				ordinarySample: 200,
				shapeSample: 6,
				matchSizes: [1000, 2000],
				hugeBytes: 1 * MB,
				reps: 3,
			}
		: {
				...common,
				mode: "full",
				vaultSizes: [1000, 5000, 20000],
				storySample: 120,
				ordinarySample: 600,
				shapeSample: 16,
				matchSizes: [1000, 10000],
				hugeBytes: 5 * MB,
				reps: 5,
			};
}
