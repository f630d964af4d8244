import type { StoryBankSettings } from "../../src/core/settings";
import { StoryBankSettingTab } from "../../src/ui/settings-tab";
import { eventually } from "../helpers/coverage-app";
import { bindComponentEvents, type } from "../helpers/dom-components";
import { md } from "../helpers/md";
import { PLUGIN_DIR } from "../helpers/plugin-host";
import { coveragePanel, noticesShown } from "../helpers/plugin-ui";
import { button, loadPlugin, textOf } from "../helpers/practice-app";
import { settle } from "../helpers/vault";

// Every value a user can get wrong in the settings (or that a synced or
// hand-edited data.json can hold) gets a sentence that says what is wrong and
// what happens meanwhile. Nothing throws, and the rest of the plugin keeps
// working.

const NOTES = {
	"Interview/Bank.md": md`
		- Tell me about a time you failed? #competency/failure
			- Export outage
				1. **Situation**: the nightly export failed
				2. **Task**: make it reliable
				3. **Action**: I rewrote the retry logic
				4. **Result**: 0 failed exports in 6 months
	`,
	"Journal/Week 12.md": md`
		- Tell me about a conflict with a peer? #competency/conflict
			- Roadmap tug of war
				1. **Situation**: two teams wanted one sprint
				2. **Task**: agree on one plan
				3. **Action**: I proposed a shared roadmap
				4. **Result**: both launched on time
	`,
	"Notes.md": "Just some notes, no headings.\n",
	"Prep/": "",
};

/** The plugin with settings as stored in data.json, and its settings tab, shown. */
async function settingsTab(stored: Partial<StoryBankSettings> = {}, files: Record<string, string> = NOTES) {
	const ctx = await loadPlugin({
		...files,
		[`${PLUGIN_DIR}/data.json`]: JSON.stringify({ schemaVersion: 1, settings: stored, history: { rounds: [] } }),
	});
	await ctx.plugin.competencies.reload();
	const tab = new StoryBankSettingTab(ctx.app, ctx.plugin, ctx.plugin.services);
	document.body.appendChild(tab.containerEl);
	// What Obsidian does when the user opens the tab.
	(tab as { display(): void }).display();
	const root = tab.containerEl;
	/** A setting by its name (the mock's Setting: [control, info > [name, description]]). */
	const setting = (name: string): HTMLElement => {
		const found = Array.from(root.querySelectorAll<HTMLElement>("div")).find(
			(el) => el.children.length === 2 && el.children[1]?.children[0]?.textContent === name,
		);
		if (!found) throw new Error(`no setting "${name}"`);
		return found;
	};
	/** The message under a setting, or null when it has none. */
	const message = (name: string): string | null => {
		const el = setting(name).querySelector(".isb-setting-error:not(.is-hidden)");
		return el ? el.textContent : null;
	};
	const input = (name: string): HTMLInputElement => setting(name).querySelector("input")!;
	const notes = (): string[] => ctx.plugin.index.notes().map((n) => n.path);
	return { ...ctx, tab, root, setting, message, input, notes };
}

beforeEach(() => bindComponentEvents());
afterEach(() => {
	jest.useRealTimers();
	jest.restoreAllMocks();
	document.body.empty();
});

describe("a story folder that does not exist", () => {
	it("is refused when typed, with a message, and the whole vault is read instead", async () => {
		const ctx = await settingsTab();
		type(ctx.input("Story folder"), "Interveiw");
		await eventually(
			() => expect(ctx.message("Story folder")).toBe('No folder "Interveiw" in this vault: the whole vault is read instead.'),
			5000,
		);
		expect(ctx.plugin.settings.storyFolder).toBe("");
		expect(ctx.notes()).toEqual(["Interview/Bank.md", "Journal/Week 12.md"]);
	});

	it("says, when it was stored earlier (the folder was since renamed), that no note is read, which is what the panel shows", async () => {
		const ctx = await settingsTab({ storyFolder: "Old interview folder" });
		expect(ctx.notes()).toEqual([]);
		expect(ctx.message("Story folder")).toBe(
			'No folder "Old interview folder" in this vault, so no note is read. Choose an existing folder, ' +
				"or clear this to read the whole vault.",
		);
		const view = await coveragePanel(ctx.app);
		await eventually(() =>
			expect(textOf(view.contentEl, ".isb-coverage-empty")).toContain(
				'Only notes in the folder "Old interview folder" are read; you can change this in the plugin\'s settings.',
			),
		);
	});
});

