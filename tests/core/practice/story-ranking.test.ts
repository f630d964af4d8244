import { prepareStoryRanking, rankStoriesForQuestion } from "../../../src/core/practice/story-ranking";
import type { IndexedQuestion, IndexedStory } from "../../../src/core/index/story-index";
import { md } from "../../helpers/md";
import { indexOf } from "../../helpers/practice";

const index = indexOf({
	"Bank.md": md`
		- Tell me about a time you failed?
			- The late billing launch
				- S: billing launch slipped a quarter
				- A: I cut scope and re-planned
				- R: shipped 6 weeks later
			- The search relevance regression
				- S: a model regressed search
				- A: I rolled back and added a shadow eval
				- R: no regression since
		- Tell me about a conflict with a peer?
			- Roadmap tug of war
				- S: two teams wanted the same sprint
				- A: I proposed a shared roadmap
				- R: both launched on time
		- How do you mentor engineers?
			- Growing a junior into the on-call lead
				- S: a junior was scared of on-call; the launch had failed twice before
				- A: I paired on three incidents
				- R: she led the rotation within 2 quarters
	`,
	"Ownership.md": md`
		### The billing export nobody owned
		**Situation:** exports broke every month
		**Action:** I took it over and wrote runbooks
		**Result:** zero missed exports in 6 months
		Use for: "Describe a problem nobody asked you to fix", "Tell me about a failed handover"
	`,
});

const titles = (ranked: { story: IndexedStory }[]): (string | null)[] => ranked.map((r) => r.story.title);
const vaultQuestion = (text: string): IndexedQuestion => {
	const q = index.questions().find((x) => x.text === text);
	if (!q) throw new Error(`no question "${text}"`);
	return q;
};

describe("ranking stories for a question", () => {
	it("lists the stories written under the question first, in note order", () => {
		const ranked = rankStoriesForQuestion(vaultQuestion("Tell me about a time you failed?"), index);
		expect(ranked.slice(0, 2).map((r) => [r.story.title, r.match])).toEqual([
			["The late billing launch", "linked"],
			["The search relevance regression", "linked"],
		]);
	});

	it("counts a story that names the question on a 'Use for' line as linked", () => {
		const ranked = rankStoriesForQuestion(vaultQuestion("Describe a problem nobody asked you to fix"), index);
		expect(ranked[0]).toMatchObject({ story: { title: "The billing export nobody owned" }, match: "linked" });
	});

	it("counts a story in another note that the question links to as linked", () => {
		const linked = indexOf({
			"Stories/Export.md": md`
				## The billing export nobody owned
				**Situation:** exports broke every month
				**Action:** I took it over and wrote runbooks
				**Result:** zero missed exports in 6 months
			`,
			"Prep/Globex.md": "- Tell me about a time you picked up work outside your role? [[Export#the billing export nobody owned]]\n",
		});
		const q = linked.questions().find((x) => x.path === "Prep/Globex.md")!;
		expect(rankStoriesForQuestion(q, linked)[0]).toMatchObject({
			story: { title: "The billing export nobody owned", path: "Stories/Export.md" },
			match: "linked",
			why: ["answers this question"],
		});
	});

	it("puts stories of the question's competency next, the better story first", () => {
		const competencies: Record<string, string[]> = {};
		for (const s of index.stories())
			competencies[s.id] =
				s.title === "Roadmap tug of war" || s.title === "Growing a junior into the on-call lead" ? ["conflict"] : [];
		const ranked = rankStoriesForQuestion({ text: "Describe a real conflict at work", competencyId: "conflict" }, index, {
			competenciesOfStory: (id) => competencies[id] ?? [],
		});
		expect(ranked.slice(0, 2).map((r) => [r.story.title, r.why])).toEqual([
			["Roadmap tug of war", ["same competency: conflict", "matches: conflict"]],
			["Growing a junior into the on-call lead", ["same competency: conflict"]],
		]);
		expect(ranked[1]!.match).toBe("competency");
	});

	it("says why each story is suggested, in the question's own words", () => {
		const q = vaultQuestion("Tell me about a time you failed?");
		const ranked = rankStoriesForQuestion({ text: "Describe a launch that slipped and what you re-planned" }, index, { limit: 3 });
		expect(ranked[0]).toMatchObject({ story: { title: "The late billing launch" }, match: "text" });
		expect(ranked[0]!.why).toEqual(["matches: launch, slipped, re, planned"]);
		expect(rankStoriesForQuestion(q, index)[0]!.why).toEqual(["answers this question"]);
	});

	it("then finds stories by the words of the whole story: questions, title, highlights and parts", () => {
		const ranked = rankStoriesForQuestion({ text: "Tell me about a project that failed. What did you learn?" }, index);
		expect(titles(ranked)).toEqual(
			expect.arrayContaining(["The late billing launch", "The search relevance regression", "The billing export nobody owned"]),
		);
		expect(ranked.every((r) => r.match === "text" && r.textScore !== null)).toBe(true);
		// "failed" is in this story's situation only: the body is searched too.
		expect(titles(ranked)).toContain("Growing a junior into the on-call lead");
		const onCall = rankStoriesForQuestion({ text: "Who did you pair with on incidents?" }, index)[0]!;
		expect(onCall).toMatchObject({ story: { title: "Growing a junior into the on-call lead" }, why: ["matches: pair, incidents"] });
	});

	it("matches a word with a different ending", () => {
		const ranked = rankStoriesForQuestion({ text: "Walk me through a disagreement over the roadmap" }, index);
		expect(titles(ranked)[0]).toBe("Roadmap tug of war");
	});

	it("finds nothing for a question whose words no story shares", () => {
		expect(rankStoriesForQuestion({ text: "What is your favourite programming language?" }, index)).toEqual([]);
	});

	it("returns at most the number asked for", () => {
		expect(rankStoriesForQuestion({ text: "failed billing launch conflict mentor" }, index, { limit: 2 })).toHaveLength(2);
	});

	it("sees a new revision of the index, not a stale one", () => {
		const local = indexOf({ "A.md": "- Tell me about a time you failed?\n\t- Old story\n\t\t- S: x\n\t\t- R: y\n" });
		expect(titles(rankStoriesForQuestion({ text: "a project that failed" }, local))).toEqual(["Old story"]);
		local.update(
			"B.md",
			indexOf({ "B.md": "- Tell me about a failed launch?\n\t- New story\n\t\t- S: x\n\t\t- R: y\n" }).note("B.md")!,
		);
		expect(titles(rankStoriesForQuestion({ text: "a project that failed" }, local)).sort()).toEqual(["New story", "Old story"]);
	});
});

