import type { StoryBankServices } from "../../../src/obsidian/services";
import { renderCompetencySettings } from "../../../src/ui/coverage/competency-settings";
import { coverageApp, eventually, type CoverageApp } from "../../helpers/coverage-app";
import { bindComponentEvents, choose, type } from "../../helpers/dom-components";

const SET_NOTE = "## Technical depth\nKeywords: latency\nA hard problem.\n\n## Customer focus\nKeywords: customer*\nWhat users needed.\n";

describe("the Competencies section of the settings tab", () => {
	let ctx: CoverageApp;
	let el: HTMLElement;
	beforeEach(() => bindComponentEvents());
	afterEach(() => {
		el?.remove();
		ctx?.close();
		jest.restoreAllMocks();
	});

	async function render(files: Record<string, string> = {}, settings: Parameters<typeof coverageApp>[1] = {}): Promise<HTMLElement> {
		ctx = await coverageApp(files, settings);
		const plugin = {
			app: ctx.app,
			competencies: ctx.competencies,
			updateSettings: ctx.updateSettings,
			get settings() {
				return ctx.settings;
			},
		} as unknown as StoryBankServices;
		el = document.body.createDiv();
		renderCompetencySettings(el, plugin);
		return el;
	}

	/** The setting whose name is `name`. */
	const setting = (name: string) => Array.from(el.children).find((c) => c.textContent?.includes(name)) as HTMLElement;
	const select = (name: string) => setting(name).querySelector("select")!;
	const input = (name: string) => setting(name).querySelector("input")!;
	/** The dropdown of one highlight colour, found by the name beside its swatch. */
	const colour = (name: string) =>
		Array.from(el.querySelectorAll(".isb-colour-setting"))
			.find((s) => s.querySelector(".isb-colour-swatch")?.parentElement?.textContent === name)!
			.querySelector("select")!;

	it("has a heading and offers the built-in sets and your own", async () => {
		await render();
		expect(el.firstElementChild?.textContent).toBe("Competencies");
		expect(Array.from(select("Competency set").options).map((o) => `${o.value}: ${o.text}`)).toEqual([
			"senior: Senior (IC6+ / staff)",
			"behavioural: Behavioural (large tech companies)",
			"amazon: Amazon leadership principles",
			"custom: Your own, from a note",
		]);
		expect(select("Competency set").value).toBe("senior");
		expect(setting("Custom competency note").style.display).toBe("none");
	});

	it("shows the custom note's field once your own set is chosen, and says what it read from the note", async () => {
		await render({ "Prep/Signals.md": SET_NOTE });
		choose(select("Competency set"), "custom");
		await eventually(() => expect(ctx.settings.competencySet).toBe("custom"));
		expect(setting("Custom competency note").style.display).not.toBe("none");
		await eventually(() =>
			expect(setting("Custom competency note").querySelector(".isb-competency-status")?.textContent).toContain(
				"No custom competency note is set",
			),
		);
		type(input("Custom competency note"), "Prep/Signals");
		await eventually(
			() =>
				expect(setting("Custom competency note").querySelector(".isb-competency-ok")?.textContent).toBe(
					"Read 2 competencies: Technical depth, Customer focus.",
				),
			2000,
		);
		expect(ctx.settings.customCompetencyNote).toBe("Prep/Signals");
		// The colour mapping now offers the user's own competencies.
		expect(Array.from(colour("Red").options).map((o) => o.value)).toEqual(["", "technical-depth", "customer-focus"]);
	});

	it("reads a rubric list pasted into a prep note, from the heading the setting names, key signals first", async () => {
		const prep = [
			"# Harbor Freight Labs",
			"",
			"## Rubric",
			"",
			"    Ownership: Do they follow a problem past their own team?",
			"    **Growth***: How well do they understand their own gaps?",
			"    Ambiguity*: Can they move before the goal is written down?",
			"",
			"## Questions",
			"",
			"- conflict (dana)",
			"",
		].join("\n");
		await render({ "Prep/Harbor.md": prep }, { competencySet: "custom" });
		type(input("Custom competency note"), "Prep/Harbor#Rubric");
		await eventually(
			() =>
				expect(setting("Custom competency note").querySelector(".isb-competency-ok")?.textContent).toBe(
					"Read 3 competencies: Growth, Ambiguity, Ownership.",
				),
			2000,
		);
		expect(ctx.competencies.current().set.competencies.map((c) => [c.id, c.key === true])).toEqual([
			["growth", true],
			["ambiguity", true],
			["ownership", false],
		]);
	});

	it("says plainly when the note does not exist, keeps the default set, and reads the note once it is created", async () => {
		await render({}, { competencySet: "custom" });
		type(input("Custom competency note"), "Nowhere");
		const status = () => setting("Custom competency note").querySelector(".isb-competency-status")?.textContent;
		await eventually(
			() => expect(status()).toBe('No note "Nowhere.md" in this vault: using the Senior (IC6+ / staff) set instead.'),
			2000,
		);
		expect(ctx.competencies.current().set.id).toBe("senior");
		await ctx.app.vault.create("Nowhere.md", SET_NOTE);
		await eventually(() => expect(status()).toBe("Read 2 competencies: Technical depth, Customer focus."));
	});

	it("refuses a path that leaves the vault", async () => {
		await render({}, { competencySet: "custom", customCompetencyNote: "Signals.md" });
		type(input("Custom competency note"), "../Signals.md");
		await eventually(
			() =>
				expect(setting("Custom competency note").textContent).toContain(
					'"../Signals.md" points outside the vault; the Senior (IC6+ / staff) set is used instead.',
				),
			2000,
		);
		expect(ctx.settings.customCompetencyNote).toBe("");
	});

	it("creates an example note in the documented format on request", async () => {
		await render();
		setting("Custom competency note").querySelector("button")!.click();
		await eventually(() =>
			expect(ctx.competencies.current().set.competencies.map((c) => c.id)).toEqual(["conflict", "customer-focus", "technical-depth"]),
		);
		expect(ctx.settings).toMatchObject({ competencySet: "custom", customCompetencyNote: "Competencies.md" });
	});

	it("maps a highlight colour to a competency, and back to none", async () => {
		await render();
		expect(el.querySelectorAll(".isb-colour-setting")).toHaveLength(9);
		choose(colour("Red"), "failure");
		await eventually(() => expect(ctx.settings.highlightCompetencies).toEqual({ red: "failure" }));
		expect(colour("Red").value).toBe("failure");
		choose(colour("Red"), "");
		await eventually(() => expect(ctx.settings.highlightCompetencies).toEqual({}));
	});
});
