import { parseNote } from "../../../src/core/parser/note-parser";
import { fixture, questionLines, storyLine } from "../../helpers/fixtures";
import type { ParsedNote, Question } from "../../../src/core/types";

// Issue 23, third pass: story tables with a row per story, stories as plain bullets under a `Q:` line,
// and one-story notes. tests/vaults/README.md says what each fixture must yield.

function question(note: ParsedNote, line: number): Question {
	const q = note.questions.find((x) => x.line === line);
	expect(q).toBeDefined();
	return q!;
}

describe("a story table with a row per story", () => {
	const note = fixture("story-table-rows.md");

	it("reads every body row as one story, its line range that row", () => {
		expect(note.stories.map(storyLine)).toEqual([
			"7 -: S T A R TK",
			"8 -: S T A R",
			"15 Warehouse label printer outage: S T A R",
			"16 Mentoring a new on-call engineer: S T A R",
		]);
		for (const s of note.stories) expect([s.line, s.endLine]).toEqual([s.line, s.line]);
		expect(note.isStoryNote).toBe(true);
	});

	it("asks the question of each row's Question cell, and keeps a row with only a question as one still to prepare", () => {
		expect(questionLines(note)).toEqual([
			"7 Tell me about a time you cut noise for the on-call team",
			"8 Describe a time you had to ship during a freeze?",
			"9 What is the riskiest migration you have run?",
		]);
		expect(note.questions.map((q) => q.form)).toEqual(["table", "table", "table"]);
		expect(question(note, 7).storyIds).toEqual([note.stories[0]!.id]);
		expect(question(note, 8).storyIds).toEqual([note.stories[1]!.id]);
		expect(question(note, 9).storyIds).toEqual([]);
	});

	it("reads glossed headers (Result / metrics, Learnings) and <br> line breaks, and keeps an extra column's words", () => {
		const first = note.stories[0]!;
		expect(first.partList.map((p) => `${p.part}:${p.label}`)).toEqual([
			"situation:Situation",
			"task:Task",
			"action:Action",
			"result:Result / metrics",
			"takeaway:Learnings",
		]);
		expect(first.parts.action).toBe(
			"I sorted a month of alerts by whether anyone acted on them.\nI deleted the ones nobody touched and moved the rest to burn-rate alerts.",
		);
		expect(first.signals.hasMetric).toBe(true);
		const printer = note.stories[2]!;
		// The `#` column numbers the rows: it is neither the title nor a part.
		expect(printer.partList.map((p) => p.label)).toEqual(["S", "T", "A", "R", "Competency"]);
		expect(printer.partList[4]).toMatchObject({ part: null, text: "ownership" });
		expect(printer.questionIds).toEqual([]);
	});

	it("gives a titled row's story to the question the table sits under", () => {
		const under = parseNote(
			[
				"## Tell me about a time you fixed something nobody owned",
				"",
				"| Story | Situation | Action | Result |",
				"|---|---|---|---|",
				"| Orphaned cron jobs | Nine cron jobs had no owner. | I traced each one to a team. | Seven were deleted, two adopted. |",
			].join("\n"),
		);
		expect(under.stories.map(storyLine)).toEqual(["5 Orphaned cron jobs: S A R | missing task"]);
		expect(under.stories[0]!.questionIds).toEqual([under.questions[0]!.id]);
	});

	it("leaves a design table (Problem | Solution | Impact) in an ordinary note alone", () => {
		const design = parseNote(
			[
				"# Cache options",
				"",
				"| Problem | Solution | Impact |",
				"|---|---|---|",
				"| Cold starts | Warm the cache on deploy | Slower deploys |",
			].join("\n"),
		);
		expect(design).toMatchObject({ stories: [], questions: [], isStoryNote: false });
	});

	it("still reads a two-column Question | Story table as a story map, not as stories", () => {
		const map = parseNote(["| Question | Story |", "|---|---|", "| Tell me about a time you failed | Kiosk outage |"].join("\n"));
		expect(map.stories).toEqual([]);
		expect(map.questions[0]!.pointers).toEqual([{ name: "Kiosk outage", via: "table", storyId: null }]);
	});
});
