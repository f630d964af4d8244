import { DEFAULT_SET } from "../../src/core/competencies/built-in-sets";
import { coverageApp, eventually, type CoverageApp } from "../helpers/coverage-app";
import { settle } from "../helpers/vault";

const SET_NOTE =
	"# Platform loop\n\n## Technical depth\nId: depth\nKeywords: latency, " +
	"root cause*\nA hard problem you solved yourself.\n\n## Customer focus\nKeywords: customer*\nWhat users needed.\n";

describe("the competency service", () => {
	let ctx: CoverageApp;
	afterEach(() => ctx?.close());

	const state = () => ctx.competencies.current();
	const ids = () => state().set.competencies.map((c) => c.id);

	it("uses the set chosen in settings, the senior one by default", async () => {
		ctx = await coverageApp({});
		expect(state()).toMatchObject({ error: null, warnings: [] });
		expect(state().set).toBe(DEFAULT_SET);
		await ctx.updateSettings({ competencySet: "amazon" });
		expect(state().set.id).toBe("amazon");
		expect(state().matcher.set).toBe(state().set);
	});

	it("reads a custom set from its note, with or without .md in the path", async () => {
		ctx = await coverageApp(
			{ "Prep/Competencies.md": SET_NOTE },
			{ competencySet: "custom", customCompetencyNote: "Prep/Competencies" },
		);
		expect(state().error).toBeNull();
		expect(state().set.name).toBe("Platform loop");
		expect(ids()).toEqual(["depth", "customer-focus"]);
		expect(
			state()
				.matcher.matchText("Tell me about a latency problem")
				.map((m) => m.competencyId),
		).toEqual(["depth"]);
	});

	it("falls back to the default set with a message when the note is missing or does not parse", async () => {
		ctx = await coverageApp({ "Notes.md": "Just some notes.\n" }, { competencySet: "custom", customCompetencyNote: "Missing.md" });
		expect(state()).toMatchObject({
			set: DEFAULT_SET,
			error: 'No note "Missing.md" in this vault: using the Senior (IC6+ / staff) set instead.',
		});
		await ctx.updateSettings({ customCompetencyNote: "Notes.md" });
		await eventually(() =>
			expect(state().error).toBe(
				'"Notes.md" could not be read as competencies. It defines no competencies: ' +
					'start each one with a "## Name" heading, or list them as "- Name: what it means". ' +
					"It holds no headings or named lines. Meanwhile, using the Senior (IC6+ / staff) set instead.",
			),
		);
		expect(state().set).toBe(DEFAULT_SET);
		await ctx.updateSettings({ customCompetencyNote: "" });
		await eventually(() =>
			expect(state().error).toBe("No custom competency note is set: using the Senior (IC6+ / staff) set instead."),
		);
	});

	it("follows edits to the note, its deletion and its creation, and tells listeners each time", async () => {
		ctx = await coverageApp({ "Competencies.md": SET_NOTE }, { competencySet: "custom", customCompetencyNote: "Competencies.md" });
		let told = 0;
		ctx.competencies.onChanged(() => told++);
		const file = ctx.app.vault.getFileByPath("Competencies.md")!;
		await ctx.app.vault.modify(file, `${SET_NOTE}\n## Hiring\nKeywords: hire*\nGrowing the team.\n`);
		await eventually(() => expect(ids()).toEqual(["depth", "customer-focus", "hiring"]));
		await ctx.app.vault.delete(file);
		await eventually(() => expect(state().error).toContain('No note "Competencies.md"'));
		await ctx.app.vault.create("Competencies.md", SET_NOTE);
		await eventually(() => expect(ids()).toEqual(["depth", "customer-focus"]));
		expect(told).toBeGreaterThanOrEqual(3);
	});

	it("follows the note when it is renamed, as a link would, and keeps the warnings of lines it skipped", async () => {
		ctx = await coverageApp(
			{ "Competencies.md": `${SET_NOTE}\n## Depth again\nId: depth\n` },
			{ competencySet: "custom", customCompetencyNote: "Competencies.md" },
		);
		expect(state().warnings).toEqual(['Line 13: The id "depth" is used twice; the second "Depth again" was skipped.']);
		await ctx.app.fileManager.renameFile(ctx.app.vault.getFileByPath("Competencies.md")!, "Prep/Signals.md");
		await eventually(() => expect(ctx.settings.customCompetencyNote).toBe("Prep/Signals.md"));
		await settle();
		expect(state().error).toBeNull();
		expect(ids()).toEqual(["depth", "customer-focus"]);
	});

	it("ignores edits to other notes, and to the note while a built-in set is chosen", async () => {
		ctx = await coverageApp(
			{ "Competencies.md": SET_NOTE, "Other.md": "x" },
			{ competencySet: "senior", customCompetencyNote: "Competencies.md" },
		);
		let told = 0;
		ctx.competencies.onChanged(() => told++);
		await ctx.app.vault.modify(ctx.app.vault.getFileByPath("Other.md")!, "y");
		await ctx.app.vault.modify(ctx.app.vault.getFileByPath("Competencies.md")!, "changed");
		await settle();
		expect(told).toBe(0);
		// Choosing the custom set reads the note as it is now.
		await ctx.updateSettings({ competencySet: "custom" });
		await eventually(() => expect(state().error).toContain("could not be read as competencies"));
	});

	it("shares the inference between matchers when only the colour mapping changes", async () => {
		ctx = await coverageApp({});
		const before = state().matcher;
		const question = { text: "Tell me about a conflict", alternates: [], highlights: [], tags: [] };
		const matches = before.matchQuestion(question);
		await ctx.updateSettings({ highlightCompetencies: { red: "failure" } });
		expect(state().matcher).not.toBe(before);
		expect(state().matcher.matchQuestion(question)).toBe(matches);
	});
});
