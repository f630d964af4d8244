import { parseNote } from "../../../src/core/parser/note-parser";
import { plannedStories } from "../../../src/core/parser/story-pointers";
import { StoryIndex, type IndexChange } from "../../../src/core/index/story-index";
import { md } from "../../helpers/md";

/** A story bank: two heading stories, the second with a block id on its heading. */
const BANK = `# Stories I can tell

## Rollout dispute
- **Situation:** Our payments team and the mobile team both wanted the March release window.
- **Task:** I had to agree a rollout order with the mobile lead without stalling either team.
- **Action:** I laid out the risk of each order on one page and proposed a split rollout behind a flag.
- **Result:** Both teams shipped within the month and the incident count stayed at zero.

## Pager rotation ^pager
- **Situation:** The on-call rotation for the search team had two people left.
- **Task:** I volunteered to steady it for a quarter.
- **Action:** I wrote runbooks for the ten noisiest alerts and deleted four that never needed a human.
- **Result:** Pages per week fell from 31 to 9.
`;

/** A company's prep note whose questions point into the bank and to a one-story note. */
const PREP = `# Acme onsite

- Tell me about a time you disagreed with a peer? [[Conflict bank#rollout DISPUTE]]
- Describe a time you helped a team that was struggling
	- STORY: [[Conflict bank#^pager]]
- Tell me about a time you delivered under pressure? [[Launch week]]
- Tell me about the hardest bug you fixed? [[Conflict bank#Clock skew]]
`;

const LAUNCH = `---
tags: [interview]
---
## Situation
The checkout rewrite had to ship before the holiday freeze.
## Action
I cut two features, paired with QA every afternoon and ran the launch checklist myself.
## Result
We shipped four days early and conversion rose 3%.
`;

function vault(order: "bank first" | "prep first" = "bank first"): StoryIndex {
	const index = new StoryIndex();
	const notes: [string, string][] = [
		["Stories/Conflict bank.md", BANK],
		["Work/Launch week.md", LAUNCH],
		["Prep/Acme.md", PREP],
	];
	if (order === "prep first") notes.reverse();
	for (const [path, text] of notes) index.update(path, parseNote(text), { keepEmpty: true });
	return index;
}

/** Each question of the prep note with the titles (or first lines) of the stories its pointers reach. */
function reached(index: StoryIndex): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const q of index.note("Prep/Acme.md")?.questions ?? []) {
		out[q.text] = index.storiesOfQuestion(q.id).map((s) => `${s.path}:${s.title ?? `line ${s.line}`}`);
	}
	return out;
}

const DISAGREED = "Tell me about a time you disagreed with a peer?";
const STRUGGLING = "Describe a time you helped a team that was struggling";
const PRESSURE = "Tell me about a time you delivered under pressure?";
const BUG = "Tell me about the hardest bug you fixed?";

