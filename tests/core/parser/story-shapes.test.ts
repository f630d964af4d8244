import { parseNote } from "../../../src/core/parser/note-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixture, questionLines, storyLine, VAULTS } from "../../helpers/fixtures";
import type { ParsedNote, Question } from "../../../src/core/types";

// Issue 23, third pass: story tables with a row per story, stories as plain bullets under a `Q:` line,
// and one-story notes. tests/vaults/README.md says what each fixture must yield.

function fixtureText(name: string): string {
	return readFileSync(join(VAULTS, name), "utf8");
}

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
		expect(first.parts.action?.split("\n")).toEqual([
			"I sorted a month of alerts by whether anyone acted on them.",
			"I deleted the ones nobody touched and moved the rest to burn-rate alerts.",
		]);
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

describe("a one-story note", () => {
	it("reads the parts it has as one story, reports the others missing, and asks the questions its properties name", () => {
		const note = fixture("one-story-headings.md");
		expect(note.stories.map(storyLine)).toEqual(["11 -: A R | missing situation,task"]);
		const story = note.stories[0]!;
		expect([story.line, story.endLine]).toEqual([11, 19]);
		expect(story.parts.result).toBe("Every report was correct again by lunch, and the check has caught two bad exports since.");
		expect(questionLines(note)).toEqual(["5 Tell me about a time you made a mistake at work", "6 What is a failure you learned from?"]);
		expect(note.questions.map((q) => [q.form, q.storyIds])).toEqual([
			["answers-line", [story.id]],
			["answers-line", [story.id]],
		]);
		expect(story.questionIds).toEqual(note.questions.map((q) => q.id));
		expect(note.meta.competencies).toEqual(["failure", "ownership"]);
		expect(note.isStoryNote).toBe(true);
	});

	it("keeps a story of two bold labels when a `question:` property says the note is interview material", () => {
		const note = fixture("one-story-labels.md");
		expect(note.stories.map(storyLine)).toEqual(["6 -: S R | missing task,action"]);
		expect(questionLines(note)).toEqual(["2 Describe a time you pushed back on a deadline"]);
		expect(note.questions[0]!.storyIds).toEqual([note.stories[0]!.id]);
		// The same two labels with no property naming a question or a competency: an ordinary note, nothing kept.
		const plain = parseNote(fixtureText("one-story-labels.md").replace(/^---[\s\S]*?---\n/, "---\ncompany: Lumen Health\n---\n"));
		expect(plain).toMatchObject({ stories: [], questions: [], isStoryNote: false });
	});

	it("keeps a titled story of two labels told first-hand, with its notes to self, in a note with nothing else", () => {
		const note = fixture("one-story-plain.md");
		expect(note.stories.map(storyLine)).toEqual(["1 Flaky checkout tests: A R | missing situation,task"]);
		expect(note.stories[0]!.partList.map((p) => `${p.label}:${p.line}`)).toEqual(["Notes:1", "Action:5", "Outcome:8"]);
		expect(note.isStoryNote).toBe(true);
		// The same labels over an action nobody is seen doing read as an ordinary note.
		const unowned = parseNote(fixtureText("one-story-plain.md").replace("I tagged every", "Every"));
		expect(unowned).toMatchObject({ stories: [], isStoryNote: false });
	});

	it("does not ask a property's question twice when the note's heading asks it too", () => {
		const note = parseNote(
			[
				"---",
				"question: Tell me about a time you disagreed with your manager",
				"---",
				"## Tell me about a time you disagreed with your manager",
				"**Action:** I wrote up both options with their costs and asked for a decision by Friday.",
				"**Result:** We took my option for the API and hers for the rollout.",
			].join("\n"),
		);
		expect(questionLines(note)).toEqual(["4 Tell me about a time you disagreed with your manager"]);
		expect(note.stories.map(storyLine)).toEqual(["5 -: A R | missing situation,task"]);
		expect(note.stories[0]!.questionIds).toEqual([note.questions[0]!.id]);
	});
});
