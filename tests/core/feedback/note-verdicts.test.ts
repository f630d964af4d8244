import { builtInSet } from "../../../src/core/competencies/built-in-sets";
import { CompetencyMatcher } from "../../../src/core/competencies/competency-matcher";
import { noteVerdicts } from "../../../src/core/feedback/note-verdicts";
import { parseNote } from "../../../src/core/parser/note-parser";
import { FEEDBACK_NOTE } from "./fixture-note";

const note = parseNote(FEEDBACK_NOTE);
const matcher = new CompetencyMatcher(builtInSet("senior"));

describe("the verdicts of a note", () => {
	it("gives each story its competencies, suggested until the user confirms one", () => {
		const verdicts = noteVerdicts(note, { matcher, correction: () => undefined, targetSeconds: 150 });
		expect(verdicts).toHaveLength(3);
		for (const v of verdicts) for (const c of v.competencies) expect(c.state).toBe("suggested");
		expect(verdicts.every((v) => v.competencies.length > 0)).toBe(true);
	});

	it("puts a confirmed competency first and drops a removed one", () => {
		const first = noteVerdicts(note, { matcher, correction: () => undefined, targetSeconds: 150 })[1]!;
		const guessed = first.competencies[0]!.id;
		const corrected = noteVerdicts(note, {
			matcher,
			correction: (id) => (id === first.storyId ? { verdicts: { conflict: "confirmed", [guessed]: "removed" } } : undefined),
			targetSeconds: 150,
		})[1]!;
		expect(corrected.competencies[0]).toMatchObject({ id: "conflict", state: "confirmed", evidence: [] });
		expect(corrected.competencies.map((c) => c.id)).not.toContain(guessed);
	});

	it("reads a story again from the question it answers", () => {
		const verdicts = noteVerdicts(note, { matcher, correction: () => undefined, targetSeconds: 150 });
		expect(verdicts.map((v) => [v.line, v.contextLine])).toEqual([
			[13, 12],
			[20, 19],
			[26, 25],
		]);
	});
});
