import { builtInSet } from "../../../src/core/competencies/built-in-sets";
import { CompetencyMatcher, competencyTags } from "../../../src/core/competencies/competency-matcher";
import { parseNote } from "../../../src/core/parser/note-parser";
import type { ParsedNote } from "../../../src/core/types";
import { md } from "../../helpers/md";

/** `competency(source)` for every competency a note's first story is filed under, strongest first. */
function filed(text: string, options: { set?: string; colours?: Record<string, string> } = {}): string[] {
	const note = parseNote(text);
	const matcher = new CompetencyMatcher(builtInSet(options.set ?? "senior"), { colours: options.colours });
	return describeStory(matcher, note, 0);
}

function describeStory(matcher: CompetencyMatcher, note: ParsedNote, i: number): string[] {
	const story = note.stories[i]!;
	const questions = note.questions.filter((q) => story.questionIds.includes(q.id));
	return matcher.matchStory(story, questions, note.meta.competencies).map((m) => `${m.competencyId}(${m.source})`);
}

/** `competency(source)` for free text, as a question with nothing else. */
function inferred(text: string, set = "senior"): string[] {
	return new CompetencyMatcher(builtInSet(set)).matchText(text).map((m) => `${m.competencyId}(${m.source})`);
}

const STORY = "\t1. **Situation**: the team had a plan\n\t2. **Action**: I changed it\n\t3. **Result**: it worked";

describe("matching stories to competencies", () => {
	it.each([
		{
			name: "a #competency tag on the question beats its words",
			note: `- Tell me about a time you disagreed with your manager? #competency/failure\n${STORY}`,
			expected: ["failure(tag)"],
		},
		{
			name: "a #competency tag inside the story counts as much as one on the question",
			note: `- Tell me about a time you disagreed with your manager?\n${STORY}\n\t4. **Takeaway**: ask first #competency/influence`,
			expected: ["influence(tag)"],
		},
		{
			name: "the competencies property beats the words, and names or ids both work",
			note: `---\ncompetencies: [Building a team, scope]\n---\n- Tell me about a time you disagreed with your manager?\n${STORY}`,
			expected: ["scope(frontmatter)", "team-building(frontmatter)"],
		},
		{
			name: "a tag beats the competencies property",
			note: `---\ncompetencies: [scope]\n---\n- Tell me about a conflict? #competency/conflict\n${STORY}`,
			expected: ["conflict(tag)"],
		},
		{
			name: "a tag naming nothing in the set falls through to the next signal",
			note: `- Tell me about a conflict with a peer? #competency/not-a-thing\n${STORY}`,
			expected: ["conflict(question)"],
		},
		{
			name: "another set's id is read through its alias (ambiguity → judgment in the senior set)",
			note: `- Tell me about a time you had no clear goal? #competency/ambiguity\n${STORY}`,
			expected: ["judgment(tag)"],
		},
		{
			name: "the highlighted phrase weighs more than the rest of the question",
			note: `- Tell me about a <mark class="hltr-red">conflict with a peer</mark> that was a mistake?\n${STORY}`,
			expected: ["conflict(highlight)", "failure(question)"],
		},
		{
			name: "without a highlight, the question and its alternates all count (a tie goes by name, never by the set's order)",
			note: `- Tell me about a time you failed/Describe a time you disagreed with a peer\n${STORY}`,
			expected: ["conflict(question)", "failure(question)"],
		},
		{
			name: "a question with no signal leaves the decision to the story's own words",
			note:
				`- Tell me about your week?\n\t1. **Situation**: two teams disagreed about the API and the tension ` +
				`grew\n\t2. **Action**: I met both leads and we argued it out\n\t3. **Result**: the conflict ended with one design`,
			expected: ["conflict(story)"],
		},
		{
			name: "a misspelt long word still finds its competency",
			note: `- Describe a dissagreement you had with your boss\n${STORY}`,
			expected: ["conflict(fuzzy)"],
		},
		{
			name: "nothing at all when neither the question nor the story says anything",
			note: `- Tell me about your week?\n\t1. **Situation**: it rained\n\t2. **Action**: I stayed in\n\t3. **Result**: dry`,
			expected: [],
		},
	])("$name", ({ note, expected }) => {
		expect(filed(note)).toEqual(expected);
	});

	it("files a question by the colour the user mapped, before its words but after tags", () => {
		const note = `- Tell me about a time you <mark class="hltr-red">broke production</mark>\n${STORY}`;
		expect(filed(note)).toEqual(["failure(highlight)"]);
		expect(filed(note, { colours: { red: "riskiest-project" } })).toEqual(["riskiest-project(colour)"]);
		expect(filed(note, { colours: { blue: "riskiest-project" } })).toEqual(["failure(highlight)"]);
		expect(filed(`${note.split("\n")[0]} #competency/scope\n${STORY}`, { colours: { red: "riskiest-project" } })).toEqual([
			"scope(tag)",
		]);
	});

	it("maps a colour to a competency of another set through its alias", () => {
		const note = `- Tell me about a time you <mark class="hltr-green">stood firm</mark>\n${STORY}`;
		expect(filed(note, { colours: { green: "backbone" } })).toEqual(["conflict(colour)"]);
	});

	it("matches the same words in every built-in set to that set's own competencies", () => {
		const note = md`
			- Tell me about a time you disagreed with your manager?
				1. **Situation**: x
				2. **Action**: I y
				3. **Result**: z
		`;
		expect(filed(note, { set: "senior" })).toEqual(["conflict(question)"]);
		expect(filed(note, { set: "behavioural" })).toEqual(["conflict(question)"]);
		expect(filed(note, { set: "amazon" })).toEqual(["backbone(question)"]);
	});

	it("finds the right competency for the example vault's colour-coded questions", () => {
		expect(inferred("Walk me through the riskiest project you have led")).toEqual(["riskiest-project(question)"]);
		expect(inferred("Describe a time you influenced without authority")).toEqual(["influence(question)"]);
		expect(inferred("A time when you had to make a call without complete data")).toEqual(["judgment(question)"]);
		expect(inferred("Give me an example of how you developed someone on your team")).toEqual(["team-building(question)"]);
	});
});

