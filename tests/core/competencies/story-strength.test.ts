import { join } from "node:path";
import { lengthVerdict, storyStrength } from "../../../src/core/competencies/story-strength";
import { parseNote } from "../../../src/core/parser/note-parser";
import { fixture, VAULTS } from "../../helpers/fixtures";
import { md } from "../../helpers/md";

const COMPETENCIES = join(VAULTS, "competencies");
const TARGET = 150;
const STAFF_HINT = "For a staff panel, show scope beyond your own team or an explicit trade-off";
const STAFF_HINT_AND_ONE = `${STAFF_HINT}, and one more of: ambiguity faced, a reflection`;

describe("story strength", () => {
	const note = fixture("strength.md", COMPETENCIES);
	const byLine = (line: number) => note.stories.find((s) => s.line === line)!;

	// tests/vaults/competencies/README.md has this table with the reasons.
	it.each([
		{ line: 8, story: "every basic and a takeaway, but no staff signal beyond it", score: 3, warnings: [STAFF_HINT] },
		{
			line: 15,
			story: "every basic, no level signal",
			score: 3,
			warnings: [STAFF_HINT_AND_ONE],
		},
		{ line: 21, story: "a missing Task", score: 3, warnings: ["No Task", STAFF_HINT] },
		{ line: 27, story: "a result with no measured change", score: 3, warnings: ["No measured result", STAFF_HINT] },
		{ line: 34, story: "mostly “we”, but the speaker ran the review", score: 3, warnings: ["No measured result", STAFF_HINT] },
		{ line: 41, story: "no pronouns at all: first person, no warning", score: 3, warnings: [STAFF_HINT] },
		{
			line: 48,
			story: "a one-liner",
			score: 2,
			warnings: ["Very short: 0:04 to tell", STAFF_HINT_AND_ONE],
		},
	])("scores $story: $score, weak for a staff panel", ({ line, score, warnings }) => {
		const strength = storyStrength(byLine(line), TARGET);
		expect({ score: strength.score, level: strength.level, warnings: strength.warnings }).toEqual({ score, level: "weak", warnings });
	});

	it("keeps the general sets' bar: every part, the speaker visible, tellable, and a measured result or a takeaway", () => {
		const levels = [8, 15, 21, 27, 34, 41, 48].map((line) => storyStrength(byLine(line), TARGET, { setId: "behavioural" }).level);
		expect(levels).toEqual(["strong", "strong", "weak", "strong", "strong", "strong", "weak"]);
	});

	it("scores a sketch 1 with one warning", () => {
		expect(storyStrength(byLine(54), TARGET)).toMatchObject({ score: 1, level: "sketch", warnings: ["Sketch: no parts written yet"] });
	});

	it("gives one plus half the passed checks, and names each check", () => {
		for (const story of note.stories) {
			const strength = storyStrength(story, TARGET);
			expect(strength.checks.map((c) => c.id)).toEqual([
				"parts",
				"measured",
				"voice",
				"length",
				"scope",
				"trade-off",
				"ambiguity",
				"reflection",
			]);
			if (story.sketch) continue;
			expect(strength.score).toBe(1 + Math.floor(strength.checks.filter((c) => c.passed).length / 2));
		}
	});

	const staffStory = md`
		- Tell me about the widest change you have led?
			1. **Situation**: Twelve product teams emitted events and three analytics teams read them; nobody owned the schemas, and nobody knew what "breaking" meant.
			2. **Task**: I had to define the problem before anyone picked a tool.
			3. **Action**: I wrote a one-page problem statement both sides signed. I chose a CI check over a nightly report, and gave up some merge speed for producers, because a report nobody reads changes nothing. I migrated the first three teams myself.
			4. **Result**: Broken dashboards went from about eight a month to one.
			5. **Takeaway**: Next time I would bring an analytics manager in from the first week.
	`;

	it("calls a story strong for the senior set with two level signals, one of them scope or a trade-off, and says which it showed", () => {
		const story = parseNote(staffStory).stories[0]!;
		const strength = storyStrength(story, TARGET);
		expect(strength).toMatchObject({ score: 5, level: "strong", warnings: [] });
		expect(Object.fromEntries(strength.checks.filter((c) => c.evidence).map((c) => [c.id, c.evidence]))).toEqual({
			scope: "twelve product teams",
			"trade-off": "gave up",
			ambiguity: "nobody knew",
			reflection: "takeaway",
		});
	});

	it("does not call a story strong for a staff panel on ambiguity and a reflection alone", () => {
		const story = parseNote(md`
			- Tell me about a time you worked without a spec?
				1. **Situation**: The brief for the export feature was two lines long, and nobody knew which formats customers used.
				2. **Task**: I owned the export and had to ship something useful by the end of the month.
				3. **Action**: I pulled a month of support tickets, listed the formats people asked for, and built the two most common first.
				4. **Result**: Export tickets fell from about thirty a week to five.
				5. **Takeaway**: Support tickets are the cheapest user research there is.
		`).stories[0]!;
		const strength = storyStrength(story, TARGET);
		expect(strength.level).toBe("weak");
		expect(strength.warnings).toEqual([STAFF_HINT]);
	});

	it("does not call a tidy single-team story strong for a staff panel", () => {
		const story = parseNote(md`
			- Tell me about a time you improved performance?
				1. **Situation**: Our search page had become slow over the winter, and support kept forwarding complaints about it.
				2. **Task**: I owned the page and wanted it fast again before the spring sale.
				3. **Action**: I profiled the requests, found one query that ran for every result, and added a cache in front of it with a short expiry.
				4. **Result**: p95 fell from 900 ms to 300 ms.
		`).stories[0]!;
		expect(storyStrength(story, TARGET).level).toBe("weak");
		expect(storyStrength(story, TARGET, { setId: "behavioural" }).level).toBe("strong");
	});

	it("warns past the user's target but fails the length check only past 3:00", () => {
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
		const soft = storyStrength(long, 150);
		expect(soft.warnings).toContain("Long: 2:35 to tell, over your 2:30 target");
		expect(soft.checks.find((c) => c.id === "length")).toMatchObject({ passed: true, label: "Tellable in 0:15–3:00" });
		expect(storyStrength(long, 155).warnings.some((w) => w.startsWith("Long"))).toBe(false);
	});

	it.each([
		[14, 150, "thin"],
		[15, 150, "ok"],
		[150, 150, "ok"],
		[165, 150, "long"],
		[180, 150, "long"],
		[181, 150, "too-long"],
		[200, 240, "ok"],
		[241, 240, "too-long"],
	])("calls %i s against a %i s target %s", (seconds, target, verdict) => {
		expect(lengthVerdict(seconds, target)).toBe(verdict);
	});
});
