import { rankChoices } from "../../../src/core/template/rank-choices";
import { competencyTopic, topicChoices, type TopicSources } from "../../../src/core/template/topics";

const SOURCES: TopicSources = {
	vault: [
		{
			id: "q-1",
			text: "Tell me about a time you missed a deadline",
			highlights: [{ text: "missed a deadline", colorName: "red" }],
			tags: [],
			path: "Bank.md",
			answered: true,
		},
		{
			id: "q-2",
			text: "Describe a time you gave hard feedback",
			highlights: [],
			tags: ["competency/feedback"],
			path: "Bank.md",
			answered: false,
		},
		{ id: "q-2", text: "Describe a time you gave hard feedback", highlights: [], tags: [], path: "Copy.md", answered: false },
	],
	bank: [
		{
			id: "bank-conflict",
			text: "Tell me about a conflict with a peer and how you resolved it.",
			competencies: ["conflict", "influence"],
		},
		{ id: "bank-deadline", text: "Tell me about a time you missed a deadline", competencies: ["failure"] },
		{ id: "bank-influence", text: "How did you win over a team you did not manage?", competencies: ["influence"] },
	],
	competencies: [
		{ id: "conflict", name: "Conflict resolution" },
		{ id: "influence", name: "Influence without authority" },
		{ id: "ownership", name: "Ownership" },
		{ id: "failure", name: "Failure" },
	],
	colourToCompetency: { red: "failure" },
};

/** A stand-in for Obsidian's fuzzy search: every typed word must appear; more matched letters score higher. */
function wordsScore(query: string): (text: string) => number | null {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return (text) => (words.every((w) => text.toLowerCase().includes(w)) ? words.join("").length : null);
}

describe("the topic picker", () => {
	it("offers the user's unanswered questions first and marked, then the bank, competencies, and answered questions", () => {
		const choices = rankChoices(topicChoices(SOURCES), "", () => 0);
		expect(choices.map((c) => [c.title, c.unanswered])).toEqual([
			["Describe a time you gave hard feedback", true],
			["Tell me about a conflict with a peer and how you resolved it.", false],
			["How did you win over a team you did not manage?", false],
			["Conflict resolution", false],
			["Influence without authority", false],
			["Ownership", false],
			["Failure", false],
			["Tell me about a time you missed a deadline", false],
		]);
	});

	it("keeps the user's own colour and reads the competency from a tag or a mapped colour", () => {
		const [feedback] = topicChoices(SOURCES).filter((c) => c.title.startsWith("Describe"));
		expect(feedback?.topic).toMatchObject({ kind: "vault", competencyId: "feedback", keyPhrase: "gave hard feedback" });
		const deadline = topicChoices(SOURCES).find((c) => c.title.startsWith("Tell me about a time you missed"));
		expect(deadline?.topic).toMatchObject({
			kind: "vault",
			colourName: "red",
			keyPhrase: "missed a deadline",
			competencyId: "failure",
			competencyName: "Failure",
		});
		expect(deadline?.detail).toBe("Your question · Bank.md · Failure");
	});

	it("tags a bank question with the first of its competencies the chosen set has", () => {
		const conflict = topicChoices(SOURCES).find((c) => c.topic.kind === "bank" && c.title.startsWith("Tell me about a conflict"));
		expect(conflict?.topic).toMatchObject({
			competencyId: "conflict",
			competencyName: "Conflict resolution",
			keyPhrase: "conflict with a peer",
		});
	});

	it("turns a competency into the bank question that fits it best, or into a question built from its name", () => {
		expect(competencyTopic({ id: "influence", name: "Influence without authority" }, SOURCES.bank)).toMatchObject({
			kind: "competency",
			question: "How did you win over a team you did not manage?",
			competencyId: "influence",
		});
		expect(competencyTopic({ id: "ownership", name: "Ownership" }, SOURCES.bank)).toEqual({
			kind: "competency",
			question: "Tell me about a time you showed ownership",
			keyPhrase: "ownership",
			colourName: null,
			competencyId: "ownership",
			competencyName: "Ownership",
		});
	});

	it("matches what is typed, and offers the typed text as a question of its own: first when it reads as a question", () => {
		const choices = topicChoices(SOURCES);
		expect(rankChoices(choices, "conflict", wordsScore("conflict")).map((c) => c.title)).toEqual([
			"Tell me about a conflict with a peer and how you resolved it.",
			"Conflict resolution",
			"conflict",
		]);
		const typed = rankChoices(choices, "Why did  you leave your last job?", wordsScore("zzz"));
		expect(typed.map((c) => [c.title, c.topic.kind])).toEqual([["Why did you leave your last job?", "free"]]);
		const asked = rankChoices(choices, "Tell me about a conflict", wordsScore("conflict"));
		expect(asked[0]?.topic.kind).toBe("free");
	});

	it("does not offer the typed text again when it is exactly one of the choices", () => {
		const typed = rankChoices(topicChoices(SOURCES), "Ownership", wordsScore("ownership"));
		expect(typed.map((c) => c.title)).toEqual(["Ownership"]);
	});
});
