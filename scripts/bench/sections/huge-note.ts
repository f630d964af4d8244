import { parseNote } from "../../../src/core/parser/note-parser";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { BenchContext, BenchSection } from "../context";
import { floorPass } from "../floor";
import { race, timeMs } from "../harness";
import { figure, fmt, type Row } from "../report";
import { MIB } from "../units";

/** The note cut at the first line break after `fraction` of its length. */
function prefix(text: string, fraction: number): string {
	if (fraction >= 1) return text;
	const cut = text.indexOf("\n", Math.floor(text.length * fraction));
	return cut === -1 ? text : text.slice(0, cut + 1);
}

/** 7. One huge story note: parse time against the floor, and time per MB on growing prefixes (no quadratic corner). */
export const hugeNoteSection: BenchSection = {
	number: "7",
	id: "huge",
	title: "Huge note",
	run(ctx: BenchContext) {
		const note = ctx.vault.hugeNote(ctx.options.hugeBytes);
		const mb = note.bytes / MIB;
		ctx.progress(`7. parsing one ${fmt(mb)} MB story note`);
		// A first, untimed parse; if it is very slow, one repetition is all the run can afford. Otherwise as many
		// as the other sections (5 in a full run): a median of 3 was once swamped by a busy spell on a shared host.
		const firstMs = timeMs(() => parseNote(note.text).stories.length);
		const reps = firstMs > 3000 ? 1 : ctx.options.reps;
		const prefixes = [0.2, 0.5].map((fraction) => prefix(note.text, fraction));
		const times = race(
			[
				{ name: "floor", run: () => floorPass(note.text) },
				{ name: "whole", run: () => parseNote(note.text).stories.length },
				...prefixes.map((text, i) => ({ name: `prefix${i}`, run: () => parseNote(text).stories.length })),
			],
			{ warmup: 0, reps },
		);
		const parser = times.get("whole") ?? 0;
		const floor = times.get("floor") ?? 0;
		const rows: Row[] = [
			figure("huge.parse_ms", `parseNote, whole ${fmt(mb)} MB note`, parser, "ms", `${fmt(parser)} ms`),
			figure("huge.vs_floor", "parseNote time ÷ floor time", parser / floor, "x", `${fmt(parser / floor)}×`, {
				op: "<=",
				bound: 4,
				text: "≤ 4×",
			}),
		];
		const perMb: number[] = [];
		[...prefixes, note.text].forEach((text, i) => {
			const size = Buffer.byteLength(text) / MIB;
			const ms = (i < prefixes.length ? times.get(`prefix${i}`) : parser) ?? 0;
			perMb.push(ms / size);
			rows.push(
				figure(
					`huge.ms_per_mb.${fmt(size)}`,
					`  first ${fmt(size)} MB: time per MB`,
					ms / size,
					"ms/MB",
					`${fmt(ms / size)} ms/MB`,
				),
			);
		});
		const growth = (perMb[perMb.length - 1] ?? 0) / (perMb[0] ?? 1);
		rows.push(
			figure("huge.linearity", "time per MB, whole ÷ first fifth (flat ≈ 1)", growth, "x", `${fmt(growth)}×`, {
				op: "<=",
				bound: 1.5,
				text: "≤ 1.5×",
			}),
		);
		const stories = parseNote(note.text).stories.length;
		return {
			rows,
			notes: [
				`One generated note of ${fmt(mb)} MB with ${stories.toLocaleString("en-US")} stories, ` +
					`cycling through every shape; prefixes cut at a line break; all timed interleaved, ` +
					`median of ${reps}. The plugin skips notes over its size limit ` +
					`(${DEFAULT_SETTINGS.maxNoteSizeKb.toLocaleString("en-US")} KB by default), ` +
					`so this is the worst case a user can opt into.`,
			],
		};
	},
};
