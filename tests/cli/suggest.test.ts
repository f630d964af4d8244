import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, SEED } from "../helpers/cli";
import { EXAMPLE_VAULT } from "../helpers/fixtures";

const run = runCli;

interface Competency {
	id: string;
	name: string;
	source: "explicit" | "corrected" | "inferred";
	score: number;
	evidence: string[];
}
interface IndexJson {
	notes: {
		path: string;
		questions: { text: string; competencies: Competency[] }[];
		stories: {
			id: string;
			title: string | null;
			line: number;
			competencies: Competency[];
			strength: { score: number; warnings: string[] };
		}[];
	}[];
}
interface SuggestJson {
	question: { text: string; competencies: Competency[] };
	stories: { id: string; title: string | null; path: string; line: number; score: number; why: string[] }[];
	probes: string[];
}

function indexJson(...args: string[]): IndexJson {
	const result = run("index", ...args, "--json");
	expect(result.err).toBe("");
	return JSON.parse(result.out) as IndexJson;
}
function suggest(path: string, question: string, ...args: string[]): SuggestJson {
	const result = run("suggest", path, question, "--json", ...args);
	expect(result.code).toBe(0);
	return JSON.parse(result.out) as SuggestJson;
}

/** A small bank in our own words: a conflict, a failure and an ownership story. */
function bank(): string {
	const dir = mkdtempSync(join(tmpdir(), "suggest-"));
	writeFileSync(
		join(dir, "Bank.md"),
		[
			"- Tell me about a time you disagreed with a director",
			"\t- Holding the launch date",
			"\t\t1. **Situation**: our director wanted the pricing page out before the sale",
			"\t\t2. **Action**: I pushed back with the error budget, and we disagreed on the date until I offered a canary",
			"\t\t3. **Result**: launched a week later with no incidents",
			"- Tell me about a project that failed",
			"\t1. **Situation**: the recommendations rewrite missed its quarter",
			"\t2. **Action**: I ran the postmortem and owned the wrong estimate",
			"\t3. **Result**: we cut the scope and shipped half; I now size work with a spike first",
			"- What did you take on that nobody owned?",
			"\t- The orphaned billing export #competency/ownership",
			"\t\t1. **Situation**: exports broke every month and no team owned them",
			"\t\t2. **Action**: I took it on myself, wrote the runbook and added alerts",
			"\t\t3. **Result**: failed exports went from 4 a month to 0",
		].join("\n"),
	);
	return dir;
}

/** A note shaped like a real user's Experience Bank, in our own words: a legend, italic list questions with alternates and highlights. */
function seedShaped(): string {
	const dir = mkdtempSync(join(tmpdir(), "seed-shape-"));
	const red = (text: string): string => `<mark style="background: #FF5582A6;">${text}</mark>`;
	const green = (text: string): string => `<mark style="background: #BBFABBA6;">${text}</mark>`;
	writeFileSync(
		join(dir, "Interview prep.md"),
		[
			"## Story bank",
			"",
			"1. **Situation**: where and when;",
			"2. **Task**: what was asked of me;",
			"3. **Action**: the steps I took;",
			"4. **Results**: what changed;",
			"",
			"---",
			`- *Tell me about a time you ${red("got it wrong")}. What did you do next?` +
				`/When did a detail you had ${red("not noticed")} catch you out?*`,
			"\t1. **Situation**: assumed every partner sent timestamps in UTC after checking a single feed",
			"\t2. **Task**: find the bad rows and repair them;",
			"\t3. **Action**: traced every reader of the field, corrected the parsing and added a test per partner feed;",
			"\t4. **Results**: repaired within a day; the new tests caught two more feeds the next month;",
			"\t5. **Takeaways**: check an assumption against more than one sample;",
			"---",
			`- *A time you ${green("unblocked")} your team/A time you found a ${green("way around")} an obstacle*`,
			"\t1. **Situation**: the job runner's error output was hidden from us and the platform team could not look for six weeks;",
			"\t2. **Task**: make the errors readable so we could debug;",
			"\t3. **Action**: copied the raw output to object storage and wrote a small pipeline that parsed it into a table;",
			"\t4. **Results**: the team debugged failed jobs the same day instead of waiting weeks;",
			"---",
			`- What was the most ${red("difficult period")} of your working life, and how did you get through it?`,
			"\t- moving countries + wearing many hats",
		].join("\n"),
	);
	return dir;
}

