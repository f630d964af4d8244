import { fromMarkdown } from "mdast-util-from-markdown";
import { parseNote } from "../../../src/core/parser/note-parser";
import type { BenchContext, BenchSection } from "../context";
import { floorPass } from "../floor";
import { race } from "../harness";
import { figure, fmt, type Row } from "../report";
import { STORY_SHAPES } from "../story-notes";
import { MIB, mbPerSecond, totalBytes } from "../units";

const texts = (notes: ReadonlyArray<{ text: string }>): string[] => notes.map((n) => n.text);

function floorAll(list: readonly string[]): number {
	let sum = 0;
	for (const text of list) sum = (sum + floorPass(text)) | 0;
	return sum;
}

function parseAll(list: readonly string[]): number {
	let stories = 0;
	for (const text of list) stories += parseNote(text).stories.length;
	return stories;
}

function mdastAll(list: readonly string[]): number {
	let blocks = 0;
	for (const text of list) blocks += fromMarkdown(text).children.length;
	return blocks;
}

/** 1. Story-note parsing against the floor and against a CommonMark parser, on the same text. */
export const parseSection: BenchSection = {
	number: "1",
	id: "parse",
	title: "Story-note parsing",
	run(ctx: BenchContext) {
		const { reps, storySample, shapeSample } = ctx.options;
		const notes = ctx.vault.storyNotes(storySample);
		const sample = texts(notes);
		const bytes = totalBytes(notes);
		ctx.progress(
			`1. parsing ${notes.length} story notes (${fmt(bytes / MIB)} MB): ` +
				`floor and parseNote interleaved × ${reps * 3}, then mdast × ${reps}`,
		);
		// mdast is timed on its own: interleaved, its garbage would be collected on parseNote's time.
		const light = race(
			[
				{ name: "floor", run: () => floorAll(sample) },
				{ name: "parser", run: () => parseAll(sample) },
			],
			// Cheap next to mdast, so more passes: the ratio to the floor is the figure being optimised.
			{ warmup: 1, reps: reps * 3 },
		);
		const alone = race([{ name: "mdast", run: () => mdastAll(sample) }], { warmup: 1, reps });
		const floor = light.get("floor") ?? 0;
		const parser = light.get("parser") ?? 0;
		const mdast = alone.get("mdast") ?? 0;
		const vsMdast = mdast / parser;
		const stories = parseAll(sample);

		const rows: Row[] = [
			figure("parse.parser_mb_s", "parseNote", mbPerSecond(bytes, parser), "MB/s", `${fmt(mbPerSecond(bytes, parser))} MB/s`),
			figure(
				"parse.floor_mb_s",
				"floor (split + read every char)",
				mbPerSecond(bytes, floor),
				"MB/s",
				`${fmt(mbPerSecond(bytes, floor))} MB/s`,
			),
			figure("parse.mdast_mb_s", "mdast fromMarkdown", mbPerSecond(bytes, mdast), "MB/s", `${fmt(mbPerSecond(bytes, mdast))} MB/s`),
			figure("parse.vs_floor", "parseNote time ÷ floor time", parser / floor, "x", `${fmt(parser / floor)}×`, {
				op: "<=",
				bound: 4,
				text: "≤ 4×",
			}),
			figure("parse.vs_mdast", "mdast time ÷ parseNote time", vsMdast, "x", `${fmt(vsMdast)}× faster`, {
				op: ">=",
				bound: 10,
				text: "≥ 10×",
			}),
		];

		ctx.progress(`1. per-shape parse figures, ${shapeSample} notes per shape`);
		for (const shape of STORY_SHAPES) {
			const shaped = ctx.vault.shapeNotes(shape, shapeSample);
			const list = texts(shaped);
			const t = race(
				[
					{ name: "floor", run: () => floorAll(list) },
					{ name: "parser", run: () => parseAll(list) },
				],
				{ warmup: 1, reps },
			);
			const ratio = (t.get("parser") ?? 0) / (t.get("floor") ?? 1);
			const speed = mbPerSecond(totalBytes(shaped), t.get("parser") ?? 0);
			rows.push(
				figure(`parse.shape.${shape}.vs_floor`, `  shape "${shape}": ÷ floor (MB/s)`, ratio, "x", `${fmt(ratio)}× (${fmt(speed)})`),
			);
		}

		return {
			rows,
			notes: [
				`Sample: the vault's first ${notes.length} story notes, ${fmt(bytes / MIB)} MB, ${stories} stories, ` +
					`every shape. Medians: ${reps * 3} interleaved passes of floor and parseNote, ` +
					`then ${reps} of mdast on its own (its garbage would burden whatever ran next to it).`,
				'Floor: text.split("\\n"), then charCodeAt on every character of every line into a checksum (scripts/bench/floor.ts).',
			],
		};
	},
};
