import type { CompetencyMatcher } from "../competencies/competency-matcher";
import type { IndexedNote } from "../index/story-index";
import { plannedStories } from "../parser/story-pointers";

/** A question of the notes that asks for a competency, where it is written, and what the user noted about it. */
export interface AskingQuestion {
	id: string;
	text: string;
	path: string;
	line: number;
	/** Marked TODO in the note: still to prepare. */
	todo: boolean;
	/** Stories the user noted they would tell for it that match no story yet. */
	planned: readonly string[];
}

/**
 * The questions in the notes that ask for one competency, in note order (by
 * path, then line), each place it is written: what the panel's "N questions in your notes
 * ask for one" lists when the row is opened. Matched as the panel counts them
 * (`matcher.matchQuestion`, whose results are cached), so the list and the
 * count agree; called only for an open row.
 */
export function questionsAskingFor(notes: readonly IndexedNote[], matcher: CompetencyMatcher, competencyId: string): AskingQuestion[] {
	const out: AskingQuestion[] = [];
	const sorted = [...notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	// Each note's questions are in line order already.
	for (const note of sorted) {
		for (const q of note.questions) {
			if (!matcher.matchQuestion(q, note.meta.competencies).some((m) => m.competencyId === competencyId)) continue;
			out.push({
				id: q.id,
				text: q.text,
				path: note.path,
				line: q.line,
				todo: q.todo === true,
				planned: plannedStories(q),
			});
		}
	}
	return out;
}
