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
	/**
	 * Questions of other notes whose `[[links]]` point to this note's stories (the ids are in those stories'
	 * `questionIds`), so the note's coverage can read them as it reads its own. Set by the index; absent when none.
	 */
	linkedQuestions?: readonly IndexedQuestion[];
}

/** A note the index left out on purpose, with the reason shown to the user. */
export interface SkippedNote {
	path: string;
	reason: string;
}

/**
 * A note's questions by id, with the questions of other notes that link to its stories: what a story's
 * `questionIds` name. A question written in the note itself wins over a linked one with the same id.
 */
export function questionsOfNote(note: Pick<IndexedNote, "questions" | "linkedQuestions">): Map<string, IndexedQuestion> {
	const byId = new Map<string, IndexedQuestion>();
	for (const q of note.linkedQuestions ?? []) byId.set(q.id, q);
	for (const q of note.questions) byId.set(q.id, q);
	return byId;
}