describe("links from a question to a story in another note", () => {
	it("resolve a heading whatever its case, a block id and a whole note, whichever note is indexed first", () => {
		const expected = {
			[DISAGREED]: ["Stories/Conflict bank.md:Rollout dispute"],
			[STRUGGLING]: ["Stories/Conflict bank.md:Pager rotation"],
			[PRESSURE]: ["Work/Launch week.md:line 4"],
			[BUG]: [],
		};
		expect(reached(vault())).toEqual(expected);
		expect(reached(vault("prep first"))).toEqual(expected);
	});

	it("give the pointer its story and note, and leave only the unresolved one as planned", () => {
		const index = vault();
		const [disagreed, , , bug] = index.note("Prep/Acme.md")!.questions;
		const rollout = index.note("Stories/Conflict bank.md")!.stories[0]!;
		expect(disagreed!.pointers).toEqual([
			{ name: "Conflict bank#rollout DISPUTE", via: "wikilink", storyId: rollout.id, path: "Stories/Conflict bank.md" },
		]);
		expect(disagreed!.storyIds).toEqual([rollout.id]);
		expect(plannedStories(disagreed!)).toEqual([]);
		expect(plannedStories(bug!)).toEqual(["Conflict bank#Clock skew"]);
	});

	it("show the story which questions point to it, and the note which questions of other notes those are", () => {
		const index = vault();
		const bank = index.note("Stories/Conflict bank.md")!;
		const prep = index.note("Prep/Acme.md")!;
		expect(bank.stories.map((s) => s.questionIds)).toEqual([[prep.questions[0]!.id], [prep.questions[1]!.id]]);
		expect(bank.linkedQuestions?.map((q) => q.text)).toEqual([DISAGREED, STRUGGLING]);
		expect(index.stories().find((s) => s.title === "Rollout dispute")?.questionIds).toEqual([prep.questions[0]!.id]);
	});

	it("come undone when the story's note is renamed, and back when it gets its name again", () => {
		const index = vault();
		index.rename("Stories/Conflict bank.md", "Stories/Old stories.md");
		expect(reached(index)[DISAGREED]).toEqual([]);
		expect(plannedStories(index.note("Prep/Acme.md")!.questions[0]!)).toEqual(["Conflict bank#rollout DISPUTE"]);
		expect(index.note("Stories/Old stories.md")!.stories.every((s) => s.questionIds.length === 0)).toBe(true);
		index.rename("Stories/Old stories.md", "Archive/Conflict bank.md");
		expect(reached(index)[DISAGREED]).toEqual(["Archive/Conflict bank.md:Rollout dispute"]);
	});

	it("come undone when the story's note is deleted or no longer holds the heading", () => {
		const index = vault();
		index.update("Stories/Conflict bank.md", parseNote(BANK.replace("## Rollout dispute", "## Release order")));
		expect(reached(index)[DISAGREED]).toEqual([]);
		expect(reached(index)[STRUGGLING]).toEqual(["Stories/Conflict bank.md:Pager rotation"]);
		index.remove("Stories/Conflict bank.md");
		expect(reached(index)[STRUGGLING]).toEqual([]);
		expect(index.note("Prep/Acme.md")!.questions[1]!.storyIds).toEqual([]);
	});

	it("hold when the story's note is edited around the story", () => {
		const index = vault();
		const longer = BANK.replace("incident count stayed at zero", "incident count stayed at zero for the quarter");
		const edited = `Intro line added at the top.\n\n${longer}`;
		index.update("Stories/Conflict bank.md", parseNote(edited));
		expect(reached(index)[DISAGREED]).toEqual(["Stories/Conflict bank.md:Rollout dispute"]);
		expect(index.note("Stories/Conflict bank.md")!.stories[0]!.line).toBe(5);
	});

	it("leave the story when the question drops its link", () => {
		const index = vault();
		index.update("Prep/Acme.md", parseNote(PREP.replace(" [[Conflict bank#rollout DISPUTE]]", "")));
		const bank = index.note("Stories/Conflict bank.md")!;
		expect(bank.stories[0]!.questionIds).toEqual([]);
		expect(bank.linkedQuestions?.map((q) => q.text)).toEqual([STRUGGLING]);
	});

	it("pick the note in a link's folder path, else the one beside the linking note", () => {
		const index = new StoryIndex();
		index.update("Old/Launch week.md", parseNote(LAUNCH.replace("four days early", "a day late")));
		index.update("Work/Launch week.md", parseNote(LAUNCH));
		const ask = (topic: string, link: string) => `- Tell me about a time you ${topic}? [[${link}]]\n`;
		index.update("Work/Prep.md", parseNote(ask("delivered under pressure", "Launch week")), { keepEmpty: true });
		index.update("Prep.md", parseNote(ask("missed a deadline", "old/launch week.md")), { keepEmpty: true });
		const storyNote = (path: string) => index.storiesOfQuestion(index.note(path)!.questions[0]!.id).map((s) => s.path);
		expect(storyNote("Work/Prep.md")).toEqual(["Work/Launch week.md"]);
		expect(storyNote("Prep.md")).toEqual(["Old/Launch week.md"]);
	});

	it("show a linking note again only when its links changed, and tell listeners about both notes", () => {
		const index = vault();
		const changes: IndexChange[] = [];
		index.onChange((c) => changes.push(c));
		const before = index.note("Prep/Acme.md");
		index.update("Stories/Conflict bank.md", parseNote(BANK));
		expect(index.note("Prep/Acme.md")).toBe(before);
		index.update("Stories/Conflict bank.md", parseNote(BANK.replace("## Rollout dispute", "## Release order")));
		// A cache keyed by the note object (the panel's coverage) sees the re-linked note as changed.
		expect(index.note("Prep/Acme.md")).not.toBe(before);
		index.update("Other.md", parseNote("- Tell me about a time you failed?\n\t- S: a\n\t- A: b\n\t- R: c\n"));
		expect(changes.map((c) => [...c.paths].sort())).toEqual([
			["Stories/Conflict bank.md"],
			["Prep/Acme.md", "Stories/Conflict bank.md"],
			["Other.md"],
		]);
	});

	it("resolve a link to a heading of the question's own note, written with the note's name", () => {
		const index = new StoryIndex();
		const own = `${BANK}\n## Questions\n- Tell me about a time you took on work nobody wanted? [[Conflict bank#Pager rotation]]\n`;
		index.update("Stories/Conflict bank.md", parseNote(own));
		const note = index.note("Stories/Conflict bank.md")!;
		const question = note.questions.find((q) => q.text.startsWith("Tell me about a time you took on"))!;
		expect(index.storiesOfQuestion(question.id).map((s) => s.title)).toEqual(["Pager rotation"]);
		expect(question.pointers?.[0]).toEqual({ name: "Conflict bank#Pager rotation", via: "wikilink", storyId: note.stories[1]!.id });
		expect(note.linkedQuestions).toBeUndefined();
	});

	it("resolve the links of a story-map table row", () => {
		const index = vault();
		const map = [
			"## Story map",
			"",
			"| Question | Story |",
			"| --- | --- |",
			"| Tell me about a time you calmed down an on-call rotation | [[Conflict bank#Pager rotation]] |",
			"",
		].join("\n");
		index.update("Prep/Map.md", parseNote(map), { keepEmpty: true });
		const [row] = index.note("Prep/Map.md")!.questions;
		expect(index.storiesOfQuestion(row!.id).map((s) => s.title)).toEqual(["Pager rotation"]);
	});
});

