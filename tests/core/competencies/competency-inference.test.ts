import { builtInSet } from "../../../src/core/competencies/built-in-sets";
import { CompetencyMatcher } from "../../../src/core/competencies/competency-matcher";
import { CompetencyInference } from "../../../src/core/competencies/competency-inference";
import { prefixMatches, sameWord } from "../../../src/core/competencies/keyword-index";
import { withinOneEdit } from "../../../src/core/competencies/fuzzy-keywords";
import type { CompetencySet } from "../../../src/core/competencies/types";
import { parseNote } from "../../../src/core/parser/note-parser";

const senior = new CompetencyMatcher(builtInSet("senior"));

/** Competency ids with their evidence for free text, as a question with nothing else. */
const read = (text: string): string[] => senior.matchText(text).map((m) => `${m.competencyId}: ${m.evidence.join(", ")}`);
/** The first story of a note: competency ids, best first. */
function storyOf(text: string, matcher = senior): { ids: string[]; evidence: Record<string, string[]>; sources: string[] } {
	const note = parseNote(text);
	const story = note.stories[0]!;
	const questions = note.questions.filter((q) => story.questionIds.includes(q.id));
	const matches = matcher.matchStory(story, questions, note.meta.competencies);
	return {
		ids: matches.map((m) => m.competencyId),
		evidence: Object.fromEntries(matches.map((m) => [m.competencyId, m.evidence])),
		sources: matches.map((m) => m.source),
	};
}

describe("cues on real word boundaries", () => {
	it("keeps the ownership cue alive: 'owned' counts, the stopword 'own' does not", () => {
		expect(read("A service nobody had owned for a year")).toEqual(["ownership: owned"]);
		expect(read("I worked on my own over the weekend")).toEqual([]);
	});

	it("reads phrase cues a word at a time, with their inflections", () => {
		expect(read("I took it on myself to fix the flaky deploys")).toEqual(["ownership: took it on myself"]);
		expect(read("The rollout fell short of its goal")[0]).toMatch(/^failure: fell short of/);
		expect(read("We disagreed on the schema")[0]).toMatch(/^conflict: .*disagreed/);
		expect(read("No one owned it")).toEqual(["ownership: no one owned"]);
	});

	it("never reads 'failover' as failure, nor 'internal' as an intern, nor 'account' as accountable", () => {
		expect(read("We tested the failover to the second region")).toEqual([]);
		expect(read("An internal dashboard for the account team")).toEqual(["evidence: dashboard"]);
		expect(prefixMatches("fail", "failover")).toBe(false);
		expect(prefixMatches("fail", "failures")).toBe(true);
		expect(prefixMatches("commit", "committed")).toBe(true);
		expect(sameWord("intern", "internal")).toBe(false);
		expect(sameWord("plan", "planned")).toBe(true);
	});

	it.each([
		["We had to raise prices", []],
		["The share price had fallen", []],
		["The director joined the review", ["influence: director"]],
		["The release didn't land in time", ["failure: didn't land"]],
	])("turns no ordinary word into another one: %p", (text, expected) => {
		expect(read(text)).toEqual(expected);
	});

	it("forgives one slip in a long cue word, never in a short one", () => {
		expect(read("Describe a dissagreement with your lead")[0]).toMatch(/^conflict: dissagreement/);
		expect(read("Tell me about a responsibilty you took")[0]).toMatch(/^ownership: responsibilty/);
		expect(read("Tell me about a rysk you took")).toEqual([]);
		expect(withinOneEdit("conflict", "confilct")).toBe(true);
		expect(withinOneEdit("director", "direction")).toBe(false);
	});

	it("reads a phrase cue in any person: the question's 'your' meets the story's 'my'", () => {
		expect(read("Tell me about something you fixed that was not your job")[0]).toMatch(/^ownership: not your job/);
		expect(read("It was not our job, but the queue kept dropping orders")[0]).toMatch(/^ownership: not our job/);
		// A pronoun alone is still no cue, and the third person is someone else, not the speaker.
		expect(read("your my our")).toEqual([]);
		expect(read("It was not his job to fix the queue")).toEqual([]);
	});

	it.each([
		["Describe a time you received critical feedback.", "failure"],
		["When did you choose not to build something?", "judgment"],
		["What is the most uncertain project you have worked on?", "riskiest-project"],
		["Tell me about a time you took the lead during an outage.", "ownership"],
	])("reads a question that never names its competency: %p", (text, expected) => {
		expect(senior.matchText(text)[0]?.competencyId).toBe(expected);
	});
});

