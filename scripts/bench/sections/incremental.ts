import { parseNote } from "../../../src/core/parser/note-parser";
import { buildIndex, type BenchContext, type BenchSection } from "../context";
import { collect, consume, median, timeMs } from "../harness";
import { figure, fmt } from "../report";
import { KIB } from "../units";
import type { SyntheticNote } from "../vault";

/** The note as the user left it after one edit: a sentence added to a line in its middle. */
function edited(text: string): string {
	const lines = text.split("\n");
	let at = lines.length >> 1;
	while (at < lines.length - 1 && (lines[at] ?? "").length < 40) at++;
	lines[at] = `${lines[at] ?? ""} Three more teams adopted it since.`;
	return lines.join("\n");
}

/** The story note of median size: the typical note a user edits. */
function typicalStoryNote(notes: readonly SyntheticNote[]): SyntheticNote {
	const stories = notes.filter((n) => n.story).sort((a, b) => a.bytes - b.bytes);
	const note = stories[stories.length >> 1];
	if (!note) throw new Error("The vault holds no story note.");
	return note;
}

/** 4. One changed note in the largest vault: re-parse, update the index, and the first query after it. */
export const incrementalSection: BenchSection = {
	number: "4",
	id: "incremental",
	title: "Incremental update",
	run(ctx: BenchContext) {
		const largest = ctx.largestSize;
		const notes = ctx.vault.notes(largest);
		let full = ctx.fullIndexMs.get(largest);
		const fullNote = full === undefined ? " (a single build, as the index section did not run)" : "";
		if (full === undefined) {
			ctx.progress(`4. one full index of ${largest.toLocaleString("en-US")} notes, to compare against`);
			collect();
			full = timeMs(() => buildIndex(notes).stories().length);
		}
		const index = ctx.largestIndex();
		const note = typicalStoryNote(notes);
		const versions = [edited(note.text), note.text];
		const reps = ctx.options.mode === "quick" ? 15 : 31;
		ctx.progress(`4. incremental update of ${note.path} (${fmt(note.bytes / KIB)} KB) × ${reps}`);

		const parse: number[] = [];
		const update: number[] = [];
		const query: number[] = [];
		const total: number[] = [];
		collect();
		for (let i = -5; i < reps; i++) {
			const text = versions[(i + 6) % 2] ?? note.text;
			const t0 = process.hrtime.bigint();
			const parsed = parseNote(text);
			const t1 = process.hrtime.bigint();
			index.update(note.path, parsed);
			const t2 = process.hrtime.bigint();
			consume(index.stories().length);
			const t3 = process.hrtime.bigint();
			if (i < 0) continue; // warm-up
			parse.push(Number(t1 - t0) / 1e6);
			update.push(Number(t2 - t1) / 1e6);
			query.push(Number(t3 - t2) / 1e6);
			total.push(Number(t3 - t0) / 1e6);
		}
		const ms = median(total);
		const fraction = ms / full;
		return {
			rows: [
				figure("incremental.ms", "changed note: parse + update + first query", ms, "ms", `${fmt(ms)} ms`),
				figure("incremental.parse_ms", "  of which parseNote", median(parse), "ms", `${fmt(median(parse))} ms`),
				figure("incremental.update_ms", "  of which StoryIndex.update", median(update), "ms", `${fmt(median(update))} ms`),
				figure("incremental.query_ms", "  of which first index.stories()", median(query), "ms", `${fmt(median(query))} ms`),
				figure(
					"incremental.fraction",
					`fraction of the full ${largest.toLocaleString("en-US")}-note index`,
					fraction,
					"ratio",
					`1/${fmt(1 / fraction)}`,
					{ op: "<=", bound: 0.001, text: "≤ 1/1000" },
				),
			],
			notes: [
				`The edited note is the median-size story note (${fmt(note.bytes / KIB)} KB); ` +
					`each repetition swaps between two versions, so every update is a real change. Full index: ${fmt(full)} ms${fullNote}.`,
			],
		};
	},
};
