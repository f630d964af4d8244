import type { CompetencyLookup } from "./competency-lookup";
import type { PracticeQuestion } from "./practice-question";
import { BANK, type BankEntry } from "./question-bank-data";

const byId = new Map<string, BankEntry>(BANK.map((entry) => [entry.id, entry]));

/** A built-in question by id, or `undefined` for an id the bank does not have (any more). */
export function bankEntry(id: string): BankEntry | undefined {
	return byId.get(id);
}

/**
 * The built-in questions as practice questions for the chosen set: each takes
 * the first of its competencies the set has. For a set that has none of them
 * (a custom set), the matcher decides from the question's words.
 */
export function bankQuestions(lookup: CompetencyLookup): PracticeQuestion[] {
	const inSet = new Set(lookup.competencies().map((c) => c.id));
	return BANK.map((entry) => {
		const competencyId =
			entry.competencies.find((id) => inSet.has(id)) ??
			(inSet.size > 0 ? lookup.competencyOf({ text: entry.text, alternates: [], highlights: [], tags: [], meta: null }) : null);
		return {
			id: entry.id,
			source: "builtin",
			phrasings: [entry.text],
			competencyId,
			theme: entry.theme,
			highlights: [],
			storyIds: [],
			path: null,
			line: null,
			company: null,
			level: null,
		};
	});
}
