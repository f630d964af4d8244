import { execFileSync } from "node:child_process";
import type { StoryIndex } from "../../../src/core/index/story-index";
import { buildIndex, type BenchContext, type BenchSection } from "../context";
import { race } from "../harness";
import { figure, fmt, type Row } from "../report";
import { mbPerSecond, totalBytes } from "../units";

/**
 * One full index in a fresh process, where nothing has run the parser yet:
 * the first scan after Obsidian starts pays for the JIT warming up.
 */
function coldIndexMs(size: number, seed: number): number | null {
	try {
		const out = execFileSync(process.execPath, ["--expose-gc", __filename, "--cold-index", String(size), "--seed", String(seed)], {
			encoding: "utf8",
			stdio: ["ignore", "pipe", "pipe"],
		});
		const ms = (JSON.parse(out.trim().split("\n").pop() ?? "{}") as { ms?: unknown }).ms;
		return typeof ms === "number" ? ms : null;
	} catch {
		return null;
	}
}

/** 3. The full index at each vault size, in process, from memory: parse every note and update the index with each. */
export const indexSection: BenchSection = {
	number: "3",
	id: "index",
	title: "Full index",
	run(ctx: BenchContext) {
		const sizes = ctx.options.vaultSizes;
		const largest = ctx.largestSize;
		const rows: Row[] = [];
		const perNote = new Map<number, number>();

		ctx.progress(`3. generating the ${largest.toLocaleString("en-US")}-note vault`);
		ctx.vault.notes(largest);

		const rounds = ctx.options.reps;
		ctx.progress(`3. full index of ${sizes.map((n) => n.toLocaleString("en-US")).join(", ")} notes, interleaved × ${rounds}`);
		let kept = null as StoryIndex | null;
		const times = race(
			sizes.map((size) => {
				const notes = ctx.vault.notes(size);
				return {
					name: String(size),
					run: () => {
						const index = buildIndex(notes);
						if (size === largest) kept = index;
						// The first question a view asks, so the lazily built lists are in the figure.
						return index.stories().length;
					},
				};
			}),
			{ warmup: 0, reps: rounds },
		);
		for (const size of sizes) {
			const ms = times.get(String(size)) ?? 0;
			const bytes = totalBytes(ctx.vault.notes(size));
			ctx.fullIndexMs.set(size, ms);
			perNote.set(size, ms / size);
			const n = size.toLocaleString("en-US");
			rows.push(
				figure(`index.ms.${size}`, `${n} notes: index time (per note)`, ms, "ms", `${fmt(ms)} ms (${fmt((ms * 1000) / size)} µs)`),
			);
			rows.push(
				figure(
					`index.mb_s.${size}`,
					`${n} notes: throughput`,
					mbPerSecond(bytes, ms),
					"MB/s",
					`${fmt(mbPerSecond(bytes, ms))} MB/s`,
				),
			);
		}
		const index = kept ?? ctx.largestIndex();
		ctx.keepLargestIndex(index);
		const stories = index.stories().length;
		const storyNotes = index.notes().length;

		ctx.progress(`3. the same ${largest.toLocaleString("en-US")}-note index once more, in a fresh process (cold JIT)`);
		const cold = coldIndexMs(largest, ctx.options.seed);
		const warm = ctx.fullIndexMs.get(largest) ?? 0;
		if (cold !== null) {
			rows.push(
				figure(
					`index.cold_ms.${largest}`,
					`${largest.toLocaleString("en-US")} notes, first scan in a new process`,
					cold,
					"ms",
					`${fmt(cold)} ms (${fmt(cold / warm)}× warm)`,
				),
			);
		}

		const first = sizes[0] ?? 0;
		const growth = (perNote.get(largest) ?? 0) / (perNote.get(first) ?? 1);
		rows.push(
			figure(
				"index.growth",
				`per-note time ${largest.toLocaleString("en-US")} ÷ ${first.toLocaleString("en-US")} (linear ≈ 1)`,
				growth,
				"x",
				`${fmt(growth)}×`,
				{ op: "<=", bound: 1.5, text: "≤ 1.5×" },
			),
		);
		return {
			rows,
			notes: [
				`Vaults are prefixes of one generated vault: 1 note in 20 is a story note; ordinary 1–8 KB, story 2–20 KB (log-uniform).`,
				`The ${largest.toLocaleString("en-US")}-note index holds ${storyNotes.toLocaleString("en-US")} story ` +
					`notes and ${stories.toLocaleString("en-US")} stories. Timed: ` +
					`parseNote + StoryIndex.update per note, then index.stories() once.`,
			],
		};
	},
};
