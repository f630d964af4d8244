import { storyNoteName, uniqueNotePath } from "../../../src/core/template/note-name";
import { frontmatterBlock, mergeMissing, storyProperties } from "../../../src/core/template/story-frontmatter";
import { planStoryNote } from "../../../src/core/template/story-note";
import type { StoryTopic, TemplateOptions } from "../../../src/core/template/types";
import { md } from "../../helpers/md";
import { withCaret } from "../../helpers/template-text";

const TOPIC: StoryTopic = {
	kind: "bank",
	question: "What is the riskiest project you have led?",
	keyPhrase: "riskiest project",
	colourName: null,
	competencyId: "riskiest-project",
	competencyName: "Riskiest project",
};
const OPTIONS: TemplateOptions = { format: "star", listStyle: "numbered", indent: "tab", highlightCompetencies: {} };

describe("new story note names", () => {
	it.each([
		[
			"the question, without characters a file name cannot hold",
			{ question: "Why: the */rewrite/* [part 2]?" },
			"Why the rewrite part 2",
		],
		[
			"the competency's name, for a competency",
			{ kind: "competency" as const, competencyName: "Bias for action" },
			"Bias for action story",
		],
		[
			"a long question cut at a word",
			{ question: `Tell me about ${"a very long story ".repeat(8)}` },
			"Tell me about a very long story a very long story a very long story a very long",
		],
		["Story when nothing usable is left", { question: "???" }, "Story"],
		["no leading dot, which would hide the note", { question: "...and then?" }, "and then"],
	])("use %s", (_name, over, expected) => {
		expect(storyNoteName({ ...TOPIC, ...over })).toBe(expected);
	});

	it("numbers a name that is taken instead of overwriting it", () => {
		const taken = new Set(["Stories/Story.md", "Stories/Story 2.md"]);
		expect(uniqueNotePath("Stories", "Story", (p) => taken.has(p))).toBe("Stories/Story 3.md");
		expect(uniqueNotePath("Stories", "Fresh", (p) => taken.has(p))).toBe("Stories/Fresh.md");
		expect(uniqueNotePath("", "Story", (p) => p === "Story.md")).toBe("Story 2.md");
	});
});

describe("properties", () => {
	it("writes created and competencies for a new note, quoting what YAML would misread", () => {
		expect(frontmatterBlock(storyProperties(new Date(2025, 3, 2), ["conflict", "yes", "odd id"]))).toBe(
			'---\ncreated: 2025-04-02\ncompetencies: [conflict, "yes", "odd id"]\n---\n',
		);
	});

	it("merges a template's properties into a note's: the note's values win, empty ones are filled", () => {
		const note: Record<string, unknown> = { title: "Mine", tags: ["interview"], competencies: [], level: null };
		const added = mergeMissing(note, {
			title: "Template",
			tags: ["story"],
			competencies: ["conflict"],
			level: "IC6",
			type: "story",
			empty: "",
		});
		expect(note).toEqual({ title: "Mine", tags: ["interview"], competencies: ["conflict"], level: "IC6", type: "story" });
		expect(added).toEqual(["competencies", "level", "type"]);
	});
});

describe("a new story note", () => {
	it("holds its properties and one STAR entry, the cursor on the first part", () => {
		const plan = planStoryNote({ topic: TOPIC, options: OPTIONS, date: new Date(2025, 3, 2), title: "Story", userTemplate: null });
		expect(withCaret(plan.content, plan.cursor)).toBe(
			md`
			---
			created: 2025-04-02
			competencies: [riskiest-project]
			---

			- *What is the riskiest project you have led?* #competency/riskiest-project
				1. **Situation**: ‸
				2. **Task**: 
				3. **Action**: 
				4. **Results**: 
				5. **Takeaways**: 
		` + "\n",
		);
		expect(plan.mergeProperties).toBeNull();
	});

	it("starts with a format legend in the senior format, so its stories can be complete without a Task", () => {
		const plan = planStoryNote({
			topic: TOPIC,
			options: { ...OPTIONS, format: "senior" },
			date: new Date(2025, 3, 2),
			title: "Story",
			userTemplate: null,
		});
		expect(plan.content.split("\n").slice(5, 10)).toEqual([
			"1. **Context**: where you were, how big it was, and what was at stake",
			"2. **Decision and trade-off**: what you chose, what you gave up, and why",
			"3. **Result**: what changed, in numbers where you can",
			"4. **Reflection**: what you would repeat, and what you would do differently",
			"",
		]);
	});

	it("keeps a user template's own properties and asks for created and competencies to be merged in", () => {
		const template = "---\ntags: [story]\ncreated: {{date:yyyy}}\n---\n# {{title}}\n\n- {{question}}\n\t- **Situation**: {{cursor}}\n";
		const plan = planStoryNote({
			topic: TOPIC,
			options: { ...OPTIONS, format: "user" },
			date: new Date(2025, 3, 2),
			title: "Risky bet",
			userTemplate: template,
		});
		expect(withCaret(plan.content, plan.cursor)).toBe(
			"---\ntags: [story]\ncreated: 2025\n---\n\n# Risky bet\n\n- What is the riskiest project you have led?\n\t- **Situation**: ‸\n",
		);
		expect(plan.mergeProperties).toEqual({ created: "2025-04-02", competencies: ["riskiest-project"] });
	});

	it("gives a user template without properties the usual ones", () => {
		const plan = planStoryNote({
			topic: TOPIC,
			options: { ...OPTIONS, format: "user" },
			date: new Date(2025, 3, 2),
			title: "S",
			userTemplate: "- {{question}}\n",
		});
		expect(plan.content).toBe(
			"---\ncreated: 2025-04-02\ncompetencies: [riskiest-project]\n---\n\n- What is the riskiest project you have led?\n",
		);
		expect(plan.mergeProperties).toBeNull();
	});
});
