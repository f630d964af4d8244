import { ordinaryNote } from "./ordinary-notes";
import { noteSeed, Random } from "./prng";
import { hugeStoryNote, STORY_SHAPES, storyNote, type StoryShape } from "./story-notes";
import { KIB as KB } from "./units";
import { FOLDERS, TITLES } from "./words";

/** One generated note. */
export interface SyntheticNote {
	path: string;
	text: string;
	/** Written as a story note (the parser should index it). */
	story: boolean;
	/** UTF-8 size, as the file would be on disk. */
	bytes: number;
}

/** One note in twenty is a story note: exactly one in each run of twenty, so every prefix of 20·k notes holds 5%. */
const BLOCK = 20;

/**
 * A synthetic vault, generated note by note from one seed. Note `i` depends
 * only on the seed and `i`, so the 1,000-note vault is the first 1,000 notes
 * of the 20,000-note one, and every run builds the same text.
 */
export class SyntheticVault {
	private readonly generated: SyntheticNote[] = [];

	constructor(readonly seed: number) {}

	/** The first `count` notes. */
	notes(count: number): readonly SyntheticNote[] {
		while (this.generated.length < count) this.generated.push(this.make(this.generated.length));
		return this.generated.slice(0, count);
	}

	/** The first `count` story notes (generating as far into the vault as that takes). */
	storyNotes(count: number): SyntheticNote[] {
		return this.firstWhere(count, (n) => n.story);
	}

	/** The first `count` ordinary notes. */
	ordinaryNotes(count: number): SyntheticNote[] {
		return this.firstWhere(count, (n) => !n.story);
	}

	/** `count` story notes written in one shape only, for the per-shape figures. */
	shapeNotes(shape: StoryShape, count: number): SyntheticNote[] {
		const out: SyntheticNote[] = [];
		for (let i = 0; i < count; i++) {
			const rng = new Random(noteSeed(this.seed ^ 0x27d4eb2f, STORY_SHAPES.indexOf(shape) * 100_000 + i));
			const text = storyNote(rng, rng.logUniform(2 * KB, 20 * KB), [shape]);
			out.push({ path: `Shapes/${shape} ${i}.md`, text, story: true, bytes: Buffer.byteLength(text) });
		}
		return out;
	}

	/** One story note of about `bytes`, cycling through every shape. */
	hugeNote(bytes: number): SyntheticNote {
		const text = hugeStoryNote(new Random(noteSeed(this.seed, -1)), bytes);
		return { path: "Interview/Everything.md", text, story: true, bytes: Buffer.byteLength(text) };
	}

	private firstWhere(count: number, keep: (n: SyntheticNote) => boolean): SyntheticNote[] {
		const out: SyntheticNote[] = [];
		for (let i = 0; out.length < count; i++) {
			const note = this.generated[i] ?? this.notes(i + 1)[i];
			if (note && keep(note)) out.push(note);
		}
		return out;
	}

	private make(index: number): SyntheticNote {
		const block = Math.floor(index / BLOCK);
		const storySlot = noteSeed(this.seed ^ 0x5bd1e995, block) % BLOCK;
		const story = index % BLOCK === storySlot;
		const rng = new Random(noteSeed(this.seed, index));
		const text = story ? storyNote(rng, rng.logUniform(2 * KB, 20 * KB)) : ordinaryNote(rng, rng.logUniform(1 * KB, 8 * KB));
		const folder = story ? rng.pick(["Interview", "Career/Interviews", "Inbox", "Projects"]) : rng.pick(FOLDERS);
		const name = story ? "Stories" : rng.pick(TITLES);
		return { path: `${folder}/${name} ${index}.md`, text, story, bytes: Buffer.byteLength(text) };
	}
}