describe("a custom competency note", () => {
	it("that does not parse: the settings tab and the panel say why, and the default set is used", async () => {
		const ctx = await settingsTab({ competencySet: "custom", customCompetencyNote: "Notes.md" });
		const error =
			'"Notes.md" could not be read as competencies. It defines no competencies: ' +
			'start each one with a "## Name" heading, or list them as "- Name: what it means". ' +
			"It holds no headings or named lines. Meanwhile, using the Senior (IC6+ / staff) set instead.";
		expect(textOf(ctx.root, ".isb-competency-status")).toBe(error);
		const view = await coveragePanel(ctx.app);
		expect(textOf(view.contentEl, ".isb-coverage-error")).toBe(error);
		expect(view.contentEl.querySelectorAll("[data-competency]")).toHaveLength(10);
	});

	it("that is missing: says so, and reads it as soon as it is created", async () => {
		const ctx = await settingsTab({ competencySet: "custom", customCompetencyNote: "Competencies.md" });
		expect(textOf(ctx.root, ".isb-competency-status")).toBe(
			'No note "Competencies.md" in this vault: using the Senior (IC6+ / staff) set instead.',
		);
		await ctx.app.vault.create("Competencies.md", "## Delivery\nKeywords: shipped\n");
		await eventually(() => expect(textOf(ctx.root, ".isb-competency-status")).toBe("Read 1 competency: Delivery."));
	});
});

describe("the practice log", () => {
	/** Starts a round, rates it and moves on, which writes the log line. */
	async function rateOneRound(ctx: Awaited<ReturnType<typeof settingsTab>>): Promise<void> {
		ctx.run("start-mock-question");
		await settle();
		const round = ctx.practiceView()!.contentEl;
		button(round, /^At the bar/).click();
		await settle();
		button(round, "Next question").click();
		await settle();
	}

	it("refuses a date format date-fns cannot use, says which is used, and logs with that one", async () => {
		const ctx = await settingsTab({ questionSource: "vault", practiceLogNote: "Log" });
		type(ctx.input("Practice log date format"), "YYYY-MM-DD");
		await eventually(
			() =>
				expect(ctx.message("Practice log date format")).toBe(
					'"YYYY-MM-DD" is not a date format date-fns can use; yyyy-MM-dd HH:mm is used meanwhile.',
				),
			5000,
		);
		expect(ctx.plugin.settings.practiceLogDateFormat).toBe("yyyy-MM-dd HH:mm");
		await rateOneRound(ctx);
		expect(await ctx.app.vault.read(ctx.app.vault.getFileByPath("Log.md")!)).toMatch(
			/^- \d{4}-\d{2}-\d{2} \d{2}:\d{2} · At the bar · /,
		);
	});

	it("logs with the default format when data.json holds one date-fns refuses, and the settings tab says so", async () => {
		const ctx = await settingsTab({
			questionSource: "vault",
			practiceLogNote: "Log",
			practiceLogDateFormat: "Do MMMM, hh:mm (wk ww) today",
		});
		expect(ctx.message("Practice log date format")).toBe(
			'"Do MMMM, hh:mm (wk ww) today" is not a date format date-fns can use; yyyy-MM-dd HH:mm is used meanwhile.',
		);
		await rateOneRound(ctx);
		expect(await ctx.app.vault.read(ctx.app.vault.getFileByPath("Log.md")!)).toMatch(
			/^- \d{4}-\d{2}-\d{2} \d{2}:\d{2} · At the bar · /,
		);
	});

	it("refuses a folder typed as the log note", async () => {
		const ctx = await settingsTab();
		type(ctx.input("Practice log note"), "Prep");
		await eventually(() => expect(ctx.message("Practice log note")).toBe('"Prep" is a folder; name a note inside it.'), 5000);
		expect(ctx.plugin.settings.practiceLogNote).toBe("");
	});

	it("keeps the round and says why when the log note turns out to be a folder", async () => {
		const ctx = await settingsTab({ questionSource: "vault", practiceLogNote: "Log.md" }, { ...NOTES, "Log.md/": "" });
		const notices = noticesShown();
		await rateOneRound(ctx);
		expect(notices()).toEqual([
			'Could not add the round to the practice log note: "Log.md" is a folder, not a note. ' +
				"The round is saved in the practice history.",
		]);
		expect(ctx.plugin.store.data.history.rounds).toMatchObject([{ rating: "at" }]);
		expect(JSON.parse((await ctx.readData())!)).toMatchObject({ history: { rounds: [{ rating: "at" }] } });
	});
});

