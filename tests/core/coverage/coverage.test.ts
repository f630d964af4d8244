import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInSet } from "../../../src/core/competencies/built-in-sets";
import { CompetencyMatcher } from "../../../src/core/competencies/competency-matcher";
import { buildCoverage, type CoverageInput, type CoverageModel } from "../../../src/core/coverage/coverage";
import { CoverageSearch } from "../../../src/core/coverage/coverage-search";
import { parseNote } from "../../../src/core/parser/note-parser";
import type { PracticeRound } from "../../../src/core/practice/practice-round";
import { StoryIndex } from "../../../src/core/index/story-index";
import { EXAMPLE_VAULT } from "../../helpers/fixtures";
import { md } from "../../helpers/md";

const NOW = new Date("2025-03-10T12:00:00Z");

function indexOf(files: Record<string, string>): StoryIndex {
	const index = new StoryIndex();
	for (const [path, text] of Object.entries(files)) index.update(path, parseNote(text));
	return index;
}

const exampleVault = indexOf(
	Object.fromEntries(
		readdirSync(EXAMPLE_VAULT)
			.filter((f) => f.endsWith(".md"))
			.map((f) => [f, readFileSync(join(EXAMPLE_VAULT, f), "utf8")]),
	),
);

function coverage(index: StoryIndex, overrides: Partial<CoverageInput> = {}, set = "senior"): CoverageModel {
	return buildCoverage({
		notes: index.notes(),
		skipped: index.skipped(),
		matcher: new CompetencyMatcher(builtInSet(set)),
		targetSeconds: 150,
		rounds: [],
		now: NOW,
		...overrides,
	});
}

/** A row as one readable line: level, best points, name, statement. */
/** A story's STAR chip as one letter: capital when written, lower case when missing, a dot when not expected. */
const chipLetter = (c: CoverageModel["rows"][number]["stories"][number]["chips"][number]): string =>
	c.state === "present" ? c.letter : c.state === "missing" ? c.letter.toLowerCase() : "·";

const rowLine = (r: CoverageModel["rows"][number]) => `${r.level} ${r.best}/5 ${r.name}: ${r.statement}`;

function round(practisedAt: string, extra: Partial<PracticeRound> = {}): PracticeRound {
	return {
		id: practisedAt,
		questionId: "q",
		questionText: "",
		competencyId: null,
		source: "vault",
		storyIds: [],
		rating: "at",
		note: "",
		seconds: 60,
		practisedAt,
		...extra,
	};
}

