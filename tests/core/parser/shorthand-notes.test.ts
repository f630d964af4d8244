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

	it("reads a 'questions mainly asked' list and a paragraph question, not the rubric code block or the user's own questions", () => {
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

describe("stories kept in tables", () => {
	const note = fixture("story-tables.md");

	it("reads a Part | Text table and a one-row Situation/Task/Action/Result table as stories of their questions", () => {
		expect(note.stories.map(storyLine)).toEqual(["7 -: S T A R", "16 -: S T A R", "26 Pricing page argument: S T A R"]);
		expect(note.stories[0]!.questionIds).toEqual([question(note, 3).id]);
		expect(note.stories[0]!.partList.map((p) => p.line)).toEqual([7, 8, 9, 10]);
		expect(note.stories[0]!.parts.action).toBe("I joined the crash data with device age and showed it to the team lead.");
		expect(note.stories[1]!.questionIds).toEqual([question(note, 12).id]);
		expect(note.stories[1]!.parts.situation).toBe("The search revamp had six features\nand four weeks left.");
	});

	it("links the questions of a story-map table to the stories it names, without asking a question twice", () => {
		expect(questionLines(note)).toEqual([
			"3 Tell me about a time you changed a team's mind with data",
			"12 Describe a time you cut a project's scope to save its date",
			"22 Tell me about a time you disagreed with a product manager",
			"24 What is the hardest bug you have fixed?",
		]);
		const pricing = storyTitled(note, "Pricing page argument");
		expect(question(note, 22)).toMatchObject({ form: "table", storyIds: [pricing] });
		expect(question(note, 22).pointers).toEqual([{ name: "Pricing page argument", via: "table", storyId: pricing }]);
		expect(question(note, 12).pointers).toEqual([{ name: "Search revamp#Scope cut", via: "wikilink", storyId: null }]);
		expect(question(note, 24).pointers).toEqual([{ name: "Clock skew in the ledger", via: "table", storyId: null }]);
	});
});

describe("topic headers", () => {
	const note = fixture("topic-highlights.md");

	it("reads an italic or highlighted topic over STAR parts as a question with its highlights, in Highlightr syntaxes and CJK", () => {
		expect(note.questions.map((q) => [q.line, q.text, q.highlights.map((h) => `${h.text}/${h.colorName}/${h.syntax}`)])).toEqual([
			[3, "Conflict with a peer about design", ["peer/red/mark-class"]],
			[9, "Rescuing a late migration", ["late/orange/mark-style"]],
			[15, "和同事意见不合", ["同事/green/mark-class"]],
		]);
		expect(note.stories.map(storyLine)).toEqual([
			"4 -: S T A R",
			"10 -: S T A R",
			"16 -: S T A R",
			"21 Moving the build to remote caching: S T A R",
		]);
		expect(note.stories[3]!.questionIds).toEqual([]);
	});
});

describe("a 'Use for:' line after the last part", () => {
	const note = fixture("use-for-after-parts.md");

	it("links the questions it names and leaves the part's text alone", () => {
		const invoice = note.stories.find((s) => s.title === "The invoice export nobody owned")!;
		const onboarding = note.stories.find((s) => s.title === "Onboarding guide rewrite")!;
		expect(invoice.parts.action).toBe("- I added a schema check to the export job and paged the owning team on drift.");
		expect(onboarding.parts.result).toBe("The next four hires shipped within their first week.");
		const texts = (ids: string[]): string[] => ids.map((id) => note.questions.find((q) => q.id === id)!.text);
		expect(texts(invoice.questionIds)).toEqual([
			"Tell me about a time you took ownership",
			"Describe a problem nobody asked you to fix",
		]);
		expect(texts(onboarding.questionIds)).toEqual([
			"Tell me about a time you improved a process",
			"Tell me about a time you took ownership",
		]);
	});
});

describe("code is code", () => {
	it("never reads an indented code block outside a list, and keeps an indented paragraph inside a list item", () => {
		const note = fixture("indented-code.md");
		expect(questionLines(note)).toEqual(["12 Tell me about a time you led without authority?"]);
		expect(note.stories.map(storyLine)).toEqual(["13 -: S T A R"]);
		expect(note.stories[0]!.parts.action).toContain("this paragraph stays part of the action");
		expect(JSON.stringify(note)).not.toContain("example of the format");
	});
});

describe("the senior legend", () => {
	it("is the note's legend, not a story, when no question follows it and its bodies say what each part holds", () => {
		const note = fixture("senior-legend.md");
		expect(note.legend).toMatchObject({ line: 5, endLine: 8 });
		expect(note.legend!.labels.map((l) => l.label)).toEqual(["Context", "Decision and trade-off", "Result", "Reflection"]);
		expect(note.stories.map(storyLine)).toEqual(["13 -: S A R TK"]);
		expect(note.stories[0]!.questionIds).toEqual([question(note, 12).id]);
	});
});

describe("story pointers", () => {
	const note = fixture("story-pointers.md");

	it("resolves a wikilink after the question mark and a STORY: line to stories of the note, and keeps the others unresolved", () => {
		const warehouse = storyTitled(note, "Warehouse handover");
		const roadmap = storyTitled(note, "The roadmap reshuffle");
		expect(note.questions.map((q) => [q.line, q.text, q.pointers])).toEqual([
			[3, "Tell me about a time you earned trust quickly?", [{ name: "Warehouse handover", via: "wikilink", storyId: warehouse }]],
			[4, "Describe a time you disagreed with your manager", [{ name: "roadmap reshuffle", via: "story-line", storyId: roadmap }]],
			[6, "Give me an example of a time you owned a mistake", [{ name: "dana", via: "nickname", storyId: null }]],
			[7, "Tell me about a time you led without authority", [{ name: "Other bank#Guild kickoff", via: "wikilink", storyId: null }]],
		]);
		expect(note.stories.map((s) => s.questionIds)).toEqual([[question(note, 3).id], [question(note, 4).id]]);
		expect(note.stories.some((s) => s.sketch)).toBe(false);
	});
});

describe("question lists by their title", () => {
	it("reads the items under 'Likely questions' and 'Q&A' as questions, and not those under 'Questions to ask them'", () => {
		const note = fixture("question-lists.md");
		expect(questionLines(note)).toEqual([
			"5 leadership without a title",
			"6 a time you were wrong",
			"7 biggest technical bet",
			"11 pushing back on a deadline",
		]);
		expect(question(note, 6).alternates).toEqual(["changed your mind"]);
		expect(note.stories.map(storyLine)).toEqual(["12 -: S T A R"]);
		expect(note.stories[0]!.questionIds).toEqual([question(note, 11).id]);
	});
});