describe("a template note that is missing", () => {
	it("is named in the settings tab, and a new story note is still written, in STAR, with a notice", async () => {
		const ctx = await settingsTab({ templateFormat: "user", userTemplateNote: "Templates/Story.md", newStoryFolder: "Interview" });
		expect(ctx.message("Template note")).toBe('No note "Templates/Story.md" in this vault: STAR with takeaways is used meanwhile.');
		const notices = noticesShown();
		const { createStoryNote } = await import("../../src/ui/template/new-story-note");
		const file = await createStoryNote(ctx.plugin.services, {
			kind: "free",
			question: "Tell me about a time you shipped late",
			keyPhrase: null,
			colourName: null,
			competencyId: null,
			competencyName: null,
		});
		expect(notices()[0]).toBe(
			'The template note "Templates/Story.md" was not found, so STAR with takeaways was used. ' +
				"Set the note under Settings → Interview Story Bank → Templates.",
		);
		expect(await ctx.app.vault.read(file!)).toMatch(/Situation[\s\S]*Task[\s\S]*Action[\s\S]*Result[\s\S]*Takeaway/);
	});
});

describe("the settings tab over values data.json should never hold", () => {
	it("opens, and shows what is used instead of each value it refused", async () => {
		const ctx = await settingsTab({
			wordsPerMinute: "fast" as unknown as number,
			maxNoteSizeKb: 1e9,
			targetAnswerSeconds: -5,
			prepSeconds: Number.NaN,
			storyTag: "#two words",
		});
		expect(ctx.plugin.settings).toMatchObject({
			wordsPerMinute: 150,
			maxNoteSizeKb: 2048,
			targetAnswerSeconds: 150,
			prepSeconds: 0,
			storyTag: "",
		});
		expect(ctx.input("Speaking rate").value).toBe("150");
		expect(ctx.input("Largest note to read").value).toBe("2048");
		expect(ctx.notes()).toEqual(["Interview/Bank.md", "Journal/Week 12.md"]);
	});
});

describe("the target answer length", () => {
	it.each([
		["2:30", 150],
		["3m", 180],
		["200", 200],
		["0:45", 45],
	])("is read from %p as %p seconds, in one place for the countdown and story strength", async (typed, seconds) => {
		const ctx = await settingsTab({ targetAnswerSeconds: 120 });
		expect(
			Array.from(ctx.root.querySelectorAll("div")).filter(
				(el) => el.children.length === 2 && el.children[1]?.children[0]?.textContent === "Target answer length",
			),
		).toHaveLength(1);
		expect(ctx.input("Target answer length").value).toBe("2:00");
		type(ctx.input("Target answer length"), typed);
		await eventually(() => expect(ctx.plugin.settings.targetAnswerSeconds).toBe(seconds), 2000);
	});

	it.each(["20:00", "2:75", "two minutes"])("refuses %p, says what is used instead, and uses it", async (typed) => {
		const ctx = await settingsTab({ targetAnswerSeconds: 120 });
		type(ctx.input("Target answer length"), typed);
		await eventually(
			() =>
				expect(ctx.message("Target answer length")).toBe("Use a length from 0:30 to 15:00, such as 2:30; 2:30 is used meanwhile."),
			2000,
		);
		expect(ctx.plugin.settings.targetAnswerSeconds).toBe(150);
	});
});