describe("the coverage panel's model on the example vault", () => {
	const model = coverage(exampleVault);

	it("counts what the README's report counts", () => {
		expect(model.kind).toBe("coverage");
		expect(model.totals).toEqual({ notes: 5, questions: 33, stories: 26, complete: 17, sketches: 2 });
		expect(model.setName).toBe("Senior (IC6+ / staff)");
		expect(model.lastPractice).toBeNull();
	});

	it("lists every competency of the set, weakest first", () => {
		expect(model.rows.map(rowLine)).toEqual([
			"empty 0/5 Evidence and measured outcomes: No story yet.",
			// For the senior set, strong needs scope beyond the own team or a trade-off, and a second level signal.
			"thin 3/5 Signature impact: 1 story, none strong yet.",
			"thin 3/5 Conflict: 4 stories, none strong yet.",
			"thin 3/5 Building a team: 6 stories, none strong yet.",
			"thin 4/5 Ownership: 9 stories, none strong yet.",
			"strong 4/5 Riskiest project: 2 stories, 1 strong.",
			"strong 4/5 Influence without authority: 9 stories, 2 strong.",
			"strong 4/5 Scope: 4 stories, 3 strong.",
			"strong 4/5 Judgment and trade-offs: 6 stories, 3 strong.",
			"strong 4/5 Failure: 6 stories, 3 strong.",
		]);
		expect(model.unfiled).toEqual([]);
	});

	it("shows each story with its label, STAR chips, points and warnings, strongest first", () => {
		const conflict = model.rows.find((r) => r.id === "conflict")!;
		expect(
			conflict.stories.map((s) => `${s.points} ${s.level} ${s.label} [${s.chips.map(chipLetter).join("")}] ${s.warnings.join("; ")}`),
		).toEqual([
			"3 weak Tell me about a conflict with a peer and how you resolved it [STArL] No Result",
			"3 weak Ranking latency budget with the ads team [STAR·] For a staff panel, show one more of: " +
				"an explicit trade-off, ambiguity faced, a reflection",
			"3 weak Pushing back on a launch date [STAR·] No measured result",
			"0 sketch reliability roadmap vs headcount ask [starl] Sketch: no parts written yet",
		]);
		const risky = model.rows.find((r) => r.id === "riskiest-project")!.stories.find((s) => s.path === "Experience bank.md")!;
		expect(risky.evidence.slice(0, 2)).toEqual(["riskiest", "dual write"]);
		expect(risky).toMatchObject({
			line: 73,
			source: "highlight",
			question: null,
			warnings: ["Too long: 3:59 to tell, over 3:00"],
		});
	});

	it("says where a titled story comes from, and why it is filed where it is", () => {
		const ownership = model.rows.find((r) => r.id === "ownership")!;
		const registry = ownership.stories.find((s) => s.label === "Adopted the orphaned schema registry")!;
		expect(registry).toMatchObject({ question: "Times when you went beyond your remit", source: "highlight", line: 39 });
		const handbook = ownership.stories.find((s) => s.label === "On-call handbook rewrite")!;
		expect(handbook.source).toBe("tag");
	});

	it("states an empty competency plainly, with the questions that ask for it", () => {
		const behavioural = coverage(exampleVault, {}, "behavioural");
		expect(behavioural.rows.slice(0, 2).map(rowLine)).toEqual([
			"empty 0/5 Motivation: No story yet; 1 question in your notes asks for one.",
			"empty 0/5 Perseverance: No story yet.",
		]);
	});

	it("asks more of a story for the senior set than for the behavioural one", () => {
		const index = indexOf({
			"a.md": md`
				- Tell me about a conflict with a peer?
					1. **Situation**: A reviewer on my team blocked my schema change for a week, saying it would break the nightly reports.
					2. **Task**: I owned the change and needed it merged before the billing release.
					3. **Action**: I sat with him, reproduced the report he worried about, and added a test for it before asking again.
					4. **Result**: The change merged two days later, and report failures fell from three a month to none.
			`,
		});
		const senior = coverage(index).rows.find((r) => r.id === "conflict")!;
		const behavioural = coverage(index, {}, "behavioural").rows.find((r) => r.id === "conflict")!;
		expect([senior.stories[0]!.level, behavioural.stories[0]!.level]).toEqual(["weak", "strong"]);
	});

	it("rates a competency thin when it has stories but none strong", () => {
		const index = indexOf({
			"a.md": md`
				- Tell me about a conflict with a peer?
					1. **Situation**: two teams wanted one slot
					2. **Action**: I talked to both leads
				- Tell me about a time you disagreed with your manager?
					- budget fight
			`,
		});
		const conflict = coverage(index).rows.find((r) => r.id === "conflict")!;
		expect(rowLine(conflict)).toBe("thin 2/5 Conflict: 2 stories, none strong yet.");
		const sketches = coverage(indexOf({ "b.md": "- Tell me about a conflict with a peer?\n\t- budget fight\n" })).rows.find(
			(r) => r.id === "conflict",
		)!;
		expect(rowLine(sketches)).toBe("thin 0/5 Conflict: 1 sketch, not written yet.");
	});
});

