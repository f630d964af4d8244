import { parseNote } from "../../src/core/parser/note-parser";
import { StoryIndex } from "../../src/core/index/story-index";
import { consume } from "./harness";
import type { BenchOptions, SectionId } from "./options";
import { fmt, type Section } from "./report";
import { MIB, totalBytes } from "./units";
import { SyntheticVault } from "./vault";

/**
 * How much text the parser reads before anything is timed. V8 needs several
 * megabytes of notes before parseNote reaches its steady speed (the first
 * pass over 8 MB runs at about half of it), so a short warm-up would bill
 * compilation to whichever section runs first.
 */
const WARM_UP_BYTES = 24 * MIB;

/** What the sections share: the options, the vault, and figures one section hands to another. */
export class BenchContext {
	readonly vault: SyntheticVault;
	/** Median full-index time by vault size, filled by the index section. */
	readonly fullIndexMs = new Map<number, number>();
	private largest: StoryIndex | null = null;
	private warm = false;
	private readonly started = Date.now();

	constructor(readonly options: BenchOptions) {
		this.vault = new SyntheticVault(options.seed);
	}

	/** The size of the largest vault (20,000 notes in a full run). */
	get largestSize(): number {
		return this.options.vaultSizes[this.options.vaultSizes.length - 1] ?? 0;
	}

	/** The index of the largest vault, built once (or handed over by the index section). */
	largestIndex(): StoryIndex {
		if (!this.largest) this.largest = buildIndex(this.vault.notes(this.largestSize));
		return this.largest;
	}

	keepLargestIndex(index: StoryIndex): void {
		this.largest = index;
	}

	/** Brings the parser and the index to their steady speed, once per process, on the sample notes. */
	warmUp(): void {
		if (this.warm) return;
		this.warm = true;
		const notes = [...this.vault.storyNotes(this.options.storySample), ...this.vault.ordinaryNotes(this.options.ordinarySample)];
		const passes = Math.ceil((this.options.mode === "quick" ? WARM_UP_BYTES / 2 : WARM_UP_BYTES) / totalBytes(notes));
		this.progress(`warming up: ${passes} passes over ${fmt(totalBytes(notes) / MIB)} MB of sample notes`);
		for (let i = 0; i < passes; i++) consume(buildIndex(notes).stories().length);
	}

	/** A progress line on stderr, so `--json` output stays clean. */
	progress(message: string): void {
		const seconds = ((Date.now() - this.started) / 1000).toFixed(1).padStart(6);
		process.stderr.write(`[bench ${seconds} s] ${message}\n`);
	}
}

/** A full index as the plugin builds it, from memory: parse every note, update the index with each. */
export function buildIndex(notes: ReadonlyArray<{ path: string; text: string }>): StoryIndex {
	const index = new StoryIndex();
	for (const note of notes) index.update(note.path, parseNote(note.text));
	return index;
}

/** One section of the bench: its number in the report, its `--only` name, and what it measures. */
export interface BenchSection {
	number: string;
	id: SectionId;
	title: string;
	run: (ctx: BenchContext) => SectionBody | Promise<SectionBody>;
}

export type SectionBody = Pick<Section, "rows" | "notes">;