describe("a nickname or story title that names a story in another note", () => {
	// The company note lists the questions it expects in shorthand, each with the nickname of the story to tell;
	// the stories live in the experience bank, titled in full.
	const COMPANY = md`
		# Globex onsite
		- questions mainly asked
			- conflict (maxim)
			- failure/mistake (lenovo sev2)
			- most impact (TODO)
			- worked in ambiguity (ryan)
	`;
	const EXPERIENCE = md`
		# Experience bank
		- Tell me about a conflict with a peer
			- Maxim and the API freeze
				1. **Situation**: Maxim's team froze the public API a week before our launch needed a new field.
				2. **Task**: I had to get the field in without breaking his freeze.
				3. **Action**: I proposed a versioned endpoint and wrote the migration note myself.
				4. **Result**: We launched on time and his freeze held.
		- Tell me about a failure
			- Lenovo Sev-2 outage
				1. **Situation**: A driver update I approved took down provisioning for a partner.
				2. **Task**: Own the incident and the fix.
				3. **Action**: I rolled back, wrote the postmortem and added a canary stage.
				4. **Result**: Recovery took 40 minutes and no repeat in a year.
	`;

	function bankVault(order: "company first" | "bank first"): StoryIndex {
		const index = new StoryIndex();
		const notes: [string, string][] = [
			["Interviews/Globex.md", COMPANY],
			["Bank/Experience.md", EXPERIENCE],
		];
		if (order === "bank first") notes.reverse();
		for (const [path, text] of notes) index.update(path, parseNote(text), { keepEmpty: true });
		return index;
	}

	function told(index: StoryIndex): Record<string, string[]> {
		const out: Record<string, string[]> = {};
		for (const q of index.note("Interviews/Globex.md")?.questions ?? [])
			out[q.text] = index.storiesOfQuestion(q.id).map((s) => s.title ?? `line ${s.line}`);
		return out;
	}

	it("links the question to that story, whichever note is read first, and leaves only the unmatched name as planned", () => {
		for (const order of ["company first", "bank first"] as const) {
			const index = bankVault(order);
			expect(told(index)).toEqual({
				conflict: ["Maxim and the API freeze"],
				failure: ["Lenovo Sev-2 outage"],
				"most impact": [],
				"worked in ambiguity": [],
			});
			const questions = index.note("Interviews/Globex.md")!.questions;
			expect(questions.flatMap(plannedStories)).toEqual(["ryan"]);
			const maxim = index.note("Bank/Experience.md")!.stories.find((st) => st.title === "Maxim and the API freeze")!;
			expect(questions[0]!.pointers).toEqual([{ name: "maxim", via: "nickname", storyId: maxim.id, path: "Bank/Experience.md" }]);
		}
	});

	it("finds a story written later, and lets go when the story's title no longer names it", () => {
		const index = bankVault("company first");
		index.update(
			"Bank/More.md",
			parseNote(md`
				- Tell me about ambiguity
					- Ryan's unowned queue
						- S: nobody owned the billing queue after a reorg, and Ryan asked me to look.
						- A: I mapped its consumers and proposed an owner per topic.
						- R: three teams took ownership within a month.
			`),
			{ keepEmpty: true },
		);
		expect(told(index)["worked in ambiguity"]).toEqual(["Ryan's unowned queue"]);
		index.update("Bank/Experience.md", parseNote(EXPERIENCE.replace("Maxim and the API freeze", "The API freeze")), {
			keepEmpty: true,
		});
		expect(told(index).conflict).toEqual([]);
		expect(plannedStories(index.note("Interviews/Globex.md")!.questions[0]!)).toEqual(["maxim"]);
		index.remove("Bank/Experience.md");
		expect(told(index).failure).toEqual([]);
		expect(told(index)["worked in ambiguity"]).toEqual(["Ryan's unowned queue"]);
	});

	it("prefers a story of the note's own folder when two notes title one with the name", () => {
		const index = bankVault("company first");
		index.update("Interviews/Maxim notes.md", parseNote(EXPERIENCE.replace("Lenovo Sev-2 outage", "Printer fire")), {
			keepEmpty: true,
		});
		const [conflict] = index.note("Interviews/Globex.md")!.questions;
		expect(conflict!.pointers?.[0]?.path).toBe("Interviews/Maxim notes.md");
	});

	it("keeps a story of the question's own note when one there has the name", () => {
		const index = bankVault("bank first");
		const own = md`
			- Describe a disagreement with another engineer (maxim)
				- Maxim's review
					- S: Maxim blocked my design review twice.
					- A: I asked him for his top three concerns and answered each in the doc.
					- R: approved in the next review.
		`;
		index.update("Interviews/Globex.md", parseNote(own), { keepEmpty: true });
		expect(told(index)).toEqual({ "Describe a disagreement with another engineer": ["Maxim's review"] });
	});
});
