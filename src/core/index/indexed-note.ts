import type { ParsedNote, Question, Story } from "../types";

// The shapes the index keeps: the parser's output with the note's path on every entry.

/** A question with the note it lives in. (The line as written, `raw`, stays with the parser's output.) */
export interface IndexedQuestion extends Omit<Question, "raw"> {
	path: string;
}

/**
 * A story with the note it lives in. The index keeps the parts once, as
 * `partList`; `partsOf` (story-parts.ts) gives the record by part name.
 */
export interface IndexedStory extends Omit<Story, "parts"> {
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
