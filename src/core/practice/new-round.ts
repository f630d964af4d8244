import { hashString } from "../parser/ids";
import type { PracticeRound, Rating } from "./practice-round";
import type { PracticeQuestion } from "./practice-question";

/** What the user did in a round, to be saved. */
export interface RoundOutcome {
	question: PracticeQuestion;
	/** The phrasing that was asked. */
	text: string;
	rating: Rating;
	note: string;
	/** Seconds from the start of the answer to the rating. */
	seconds: number;
	targetSeconds: number;
	storyIds: readonly string[];
	probe: string | null;
	now: Date;
	/** Makes the id unique when two rounds are rated in the same millisecond (drawn from the injected chance, see `nonceFrom`). */
	nonce: string;
}

/** A rated round as it is stored: one line of history. */
export function newPracticeRound(outcome: RoundOutcome): PracticeRound {
	const at = outcome.now.toISOString();
	const round: PracticeRound = {
		id: `r-${outcome.now.getTime().toString(36)}-${hashString(`${outcome.question.id}|${at}|${outcome.nonce}`)}`,
		questionId: outcome.question.id,
		questionText: outcome.text,
		competencyId: outcome.question.competencyId,
		source: outcome.question.source,
		storyIds: [...new Set(outcome.storyIds)],
		rating: outcome.rating,
		note: outcome.note.replace(/\s+/g, " ").trim(),
		seconds: Math.max(0, Math.round(outcome.seconds)),
		practisedAt: at,
		targetSeconds: outcome.targetSeconds,
		revision: 1,
		updatedAt: at,
	};
	if (outcome.probe) round.probe = outcome.probe;
	return round;
}
