import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CompetencyMatcher } from "../../../src/core/competencies/competency-matcher";
import { CUSTOM_SET_EXAMPLE, parseCustomSet, toCompetencyId } from "../../../src/core/competencies/custom-set";
import { VAULTS } from "../../helpers/fixtures";
import { md } from "../../helpers/md";

const read = (name: string) => readFileSync(join(VAULTS, "competencies", name), "utf8");

describe("a custom competency set from a note", () => {
	it("reads each ## heading as a competency, with its id, keywords, aliases and first paragraph", () => {
		const { set, problems } = parseCustomSet(read("competencies.md"), "competencies");
		expect(problems).toEqual([]);
		expect(set).toEqual({
			id: "custom",
			name: "Platform panel",
			description: "Your own competencies, from competencies.",
			competencies: [
				{
					id: "depth",
					name: "Technical depth",
					description: "A hard technical problem you understood to the bottom and solved yourself.",
					keywords: ["architecture", "root cause*", "latency", "design doc*"],
				},
				{
					id: "customer-focus",
					name: "Customer focus",
					description: "You started from what users needed and can show how their experience changed.",
					keywords: ["customer*", "user research", "support ticket*"],
					aliases: ["customer-obsession"],
				},
				{
					id: "working-with-others",
					name: "Working with others",
					description: "Everything you did with other teams.",
					keywords: ["working with others"],
				},
			],
		});
	});

	it("matches questions against the user's own keywords and tags", () => {
		const { set } = parseCustomSet(read("competencies.md"), "competencies");
		const matcher = new CompetencyMatcher(set!);
		const ids = (text: string, tags: string[] = []) =>
			matcher.matchQuestion({ text, alternates: [], highlights: [], tags }).map((m) => m.competencyId);
		expect(ids("Tell me about the root causes of an outage")).toEqual(["depth"]);
		expect(ids("How did user research change your plan?")).toEqual(["customer-focus"]);
		expect(ids("Tell me about your week", ["competency/customer-obsession"])).toEqual(["customer-focus"]);
		expect(ids("Tell me about your week", ["competency/working-with-others"])).toEqual(["working-with-others"]);
	});

	it("names the set after the note when it has no # title", () => {
		expect(parseCustomSet("## Depth\nKeywords: latency\n", "My loop")?.set?.name).toBe("My loop");
	});

	it.each([
		{
			name: "a note with no ## heading",
			text: read("broken-competencies.md"),
			problems: [
				'1: It defines no competencies: start each one with a "## Name" heading, or list them as "- Name: ' +
					'what it means". It holds 1 name ("Notes on competencies").',
			],
		},
		{
			name: "an empty note",
			text: "",
			problems: [
				'1: It defines no competencies: start each one with a "## Name" heading, or list them as "- Name: ' +
					'what it means". It holds no headings or named lines.',
			],
		},
		{
			name: "a note whose only competency has an unusable id",
			text: "## Depth\nId: Deep Work!\n",
			problems: [
				'2: "deep work!" cannot be an id: use lower-case words joined by "-", such as "customer-focus". "Depth" was skipped.',
				"1: None of its competencies could be used; the other messages say why.",
			],
		},
	])("reads no set from $name, and says why", ({ text, problems }) => {
		const result = parseCustomSet(text, "x");
		expect(result.set).toBeNull();
		expect(result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(problems);
	});

	it("keeps the usable competencies of a partly broken note and reports the rest by line", () => {
		const result = parseCustomSet(
			md`
				## Conflict
				Keywords: disagre*

				## Conflict
				A second one with the same id.

				##
			`,
			"x",
		);
		expect(result.set?.competencies.map((c) => c.id)).toEqual(["conflict"]);
		expect(result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'4: The id "conflict" is used twice; the second "Conflict" was skipped.',
			"7: A heading with no name was skipped.",
		]);
	});

	it("reads labels in any case, bold or as list items, and Windows line endings", () => {
		const text = "## Scope\r\n**KEYWORDS:** roadmap, org-wide\r\n- id: breadth\r\nHow far the work reached.\r\n";
		expect(parseCustomSet(text, "x").set?.competencies).toEqual([
			{ id: "breadth", name: "Scope", description: "How far the work reached.", keywords: ["roadmap", "org-wide"] },
		]);
	});

	it("parses the example note the settings tab offers to create", () => {
		const { set, problems } = parseCustomSet(CUSTOM_SET_EXAMPLE, "Competencies");
		expect(problems).toEqual([]);
		expect(set?.competencies.map((c) => c.id)).toEqual(["conflict", "customer-focus", "technical-depth"]);
		expect(set?.competencies.every((c) => c.description.length > 20 && c.keywords.length >= 3)).toBe(true);
	});

	it.each([
		["Customer focus", "customer-focus"],
		["  Deep   work ", "deep-work"],
		["Hire & develop", "hire-develop"],
		["Équipe", "équipe"],
	])("derives the id %p → %p", (name, id) => {
		expect(toCompetencyId(name)).toBe(id);
	});
});
