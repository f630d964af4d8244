import type { ParsedNote, Question, Story } from "./types";

/** A question with the note it lives in. */
export interface IndexedQuestion extends Question {
	path: string;
}

/** A story with the note it lives in. */
export interface IndexedStory extends Story {
	path: string;
}

/** A story note in the index. */
export interface IndexedNote extends Omit<ParsedNote, "questions" | "stories"> {
	path: string;
	questions: IndexedQuestion[];
	stories: IndexedStory[];
}

/** A note the index left out on purpose, with the reason shown to the user. */
export interface SkippedNote {
	path: string;
	reason: string;
}

/** What one change to the index touched. */
export interface IndexChange {
	revision: number;
	/** Paths added, updated or removed; empty when the whole index was replaced. */
	paths: string[];
}

export type IndexListener = (change: IndexChange) => void;

interface Lookups {
	questions: IndexedQuestion[];
	stories: IndexedStory[];
	questionById: Map<string, IndexedQuestion[]>;
	storyById: Map<string, IndexedStory[]>;
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Every story note of the vault, keyed by path. Updates are per note, so a
 * change costs one note's parse; the flat lists and id lookups are rebuilt
 * lazily, once per revision, when someone asks.
 */
export class StoryIndex {
	private readonly notesByPath = new Map<string, IndexedNote>();
	private readonly skippedByPath = new Map<string, SkippedNote>();
	private readonly listeners = new Set<IndexListener>();
	private lookups: Lookups | null = null;
	private revisionNumber = 0;

	/** Goes up by one on every change; views redraw when it moved. */
	get revision(): number {
		return this.revisionNumber;
	}

	/** Stores a parsed note, or drops it when it holds no interview material. Returns whether anything changed. */
	update(path: string, parsed: ParsedNote, options: { keepEmpty?: boolean } = {}): boolean {
		const hadSkip = this.skippedByPath.delete(path);
		const keep = parsed.isStoryNote || (options.keepEmpty === true && (parsed.questions.length > 0 || parsed.stories.length > 0));
		if (!keep) {
			const had = this.notesByPath.delete(path);
			if (had || hadSkip) this.touch([path]);
			return had || hadSkip;
		}
		this.notesByPath.set(path, withPath(path, parsed));
		this.touch([path]);
		return true;
	}

	/** Records a note left out (too large, unreadable), so the panel can say why. */
	skip(path: string, reason: string): void {
		this.notesByPath.delete(path);
		this.skippedByPath.set(path, { path, reason });
		this.touch([path]);
	}

	/** Forgets a note. Returns whether it was known. */
	remove(path: string): boolean {
		const had = this.notesByPath.delete(path);
		const hadSkip = this.skippedByPath.delete(path);
		if (had || hadSkip) this.touch([path]);
		return had || hadSkip;
	}

	/** Moves a note to its new path; ids do not change, so practice history stays attached. */
	rename(oldPath: string, newPath: string): boolean {
		const note = this.notesByPath.get(oldPath);
		const skipped = this.skippedByPath.get(oldPath);
		if (!note && !skipped) return false;
		this.notesByPath.delete(oldPath);
		this.skippedByPath.delete(oldPath);
		if (note) this.notesByPath.set(newPath, withPath(newPath, note));
		if (skipped) this.skippedByPath.set(newPath, { path: newPath, reason: skipped.reason });
		this.touch([oldPath, newPath]);
		return true;
	}

	/** Empties the index (for a full re-scan after the scope changed). */
	clear(): void {
		this.notesByPath.clear();
		this.skippedByPath.clear();
		this.touch([]);
	}

	has(path: string): boolean {
		return this.notesByPath.has(path);
	}

	/** One note by path. */
	note(path: string): IndexedNote | undefined {
		return this.notesByPath.get(path);
	}

	/** All story notes, sorted by path. */
	notes(): IndexedNote[] {
		return [...this.notesByPath.values()].sort(byPath);
	}

	/** Notes left out, sorted by path. */
	skipped(): SkippedNote[] {
		return [...this.skippedByPath.values()].sort(byPath);
	}

	/** Every question, by note path then line. */
	questions(): readonly IndexedQuestion[] {
		return this.lookup().questions;
	}

	/** Every story, by note path then line. */
	stories(): readonly IndexedStory[] {
		return this.lookup().stories;
	}

	/** A question by id. The same question written in two notes shares one id; the first note (by path) answers. */
	question(id: string): IndexedQuestion | undefined {
		return this.lookup().questionById.get(id)?.[0];
	}

	/** Every place a question id is written. */
	questionOccurrences(id: string): readonly IndexedQuestion[] {
		return this.lookup().questionById.get(id) ?? [];
	}

	/** A story by id. */
	story(id: string): IndexedStory | undefined {
		return this.lookup().storyById.get(id)?.[0];
	}

	/** The stories that answer a question, in every note that holds it. */
	storiesOfQuestion(questionId: string): IndexedStory[] {
		const out: IndexedStory[] = [];
		const seen = new Set<IndexedStory>();
		for (const q of this.questionOccurrences(questionId)) {
			for (const sid of q.storyIds) {
				for (const s of this.lookup().storyById.get(sid) ?? []) {
					if (s.path === q.path && !seen.has(s)) {
						seen.add(s);
						out.push(s);
					}
				}
			}
		}
		return out;
	}

	/** Listens to changes; returns a function that stops listening. */
	onChange(listener: IndexListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private touch(paths: string[]): void {
		this.revisionNumber++;
		this.lookups = null;
		const change: IndexChange = { revision: this.revisionNumber, paths };
		for (const listener of this.listeners) listener(change);
	}

	private lookup(): Lookups {
		if (this.lookups) return this.lookups;
		const questions: IndexedQuestion[] = [];
		const stories: IndexedStory[] = [];
		const questionById = new Map<string, IndexedQuestion[]>();
		const storyById = new Map<string, IndexedStory[]>();
		for (const note of this.notes()) {
			for (const q of note.questions) {
				questions.push(q);
				const list = questionById.get(q.id);
				if (list) list.push(q);
				else questionById.set(q.id, [q]);
			}
			for (const s of note.stories) {
				stories.push(s);
				const list = storyById.get(s.id);
				if (list) list.push(s);
				else storyById.set(s.id, [s]);
			}
		}
		this.lookups = { questions, stories, questionById, storyById };
		return this.lookups;
	}
}

function withPath(path: string, parsed: ParsedNote | IndexedNote): IndexedNote {
	return {
		...parsed,
		path,
		questions: parsed.questions.map((q) => ({ ...q, path })),
		stories: parsed.stories.map((s) => ({ ...s, path })),
	};
}
