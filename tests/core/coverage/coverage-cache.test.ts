import { builtInSet } from "../../../src/core/competencies/built-in-sets";
import { CompetencyMatcher } from "../../../src/core/competencies/competency-matcher";
import { buildCoverage, type CoverageFilter, type CoverageModel } from "../../../src/core/coverage/coverage";
import { CoverageCache } from "../../../src/core/coverage/coverage-cache";
import { StoryIndex } from "../../../src/core/index/story-index";
import { parseNote } from "../../../src/core/parser/note-parser";
import { NO_FILTER } from "../../../src/core/coverage/coverage-filter";

const NOW = new Date("2025-03-10T12:00:00Z");

/** A story note with one story per entry: `[question, competency tag or "", result with a figure?]`. */
function note(company: string, stories: readonly [string, string, boolean][]): string {
	const body = stories
		.map(([question, tag, metric], i) =>
			[
				`- ${question}${tag ? ` #competency/${tag}` : ""}`,
				`\t1. **Situation**: the ${company} billing service missed its deadline ${i}`,
				"\t2. **Task**: I owned getting the migration back on track",
				"\t3. **Action**: I split the work, wrote the rollback plan and ran the weekly review",
				`\t4. **Result**: ${metric ? "cut the error rate by 40% in six weeks" : "the team shipped it"}`,
			].join("\n"),
		)
		.join("\n");
	return `---\ncompany: ${company}\n---\n${body}\n`;
}

const matcher = new CompetencyMatcher(builtInSet("senior"));

function model(index: StoryIndex, cache?: CoverageCache, filter: CoverageFilter = NO_FILTER): CoverageModel {
	return buildCoverage({
		notes: index.notes(),
		skipped: index.skipped(),
		matcher,
		targetSeconds: 150,
		rounds: [],
		now: NOW,
		filter,
		cache,
	});
}

/** What the panel shows of a model, without the entries' revisions (they differ between a kept and a fresh cache). */
function shown(m: CoverageModel): unknown {
	const entry = ({ revision: _revision, ...rest }: CoverageModel["unfiled"][number]) => rest;
	return { ...m, rows: m.rows.map((r) => ({ ...r, stories: r.stories.map(entry) })), unfiled: m.unfiled.map(entry) };
}

describe("coverage kept between redraws", () => {
	const files: Record<string, string> = {
		"Acme.md": note("Acme", [
			["Tell me about a conflict with a peer?", "conflict", true],
			["A time you owned a failure?", "failure", false],
		]),
		"Globex.md": note("Globex", [
			["Describe a project you led end to end?", "ownership", true],
			["What would you do differently?", "", false],
		]),
		"Initech.md": note("Initech", [["Tell me about influencing without authority?", "influence", true]]),
	};

	it("matches only the stories of the note that changed", () => {
		const index = new StoryIndex();
		for (const [path, text] of Object.entries(files)) index.update(path, parseNote(text));
		const cache = new CoverageCache();
		model(index, cache);
		const matchStory = jest.spyOn(matcher, "matchStory");
		index.update("Globex.md", parseNote(files["Globex.md"]!.replace("the team shipped it", "revenue grew 12%")));
		model(index, cache);
		expect(matchStory).toHaveBeenCalledTimes(2);
		expect(matchStory.mock.calls.every(([story]) => (story as { path?: string }).path === "Globex.md")).toBe(true);
		matchStory.mockRestore();
	});

	it("keeps a row's list when none of its stories changed, and gives a changed row a new list", () => {
		const index = new StoryIndex();
		for (const [path, text] of Object.entries(files)) index.update(path, parseNote(text));
		const cache = new CoverageCache();
		const before = model(index, cache);
		index.update("Acme.md", parseNote(files["Acme.md"]!.replace("missed its deadline 0", "slipped a quarter")));
		const after = model(index, cache);
		const row = (m: CoverageModel, id: string) => m.rows.find((r) => r.id === id)!;
		expect(row(after, "ownership").stories).toBe(row(before, "ownership").stories);
		expect(row(after, "conflict").stories).not.toBe(row(before, "conflict").stories);
		expect(row(after, "conflict").stories[0]!.revision).not.toBe(row(before, "conflict").stories[0]!.revision);
	});

	it("gives the same panel as a fresh build after edits, additions, removals, renames and filters", () => {
		const index = new StoryIndex();
		for (const [path, text] of Object.entries(files)) index.update(path, parseNote(text));
		const cache = new CoverageCache();
		const steps: (() => void)[] = [
			() => index.update("Acme.md", parseNote(files["Acme.md"]!.replace("#competency/failure", "#competency/judgment"))),
			() => index.update("Hooli.md", parseNote(note("Hooli", [["A time you disagreed with your manager?", "conflict", false]]))),
			() => index.remove("Initech.md"),
			() => index.rename("Globex.md", "Archive/Globex.md"),
			() => index.update("Acme.md", parseNote("# Just a shopping list\n\n- eggs\n")),
		];
		const filters: CoverageFilter[] = [NO_FILTER, { ...NO_FILTER, company: "hooli" }, { ...NO_FILTER, scope: "Archive/" }, NO_FILTER];
		for (const step of steps) {
			step();
			for (const filter of filters) expect(shown(model(index, cache, filter))).toEqual(shown(model(index, undefined, filter)));
		}
	});

	it("works a note out one question or story per slice, and the rows come out as from one go", () => {
		const index = new StoryIndex();
		for (const [path, text] of Object.entries(files)) index.update(path, parseNote(text));
		const cache = new CoverageCache();
		let slices = 0;
		for (;;) {
			let budget = 1;
			slices++;
			if (cache.prepare(index.notes(), matcher, 150, () => budget-- > 0)) break;
		}
		// 5 stories and 5 questions, one a slice, and one more slice per note (3) to find it done.
		expect(slices).toBe(13);
		const matchStory = jest.spyOn(matcher, "matchStory");
		expect(shown(model(index, cache))).toEqual(shown(model(index)));
		// The prepared cache matched nothing again; the fresh build matched every story.
		expect(matchStory).toHaveBeenCalledTimes(5);
		matchStory.mockRestore();
	});

	it("starts again when the matcher changes", () => {
		const index = new StoryIndex();
		for (const [path, text] of Object.entries(files)) index.update(path, parseNote(text));
		const cache = new CoverageCache();
		model(index, cache);
		const other = new CompetencyMatcher(builtInSet("behavioural"));
		const fresh = buildCoverage({
			notes: index.notes(),
			skipped: [],
			matcher: other,
			targetSeconds: 150,
			rounds: [],
			now: NOW,
			cache: new CoverageCache(),
		});
		const kept = buildCoverage({ notes: index.notes(), skipped: [], matcher: other, targetSeconds: 150, rounds: [], now: NOW, cache });
		expect(shown(kept)).toEqual(shown(fresh));
	});
});
