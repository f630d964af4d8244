import { parseNote } from "../../../src/core/parser/note-parser";
import { planInsertion } from "../../../src/core/template/plan-insertion";
import type { StoryTopic, TemplateOptions } from "../../../src/core/template/types";
import { md } from "../../helpers/md";
import { applyToText, CARET, TOPIC } from "../../helpers/template-text";

// Inline notes are indented with tabs like the code; "\t" beyond that is a real tab in the note.
// In the expected notes, ‸ marks where the cursor lands.

const OPTIONS: TemplateOptions = { format: "star", listStyle: "numbered", indent: "tab", highlightCompetencies: { red: "failure" } };

/** Inserts the template with the cursor on the line holding ⟨here⟩ (the marker is removed first). */
function insertAt(note: string, topic: StoryTopic = TOPIC, options: TemplateOptions = OPTIONS): string {
	const lines = note.split("\n");
	const cursorLine = lines.findIndex((l) => l.includes("⟨here⟩"));
	expect(cursorLine).toBeGreaterThanOrEqual(0);
	const text = note.replace("⟨here⟩", "");
	const plan = planInsertion({ text, cursorLine, topic, options, date: new Date(2025, 2, 1), title: "Note", userTemplate: null });
	return applyToText(text, plan.edit);
}

const NEW_ENTRY = md`
	---
	- *Tell me about a time you <mark style="background: #FF5582A6;">missed a deadline</mark>*
		1. **Situation**: ${CARET}
		2. **Task**: 
		3. **Action**: 
		4. **Results**: 
		5. **Takeaways**: 
`;

const BANK = md`
	## Stories

	1. **Situation**: where it happened
	2. **Task**: what was mine
	3. **Action**: what I did
	4. **Results**: what changed
	5. **Takeaways**: what I keep

	---
	- *Tell me about a time you <mark style="background: #BBFABBA6;">rescued a late project</mark>*
		1. **Situation**: the app release was three weeks behind
		2. **Task**: ship before the conference
		3. **Action**: I cut two features and ran daily check-ins
		4. **Results**: shipped four days early
		5. **Takeaways**: scope is the cheapest lever
	---
	- *Describe a time you <mark style="background: #FF5582A6;">handled pushback</mark> from design*
		- Rebuilding the settings page
			1. **Situation**: designers wanted a full redesign
			2. **Task**: agree on a plan in one week
			3. **Action**: I prototyped both versions and ran a hallway test
			4. **Results**: we shipped the smaller change first
			5. **Takeaways**: show, do not argue

	## Later
`;

