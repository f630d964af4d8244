import { parseCustomSet, splitCustomNote } from "../../../src/core/competencies/custom-set";
import { md } from "../../helpers/md";

// A company's rubric pasted into a prep note: a list of "Name: what it means", key signals starred.
const PREP_NOTE = md`
	# Harbor Freight Labs

	Recruiter call on the 3rd.

	rubrics:

	    Ownership*: Do they follow a problem past the edge of their own team?
	    Ambiguity: Can they make progress before the goal is written down?
	    **Growth***: How well do they understand their own gaps?
	    **Collaboration**: Do peers want to work with them again?

	## Questions

	- conflict (dana)
`;

describe("a rubric list as a competency set", () => {
	it("reads each 'Name: description' line of an indented code block, key signals first", () => {
		const { set, problems } = parseCustomSet(PREP_NOTE, "Harbor");
		expect(problems).toEqual([]);
		expect(set?.competencies.map((c) => [c.id, c.name, c.key === true])).toEqual([
			["ownership", "Ownership", true],
			["growth", "Growth", true],
			["ambiguity", "Ambiguity", false],
			["collaboration", "Collaboration", false],
		]);
		expect(set?.competencies[1]?.description).toBe("How well do they understand their own gaps?");
		expect(set?.competencies[3]?.keywords).toEqual(["collaboration"]);
	});

	it("reads only the section a 'Note#Heading' setting names", () => {
		const note = md`
			## Signals
			- **Scope**: problems bigger than one team
			- **Judgment***: trade-offs named out loud

			## Not these
			- Lunch: at noon
			- Parking: level 2
		`;
		expect(splitCustomNote("Prep/Harbor#Signals")).toEqual({ path: "Prep/Harbor", heading: "Signals" });
		const { set } = parseCustomSet(note, "Harbor", "Signals");
		expect(set?.competencies.map((c) => c.name)).toEqual(["Judgment", "Scope"]);
		expect(parseCustomSet(note, "Harbor", "Missing").problems).toEqual([{ line: 1, message: 'It has no heading "Missing".' }]);
	});

	it("says what an unreadable note holds and which built-in set its names come nearest to", () => {
		const { set, problems } = parseCustomSet(
			"# Notes\n\nMotivation, conflict resolution, empathy and growth.\n\n### Growth\n### Empathy\n### Communication\n",
			"Notes",
		);
		expect(set).toBeNull();
		expect(problems[problems.length - 1]?.message).toBe(
			'It defines no competencies: start each one with a "## Name" heading, or list them as "- Name: ' +
				'what it means". It holds 4 names ("Notes", "Growth", "Empathy", "Communication"); ' +
				"3 of these names match the Behavioural (large tech companies) set.",
		);
	});
});