describe("typos of long cue words", () => {
	it.each([
		["Describe a confict at work", "conflict(fuzzy)"],
		["Tell me about a mistke you made", "failure(fuzzy)"],
		["How do you influance people?", "influence(fuzzy)"],
		["Tell me about a tricky stakholder", "influence(fuzzy)"],
		["Describe an ambigous situation", "judgment(fuzzy)"],
	])("reads %p as %p", (text, expected) => {
		expect(inferred(text)).toEqual([expected]);
	});

	it.each([["Tell me about your favourite holiday"], ["Tell me about a project you liked"], ["What is your confident estimate?"]])(
		"finds nothing in %p: a near word is not a keyword",
		(text) => {
			expect(inferred(text)).toEqual([]);
		},
	);

	it("prefers an exact keyword to a fuzzy one in the same text", () => {
		expect(inferred("Tell me about a conflict and a dissagreement")).toEqual(["conflict(question)"]);
	});
});

describe("the matcher's caches", () => {
	const note = parseNote(`- Tell me about a conflict with a peer?\n${STORY}`);
	const story = note.stories[0]!;

	it("answers a redraw for the same story from its cache", () => {
		const matcher = new CompetencyMatcher(builtInSet("senior"));
		const first = matcher.matchStory(story, note.questions, note.meta.competencies);
		expect(matcher.matchStory(story, note.questions, note.meta.competencies)).toBe(first);
	});

	it("recomputes when the story's questions are different objects (the note changed)", () => {
		const matcher = new CompetencyMatcher(builtInSet("senior"));
		const first = matcher.matchStory(story, note.questions, note.meta.competencies);
		const edited = [{ ...note.questions[0]!, text: "Tell me about a time you failed", tags: [] }];
		const second = matcher.matchStory(story, edited, note.meta.competencies);
		expect(second).not.toBe(first);
		expect(second.map((m) => m.competencyId)).toEqual(["failure"]);
	});

	it("keeps its inferences when only the colour mapping changes", () => {
		const matcher = new CompetencyMatcher(builtInSet("senior"));
		const q = { text: "Tell me about a conflict", alternates: [], highlights: [], tags: [] };
		const before = matcher.matchQuestion(q);
		expect(matcher.withOptions({ colours: { red: "scope" } }).matchQuestion(q)).toBe(before);
	});
});

describe("resolving ids", () => {
	const matcher = new CompetencyMatcher(builtInSet("senior"));

	it.each([
		["conflict", ["conflict"]],
		["Conflict", ["conflict"]],
		["Judgment and trade-offs", ["judgment"]],
		["think-big", ["scope"]],
		["hire-and-develop", ["team-building"]],
		["customer-obsession", []],
	])("reads %p as %p", (value, ids) => {
		expect(matcher.resolve(value)).toEqual(ids);
	});

	it("reads competency tags, nested or not, without the #", () => {
		expect(competencyTags(["competency/conflict", "#Competency/Scope", "competency/failure/2024", "interview", "competency/"])).toEqual(
			["conflict", "scope", "failure"],
		);
	});
});