describe("numbers and tags typed in the settings tab", () => {
	it.each([
		["Speaking rate", "45", "Use a number from 60 to 300; 150 is used meanwhile.", { wordsPerMinute: 150 }],
		["Speaking rate", "fast", "Use a number from 60 to 300; 150 is used meanwhile.", { wordsPerMinute: 150 }],
		["Largest note to read", "70000", "Use a number from 16 to 65536; 2048 is used meanwhile.", { maxNoteSizeKb: 2048 }],
		["Preparation time", "601", "Use a whole number of seconds from 0 to 600; 0 is used meanwhile.", { prepSeconds: 0 }],
		["Preparation time", "1.5", "Use a whole number of seconds from 0 to 600; 0 is used meanwhile.", { prepSeconds: 0 }],
		["Story tag", "#", '"#" is not a tag: tags have no spaces or punctuation other than - _ and /.', { storyTag: "" }],
		["Story tag", "job hunt", '"job hunt" is not a tag: tags have no spaces or punctuation other than - _ and /.', { storyTag: "" }],
	])("%s refuses %p with a message and saves the default", async (name, typed, expected, saved) => {
		const ctx = await settingsTab({ wordsPerMinute: 170, maxNoteSizeKb: 512, prepSeconds: 30, storyTag: "interview" });
		type(ctx.input(name), typed);
		await eventually(() => expect(ctx.message(name)).toBe(expected), 2000);
		await eventually(() => expect(ctx.plugin.settings).toMatchObject(saved), 2000);
	});

	it.each([
		["Speaking rate", "60", { wordsPerMinute: 60 }],
		["Speaking rate", "300", { wordsPerMinute: 300 }],
		["Largest note to read", "16", { maxNoteSizeKb: 16 }],
		["Preparation time", "600", { prepSeconds: 600 }],
		["Preparation time", "0", { prepSeconds: 0 }],
		["Story tag", "#interview/senior", { storyTag: "interview/senior" }],
	])("%s takes %p, the edge of what it accepts, without a message", async (name, typed, saved) => {
		const ctx = await settingsTab({ wordsPerMinute: 170, maxNoteSizeKb: 512, prepSeconds: 30, storyTag: "job" });
		type(ctx.input(name), typed);
		await eventually(() => expect(ctx.plugin.settings).toMatchObject(saved), 2000);
		expect(ctx.message(name)).toBeNull();
	});
});

describe("the recordings folder", () => {
	it("says how many recordings the history links and the space they take", async () => {
		const round = (id: string, recording: string) => ({
			id,
			questionId: "q-1",
			questionText: "Why this team?",
			rating: "at",
			seconds: 140,
			practisedAt: "2026-12-01T10:00:00.000Z",
			recording,
		});
		const ctx = await loadPlugin({
			...NOTES,
			"Audio/a.webm": "x".repeat(3000),
			"Audio/b.webm": "y".repeat(2000),
			[`${PLUGIN_DIR}/data.json`]: JSON.stringify({
				schemaVersion: 2,
				settings: {},
				history: { rounds: [round("r1", "Audio/a.webm"), round("r2", "Audio/b.webm"), round("r3", "Audio/gone.webm")] },
			}),
		});
		// The mock vault leaves stat.size at 0; Obsidian fills it in.
		for (const [path, size] of [
			["Audio/a.webm", 3000],
			["Audio/b.webm", 2000],
		] as const)
			ctx.app.vault.getFileByPath(path)!.stat.size = size;
		const tab = new StoryBankSettingTab(ctx.app, ctx.plugin, ctx.plugin.services);
		(tab as { display(): void }).display();
		const desc = Array.from(tab.containerEl.querySelectorAll("div")).find((el) => el.textContent?.startsWith("Where recorded answers"));
		expect(desc?.textContent).toMatch(/Your practice history links 2 recordings, 5 KB in all\.$/);
	});

	it("refuses a note as the folder, and a path that leaves the vault", async () => {
		const ctx = await settingsTab();
		type(ctx.input("Recordings folder"), "Notes.md");
		await eventually(() => expect(ctx.message("Recordings folder")).toBe('"Notes.md" is a file; name a folder.'), 5000);
		type(ctx.input("Recordings folder"), "../outside");
		await eventually(
			() =>
				expect(ctx.message("Recordings folder")).toBe(
					'"../outside" cannot be a folder in this vault; recordings go where attachments go meanwhile.',
				),
			5000,
		);
		expect(ctx.plugin.settings.recordingFolder).toBe("");
		type(ctx.input("Recordings folder"), "Prep/Audio");
		await eventually(() => expect(ctx.plugin.settings.recordingFolder).toBe("Prep/Audio"), 5000);
	});
});
