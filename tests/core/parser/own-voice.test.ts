import { ownPartHidden } from "../../../src/core/competencies/story-strength";
import { storySignals, type PlainPart } from "../../../src/core/parser/story-signals";

function signals(parts: Array<[PlainPart["part"], string]>) {
	return storySignals(
		parts.map(([part, plain]) => ({ part, plain })),
		[],
		150,
	);
}

// "I" is a problem only when "we" outweighs "I" and the action shows no
// decision of the speaker's own; a note with no pronouns at all is first person.
describe("own part visible", () => {
	it("hides the speaker when the action is all “we” and the only “I” helped", () => {
		const s = signals([
			["situation", "Our fraud vendor was shutting down and we had four weeks."],
			[
				"action",
				"We split into two groups. We ran both vendors in shadow mode and we picked the cheaper one. I helped with the adapter.",
			],
			["result", "We made the freeze."],
		]);
		expect(s.ownActionVisible).toBe(false);
		expect(ownPartHidden(s)).toBe(true);
	});

	it("shows the speaker when one decision in a “we” story is theirs", () => {
		const s = signals([
			["action", "We built the pipeline and we compared every bill. The key call I made was to refuse a big-bang weekend."],
			["result", "We moved everyone over eleven weekends."],
		]);
		expect(s.weCount).toBeGreaterThan(s.iCount);
		expect(ownPartHidden(s)).toBe(false);
	});

	it("reads telegraphic notes that leave out the “I” as the speaker acting", () => {
		const s = signals([
			["situation", "Shared Terraform repo, no owner, plans failing on drift; we lost mornings to it."],
			["action", "Split state per environment. Imported the drifted resources. Wrote CODEOWNERS."],
		]);
		expect(s.iCount).toBe(0);
		expect(ownPartHidden(s)).toBe(false);
	});

	it("has no problem with a note that has no pronouns at all", () => {
		const s = signals([
			["situation", "Log retention against cost."],
			["action", "Debug logs dropped after 7 days, audit logs kept a year."],
		]);
		expect(ownPartHidden(s)).toBe(false);
	});

	it("counts “my proposal” as a decision of the speaker's own", () => {
		const s = signals([["action", "We debated it for a week; in the end the team went with my proposal and we shipped it together."]]);
		expect(s.ownActionVisible).toBe(true);
	});

	it("judges the action: an “I” that only set the scene does not show what the speaker did", () => {
		const s = signals([
			["situation", "I was the lead engineer on the substitutions feature."],
			["action", "We trained the model on past picks and we tested it with the pickers before launch."],
			["result", "We pulled it after two months."],
		]);
		expect(ownPartHidden(s)).toBe(true);
	});

	it("does not take a participle that opens a sentence for an action", () => {
		const s = signals([["action", "Based on the numbers we chose the managed queue, and we were all involved."]]);
		expect(s.ownActionVisible).toBe(false);
	});
});
