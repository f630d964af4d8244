import { identityHash } from "../parser/ids";
import { stripMarkup } from "../parser/highlights";
import { readQuestionMarkers } from "../parser/question-markers";
import type { PracticeRound } from "./practice-round";

/**
 * Practice history kept against a question id from before its markers were
 * read apart from its words. Version 0.1 took `(TODO)`, a `(nickname)` or a
 * star run as part of the question, so its id changed when 0.2 read them as
 * markers, and the rounds saved for it lost their question. For each vault
 * round whose question the index no longer knows, its saved text is read
 * again the way the parser reads a question line today; when that gives the
 * id of a question the index holds, the round belongs to it.
 *
 * Returns old id → current id; an id the index knows is never moved, and a
 * round is never given to a question whose words differ from the ones it
 * was asked with.
 */
export function carriedQuestionIds(rounds: readonly PracticeRound[], known: (questionId: string) => boolean): Map<string, string> {
	const carried = new Map<string, string>();
	for (const round of rounds) {
		if (round.source !== "vault" || known(round.questionId) || carried.has(round.questionId)) continue;
		// Only an id that came from the words as asked (markers and all), as 0.1 made it; a block id (`^q1`) is never moved.
		if (round.questionId !== `q-${identityHash(round.questionText)}`) continue;
		const words = stripMarkup(readQuestionMarkers(round.questionText).rest);
		const id = `q-${identityHash(words)}`;
		if (id !== round.questionId && known(id)) carried.set(round.questionId, id);
	}
	return carried;
}
