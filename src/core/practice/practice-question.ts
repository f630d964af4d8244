import type { ProbeTheme } from "./probe-themes";

/** A question practice can ask: from the user's notes or from the built-in bank. */
export interface PracticeQuestion {
	/** The question's id: a vault question id (`q-…`) or a built-in one (`bank-…`). History is kept against it. */
	id: string;
	source: "vault" | "builtin";
	/** Every phrasing, the first as written first; each counts as a way to ask the question. */
	phrasings: readonly string[];
	competencyId: string | null;
	theme: ProbeTheme;
	/** Highlighted key phrases of the question (vault questions only). */
	highlights: readonly string[];
	/** Stories written under or linked to the question, in note order (vault questions only). */
	storyIds: readonly string[];
	/** Where the question is written (vault questions only). */
	path: string | null;
	line: number | null;
	/** From the note's frontmatter, when it has them. */
	company: string | null;
	level: string | null;
	/** Marked TODO in the note: the user means to prepare a story for it (vault questions only). */
	todo?: boolean;
	/** Stories the user noted they would tell for it that match no story yet ("(maxim)", `[[…]]`), as written. */
	plannedStories?: readonly string[];
}

/** A question as asked in one round: which phrasing, and why it was chosen. */
export interface AskedQuestion {
	question: PracticeQuestion;
	/** The phrasing asked this time. */
	text: string;
	/** Why the scheduler picked it, so the choice is never a mystery. */
	reasons: readonly PickReason[];
}

/** One reason the scheduler gave a question priority. */
export type PickReason =
	| "no-stories"
	| "thin-stories"
	| "never-practised"
	| "own-question"
	| "to-prepare"
	| "below-last-time"
	| "at-last-time"
	| "due"
	| "overdue"
	| "not-due"
	| "only-choice"
	| "chosen";
