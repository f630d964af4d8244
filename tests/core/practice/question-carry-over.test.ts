import { identityHash } from "../../../src/core/parser/ids";
import { parseNote } from "../../../src/core/parser/note-parser";
import { carriedQuestionIds } from "../../../src/core/practice/question-carry-over";
import type { PracticeRound } from "../../../src/core/practice/practice-round";

/** A question id as version 0.1 gave it: from the whole line, markers and all. */
const oldId = (line: string): string => `q-${identityHash(line)}`;

function round(questionText: string, questionId = oldId(questionText), source: PracticeRound["source"] = "vault"): PracticeRound {
	return {
		id: `r-${questionId}`,
		questionId,
		questionText,
		competencyId: null,
		source,
		storyIds: [],
		rating: "at",
		note: "",
		seconds: 120,
		practisedAt: "2026-10-01T09:00:00.000Z",
	};
}

const NOTE = [
	"- Tell me about a time you failed? (TODO)",
	"- What is the riskiest bet you made? (ledger shard)",
	"- Describe a conflict with a peer ***",
	"- Why do you want to leave?",
	"",
].join("\n");

describe("practice history kept against a question id from before its markers were read apart", () => {
	const note = parseNote(NOTE);
	const known = new Set(note.questions.map((q) => q.id));
	const byText = new Map(note.questions.map((q) => [q.text, q.id]));

	it("follows the question whose words it was asked with, whatever the marker", () => {
		const carried = carriedQuestionIds(
			[
				round("Tell me about a time you failed? (TODO)"),
				round("What is the riskiest bet you made? (ledger shard)"),
				round("Describe a conflict with a peer ***"),
			],
			(id) => known.has(id),
		);
		expect([...carried.values()]).toEqual([
			byText.get("Tell me about a time you failed?"),
			byText.get("What is the riskiest bet you made?"),
		]);
		// A star run was never part of an id (ids read letters and digits only): that round's id is still its question's.
		expect(known.has(oldId("Describe a conflict with a peer ***"))).toBe(true);
	});

	it("leaves alone a round whose question is known, a built-in one, one whose words are no question of the notes, and a block id", () => {
		const today = round("Why do you want to leave?", byText.get("Why do you want to leave?"));
		const carried = carriedQuestionIds(
			[
				today,
				round("Tell me about a time you failed? (TODO)", "bank-failure-1", "builtin"),
				round("Tell me about a launch? (TODO)"),
				// An id the user gave the line with a block id never came from its words: it is not moved.
				round("Tell me about a time you failed? (TODO)", "q-failed-once"),
			],
			(id) => known.has(id),
		);
		expect(carried.size).toBe(0);
	});
});
