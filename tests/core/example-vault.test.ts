import { EXAMPLE_VAULT, fixture, storyLine } from "../helpers/fixtures";

// The example vault is what a new user opens first; tests/example-vault-expected.md
// describes it note by note. These tests keep the two in step.

const note = (name: string) => fixture(name, EXAMPLE_VAULT);

describe("the example vault", () => {
	it("has the expected questions and stories in each note", () => {
		const counts = [
			"Experience bank.md",
			"Stories by heading.md",
			"Callout stories.md",
			"Single letter labels.md",
			"Senior format.md",
			"Weekly planning.md",
		].map((name) => {
			const n = note(name);
			return [name, n.questions.length, n.stories.length, n.stories.filter((s) => s.sketch).length, n.isStoryNote];
		});
		expect(counts).toEqual([
			["Experience bank.md", 14, 9, 2, true],
			["Stories by heading.md", 7, 4, 0, true],
			["Callout stories.md", 3, 4, 0, true],
			["Single letter labels.md", 6, 6, 0, true],
			["Senior format.md", 3, 3, 0, true],
			["Weekly planning.md", 0, 0, 0, false],
		]);
	});

	it("expects the Takeaway in a note whose legend lists it, and no Task where the legend has none", () => {
		const bank = note("Experience bank.md");
		expect(bank.legend?.labels.map((l) => l.label)).toEqual(["Situation", "Task", "Action", "Results", "Takeaways"]);
		expect(bank.stories.find((s) => s.sketch)!.missing).toEqual(["situation", "task", "action", "result", "takeaway"]);
		const senior = note("Senior format.md");
		expect(senior.legend?.labels.map((l) => l.label)).toEqual(["Context", "Decision and trade-off", "Result", "Reflection"]);
		expect(senior.stories.map(storyLine)).toEqual(["20 -: S A R TK", "30 -: S A R TK", "40 -: S A R | missing takeaway"]);
	});

	it("measures the stories: a we-heavy Action, a story too long to tell, an empty Result", () => {
		const bank = note("Experience bank.md");
		const weHeavy = bank.stories.find((s) => s.line === 66)!;
		expect(weHeavy.signals).toMatchObject({ iCount: 5, weCount: 11 });
		const long = bank.stories.find((s) => s.line === 73)!;
		expect(long.signals.speakingSeconds).toBeGreaterThan(180);
		expect(bank.stories.filter((s) => s.signals.speakingSeconds > 180)).toHaveLength(1);
		const emptyResult = bank.stories.find((s) => s.line === 59)!;
		expect(emptyResult.missing).toEqual(["result"]);
		expect(emptyResult.signals.hasMetric).toBe(false);
	});

	it("links one prompt named by two stories to both", () => {
		const headings = note("Stories by heading.md");
		const shared = headings.questions.find((q) => q.text === "Tell me about a time you disagreed with another team")!;
		expect(shared.storyIds).toHaveLength(2);
		expect(headings.stories.map((s) => [s.title, s.section])).toEqual([
			["Ranking latency budget with the ads team", "Conflict"],
			["Pushing back on a launch date", "Conflict"],
			["The billing export nobody owned", "Ownership"],
			["Handing over incident command", "Growing others"],
		]);
		expect(headings.stories[2]!.parts.action).toContain("\n");
	});

	it("keeps competency tags and frontmatter competencies of callout stories", () => {
		const callouts = note("Callout stories.md");
		expect(callouts.meta.competencies).toEqual(["influence", "ambiguity"]);
		expect(callouts.stories.map((s) => s.tags)).toEqual([
			["competency/influence"],
			["competency/ambiguity"],
			["competency/influence"],
			["competency/ownership"],
		]);
		expect(callouts.stories[2]!.missing).toEqual(["task", "result"]);
	});

	it("reads Highlightr's class mode and Q: prefixes in the single-letter note", () => {
		const letters = note("Single letter labels.md");
		expect(letters.questions.map((q) => q.form)).toEqual(["heading", "heading", "item", "item", "item", "heading"]);
		expect(letters.questions[0]!.highlights[0]).toMatchObject({ text: "simplified", colorName: "yellow", syntax: "mark-class" });
		expect(letters.questions[4]!.text).toBe("Give me an example of a time you mentored someone?");
		expect(letters.stories[4]!.parts.task).toMatch(/^Give her a real project/);
	});
});