describe("filtering the panel", () => {
	it("narrows to one note, and offers every note and folder as a choice", () => {
		const model = coverage(exampleVault, { filter: { scope: "Callout stories.md", company: "", query: "" } });
		expect(model.totals).toEqual({ notes: 1, questions: 3, stories: 4, complete: 2, sketches: 0 });
		expect(model.scopes.map((s) => s.value)).toEqual([
			"Callout stories.md",
			"Experience bank.md",
			"Senior format.md",
			"Single letter labels.md",
			"Stories by heading.md",
		]);
		expect(model.scopes[0]).toEqual({ value: "Callout stories.md", label: "Callout stories", kind: "note" });
	});

	it("narrows to a folder and everything under it", () => {
		const story = "- Tell me about a conflict?\n\t1. **Situation**: x\n\t2. **Action**: I y\n\t3. **Result**: 2x\n";
		const index = indexOf({ "Prep/Acme/a.md": story, "Prep/b.md": story, "Other/c.md": story });
		expect(coverage(index, { filter: { scope: "Prep/", company: "", query: "" } }).totals.notes).toBe(2);
		expect(coverage(index, { filter: { scope: "Prep/Acme/", company: "", query: "" } }).totals.notes).toBe(1);
		expect(
			coverage(index)
				.scopes.filter((s) => s.kind === "folder")
				.map((s) => s.value),
		).toEqual(["Other/", "Prep/", "Prep/Acme/"]);
	});

	it("narrows to one company from the notes' company property, whatever its case", () => {
		const model = coverage(exampleVault, { filter: { scope: "", company: "lumen freight", query: "" } });
		expect(model.totals).toMatchObject({ notes: 1, stories: 9 });
		expect(model.companies).toEqual(["Lumen Freight"]);
	});

	it("says when the filters leave no note, and keeps a filter that no longer matches as a choice", () => {
		const model = coverage(exampleVault, { filter: { scope: "Gone.md", company: "", query: "" } });
		expect(model.kind).toBe("no-match");
		expect(model.scopes.at(-1)).toEqual({ value: "Gone.md", label: "Gone", kind: "note" });
	});

	it("searches story titles and questions with fuse.js, typos included, and opens only rows with a match", () => {
		for (const query of ["schema registry", "shema regsitry"]) {
			const model = coverage(exampleVault, { filter: { scope: "", company: "", query } });
			expect(model.matches).toBe(1);
			expect(model.rows.map((r) => `${r.id}: ${r.stories.map((s) => s.label).join(", ")}`)).toEqual([
				"ownership: Adopted the orphaned schema registry",
			]);
			expect(model.totals.stories).toBe(26);
			// The level is still judged on all of a competency's stories.
			expect(model.rows.find((r) => r.id === "ownership")).toMatchObject({ storyCount: 9, statement: "9 stories, none strong yet." });
		}
		const disagreed = coverage(exampleVault, { filter: { scope: "", company: "", query: "disagreed with another team" } });
		expect(disagreed.rows.map((r) => `${r.id}: ${r.stories.map((s) => s.label).join(", ")}`)).toEqual([
			"conflict: Ranking latency budget with the ads team, Pushing back on a launch date, reliability roadmap vs headcount ask",
			"influence: Ranking latency budget with the ads team, Pushing back on a launch date",
			"judgment: Pushing back on a launch date",
		]);
	});

	it("builds the search index once, then takes in only the notes that changed", () => {
		const search = new CoverageSearch();
		const billing = { docs: [{ key: "a", label: "Billing export", questions: [] }] };
		const pager = { docs: [{ key: "b", label: "Pager rotation", questions: ["Tell me about on-call"] }] };
		const docsOf = jest.fn((note: { docs: { key: string; label: string; questions: string[] }[] }) => note.docs);
		expect(search.search([billing, pager], docsOf, "billing", 1)).toEqual(new Set(["a"]));
		expect(search.search([billing, pager], docsOf, "export", 1)).toEqual(new Set(["a"]));
		expect(docsOf).toHaveBeenCalledTimes(2);
		// A new revision where one note was saved again: only that note is read, and its old words are gone.
		const renamed = { docs: [{ key: "a", label: "Invoice backfill", questions: [] }] };
		expect(search.search([renamed, pager], docsOf, "billing", 2)).toEqual(new Set());
		expect(search.search([renamed, pager], docsOf, "invoice", 2)).toEqual(new Set(["a"]));
		expect(search.search([renamed, pager], docsOf, "on-call", 2)).toEqual(new Set(["b"]));
		expect(docsOf).toHaveBeenCalledTimes(3);
		// A note that went takes its stories with it.
		expect(search.search([renamed], docsOf, "pager", 3)).toEqual(new Set());
		expect(search.search([renamed], docsOf, "  ", 3)).toBeNull();
	});
});

