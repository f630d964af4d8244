import { parseNote } from "../../../src/core/parser/note-parser";
import { StoryIndex } from "../../../src/core/index/story-index";
import type { BenchContext, BenchSection } from "../context";
import { canCollect, collect, consume, heapUsed } from "../harness";
import { figure, fmt } from "../report";
import { KIB, MIB } from "../units";
import type { SyntheticNote } from "../vault";

/**
 * Heap the index keeps after indexing `notes`: heapUsed with the index, minus
 * heapUsed once it is dropped, each after a forced collection, back to back,
 * so garbage left by earlier sections cannot sway it. With `freshText`, each
 * note is parsed from a new copy of its text, as a file read gives it, so text
 * the index keeps alive through substrings is counted; without, the text is
 * the vault's own (on the heap anyway), so it is not. `grown` is the same
 * figure taken the other way (after the build minus before it), as a check.
 */
function indexHeap(notes: readonly SyntheticNote[], freshText: boolean): { bytes: number; grown: number; stories: number } {
	collect();
	const before = heapUsed();
	const built = weighIndex(notes, freshText);
	// The index died with weighIndex's frame; a local set to null could still be held by a stale interpreter register.
	collect();
	return { bytes: built.withIndex - heapUsed(), grown: built.withIndex - before, stories: built.stories };
}

/** Builds the index and reads heapUsed while it is alive. */
function weighIndex(notes: readonly SyntheticNote[], freshText: boolean): { withIndex: number; stories: number } {
	const index = new StoryIndex();
	for (const note of notes) index.update(note.path, parseNote(freshText ? Buffer.from(note.text, "utf8").toString("utf8") : note.text));
	const stories = index.stories().length;
	collect();
	const withIndex = heapUsed();
	consume(index.notes().length);
	return { withIndex, stories };
}

/** 6a. Heap the index keeps per story. */
export const memorySection: BenchSection = {
	number: "6a",
	id: "memory",
	title: "Heap",
	run(ctx: BenchContext) {
		const size = ctx.largestSize;
		// The index keeps only story notes; ordinary notes leave nothing behind, so indexing the story notes alone gives the same heap.
		const notes = ctx.vault.notes(size).filter((n) => n.story);
		ctx.progress(`6. heap of the index of the ${size.toLocaleString("en-US")}-note vault (${notes.length} story notes)`);
		const fresh = indexHeap(notes, true);
		const shared = indexHeap(notes, false);
		const perStory = fresh.bytes / fresh.stories;
		const textPerStory = (fresh.bytes - shared.bytes) / fresh.stories;
		return {
			rows: [
				figure(
					"memory.index_mb",
					`index of the ${size.toLocaleString("en-US")}-note vault`,
					fresh.bytes / MIB,
					"MB",
					`${fmt(fresh.bytes / MIB)} MB`,
				),
				figure(
					"memory.per_1000_stories_mb",
					"heap per 1,000 stories",
					(perStory * 1000) / MIB,
					"MB",
					`${fmt((perStory * 1000) / MIB)} MB`,
				),
				figure("memory.per_story_bytes", "heap per story", perStory, "bytes", `${fmt(perStory / KIB)} KB`, {
					op: "<",
					bound: 2 * KIB,
					text: "< 2 KB",
				}),
				figure(
					"memory.text_per_story_bytes",
					"  of which note text kept alive",
					textPerStory,
					"bytes",
					`${fmt(textPerStory / KIB)} KB`,
				),
			],
			notes: [
				`${fresh.stories.toLocaleString("en-US")} stories; heapUsed with the index minus heapUsed once it is ` +
					`dropped (forced GC before each), divided by stories; ` +
					`each note parsed from a fresh copy of its text. Includes the lists and id maps the first query builds.`,
				`"Note text kept alive": the same index built from text already on the heap weighs that much less ` +
					`per story; a string cut from a note can keep the whole note alive (V8 sliced strings).`,
				...(Math.abs(fresh.grown - fresh.bytes) > 0.2 * fresh.bytes
					? [
							`Check: heap growth over the build was ${fmt(fresh.grown / MIB)} MB against ` +
								`${fmt(fresh.bytes / MIB)} MB freed by dropping the index; rerun if they stay apart.`,
						]
					: []),
				...(canCollect ? [] : ["Run with node --expose-gc for these figures to mean anything."]),
			],
		};
	},
};
