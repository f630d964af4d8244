import { templateBlock } from "../../../src/core/template/template-block";
import { fillTemplate, PLACEHOLDERS, splitFrontmatter, type TemplateValues } from "../../../src/core/template/user-template";
import { md } from "../../helpers/md";

const VALUES: TemplateValues = {
	question: 'Tell me about a <mark class="hltr-red">failure</mark>',
	questionPlain: "Tell me about a failure",
	competency: "Failure and recovery",
	competencyId: "failure",
	title: "Story 2",
	date: new Date(2025, 0, 9, 14, 5),
};

describe("user template placeholders", () => {
	it.each([
		["{{question}}", 'Tell me about a <mark class="hltr-red">failure</mark>'],
		["{{question:plain}}", "Tell me about a failure"],
		["{{competency}}", "Failure and recovery"],
		["{{competency:id}}", "failure"],
		["{{competency:tag}}", "#competency/failure"],
		["{{date}}", "2025-01-09"],
		["{{date:yyyy-MM-dd}}", "2025-01-09"],
		["{{date:EEEE d MMMM}}", "Thursday 9 January"],
		["{{date:HH:mm}}", "14:05"],
		["{{time}}", "14:05"],
		["{{title}}", "Story 2"],
		["{{ Date : dd/MM/yy }}", "09/01/25"],
		["{{QUESTION}}", 'Tell me about a <mark class="hltr-red">failure</mark>'],
	])("fills %s", (placeholder, expected) => {
		expect(fillTemplate(`<${placeholder}>`, VALUES)).toEqual({ text: `<${expected}>`, cursor: null, problems: [] });
	});

	it("leaves the competency placeholders empty when the story has no competency", () => {
		const none = { ...VALUES, competency: "", competencyId: "" };
		expect(fillTemplate("[{{competency}}|{{competency:id}}|{{competency:tag}}]", none).text).toBe("[||]");
	});

	it("puts the cursor at the first {{cursor}} and removes them all", () => {
		expect(fillTemplate("- **Situation**: {{cursor}}\n- **Task**: {{cursor}}", VALUES)).toEqual({
			text: "- **Situation**: \n- **Task**: ",
			cursor: "- **Situation**: ".length,
			problems: [],
		});
	});

	it("leaves a date format date-fns refuses as written, and says how to fix it", () => {
		const filled = fillTemplate("created {{date:YYYY-MM-DD}}", VALUES);
		expect(filled.text).toBe("created {{date:YYYY-MM-DD}}");
		expect(filled.problems).toEqual([
			"{{date:YYYY-MM-DD}} is not a date-fns format (years are yyyy, days dd, as in {{date:yyyy-MM-dd}}), so it was left as written.",
		]);
	});

	it("leaves an unknown placeholder as written and names it", () => {
		const filled = fillTemplate("{{tp.file.title}} {{weather}} {{question:loud}}", VALUES);
		expect(filled.text).toBe("{{tp.file.title}} {{weather}} {{question:loud}}");
		expect(filled.problems).toEqual([
			"{{weather}} is not a placeholder this plugin knows, so it was left as written.",
			"{{question:loud}} is not a placeholder this plugin knows, so it was left as written.",
		]);
	});

	it("documents every placeholder it fills", () => {
		for (const { name } of PLACEHOLDERS) {
			const sample = name.replace("FORMAT", "yyyy");
			expect(fillTemplate(sample, VALUES).problems).toEqual([]);
		}
	});
});

describe("a template's frontmatter and cursor", () => {
	it.each([
		["a block", "---\ntype: story\n---\nbody", { frontmatter: "type: story", body: "body" }],
		["an empty block", "---\n---\nbody", { frontmatter: "", body: "body" }],
		["CRLF line endings", "---\r\ntype: story\r\n---\r\nbody\r\n", { frontmatter: "type: story", body: "body\n" }],
		["no block", "body\n---\nmore", { frontmatter: null, body: "body\n---\nmore" }],
		["a rule that is not a fence", "---\ntext---\nmore", { frontmatter: null, body: "---\ntext---\nmore" }],
	])("splits a template with %s", (_name, text, expected) => {
		expect(splitFrontmatter(text)).toEqual(expected);
	});

	it("puts the cursor after the first empty label when the template has no {{cursor}}, and trims blank lines around it", () => {
		const block = templateBlock(
			md`

				### A question?
				- **Situation**: already written
				- **Task**: 
				- **Action**: 

			`,
			null,
		);
		expect(block).toEqual({
			lines: ["### A question?", "- **Situation**: already written", "- **Task**: ", "- **Action**: "],
			cursor: { line: 2, ch: 12 },
		});
	});

	it("puts the cursor at the end when the template has no label to fill", () => {
		expect(templateBlock("Notes:\nfree text", null).cursor).toEqual({ line: 1, ch: 9 });
	});
});