describe("practice dates", () => {
	it("shows the last practice in words, and per competency and story, once practice exists", () => {
		const registry = exampleVault.stories().find((s) => s.title === "Adopted the orphaned schema registry")!;
		const model = coverage(exampleVault, {
			rounds: [
				round("2025-03-07T09:00:00Z", { competencyId: "ownership", storyIds: [registry.id] }),
				round("2025-02-01T09:00:00Z", { competencyId: "ambiguity" }),
				round("not a date"),
			],
		});
		expect(model.lastPractice).toBe("3 days ago");
		expect(model.rows.find((r) => r.id === "ownership")!.practised).toBe("3 days ago");
		// A round of another set's competency counts for the competency it stands for here.
		expect(model.rows.find((r) => r.id === "judgment")!.practised).toBe("about 1 month ago");
		expect(model.rows.find((r) => r.id === "conflict")!.practised).toBeNull();
		expect(model.rows.find((r) => r.id === "ownership")!.stories.find((s) => s.storyId === registry.id)!.practised).toBe("3 days ago");
	});
});

describe("an empty or unusual bank", () => {
	it("has nothing to show but how to start when there are no story notes", () => {
		const model = coverage(new StoryIndex());
		expect(model.kind).toBe("no-notes");
		expect(model.totals).toEqual({ notes: 0, questions: 0, stories: 0, complete: 0, sketches: 0 });
	});

	it("lists stories no competency claims, so the user can tag them", () => {
		const index = indexOf({
			"a.md": "- Tell me about your week?\n\t1. **Situation**: it rained\n\t2. **Action**: I stayed in\n\t3. **Result**: dry\n",
		});
		expect(coverage(index).unfiled.map((s) => s.label)).toEqual(["Tell me about your week?"]);
	});

	it("passes on skipped notes and the competency set's error", () => {
		const index = indexOf({});
		index.skip("huge.md", "Larger than 2048 KB.");
		const model = coverage(index, { setError: 'No note "x.md" in this vault.' });
		expect(model.skipped).toEqual([{ path: "huge.md", reason: "Larger than 2048 KB." }]);
		expect(model.setError).toBe('No note "x.md" in this vault.');
	});
});

describe("coverage with a question in another note that links to the story", () => {
	const BANK = md`
		# Stories

		## Release planning
		- **Situation:** The March calendar was already full.
		- **Task:** I had to find a slot for the billing launch.
		- **Action:** I moved our launch by a week and told the sales team.
		- **Result:** It went out in April.
	`;
	const prep = (link: string) => `# Acme\n\n- Tell me about a time you disagreed with a coworker? ${link}\n`;
	const withPrep = (link: string) => {
		const index = indexOf({ "Stories/Bank.md": BANK });
		index.update("Prep/Acme.md", parseNote(prep(link)), { keepEmpty: true });
		return coverage(index);
	};
	const conflict = (model: CoverageModel) => model.rows.find((r) => r.id === "conflict")?.stories.map((s) => s.label);

	it("files the story under the question's competency, as a question of the same note would", () => {
		expect(conflict(withPrep(""))).toEqual([]);
		expect(withPrep("").unfiled.map((s) => s.label)).toEqual(["Release planning"]);
		expect(conflict(withPrep("[[Bank#release planning]]"))).toEqual(["Release planning"]);
	});
});
