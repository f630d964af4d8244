import { join } from "node:path";
import { storyStrength } from "../../../src/core/competencies/story-strength";
import { parseNote } from "../../../src/core/parser/note-parser";
import { fixture, VAULTS } from "../../helpers/fixtures";
import { md } from "../../helpers/md";

const COMPETENCIES = join(VAULTS, "competencies");
const TARGET = 150;

describe("story strength", () => {
	const note = fixture("strength.md", COMPETENCIES);
	const byLine = (line: number) => note.stories.find((s) => s.line === line)!;

	// tests/vaults/competencies/README.md has this table with the reasons.
	it.each([
		{ line: 8, story: "every part, a figure, a takeaway, I, a tellable length", points: 5, level: "strong", warnings: [] },
		{ line: 15, story: "no takeaway in a note that does not ask for one", points: 4, level: "strong", warnings: [] },
		{ line: 21, story: "a missing Task caps it at weak, whatever the points", points: 4, level: "weak", warnings: ["No Task"] },
		{ line: 27, story: "a result with no figure", points: 4, level: "strong", warnings: ["No measured result"] },
		{ line: 34, story: "one I against twelve we", points: 4, level: "strong", warnings: ["Mostly “we”: say what you did yourself"] },
		{ line: 41, story: "no I at all", points: 4, level: "strong", warnings: ["No “I”: say what you did yourself"] },
		{ line: 48, story: "a one-liner", points: 3, level: "weak", warnings: ["Very short: 0:04 to tell"] },
		{ line: 54, story: "a sketch", points: 0, level: "sketch", warnings: ["Sketch: no parts written yet"] },
	])("scores $story: $points points, $level", ({ line, points, level, warnings }) => {
		const strength = storyStrength(byLine(line), TARGET);
		expect({ points: strength.points, level: strength.level, warnings: strength.warnings }).toEqual({ points, level, warnings });
	});

	it("gives exactly one point per passed check, and names each check", () => {
		for (const story of note.stories) {
			const strength = storyStrength(story, TARGET);
			expect(strength.checks.map((c) => c.id)).toEqual(["parts", "measured", "takeaway", "voice", "length"]);
			expect(strength.points).toBe(strength.checks.filter((c) => c.passed).length);
		}
	});

	it("measures the length against the target answer length from the settings", () => {
		const action = "I measured the queue again and wrote down what changed each time. ".repeat(31);
		const long = parseNote(md`
			- Walk me through the longest story you have?
				1. **Situation**: The queue was slow.
				2. **Task**: I had to fix it.
				3. **Action**: ${action}
				4. **Result**: Latency fell by 40%.
				5. **Takeaway**: Measure first.
		`).stories[0]!;
		expect(long.signals.speakingSeconds).toBe(155);
		expect(storyStrength(long, 150)).toMatchObject({
			points: 4,
			level: "strong",
			warnings: ["Too long: 2:35 to tell, over the 2:30 target"],
		});
		expect(storyStrength(long, 155)).toMatchObject({ points: 5, warnings: [] });
		expect(storyStrength(long, 150).checks.find((c) => c.id === "length")?.label).toBe("Tellable in 0:15–2:30");
	});

	it("counts a takeaway the note expects as a missing part as well as a lost point", () => {
		const note = parseNote(md`
			1. **Situation**: legend
			2. **Task**: legend
			3. **Action**: legend
			4. **Result**: legend
			5. **Takeaway**: legend

			- Tell me about a time you shipped late?
				1. **Situation**: The billing export slipped a week behind the plan we had promised.
				2. **Task**: I owned the export and the date.
				3. **Action**: I cut two reports from the first release and told finance the same day.
				4. **Result**: It shipped 3 days late instead of 10.
		`);
		expect(storyStrength(note.stories[0]!, TARGET)).toMatchObject({ points: 3, level: "weak", warnings: ["No Takeaway"] });
	});
});
