import { parseNote } from "../../../src/core/parser/note-parser";
import type { BenchContext, BenchSection } from "../context";
import { floorPass } from "../floor";
import { race } from "../harness";
import { figure, fmt } from "../report";
import { MIB, mbPerSecond, totalBytes } from "../units";

/** 2. What an ordinary note costs the parser before it is turned away, against the floor. */
export const rejectSection: BenchSection = {
	number: "2",
	id: "reject",
	title: "Ordinary-note rejection",
	run(ctx: BenchContext) {
		const { reps, ordinarySample } = ctx.options;
		const notes = ctx.vault.ordinaryNotes(ordinarySample);
		const sample = notes.map((n) => n.text);
		const bytes = totalBytes(notes);
		const misread = notes.filter((n) => parseNote(n.text).isStoryNote);
		ctx.progress(`2. rejecting ${notes.length} ordinary notes (${fmt(bytes / MIB)} MB): floor, parseNote × ${reps * 3}`);
		const times = race(
			[
				{
					name: "floor",
					run: () => {
						let sum = 0;
						for (const text of sample) sum = (sum + floorPass(text)) | 0;
						return sum;
					},
				},
				{
					name: "parser",
					run: () => {
						let kept = 0;
						for (const text of sample) if (parseNote(text).isStoryNote) kept++;
						return kept;
					},
				},
			],
			{ warmup: 2, reps: reps * 3 },
		);
		const floor = times.get("floor") ?? 0;
		const parser = times.get("parser") ?? 0;
		return {
			rows: [
				figure(
					"reject.parser_mb_s",
					"parseNote on ordinary notes",
					mbPerSecond(bytes, parser),
					"MB/s",
					`${fmt(mbPerSecond(bytes, parser))} MB/s`,
				),
				figure(
					"reject.floor_mb_s",
					"floor on the same notes",
					mbPerSecond(bytes, floor),
					"MB/s",
					`${fmt(mbPerSecond(bytes, floor))} MB/s`,
				),
				figure("reject.vs_floor", "parseNote time ÷ floor time", parser / floor, "x", `${fmt(parser / floor)}×`, {
					op: "<=",
					bound: 2,
					text: "≤ 2×",
				}),
				figure(
					"reject.misread",
					"ordinary notes read as story notes",
					misread.length,
					"notes",
					`${misread.length} of ${notes.length}`,
					{ op: "<=", bound: 0, text: "0" },
				),
			],
			notes: [
				`Sample: the vault's first ${notes.length} ordinary notes, ${fmt(bytes / MIB)} MB (prose, lists, ` +
					`tasks, code, tables, links, frontmatter); median of ${reps * 3} interleaved passes.`,
				...misread.slice(0, 3).map((n) => `Misread as a story note: ${n.path}`),
			],
		};
	},
};
