import { addDays } from "date-fns";
import type { PracticeRound, Rating } from "./practice-round";

/** Days until a question comes back after one rating, before any doubling. */
export const BASE_INTERVAL_DAYS: Readonly<Record<Rating, number>> = { below: 1, at: 3, above: 7 };

/** No question waits longer than this, however well it went. */
export const MAX_INTERVAL_DAYS = 60;

/** What the history says about one question. */
export interface QuestionRecord {
	questionId: string;
	/** Rated rounds of the question. */
	rounds: number;
	lastRating: Rating;
	lastPractisedAt: Date;
	/** Ratings at or above the bar in a row, ending with the last one (0 when the last was below). */
	goodRun: number;
	/** Days the question waits after the last round. */
	intervalDays: number;
	/** When the question is due again. */
	dueAt: Date;
}

/**
 * The wait after a rating: below the bar 1 day, at the bar 3 days, above the
 * bar 7 days; each earlier rating at or above the bar, in an unbroken run,
 * doubles it, up to 60 days. A rating below the bar ends the run.
 */
export function intervalDays(rating: Rating, goodRun: number): number {
	if (rating === "below") return BASE_INTERVAL_DAYS.below;
	const doublings = Math.max(0, goodRun - 1);
	return Math.min(MAX_INTERVAL_DAYS, BASE_INTERVAL_DAYS[rating] * 2 ** Math.min(doublings, 16));
}

/** Per question id, what its rounds say: the last rating, the run of good ratings, when it is due. */
export function questionRecords(rounds: readonly PracticeRound[]): Map<string, QuestionRecord> {
	const sorted = [...rounds].sort((a, b) => a.practisedAt.localeCompare(b.practisedAt));
	const records = new Map<string, QuestionRecord>();
	for (const round of sorted) {
		const at = new Date(round.practisedAt);
		if (Number.isNaN(at.getTime())) continue;
		const before = records.get(round.questionId);
		const goodRun = round.rating === "below" ? 0 : (before?.goodRun ?? 0) + 1;
		const days = intervalDays(round.rating, goodRun);
		records.set(round.questionId, {
			questionId: round.questionId,
			rounds: (before?.rounds ?? 0) + 1,
			lastRating: round.rating,
			lastPractisedAt: at,
			goodRun,
			intervalDays: days,
			dueAt: addDays(at, days),
		});
	}
	return records;
}
