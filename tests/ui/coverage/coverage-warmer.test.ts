import { CoverageWarmer } from "../../../src/ui/coverage/coverage-warmer";
import { coverageApp, type CoverageApp } from "../../helpers/coverage-app";

/** One story per note, as its author wrote it. */
const story = (question: string, ...parts: string[]): string =>
	[`- ${question}`, ...parts.map((p, i) => `\t${i + 1}. ${p}`), ""].join("\n");

const CONFLICT = story(
	"Tell me about a time you disagreed with a peer?",
	"**Situation**: two teams wanted one queue",
	"**Action**: I wrote both designs up side by side",
	"**Result**: we shipped one design, latency fell 30%",
);
const FAILURE = story(
	"Tell me about a mistake you made?",
	"**Situation**: a migration ran twice",
	"**Action**: I added a dry run",
	"**Result**: no repeat in a year",
);

/** Lets the warmer's timer slices run. */
async function slicesRun(): Promise<void> {
	for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("the coverage warmer", () => {
	let ctx: CoverageApp;
	let warmer: CoverageWarmer;
	beforeEach(async () => {
		ctx = await coverageApp({ "Stories/conflict.md": CONFLICT, "Stories/failure.md": FAILURE });
		warmer = new CoverageWarmer({ ...ctx.host, app: ctx.app });
	});
	afterEach(() => {
		warmer.unload();
		ctx.close();
	});

	/** True when the panel would find every note's coverage worked out: asked to do no work, it has none left. */
	const nothingLeft = (): boolean =>
		warmer.cache.prepare(ctx.index.notes(), ctx.competencies.current().matcher, ctx.settings.targetAnswerSeconds, () => false);

	it("works out every story's coverage after the first scan, with the panel closed", async () => {
		expect(nothingLeft()).toBe(false);
		warmer.load();
		await slicesRun();
		expect(nothingLeft()).toBe(true);
		const rows = warmer.cache.rows(ctx.index.notes(), ctx.competencies.current().matcher, ctx.settings.targetAnswerSeconds);
		expect(rows.totals.stories).toBe(2);
	});

	it("works out a note again after it is edited, and stops when unloaded", async () => {
		warmer.load();
		await slicesRun();
		const file = ctx.app.vault.getFileByPath("Stories/failure.md");
		if (!file) throw new Error("fixture missing");
		await ctx.app.vault.modify(file, FAILURE.replace("a dry run", "a dry run and a lock"));
		await new Promise((resolve) => setTimeout(resolve, 400));
		await slicesRun();
		expect(nothingLeft()).toBe(true);

		warmer.unload();
		await ctx.app.vault.modify(file, FAILURE);
		await new Promise((resolve) => setTimeout(resolve, 400));
		await slicesRun();
		expect(nothingLeft()).toBe(false);
	});
});

describe("a panel opened once the warmer is done", () => {
	let ctx: CoverageApp;
	let warmer: CoverageWarmer;
	beforeEach(async () => {
		ctx = await coverageApp({ "Stories/conflict.md": CONFLICT, "Stories/failure.md": FAILURE });
		warmer = new CoverageWarmer({ ...ctx.host, app: ctx.app });
		warmer.load();
	});
	afterEach(() => {
		warmer.unload();
		ctx.close();
	});

	/** Counts the stories the matcher is asked about from now on. */
	const countMatches = (): { count: number } => {
		const counter = { count: 0 };
		const { matcher } = ctx.competencies.current();
		const matchStory = matcher.matchStory.bind(matcher);
		jest.spyOn(matcher, "matchStory").mockImplementation((...args) => {
			counter.count++;
			return matchStory(...args);
		});
		return counter;
	};

	it("matches no story to draw every one", async () => {
		await warmer.whenWarm();
		const matched = countMatches();
		const { view } = await ctx.openView({}, warmer.cache);
		expect(matched.count).toBe(0);
		expect(view.contentEl.querySelector(".isb-coverage-summary")?.textContent).toMatch(/^2 questions · 2 stories/);
	});

	it("after an edit, only the edited note's story is matched again", async () => {
		await warmer.whenWarm();
		const matched = countMatches();
		const file = ctx.app.vault.getFileByPath("Stories/failure.md");
		if (!file) throw new Error("fixture missing");
		await ctx.app.vault.modify(file, FAILURE.replace("a dry run", "a dry run and a lock"));
		await new Promise((resolve) => setTimeout(resolve, 400));
		await warmer.whenWarm();
		expect(matched.count).toBe(1);
		await ctx.openView({}, warmer.cache);
		expect(matched.count).toBe(1);
	});
});
