import { WorkspaceLeaf as MockLeaf } from "obsidian-test-mocks/obsidian";
import { FORMATS_HELP_URL } from "../../../src/constants";
import type { CoverageView } from "../../../src/ui/coverage/coverage-view";
import { coverageApp, eventually, type CoverageApp } from "../../helpers/coverage-app";
import { EXAMPLE_VAULT } from "../../helpers/fixtures";
import { readVault, settle } from "../../helpers/vault";
import { recordOpenedNotes } from "../../helpers/plugin-ui";

const rows = (view: CoverageView) => Array.from(view.contentEl.querySelectorAll<HTMLElement>("[data-competency]"));
const row = (view: CoverageView, id: string) => view.contentEl.querySelector<HTMLElement>(`[data-competency="${id}"]`)!;
const header = (view: CoverageView, id: string) => row(view, id).querySelector<HTMLElement>(".isb-disclosure-header")!;
const text = (el: Element | null) => el?.textContent ?? "";
const key = (el: HTMLElement, k: string, init: KeyboardEventInit = {}) =>
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, ...init }));

describe("the coverage panel", () => {
	let ctx: CoverageApp;
	afterEach(() => ctx?.close());

	describe("on the example vault", () => {
		beforeEach(async () => {
			ctx = await coverageApp(readVault(EXAMPLE_VAULT));
		});

		it("renders the totals and one row per competency, weakest first", async () => {
			const { view } = await ctx.openView();
			expect(text(view.contentEl.querySelector(".isb-coverage-summary"))).toBe(
				"33 questions · 26 stories · 17 complete · 2 sketches",
			);
			expect(rows(view).map((r) => r.dataset.competency)).toEqual([
				"evidence",
				"signature-impact",
				"conflict",
				"team-building",
				"ownership",
				"riskiest-project",
				"influence",
				"scope",
				"judgment",
				"failure",
			]);
			expect(text(row(view, "evidence").querySelector(".isb-competency-statement"))).toBe("No story yet.");
			expect(row(view, "evidence").classList.contains("is-empty")).toBe(true);
			expect(text(row(view, "conflict").querySelector(".isb-competency-count"))).toBe("4");
			expect(row(view, "conflict").querySelector<HTMLElement>(".isb-strength-fill")!.style.getPropertyValue("--isb-strength")).toBe(
				"60%",
			);
		});

		it("expands a row on click and collapses it from the keyboard, and keeps that in its state", async () => {
			const { view } = await ctx.openView();
			expect(row(view, "conflict").querySelectorAll(".isb-story")).toHaveLength(0);
			header(view, "conflict").click();
			expect(header(view, "conflict").getAttribute("aria-expanded")).toBe("true");
			expect(Array.from(row(view, "conflict").querySelectorAll(".isb-story-label")).map(text)).toEqual([
				"Tell me about a conflict with a peer and how you resolved it",
				"Ranking latency budget with the ads team",
				"Pushing back on a launch date",
				"reliability roadmap vs headcount ask",
			]);
			expect(
				Array.from(row(view, "conflict").querySelectorAll(".isb-story")[0]!.querySelectorAll(".isb-chip")).map(
					(c) => `${text(c)}:${c.className.split(" ").pop()}`,
				),
			).toEqual(["S:is-present", "T:is-present", "A:is-present", "R:is-missing", "L:is-present"]);
			expect(view.getState()).toMatchObject({ expanded: ["conflict"] });
			header(view, "conflict").focus();
			key(header(view, "conflict"), "ArrowLeft");
			expect(header(view, "conflict").getAttribute("aria-expanded")).toBe("false");
			// The row was drawn anew; focus followed it.
			expect(document.activeElement).toBe(header(view, "conflict"));
			key(header(view, "conflict"), "Enter");
			expect(header(view, "conflict").getAttribute("aria-expanded")).toBe("true");
		});

		it("opens the note at the story's line in the main area, and in a new tab with the modifier key", async () => {
			const { view, leaf } = await ctx.openView();
			const { opened, getLeaf } = recordOpenedNotes(ctx.mock);
			header(view, "riskiest-project").click();
			const story = row(view, "riskiest-project").querySelector<HTMLElement>(".isb-story")!;
			story.click();
			await settle();
			expect(getLeaf).toHaveBeenLastCalledWith(false);
			expect(opened.map((o) => [o.path, o.state])).toEqual([["Senior format.md", { active: true, eState: { line: 19 } }]]);
			expect(opened[0]!.leaf).not.toBe(leaf);

			story.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
			key(story, "Enter");
			await settle();
			expect(getLeaf.mock.calls.slice(1).map((c) => c[0])).toEqual(["tab", false]);
			expect(opened.map((o) => o.path)).toEqual(["Senior format.md", "Senior format.md", "Senior format.md"]);
		});

		it("opens a new tab rather than replace the panel when the workspace offers the panel's own leaf", async () => {
			const { view, leaf } = await ctx.openView();
			const openFile = jest.spyOn(leaf, "openFile");
			const getLeaf = jest
				.spyOn(ctx.app.workspace, "getLeaf")
				.mockImplementation((how) => (how === false ? leaf : MockLeaf.create2__(ctx.mock).asOriginalType3__()));
			header(view, "failure").click();
			row(view, "failure").querySelector<HTMLElement>(".isb-story")!.click();
			await settle();
			expect(getLeaf.mock.calls.map((c) => c[0])).toEqual([false, "tab"]);
			expect(openFile).not.toHaveBeenCalled();
		});

		it("updates within a second of an edit, redrawing only the rows it changed and keeping open rows open", async () => {
			const { view } = await ctx.openView();
			header(view, "ownership").click();
			const list = view.contentEl.querySelector(".isb-coverage-list");
			const failure = row(view, "failure");
			const ownership = row(view, "ownership");
			const file = ctx.app.vault.getFileByPath("Callout stories.md")!;
			const textBefore = await ctx.app.vault.read(file);
			await ctx.app.vault.modify(file, textBefore.replace("#competency/ownership", "#competency/evidence"));
			await eventually(() =>
				expect(text(row(view, "evidence").querySelector(".isb-competency-statement"))).toBe("1 story, none strong yet."),
			);
			expect(view.contentEl.querySelector(".isb-coverage-list")).toBe(list);
			expect(row(view, "failure")).toBe(failure);
			expect(row(view, "ownership")).not.toBe(ownership);
			expect(header(view, "ownership").getAttribute("aria-expanded")).toBe("true");
			expect(Array.from(row(view, "ownership").querySelectorAll(".isb-story-label")).map(text)).not.toContain(
				"On-call handbook rewrite",
			);
		});

		it("waits while hidden, and catches up when shown again", async () => {
			const { view } = await ctx.openView();
			const parent = view.containerEl.parentElement!;
			view.containerEl.remove();
			const file = ctx.app.vault.getFileByPath("Callout stories.md")!;
			await ctx.app.vault.modify(file, (await ctx.app.vault.read(file)).replace("#competency/ownership", "#competency/evidence"));
			await new Promise((resolve) => setTimeout(resolve, 500));
			expect(text(row(view, "evidence").querySelector(".isb-competency-statement"))).toBe("No story yet.");
			parent.appendChild(view.containerEl);
			ctx.app.workspace.trigger("layout-change");
			expect(text(row(view, "evidence").querySelector(".isb-competency-statement"))).toBe("1 story, none strong yet.");
		});

		it("shows Draft a story and Practice only when those features are there, and only on weak rows", async () => {
			const { view } = await ctx.openView();
			expect(view.contentEl.querySelectorAll(".isb-competency-actions")).toHaveLength(0);
			const draft = jest.fn();
			const practice = jest.fn();
			ctx.actions.set({ draft, practice });
			await eventually(() => expect(row(view, "evidence").querySelectorAll("button")).toHaveLength(2));
			expect(row(view, "scope").querySelectorAll("button")).toHaveLength(0);
			const [draftButton, practiceButton] = Array.from(row(view, "evidence").querySelectorAll("button"));
			expect([text(draftButton!), text(practiceButton!)]).toEqual(["Draft a story", "Practice"]);
			draftButton!.click();
			practiceButton!.click();
			expect(draft).toHaveBeenCalledWith("evidence");
			expect(practice).toHaveBeenCalledWith("evidence");
			expect(header(view, "evidence").getAttribute("aria-expanded")).toBe("false");
		});

		it("narrows to a note, a company or a search, and restores open rows and filters from its saved state", async () => {
			const { view } = await ctx.openView();
			await view.setState({ expanded: ["failure"], scope: "Callout stories.md", company: "" }, { history: false });
			expect(text(view.contentEl.querySelector(".isb-coverage-summary"))).toBe("3 questions · 4 stories · 2 complete");
			expect(view.contentEl.querySelector<HTMLSelectElement>("select")!.value).toBe("Callout stories.md");
			await view.setState({ expanded: ["failure"], scope: "", company: "" }, { history: false });
			expect(header(view, "failure").getAttribute("aria-expanded")).toBe("true");

			const company = view.contentEl.querySelectorAll<HTMLSelectElement>("select")[1]!;
			company.value = "Lumen Freight";
			company.dispatchEvent(new Event("change"));
			expect(text(view.contentEl.querySelector(".isb-coverage-summary"))).toBe("14 questions · 9 stories · 5 complete · 2 sketches");
			expect(view.getState()).toMatchObject({ company: "Lumen Freight" });

			const search = view.contentEl.querySelector<HTMLInputElement>("input[type=search]")!;
			search.value = "schema registry";
			search.dispatchEvent(new Event("input"));
			await eventually(() => expect(rows(view).map((r) => r.dataset.competency)).toEqual(["ownership"]));
			expect(text(view.contentEl.querySelector(".isb-coverage-matches"))).toBe("1 story matches.");
			expect(header(view, "ownership").getAttribute("aria-expanded")).toBe("true");
			view.contentEl.querySelector<HTMLButtonElement>(".isb-coverage-clear")!.click();
			expect(rows(view)).toHaveLength(10);
			expect(search.value).toBe("");
		});

		it("moves between rows with the arrow keys", async () => {
			const { view } = await ctx.openView();
			header(view, "evidence").focus();
			key(header(view, "evidence"), "ArrowDown");
			expect(document.activeElement).toBe(header(view, "signature-impact"));
			key(header(view, "signature-impact"), "End");
			expect(document.activeElement).toBe(header(view, "failure"));
		});

		it("says when the custom competency note is missing, and scores against the default set meanwhile", async () => {
			const { view } = await ctx.openView();
			await ctx.updateSettings({ competencySet: "custom", customCompetencyNote: "Competencies.md" });
			await eventually(() =>
				expect(text(view.contentEl.querySelector(".isb-coverage-error"))).toBe(
					'No note "Competencies.md" in this vault: using the Senior (IC6+ / staff) set instead.',
				),
			);
			expect(rows(view)).toHaveLength(10);
		});

		it("shows the last practice in words once there is one", async () => {
			const { view } = await ctx.openView();
			expect(text(view.contentEl.querySelector(".isb-coverage-set"))).toBe("Senior (IC6+ / staff)");
			ctx.rounds.push({
				id: "r1",
				questionId: "q",
				questionText: "",
				competencyId: "failure",
				source: "vault",
				storyIds: [],
				rating: "at",
				note: "",
				seconds: 90,
				practisedAt: new Date(ctx.now - 3 * 86_400_000).toISOString(),
			});
			ctx.events.triggerHistoryChanged();
			await eventually(() =>
				expect(text(view.contentEl.querySelector(".isb-coverage-set"))).toBe("Senior (IC6+ / staff) · last practice 3 days ago"),
			);
			expect(text(row(view, "failure").querySelector(".isb-competency-statement"))).toBe(
				"6 stories, 3 strong. Practised 3 days ago.",
			);
		});
	});

	describe("on a bank with many stories", () => {
		/** A note of `count` conflict stories, each told in full. */
		const conflicts = (company: string, count: number, result = "the launch went out on time") =>
			Array.from({ length: count }, (_, i) =>
				[
					`- How did you handle disagreement number ${i + 1} at ${company}? #competency/conflict`,
					`\t1. **Situation**: two teams at ${company} wanted the same release slot`,
					"\t2. **Action**: I brought both leads together and we wrote down the trade-offs",
					`\t3. **Result**: ${result}`,
				].join("\n"),
			).join("\n");
		const ownership =
			"- Tell me about a project you owned end to end? #competency/ownership\n\t1. **Situation**: " +
			"the billing export was failing\n\t2. **Action**: I rewrote it\n\t3. **Result**: errors fell by 90%\n";

		it("draws the first 20 stories of an open row and the rest 20 at a time behind Show more", async () => {
			ctx = await coverageApp({ "Acme.md": conflicts("Acme", 45) });
			const { view } = await ctx.openView();
			header(view, "conflict").click();
			const more = () => row(view, "conflict").querySelector<HTMLButtonElement>(".isb-show-more");
			expect(row(view, "conflict").querySelectorAll(".isb-story")).toHaveLength(20);
			expect(text(more())).toBe("Show 20 more");
			more()!.focus();
			more()!.click();
			expect(row(view, "conflict").querySelectorAll(".isb-story")).toHaveLength(40);
			expect(text(more())).toBe("Show 5 more");
			// The button is drawn anew and keeps the focus, so Enter can be pressed again.
			expect(document.activeElement).toBe(more());
			more()!.click();
			expect(row(view, "conflict").querySelectorAll(".isb-story")).toHaveLength(45);
			expect(more()).toBeNull();
			// Closed and opened again, the row starts from its first page.
			header(view, "conflict").click();
			header(view, "conflict").click();
			expect(row(view, "conflict").querySelectorAll(".isb-story")).toHaveLength(20);
		});

		it("redraws only the row whose story changed when a note is saved", async () => {
			ctx = await coverageApp({ "Acme.md": conflicts("Acme", 3), "Globex.md": ownership });
			const { view } = await ctx.openView();
			header(view, "conflict").click();
			header(view, "ownership").click();
			const before = new Map(rows(view).map((r) => [r.dataset.competency, r]));
			const file = ctx.app.vault.getFileByPath("Globex.md")!;
			await ctx.app.vault.modify(file, ownership.replace("end to end?", "from the first line to launch?"));
			await eventually(() => expect(text(row(view, "ownership"))).toContain("from the first line to launch"));
			const redrawn = rows(view)
				.filter((r) => before.get(r.dataset.competency) !== r)
				.map((r) => r.dataset.competency);
			expect(redrawn).toEqual(["ownership"]);
		});

		it("leaves the rows as they were when a search matches many stories, and opens them when it matches a few", async () => {
			ctx = await coverageApp({ "Acme.md": conflicts("Acme", 30), "Globex.md": ownership });
			const { view } = await ctx.openView();
			const search = view.contentEl.querySelector<HTMLInputElement>("input[type=search]")!;
			// Typed, so the box has the focus (a redraw leaves a focused box as the user left it).
			search.focus();
			search.value = "disagreement";
			search.dispatchEvent(new Event("input"));
			await eventually(() => expect(text(view.contentEl.querySelector(".isb-coverage-matches"))).toBe("30 stories match."));
			expect(header(view, "conflict").getAttribute("aria-expanded")).toBe("false");
			search.value = "project you owned";
			search.dispatchEvent(new Event("input"));
			await eventually(() => expect(rows(view).map((r) => r.dataset.competency)).toEqual(["ownership"]));
			expect(header(view, "ownership").getAttribute("aria-expanded")).toBe("true");
		});
	});

	it("explains how to start, with a link to the formats section, when no note holds a story", async () => {
		ctx = await coverageApp({ "Weekly planning.md": "# Week 10\n\n- [ ] Finish the capacity model\n" });
		const { view } = await ctx.openView();
		await eventually(() => expect(text(view.contentEl.querySelector(".isb-coverage-empty-title"))).toBe("No interview stories yet"));
		expect(rows(view)).toHaveLength(0);
		// Nothing to filter yet: the note and company filters stay out of the way.
		expect(view.contentEl.querySelectorAll(".isb-coverage-filters select.is-hidden")).toHaveLength(2);
		expect(view.contentEl.querySelector<HTMLAnchorElement>(".isb-coverage-empty a")!.href).toBe(FORMATS_HELP_URL);
	});

	it("says it is reading while the first scan runs, rather than that there is nothing", async () => {
		ctx = await coverageApp({});
		let finish = () => {};
		const scanning = new Promise<void>((resolve) => (finish = resolve));
		const { view } = await ctx.openView({ whenIndexed: () => scanning });
		expect(text(view.contentEl.querySelector(".isb-coverage-message"))).toBe("Reading your notes…");
		finish();
		await eventually(() => expect(text(view.contentEl.querySelector(".isb-coverage-empty-title"))).toBe("No interview stories yet"));
	});

	it("lists the notes it skipped, with the reason, and opens one on Enter", async () => {
		const story = "- Tell me about a conflict?\n\t1. **Situation**: x\n\t2. **Action**: I y\n\t3. **Result**: 2x\n";
		ctx = await coverageApp({ "a.md": story, "huge.md": story + "x".repeat(20 * 1024) }, { maxNoteSizeKb: 16 });
		const { view } = await ctx.openView();
		const section = view.contentEl.querySelector<HTMLElement>('[data-key="skipped notes"]')!;
		expect(text(section.querySelector(".isb-disclosure-title"))).toBe("Skipped notes");
		section.querySelector<HTMLElement>(".isb-disclosure-header")!.click();
		const skipped = view.contentEl.querySelector<HTMLElement>(".isb-skipped")!;
		expect(text(skipped)).toBe("huge.mdLarger than 16 KB, the limit set in settings, so it was not read.");
		const getLeaf = jest.spyOn(ctx.app.workspace, "getLeaf");
		key(skipped, "Enter");
		expect(getLeaf).toHaveBeenCalledWith(false);
	});
});