describe("weighing everything the user wrote", () => {
	it("lets the story's own words outweigh a question that names another competency, and keeps the evidence", () => {
		const story = storyOf(
			[
				"- What is the project you are most proud of?",
				"\t1. **Situation**: the director wanted to ship the new ranking model before the holidays",
				"\t2. **Action**: I pushed back in the review; we disagreed on the launch date, " +
					"and I proposed a holdout so we could agree on the data",
				"\t3. **Result**: we launched two weeks later with no incidents; the tension eased",
			].join("\n"),
		);
		expect(story.ids[0]).toBe("conflict");
		expect(story.evidence.conflict).toEqual(expect.arrayContaining(["pushed back", "we disagreed on", "tension"]));
		expect(story.ids).toContain("signature-impact");
	});

	it("files the seed-like 'did something wrong' story under failure from the question's highlight and the story's words", () => {
		const story = storyOf(
			[
				'- *A time you <mark style="background: #FF5582A6;">made a mistake</mark>*',
				"\t1. **Situation**: I assumed every client sent the header, from one bug report",
				"\t2. **Action**: found every place the wrong assumption was used and fixed them; added tests",
				"\t3. **Result**: fixed in a day; no regression since",
			].join("\n"),
		);
		expect(story.ids[0]).toBe("failure");
		expect(story.sources[0]).toBe("highlight");
	});

	it("breaks a tie on the evidence, then by name, never by the set's order", () => {
		const set = (order: string[]): CompetencySet => ({
			id: "custom",
			name: "Two",
			description: "",
			competencies: order.map((id) => ({ id, name: id, description: "", keywords: id === "b" ? ["alpha", "beta"] : ["gamma"] })),
		});
		const text = [{ text: "alpha gamma", weight: 1, kind: "story" as const }];
		const first = new CompetencyInference(set(["a", "b"])).evidence(text).map((e) => e.competencyId);
		const second = new CompetencyInference(set(["b", "a"])).evidence(text).map((e) => e.competencyId);
		expect(first).toEqual(second);
		const more = [{ text: "alpha beta gamma", weight: 1, kind: "story" as const }];
		expect(new CompetencyInference(set(["a", "b"])).evidence(more)[0]!.competencyId).toBe("b");
	});
});

describe("the user's corrections", () => {
	const note = parseNote(
		"- Tell me about a conflict with a peer?\n\t1. **Situation**: we disagreed on the API\n\t2. **Action**: " +
			"I met them\n\t3. **Result**: one design",
	);
	const story = note.stories[0]!;

	it("confirmed or added competencies lead as corrected, removed ones go", () => {
		const matches = senior.matchStory(story, note.questions, [], { verdicts: { conflict: "removed", "team-building": "confirmed" } });
		expect(matches.map((m) => `${m.competencyId}(${m.source})`)).toEqual(["team-building(corrected)"]);
		const kept = senior.matchStory(story, note.questions, [], { verdicts: { conflict: "confirmed" } });
		expect(kept[0]).toMatchObject({ competencyId: "conflict", source: "corrected", score: 1 });
		expect(kept[0]!.evidence).toEqual(["conflict", "we disagreed on"]);
	});

	it("reads a correction naming another set's id through its alias", () => {
		const matches = senior.matchStory(story, note.questions, [], { verdicts: { backbone: "removed" } });
		expect(matches.map((m) => m.competencyId)).not.toContain("conflict");
	});
});
