import { parseNote } from "../../src/core/parser/note-parser";
import type { PracticeRound, Rating } from "../../src/core/practice/practice-round";
import type { CompetencyLookup, CoverageLevel } from "../../src/core/practice/competency-lookup";
import type { PracticeQuestion } from "../../src/core/practice/practice-question";
import { StoryIndex } from "../../src/core/index/story-index";

/** A story index holding the given notes, `{ path: markdown }`. */
export function indexOf(notes: Record<string, string>): StoryIndex {
	const index = new StoryIndex();
	for (const [path, text] of Object.entries(notes)) index.update(path, parseNote(text));
	return index;
}

/**
 * A competency lookup from a table, as the competency service would answer:
 * a question belongs to the first competency whose word it contains; levels
 * and story competencies are given outright.
 */
export function stubLookup(table: {
	competencies: Record<string, string>;
	words?: Record<string, string>;
	levels?: Record<string, CoverageLevel>;
	stories?: Record<string, string[]>;
}): CompetencyLookup {
	return {
		competencies: () => Object.entries(table.competencies).map(([id, name]) => ({ id, name })),
		competencyOf: (q) => {
			const text = [q.text, ...q.alternates].join(" ").toLowerCase();
			for (const [word, id] of Object.entries(table.words ?? {})) if (text.includes(word)) return id;
			return null;
		},
		levelOf: (id) => table.levels?.[id] ?? "strong",
		competenciesOfStory: (id) => table.stories?.[id] ?? [],
	};
}

/** A practice question with only what a test cares about. */
export function question(id: string, patch: Partial<PracticeQuestion> = {}): PracticeQuestion {
	return {
		id,
		source: "vault",
		phrasings: [`Question ${id}?`],
		competencyId: null,
		theme: "general",
		highlights: [],
		storyIds: [],
		path: "Bank.md",
		line: 1,
		company: null,
		level: null,
		...patch,
	};
}

let counter = 0;

/** A stored round of a question, rated on a given date (ISO, UTC). */
export function rated(questionId: string, rating: Rating, practisedAt: string, patch: Partial<PracticeRound> = {}): PracticeRound {
	counter++;
	return {
		id: `r-${counter}`,
		questionId,
		questionText: `Question ${questionId}?`,
		competencyId: null,
		source: "vault",
		storyIds: [],
		rating,
		note: "",
		seconds: 120,
		practisedAt: new Date(practisedAt).toISOString(),
		...patch,
	};
}