describe("ranking over a large bank", () => {
	// Speed is the bench's business; this proves the large bank is answered right and kept up to date by note.
	it("answers a query over 10,000 stories, and a new revision re-indexes only the changed stories", () => {
		const topics = [
			"billing",
			"search",
			"ranking",
			"migration",
			"outage",
			"hiring",
			"roadmap",
			"latency",
			"privacy",
			"pricing",
			"onboarding",
			"budget",
		];
		const template = index.stories()[0]!;
		const questions: IndexedQuestion[] = [];
		const stories: IndexedStory[] = [];
		for (let i = 0; i < 10_000; i++) {
			const a = topics[i % topics.length]!;
			const b = topics[(i * 7 + 3) % topics.length]!;
			const q = {
				...vaultQuestion("Tell me about a time you failed?"),
				id: `q-${i}`,
				text: `Tell me about a time the ${a} work hit a ${b} problem (${i})?`,
				storyIds: [`s-${i}`],
			};
			questions.push(q);
			stories.push({ ...template, id: `s-${i}`, title: `The ${b} ${a} story ${i}`, questionIds: [q.id], path: `n${i % 500}.md` });
		}
		let list: readonly IndexedStory[] = stories;
		const big = { stories: () => list, questions: () => questions };
		const queries = [
			"Tell me about a project that failed",
			"Describe a conflict over the roadmap",
			"What is the riskiest migration you led?",
			"How did you handle a latency outage?",
		];
		for (const text of queries.slice(1)) expect(rankStoriesForQuestion({ text }, big, { limit: 3 })).toHaveLength(3);
		expect(rankStoriesForQuestion({ text: "the latency privacy story 4242" }, big)[0]!.story.id).toBe("s-4242");
		const search = prepareStoryRanking(big).search;
		const edited = [...stories];
		edited[7] = { ...stories[7]!, title: "A renamed hiring tale" };
		const before = search.documentCount;
		const spy = jest.spyOn(search, "add");
		list = edited;
		expect(prepareStoryRanking(big).search).toBe(search);
		expect(rankStoriesForQuestion({ text: "renamed hiring tale" }, big)[0]!.story.title).toBe("A renamed hiring tale");
		expect(spy).toHaveBeenCalledTimes(1);
		expect(search.documentCount).toBe(before);
	});
});

describe("widening the search with the question's competency cues", () => {
	it("finds the story told in the competency's words when the question shares none of them", () => {
		const question = { text: "How do you help people around you get better at their job?", competencyIds: ["team-building"] };
		const without = rankStoriesForQuestion(question, index, { limit: 3 });
		expect(titles(without)).not.toContain("Growing a junior into the on-call lead");
		const cues = { "team-building": ["paired", "junior", "mentor*"] };
		const ranked = rankStoriesForQuestion(question, index, { limit: 3, competencyCues: (id) => cues[id as keyof typeof cues] ?? [] });
		expect(ranked[0]?.story.title).toBe("Growing a junior into the on-call lead");
		// The reason says the story came in on the competency's words, and which.
		expect(ranked[0]?.why).toContainEqual(expect.stringMatching(/^words of team-building: .*pair/));
	});
});
