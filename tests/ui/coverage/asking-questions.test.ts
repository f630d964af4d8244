import { coverageApp, eventually, type CoverageApp } from "../../helpers/coverage-app";
import { settle } from "../../helpers/vault";
import { recordOpenedNotes } from "../../helpers/plugin-ui";

const STORIES = [
	"- Tell me about a time you disagreed with a peer? #competency/conflict",
	"\t1. **Situation**: two teams wanted one queue",
	"\t2. **Action**: I wrote both designs up side by side",
	"\t3. **Result**: latency fell 30%",
	"",
].join("\n");

/** A company note: two questions for a competency with no story yet, one still to prepare with the story the user means to tell. */
const PREP = [
	"# Harbor Labs",
	"",
	"- Tell me about a mistake that reached production? (broken migration) (TODO)",
	"- What did you learn from a project that failed?",
	"",
].join("\n");

const row = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-competency="${id}"]`)!;

describe("a competency no story covers yet, in the coverage panel", () => {
	let ctx: CoverageApp;
	beforeEach(async () => {
		ctx = await coverageApp({ "Stories.md": STORIES, "Prep/Harbor.md": PREP });
	});
	afterEach(() => ctx.close());

	it("opens to the questions that ask for it, each opening its note at the question", async () => {
		const { view } = await ctx.openView();
		const failure = row(view.contentEl, "failure");
		expect(failure.querySelector(".isb-competency-statement")?.textContent).toBe(
			"No story yet; 2 questions in your notes ask for one.",
		);
		expect(failure.querySelector(".isb-asking-questions")).toBeNull();

		failure.querySelector<HTMLElement>(".isb-disclosure-header")!.click();
		const open = row(view.contentEl, "failure");
		const items = Array.from(open.querySelectorAll(".isb-asking-question")).map((el) => [
			el.querySelector(".isb-asking-open")?.textContent,
			el.querySelector(".isb-asking-meta")?.textContent,
		]);
		expect(items).toEqual([
			[
				"Tell me about a mistake that reached production?",
				"to prepare; you planned to tell: broken migration · Prep/Harbor.md, line 3",
			],
			["What did you learn from a project that failed?", "Prep/Harbor.md, line 4"],
		]);

		const { opened: openedNotes } = recordOpenedNotes(ctx.mock);
		const opened = () => openedNotes.map(({ path, state }) => ({ path, state }));
		open.querySelectorAll<HTMLElement>(".isb-asking-open")[1]!.click();
		await settle();
		expect(opened()).toEqual([{ path: "Prep/Harbor.md", state: { active: true, eState: { line: 3 } } }]);
	});
});

describe("a company's key signals, from a rubric note", () => {
	const RUBRIC = [
		"# Harbor Labs rubric",
		"",
		"- Craft: how deep is the engineering?",
		"- Ownership*: do they finish what they start without being asked?",
		"- Collaboration: how do they work with other teams?",
		"- Growth*: do they learn from what went wrong?",
		"",
	].join("\n");

	/** A strong story filed under a key signal: weakest-first alone would put its row last. */
	const OWNED = [
		"- Tell me about something you owned end to end? #competency/ownership",
		"\t1. **Situation**: no one owned the flaky deploy pipeline and releases slipped every week",
		"\t2. **Task**: I took it on myself to fix it without being asked",
		"\t3. **Action**: I traced the failures, rewrote the retry logic and handed the runbook to the on-call rota",
		"\t4. **Result**: failed deploys fell from 30% to 2% and releases went weekly again",
		"",
	].join("\n");

	it("come first in the panel, weakest first among them, each marked as key", async () => {
		const ctx = await coverageApp(
			{ "Stories.md": STORIES, "Owned.md": OWNED, "Harbor rubric.md": RUBRIC },
			{ competencySet: "custom", customCompetencyNote: "Harbor rubric.md" },
		);
		try {
			const { view } = await ctx.openView();
			const shown = Array.from(view.contentEl.querySelectorAll<HTMLElement>("[data-competency]")).map((el) => [
				el.querySelector(".isb-disclosure-header")?.textContent?.replace(/\d+$/, "") ?? "",
				el.querySelector(".isb-competency-key") !== null,
			]);
			expect(shown.slice(0, 2).every(([, key]) => key)).toBe(true);
			expect(shown.slice(2).some(([, key]) => key)).toBe(false);
			expect(shown.slice(0, 2).map(([name]) => name)).toEqual(
				expect.arrayContaining([expect.stringContaining("Ownership"), expect.stringContaining("Growth")]),
			);
		} finally {
			ctx.close();
		}
	});

	it("flag a key signal with no strong story, and only that one", async () => {
		const ctx = await coverageApp(
			{ "Stories.md": STORIES, "Owned.md": OWNED, "Harbor rubric.md": RUBRIC },
			{ competencySet: "custom", customCompetencyNote: "Harbor rubric.md" },
		);
		try {
			const { view } = await ctx.openView();
			const row = (name: string) => {
				const el = Array.from(view.contentEl.querySelectorAll<HTMLElement>("[data-competency]")).find((r) =>
					r.querySelector(".isb-disclosure-header")?.textContent?.includes(name),
				);
				return [
					el?.querySelector(".isb-competency-key")?.textContent ?? null,
					el?.querySelector(".isb-competency-statement")?.textContent?.startsWith("Key — no strong story yet. ") ?? null,
				];
			};
			expect(row("Ownership")).toEqual(["Key", false]);
			expect(row("Growth")).toEqual(["Key", true]);
			expect(row("Craft")).toEqual([null, false]);
			// A star added in the rubric note redraws that row, though its stories and figures did not change.
			await ctx.app.vault.modify(ctx.app.vault.getFileByPath("Harbor rubric.md")!, RUBRIC.replace("- Craft:", "- Craft*:"));
			await eventually(() => expect(row("Craft")).toEqual(["Key", true]));
		} finally {
			ctx.close();
		}
	});
});
