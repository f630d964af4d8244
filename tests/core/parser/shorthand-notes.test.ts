import { fixture, questionLines, storyLine } from "../../helpers/fixtures";
import type { ParsedNote, Question } from "../../../src/core/types";

// Issue 23's shapes, one fixture each; tests/vaults/README.md says what each must yield.

function question(note: ParsedNote, line: number): Question {
	const q = note.questions.find((x) => x.line === line);
	expect(q).toBeDefined();
	return q!;
}

function storyTitled(note: ParsedNote, title: string): string {
	const s = note.stories.find((x) => x.title === title);
	expect(s).toBeDefined();
	return s!.id;
}

describe("a company-prep note in shorthand", () => {
	const note = fixture("company-prep.md");

	it("reads the topics of a 'questions mainly asked' list and a plain paragraph question, and nothing from the rubric code block or the user's own questions", () => {
		expect(questionLines(note)).toEqual([
			"13 conflict",
			"14 biggest impact",
			"15 failure",
			"16 hardest bug chased",
			"17 worked without a clear spec",
			"18 why leave your current team",
			"20 mentoring someone junior",
			"22 Why do you want to move into a platform role?",
			"24 How do you decide when a prototype is good enough to ship?",
		]);
		expect(JSON.stringify(note.questions)).not.toMatch(/Ownership|Growth|recruiter|behavioural round/);
	});

	it("splits a topic on its slash and reads a sub-item as a narrower phrasing of its parent", () => {
		expect(question(note, 15).alternates).toEqual(["mistake"]);
		expect(question(note, 18).alternates).toEqual(["why this company"]);
		expect(note.stories.some((s) => s.title === "why this company")).toBe(false);
	});

	it("keeps to-do and priority marks out of the text as flags", () => {
		expect(note.questions.filter((q) => q.todo).map((q) => q.line)).toEqual([16, 20, 22]);
		expect(note.questions.filter((q) => q.starred).map((q) => q.line)).toEqual([16]);
		expect(JSON.stringify(note.questions.map((q) => [q.text, q.alternates]))).not.toMatch(/TODO|\*/);
	});

	it("links a question to the story its nickname names, by nickname in the title or by the title's words", () => {
		const kiosk = storyTitled(note, "Kiosk outage (kiosk outage)");
		const dana = storyTitled(note, "Arguing with Dana about the rollout freeze");
		expect(question(note, 13).pointers).toEqual([{ name: "dana", via: "nickname", storyId: dana }]);
		expect(question(note, 15).pointers).toEqual([{ name: "kiosk outage", via: "nickname", storyId: kiosk }]);
		expect(question(note, 17).pointers).toEqual([{ name: "rollout freeze", via: "nickname", storyId: dana }]);
		expect(question(note, 17).storyIds).toEqual([dana]);
		expect(question(note, 14).pointers).toEqual([{ name: "ledger rewrite", via: "nickname", storyId: null }]);
		expect(question(note, 14).storyIds).toEqual([]);
		const danaStory = note.stories.find((s) => s.id === dana)!;
		expect(danaStory.questionIds).toEqual([question(note, 13).id, question(note, 17).id]);
	});

	it("takes the lowercase, misspelt framework list for the legend, not a story", () => {
		expect(note.legend).toEqual({
			line: 31,
			endLine: 35,
			labels: [
				{ part: "situation", label: "situation" },
				{ part: "task", label: "task" },
				{ part: "action", label: "action" },
				{ part: "result", label: "result" },
			],
		});
		expect(note.stories.map(storyLine)).toEqual([
			"39 Kiosk outage (kiosk outage): S T A R",
			"46 Arguing with Dana about the rollout freeze: S T A R",
		]);
	});
});