describe("story-bank index --json: competencies and strength", () => {
	it("gives each story and question its competencies, best first, with source, score and evidence, and each story its strength", () => {
		const [note] = indexJson(bank()).notes;
		const [conflict, failure, ownership] = note!.stories;
		expect(conflict!.competencies[0]).toMatchObject({ id: "conflict", name: "Conflict", source: "inferred" });
		expect(conflict!.competencies[0]!.evidence).toEqual(expect.arrayContaining(["pushed back", "we disagreed on"]));
		expect(conflict!.competencies[0]!.score).toBeGreaterThan(0);
		expect(conflict!.competencies[0]!.score).toBeLessThanOrEqual(1);
		expect(failure!.competencies[0]).toMatchObject({ id: "failure", source: "inferred" });
		expect(ownership!.competencies).toEqual([{ id: "ownership", name: "Ownership", source: "explicit", score: 1, evidence: [] }]);
		for (const story of note!.stories) {
			expect(story.strength.score).toBeGreaterThanOrEqual(1);
			expect(story.strength.score).toBeLessThanOrEqual(5);
			expect(Array.isArray(story.strength.warnings)).toBe(true);
		}
		expect(note!.questions[0]!.competencies.map((c) => c.id)).toEqual(["conflict", "influence"]);
	});

	it("chooses the set with --set: a built-in one or a competency note", () => {
		const dir = bank();
		const [amazon] = indexJson(dir, "--set", "amazon").notes;
		expect(amazon!.stories[0]!.competencies.map((c) => c.id)).toContain("backbone");
		const setFile = join(mkdtempSync(join(tmpdir(), "set-")), "Mine.md");
		writeFileSync(setFile, "## Pushing back\nkeywords: pushed back, disagreed\n\n## Fixing\nkeywords: runbook\n");
		const [custom] = indexJson(dir, "--set", setFile).notes;
		expect(custom!.stories[0]!.competencies.map((c) => c.id)).toEqual(["pushing-back"]);
		expect(run("index", dir, "--set", "/no/such/set.md").code).toBe(2);
	});

	it("files each story of a note shaped like the user's under a competency a person would give, with its evidence", () => {
		const [note] = indexJson(seedShaped()).notes;
		const [wrong, unblocked, hats] = note!.stories;
		// The story reads like a fix; the question's highlights and the wrong assumption make it a failure story.
		expect(wrong!.competencies[0]).toMatchObject({ id: "failure", source: "inferred" });
		expect(wrong!.competencies[0]!.evidence).toEqual(expect.arrayContaining(["got it wrong"]));
		expect(unblocked!.competencies[0]).toMatchObject({ id: "ownership", source: "inferred" });
		expect(unblocked!.competencies[0]!.evidence).toContain("unblocked");
		// A title-only sketch under a "difficult period" question: filed by its own words, never under conflict.
		expect(hats!.title).toBe("moving countries + wearing many hats");
		expect(hats!.competencies.map((c) => c.id)).toEqual(["ownership"]);
		expect(note!.questions[2]!.competencies.map((c) => c.id)).not.toContain("conflict");
	});

	it(
		"files every story of the user's own note under a competency a person would give, " + "the 'did something wrong' one under failure",
		() => {
			if (!existsSync(SEED)) return;
			const [note] = indexJson(SEED).notes;
			const written = note!.stories.filter((s) => s.competencies.length > 0 || s.title !== null);
			expect(written.every((s) => s.competencies.length > 0)).toBe(true);
			expect(note!.stories[0]!.competencies[0]!.id).toBe("failure");
			const relocation = note!.stories.find((s) => s.title?.startsWith("relocation"))!;
			expect(relocation.competencies.map((c) => c.id)).not.toContain("conflict");
		},
	);
});

describe("story-bank suggest", () => {
	it("puts the story written under the question first, then ranks the rest with reasons, and gives the probes", () => {
		const result = suggest(bank(), "Tell me about a time you disagreed with a director");
		expect(result.question.competencies[0]).toMatchObject({ id: "conflict", source: "inferred" });
		expect(result.stories[0]).toMatchObject({
			title: "Holding the launch date",
			path: "Bank.md",
			line: 2,
			why: ["answers this question"],
		});
		expect(result.probes.length).toBeGreaterThan(0);
		expect(result.probes.join(" ")).toMatch(/disagree|other side|decision stuck/);
	});

	it("finds stories for a question that is not in the notes, by their words and competency", () => {
		const result = suggest(bank(), "Describe a launch where you had to push back on a senior leader");
		expect(result.stories[0]!.title).toBe("Holding the launch date");
		expect(result.stories[0]!.why.join("; ")).toMatch(/same competency: Conflict|matches: .*launch/);
		expect(result.stories.every((s) => s.why.length > 0)).toBe(true);
		const failed = suggest(bank(), "What is a mistake you made in an estimate?");
		expect(failed.question.competencies[0]!.id).toBe("failure");
		expect(failed.stories[0]!.line).toBe(7);
		expect(failed.probes[0]).toMatch(/early signal/);
	});

	it("prints a readable list without --json, and explains a missing question", () => {
		const { code, out } = run("suggest", bank(), "Tell me about something nobody owned");
		expect(code).toBe(0);
		expect(out).toMatch(/1\. The orphaned billing export .*\(Bank\.md:11\): same competency: Ownership/);
		expect(out).toContain("Follow-up probes:");
		expect(run("suggest", bank()).err).toContain("suggest needs a question");
	});

	it("suggests two stories of the example vault for an obstacles question, not 'no story'", () => {
		const result = suggest(EXAMPLE_VAULT, "Tell me about an important result you delivered despite serious obstacles");
		expect(result.stories.length).toBeGreaterThanOrEqual(2);
	});
});
