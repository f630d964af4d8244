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

	it("never titles a story with a first column that files it (Competency)", () => {
		const filed = parseNote(
			[
				"| Competency | Situation | Action | Result |",
				"|---|---|---|---|",
				"| Ownership | Nine cron jobs had no owner. | I traced each one to a team. | Seven were deleted, two adopted. |",
			].join("\n"),
		);
		expect(filed.stories.map(storyLine)).toEqual(["3 -: S A R | missing task"]);
		expect(filed.stories[0]!.partList[0]).toMatchObject({ part: null, label: "Competency", text: "Ownership" });
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

	it("asks a bank's property questions without guessing which of its stories answers them", () => {
		const bank = parseNote(
			[
				"---",
				"questions: [Tell me about a time you failed]",
				"---",
				"## Kiosk outage",
				"**Situation:** The kiosks went dark at opening.",
				"**Action:** I rolled the firmware back store by store.",
				"**Result:** All stores were up by ten.",
				"## Pricing argument",
				"**Situation:** Product wanted three tiers at launch.",
				"**Action:** I proposed one tier first.",
				"**Result:** Launch held its date.",
			].join("\n"),
		);
		expect(questionLines(bank)).toEqual(["2 Tell me about a time you failed"]);
		expect(bank.questions[0]!.storyIds).toEqual([]);
		expect(bank.stories).toHaveLength(2);
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

describe("a story told in plain bullets under a Q: line", () => {
	const note = fixture("q-lines-bullets.md");

	it("reads the bullets under each Q: line as one story of that question, even in a section titled Q and A", () => {
		expect(questionLines(note)).toEqual([
			"3 Tell me about a time you handled an upset customer",
			"12 Describe a time you changed your mind about a design",
			"18 What is a decision you made with incomplete data?",
			"22 Tell me about a time you mentored someone",
			"26 Give me an example of a time you simplified a process",
			"31 Tell me about a time you disagreed with a teammate",
			"37 Describe a time you had too much on your plate",
		]);
		expect(note.stories.map(storyLine)).toEqual([
			"4 -: S T A R TK",
			"13 -: A R | missing situation,task",
			"19 -: A R | missing situation,task",
			"23 pairing with the new SRE: sketch",
			"24 the intern's first launch: sketch",
			"27 -: S A R | missing task",
			"32 -: S A R | missing task",
		]);
		for (const q of note.questions.slice(0, 6)) expect(q.answer).toBeNull();
		expect(question(note, 3).storyIds).toEqual([note.stories[0]!.id]);
		expect(question(note, 26).storyIds).toEqual([note.stories[5]!.id]);
	});

	it("keeps every bullet's words in a part, in order, with the labelled Lesson after them as the takeaway", () => {
		const upset = note.stories[0]!;
		expect([upset.line, upset.endLine]).toEqual([4, 10]);
		expect(upset.partList.map((p) => `${p.part}:${p.line}-${p.endLine}`)).toEqual([
			"situation:4-4",
			"task:5-5",
			"action:6-8",
			"result:9-9",
			"takeaway:10-10",
		]);
		expect(upset.parts.action).toBe(
			[
				"I joined their incident call within ten minutes and asked for the exact error codes.",
				"- Their codes pointed at our new SDK release, not their gateway.",
				"Rolled the SDK back for their account and shipped a fixed build that night.",
			].join("\n"),
		);
		expect(upset.signals.hasMetric).toBe(true);
	});

	it("reads an A: line as the answer's start, not as an Action label", () => {
		const design = note.stories[1]!;
		expect([design.line, design.endLine]).toEqual([13, 16]);
		expect(design.parts.action).toBe(
			"Pushed hard for a message queue in front of the audit log\nLoad-tested plain Postgres first at ten times our peak writes",
		);
		const vendor = note.stories[2]!;
		expect(vendor.parts.action).toBe("I picked the smaller of two vendors a week before their security review finished.");
		expect(vendor.parts.result).toBe("The review came back clean two weeks later.");
	});

	it("reads '* **Q** :' and '* **A** :' items as a question and its answer, the A item's sub-items its story", () => {
		const disagreed = question(note, 31);
		expect(disagreed.storyIds).toEqual([note.stories[6]!.id]);
		expect(note.stories[6]!.parts.result).toBe("We kept Python and fixed the two slow queries instead; p95 dropped by half.");
		// A one-line "- A:" item is the question's free-form answer, without its marker.
		expect(question(note, 37).answer).toMatchObject({
			kind: "paragraph",
			line: 38,
			text: "I listed everything I owned and handed two services to the platform team.",
		});
	});

	it.each([
		["a **Q:** item", "- **Q:** Tell me about a time you kept a migration from stalling"],
		["an italic list question", "- *Tell me about a time you kept a migration from stalling*"],
	])("reads '- A:' and '- R:' bullets under %s as a story with those parts, not as an answer", (_name, asked) => {
		const note = parseNote(
			[
				asked,
				"\t- A: I split the move into weekly slices and demoed each one to the team that owned the data.",
				"\t- R: The last slice landed two weeks early.",
			].join("\n"),
		);
		expect(note.stories.map(storyLine)).toEqual(["2 -: A R | missing situation,task"]);
		expect(note.stories[0]!.partList.map((p) => `${p.label}:${p.text}`)).toEqual([
			"A:I split the move into weekly slices and demoed each one to the team that owned the data.",
			"R:The last slice landed two weeks early.",
		]);
		expect(note.questions[0]!.answer).toBeNull();
		// Short lettered bullets are parts too, not sketches titled "A: cut scope".
		const short = parseNote([asked, "\t- A: cut scope", "\t- R: shipped on time"].join("\n"));
		expect(short.stories.map(storyLine)).toEqual(["2 -: A R | missing situation,task"]);
	});

	it("holds each part once when a letter comes twice or names a part the order already gave", () => {
		const note = parseNote(
			[
				"Q: Tell me about a time you cut cloud costs",
				"- The analytics cluster ran all weekend for one Monday report.",
				"- A: I moved the report to a scheduled job.",
				"- A: I turned the cluster off on weekends.",
				"- R: The bill dropped by a third.",
			].join("\n"),
		);
		expect(note.stories.map(storyLine)).toEqual(["2 -: S A R | missing task"]);
		const story = note.stories[0]!;
		expect(story.partList.map((p) => p.part)).toEqual(["situation", "action", "result"]);
		expect(story.parts.action).toBe("I moved the report to a scheduled job.\nI turned the cluster off on weekends.");
	});

	it("leaves bullets before a story that opens on its own Situation as the question's answer", () => {
		const note = parseNote(
			[
				"Q: Tell me about a time you cut cloud costs",
				"- Two candidates: the analytics cluster, or the log retention.",
				"- I would pick the cluster.",
				"- S: The analytics cluster ran all weekend for one Monday report.",
				"- A: I moved the report to a scheduled job.",
				"- R: The bill dropped by a third.",
			].join("\n"),
		);
		expect(note.stories.map(storyLine)).toEqual(["4 -: S A R | missing task"]);
		expect(note.questions[0]!.answer).toMatchObject({ kind: "bullets", line: 2, endLine: 3 });
	});

	it.each([
		[
			"two bullets: the scene and what came of it",
			["The nightly build broke every Monday after the dependency bump.", "It has stayed green for three months since."],
			"S R",
		],
		[
			"a closing lesson with no label",
			[
				"Our only DBA was leaving in a month.",
				"I wrote down every manual fix he did and scripted the top five.",
				"The next quarter had no database page that needed him.",
				"Next time I would start the handover on the first day, not the last month.",
			],
			"S A R TK",
		],
		[
			"a first bullet that already says what I did",
			["I split the monolith's deploy into three pipelines.", "Deploys went from 40 minutes to 9."],
			"A R",
		],
	])("reads %s", (_name, bullets, parts) => {
		const told = parseNote(["Q: Tell me about a time you fixed something slow", ...bullets.map((b) => `- ${b}`)].join("\n"));
		expect(told.stories.map(storyLine)).toHaveLength(1);
		expect(storyLine(told.stories[0]!).split(": ")[1]!.split(" |")[0]).toBe(parts);
		// Every bullet's words are in the story.
		const text = told.stories[0]!.partList.map((p) => p.text).join("\n");
		for (const b of bullets) expect(text).toContain(b);
	});

	it("leaves the same bullets nested under an italic list question a free-form answer, as before", () => {
		const plain = parseNote(
			[
				"- *Tell me about a time you handled an upset customer*",
				"\t- A retailer's checkout stopped taking cards on the first morning of their spring sale.",
				"\t- I joined their incident call within ten minutes and asked for the exact error codes.",
				"\t- They were taking payments again in forty minutes.",
			].join("\n"),
		);
		expect(plain.stories).toEqual([]);
		expect(plain.questions[0]!.answer).toMatchObject({ kind: "bullets", line: 2, endLine: 4 });
	});
});
