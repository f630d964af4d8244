import type { QuestionSource } from "../settings";
import { plannedStories } from "../parser/story-pointers";
import type { IndexedNote } from "../index/story-index";
import type { CompetencyLookup } from "./competency-lookup";
import type { PracticeQuestion } from "./practice-question";
import { themeOf } from "./probe-themes";
import { bankQuestions } from "./question-bank";

/** The questions a round can be drawn from. */
export interface QuestionPool {
	questions: PracticeQuestion[];
	/** True when the notes were asked for but hold no question, so the built-in bank stands in. */
	usedBankFallback: boolean;
}

/**
 * Every question practice may ask, from the source the user chose: the
 * questions in their notes (one entry per id, however many notes repeat it),
 * the built-in bank, or both. A vault with no questions falls back to the bank.
 */
export function buildQuestionPool(notes: readonly IndexedNote[], source: QuestionSource, lookup: CompetencyLookup): QuestionPool {
	const vault = source === "builtin" ? [] : vaultQuestions(notes, lookup);
	const useBank = source !== "vault" || vault.length === 0;
	return {
		questions: useBank ? [...vault, ...bankQuestions(lookup)] : vault,
		usedBankFallback: source === "vault" && vault.length === 0,
	};
}

/** The questions written in the user's notes, first note (by path) first. */
export function vaultQuestions(notes: readonly IndexedNote[], lookup: CompetencyLookup): PracticeQuestion[] {
	const byId = new Map<string, PracticeQuestion & { storyIds: string[] }>();
	for (const note of notes) {
		for (const q of note.questions) {
			const known = byId.get(q.id);
			if (known) {
				for (const sid of q.storyIds) if (!known.storyIds.includes(sid)) known.storyIds.push(sid);
				continue;
			}
			const competencyId = lookup.competencyOf({
				text: q.text,
				alternates: q.alternates,
				highlights: q.highlights,
				tags: q.tags,
				meta: note.meta,
			});
			byId.set(q.id, {
				id: q.id,
				source: "vault",
				phrasings: [q.text, ...q.alternates],
				competencyId,
				theme: themeOf([q.text, ...q.alternates].join(" "), competencyId),
				highlights: q.highlights.map((h) => h.text),
				storyIds: [...q.storyIds],
				path: note.path,
				line: q.line,
				company: note.meta.company,
				level: note.meta.level,
				todo: q.todo === true,
				plannedStories: plannedStories(q),
			});
		}
	}
	return [...byId.values()];
}

/**
 * The questions of one competency. When none of the pool's questions
 * practises it (the notes have none, and the bank is not in use), the
 * built-in questions for it stand in, so the picker never comes back empty.
 */
export function questionsForCompetency(
	pool: readonly PracticeQuestion[],
	competencyId: string,
	lookup: CompetencyLookup,
): PracticeQuestion[] {
	const mine = pool.filter((q) => q.competencyId === competencyId);
	return mine.length > 0 ? mine : bankQuestions(lookup).filter((q) => q.competencyId === competencyId);
}
