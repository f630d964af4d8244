import type { NoteMeta } from "../types";

/** How well the user's stories cover a competency, as the coverage panel rates it. */
export type CoverageLevel = "strong" | "thin" | "empty";

/** A competency as practice shows it. */
export interface PracticeCompetency {
	id: string;
	name: string;
}

/** What a question looks like to the competency matcher. */
export interface CompetencyQuery {
	text: string;
	alternates: readonly string[];
	/** Highlighted phrases with their colour name, which a user may have mapped to a competency. */
	highlights: readonly { text: string; colorName: string | null }[];
	tags: readonly string[];
	/** Frontmatter of the note the question is in, when it is from a note. */
	meta: NoteMeta | null;
}

/**
 * What practice needs to know about competencies. The shell answers from the
 * competency service; tests answer from a table. Practice never needs to
 * know how a match was found.
 */
export interface CompetencyLookup {
	/** The competencies of the chosen set, in display order. */
	competencies: () => readonly PracticeCompetency[];
	/** The competency a question practises, or `null` when none fits. */
	competencyOf: (question: CompetencyQuery) => string | null;
	/** How well the user's stories cover a competency. */
	levelOf: (competencyId: string) => CoverageLevel;
	/** The competencies a story serves (for ranking stories); empty when unknown. */
	competenciesOfStory: (storyId: string) => readonly string[];
}

/** A lookup that knows nothing: no competencies, every level "empty". For a set that failed to load. */
export const NO_COMPETENCIES: CompetencyLookup = {
	competencies: () => [],
	competencyOf: () => null,
	levelOf: () => "empty",
	competenciesOfStory: () => [],
};