describe("where a new entry goes", () => {
	it("goes after the whole entry when the cursor is on its question line, with the note's separator", () => {
		const note = BANK.replace("- *Tell me about a time you <mark", "- *Tell me about a time you ⟨here⟩<mark");
		expect(insertAt(note)).toBe(
			BANK.replace(
				"\t5. **Takeaways**: scope is the cheapest lever\n",
				`\t5. **Takeaways**: scope is the cheapest lever\n${NEW_ENTRY}\n`,
			),
		);
	});

	it("goes after the whole entry, not inside a STAR bullet, when the cursor is in a nested part", () => {
		const note = BANK.replace("ran a hallway test", "ran a hallway test⟨here⟩");
		expect(insertAt(note)).toBe(BANK.replace("show, do not argue\n", `show, do not argue\n${NEW_ENTRY}\n`));
	});

	it("goes in as is on a blank line between blocks, keeping the blank line and adding one before a heading", () => {
		const note = BANK.replace("do not argue\n\n## Later", "do not argue\n⟨here⟩\n## Later");
		expect(insertAt(note)).toBe(BANK.replace("do not argue\n\n## Later", `do not argue\n\n${NEW_ENTRY}\n\n## Later`));
	});

	it("goes after the format legend, never inside it, and the legend stays a legend", () => {
		const note = BANK.replace("3. **Action**: what I did", "3. **Action**: what I did⟨here⟩");
		const result = insertAt(note);
		expect(result).toBe(BANK.replace("5. **Takeaways**: what I keep\n", `5. **Takeaways**: what I keep\n${NEW_ENTRY}\n`));
		expect(parseNote(result.replace(CARET, "")).legend?.labels.map((l) => l.label)).toEqual([
			"Situation",
			"Task",
			"Action",
			"Results",
			"Takeaways",
		]);
	});

	it("goes after a paragraph the cursor is in, with a blank line so the paragraph does not become a heading", () => {
		const note = md`
			# Interview prep
			Stories I can tell in ⟨here⟩two minutes.
			More notes on the same paragraph.
		`;
		expect(insertAt(note)).toBe(md`
			# Interview prep
			Stories I can tell in two minutes.
			More notes on the same paragraph.

			- *Tell me about a time you <mark style="background: #FF5582A6;">missed a deadline</mark>*
				1. **Situation**: ${CARET}
				2. **Task**: 
				3. **Action**: 
				4. **Results**: 
				5. **Takeaways**: 
		`);
	});

	it("goes after the frontmatter when the cursor is inside it, leaving the properties alone", () => {
		const note = md`
			---
			created: 2025-01-04⟨here⟩
			---
			# Bank
		`;
		const result = insertAt(note);
		expect(result.startsWith("---\ncreated: 2025-01-04\n---\n- *Tell me about a time you")).toBe(true);
		expect(result.endsWith("5. **Takeaways**: \n\n# Bank")).toBe(true);
	});

	it(
		"goes after the blockquote answer of a question when the cursor is on the blank line between them, " +
			"unemphasised like its neighbours",
		() => {
			const note = md`
			- Where do you want to be in five years?
			⟨here⟩
			> Leading a platform team, still close to the code.

			- What is your biggest weakness?
		`;
			expect(insertAt(note)).toBe(md`
			- Where do you want to be in five years?

			> Leading a platform team, still close to the code.

			- Tell me about a time you <mark style="background: #FF5582A6;">missed a deadline</mark>
				1. **Situation**: ${CARET}
				2. **Task**: 
				3. **Action**: 
				4. **Results**: 
				5. **Takeaways**: 

			- What is your biggest weakness?
		`);
		},
	);

	it("fills an empty note from the top", () => {
		expect(insertAt("⟨here⟩")).toBe(NEW_ENTRY.replace("---\n", ""));
	});

	it("goes after a code block the cursor is in", () => {
		const note = md`
			\`\`\`
			- Tell me about a time⟨here⟩ this is only an example?
			\`\`\`
			Text after.
		`;
		const result = insertAt(note);
		expect(result.split("\n").slice(0, 5)).toEqual([
			"```",
			"- Tell me about a time this is only an example?",
			"```",
			"",
			expect.stringContaining("missed a deadline") as string,
		]);
		expect(result.endsWith("\n\nText after.")).toBe(true);
	});

	it("numbers a new question after numbered ones", () => {
		const note = md`
			1. Tell me about a time you led a migration?
				- S: the old queue was dropping jobs
				- A: I moved one producer at a time⟨here⟩
				- R: no lost jobs since
			2. Describe a time you changed your mind?
		`;
		expect(insertAt(note)).toBe(md`
			1. Tell me about a time you led a migration?
				- S: the old queue was dropping jobs
				- A: I moved one producer at a time
				- R: no lost jobs since
			2. Tell me about a time you <mark style="background: #FF5582A6;">missed a deadline</mark>
				- S: ${CARET}
				- A: 
				- R: 
			2. Describe a time you changed your mind?
		`);
	});

	it("keeps the indentation of a question nested under a grouping bullet", () => {
		const note = md`
			- Leadership
				- Tell me about a time you grew a junior engineer?
					1. **Situation**: a new hire⟨here⟩ on the team
					2. **Task**: get her on call
					3. **Action**: weekly pairing
					4. **Result**: on call after two months
			- Other
		`;
		const result = insertAt(note).split("\n");
		expect(result.slice(6, 8)).toEqual([
			'\t- Tell me about a time you <mark style="background: #FF5582A6;">missed a deadline</mark>',
			`\t\t1. **Situation**: ${CARET}`,
		]);
		expect(result[result.length - 1]).toBe("- Other");
	});
});

describe("nothing else in the note changes", () => {
	it.each([
		["on a question line", "- *Tell me about a time you <mark", "- *Tell me about a time you ⟨here⟩<mark"],
		["in a nested part", "ran a hallway test", "ran a hallway test⟨here⟩"],
		["in the legend", "what I did", "what I did⟨here⟩"],
		["on the last blank line", "argue\n\n## Later", "argue\n⟨here⟩\n## Later"],
	])(
		"when the cursor is %s: removing the new text gives back the note, and every other entry parses as before",
		(_where, find, replace) => {
			const note = BANK.replace(find, replace);
			const text = note.replace("⟨here⟩", "");
			const cursorLine = note.split("\n").findIndex((l) => l.includes("⟨here⟩"));
			const plan = planInsertion({
				text,
				cursorLine,
				topic: TOPIC,
				options: OPTIONS,
				date: new Date(2025, 2, 1),
				title: "Note",
				userTemplate: null,
			});
			expect(plan.edit.from).toEqual(plan.edit.to);
			const after = applyToText(text, plan.edit).replace(CARET, "");
			const at = after.indexOf(plan.edit.text);
			expect(after.slice(0, at) + after.slice(at + plan.edit.text.length)).toBe(text);

			const summary = (src: string) =>
				parseNote(src)
					.questions.filter((q) => q.text !== TOPIC.question)
					.map((q) => ({ text: q.text, highlights: q.highlights, stories: q.storyIds.length }));
			expect(summary(after)).toEqual(summary(text));
			const stories = (src: string) =>
				parseNote(src)
					.stories.filter((s) => !s.sketch)
					.map((s) => [s.title, s.parts]);
			expect(stories(after)).toEqual(stories(text));
		},
	);
});
