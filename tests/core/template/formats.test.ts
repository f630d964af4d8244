import { planInsertion } from "../../../src/core/template/plan-insertion";
import type { StoryTopic, TemplateOptions } from "../../../src/core/template/types";
import { md } from "../../helpers/md";
import { applyToText, CARET } from "../../helpers/template-text";

const TOPIC: StoryTopic = {
	kind: "competency",
	question: "Tell me about a project that failed",
	keyPhrase: "project that failed",
	colourName: null,
	competencyId: "failure",
	competencyName: "Failure",
};

function insert(note: string, cursorLine: number, options: Partial<TemplateOptions> = {}, userTemplate: string | null = null) {
	const plan = planInsertion({
		text: note,
		cursorLine,
		topic: TOPIC,
		options: { format: "star", listStyle: "numbered", indent: "tab", highlightCompetencies: { red: "failure" }, ...options },
		date: new Date(2025, 2, 7, 9, 30),
		title: "Bank",
		userTemplate,
	});
	return { ...plan, result: applyToText(note, plan.edit) };
}

describe("formats", () => {
	it("writes STAR with takeaways in a note with nothing to copy, tagging the competency no colour records", () => {
		expect(insert("", 0, { highlightCompetencies: {} }).result).toBe(md`
			- *Tell me about a project that failed* #competency/failure
				1. **Situation**: ${CARET}
				2. **Task**: 
				3. **Action**: 
				4. **Results**: 
				5. **Takeaways**: 
		`);
	});

	it("writes the senior format, bulleted and indented as the settings say, highlighting in the competency's colour", () => {
		expect(insert("", 0, { format: "senior", listStyle: "bulleted", indent: "2" }).result).toBe(md`
			- *Tell me about a <mark style="background: #FF5582A6;">project that failed</mark>*
			  - **Context**: ${CARET}
			  - **Decision and trade-off**: 
			  - **Result**: 
			  - **Reflection**: 
		`);
	});

	it("lets the note's own labels win over the chosen format", () => {
		const note = md`
			- Tell me about a time you ran an incident?
				1. **Situation:** payments were down
				2. **Task:** restore them
				3. **Action:** I rolled back
				4. **Result:** twenty minutes of downtime
		`;
		const { result, style } = insert(note, 4, { format: "senior" });
		expect(style.labelSource).toBe("entries");
		expect(result.split("\n").slice(5)).toEqual([
			'- Tell me about a <mark style="background: #FF5582A6;">project that failed</mark>',
			`\t1. **Situation:** ${CARET}`,
			"\t2. **Task:** ",
			"\t3. **Action:** ",
			"\t4. **Result:** ",
		]);
	});

	it("writes a heading entry with label headings in a note of headings", () => {
		const note = md`
			## Tell me about a time you earned trust quickly?

			### Situation
			- joined as lead mid-project

			### Task
			- restart the stalled work

			### Action
			- paired with everyone

			### Result
			- shipped five weeks later
		`;
		expect(insert(note, 4).result).toBe(
			`${note}\n\n${md`
			## Tell me about a <mark style="background: #FF5582A6;">project that failed</mark>

			### Situation
			- ${CARET}

			### Task
			- 

			### Action
			- 

			### Result
			- 
		`}`,
		);
	});

	it("writes a callout entry in a note of callouts, with a blank line on both sides", () => {
		const note = md`
			> [!question] Tell me about a time you changed a leader's mind?
			> **Situation** — a vendor was about to be signed
			> **Task** — write the plan
			> **Action** — built a spike instead
			> **Result** — kept it in house
			> #competency/influence
			> [!question] Describe a time you said no
			> **Situation** — s
		`.replace("> [!question] Describe", "\n> [!question] Describe");
		expect(insert(note, 2).result).toBe(
			note.replace(
				"> #competency/influence\n",
				`> #competency/influence\n\n${md`
					> [!question] Tell me about a <mark style="background: #FF5582A6;">project that failed</mark>
					> **Situation** — ${CARET}
					> **Task** — 
					> **Action** — 
					> **Result** — 
					> #competency/failure
				`}\n`,
			),
		);
	});
});

describe("a user template note", () => {
	const TEMPLATE = md`
		---
		type: story
		created: {{date}}
		---
		### {{question}}
		Competency: {{competency}} ({{competency:tag}}), drafted {{date:d MMMM yyyy}} at {{time}} in {{title}}
		- **Situation**: {{cursor}}
		- **Action**: 
		- **Result**: 
	`;

	it("is filled and inserted as written, the cursor at {{cursor}}, its properties handed back for merging", () => {
		const note = "# Bank\n\nSome text.";
		const { result, frontmatter, problems } = insert(note, 1, { format: "user" }, TEMPLATE);
		expect(result).toBe(md`
			# Bank

			### Tell me about a <mark style="background: #FF5582A6;">project that failed</mark>
			Competency: Failure (#competency/failure), drafted 7 March 2025 at 09:30 in Bank
			- **Situation**: ${CARET}
			- **Action**: 
			- **Result**: 

			Some text.
		`);
		expect(frontmatter).toBe("type: story\ncreated: 2025-03-07");
		expect(problems).toEqual([]);
	});

	it("falls back to STAR with takeaways when there is no template to read", () => {
		expect(insert("", 0, { format: "user" }, null).result).toContain("5. **Takeaways**: ");
	});
});
