import type { PracticeRound } from "../../src/core/practice/practice-round";
import { PLUGIN_DIR } from "../helpers/plugin-host";
import { md } from "../helpers/md";
import { noticesShown } from "../helpers/plugin-ui";
import { loadPlugin } from "../helpers/practice-app";

// The plugin's data file is the one place practice history lives. Whatever
// state a crash, a sync tool or a newer version left it in, the plugin must
// start, say what it found, keep the file it could not use, and keep every
// round it could read.

const NOTES = {
	"Interview/Bank.md": md`
		- Tell me about a time you failed?
			- Export outage
				1. **Situation**: the nightly export failed
				2. **Task**: make it reliable
				3. **Action**: I rewrote the retry logic
				4. **Result**: 0 failed exports in 6 months
	`,
	"Journal/Week 12.md": md`
		- Tell me about a conflict with a peer?
			- Roadmap tug of war
				1. **Situation**: two teams wanted one sprint
				2. **Action**: I proposed a shared roadmap
				3. **Result**: both launched on time
	`,
};

function round(id: string, day: number): PracticeRound {
	return {
		id,
		questionId: "q-1",
		questionText: "Tell me about a time you failed?",
		competencyId: "failure",
		source: "vault",
		storyIds: [],
		rating: "at",
		note: "",
		seconds: 150,
		practisedAt: `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`,
	};
}

const data = (settings: Record<string, unknown>, rounds: unknown[], extra: Record<string, unknown> = {}): string =>
	JSON.stringify({ schemaVersion: 2, settings, history: { rounds }, ...extra }, null, 2);

const GOOD = data({ storyFolder: "Interview" }, [round("r1", 1), round("r2", 2)]);

/** Starts the plugin over the notes with the given files in its plugin folder, collecting its notices. */
async function start(pluginFiles: Record<string, string>) {
	const told = noticesShown();
	const files: Record<string, string> = { ...NOTES };
	for (const [name, text] of Object.entries(pluginFiles)) files[`${PLUGIN_DIR}/${name}`] = text;
	const ctx = await loadPlugin(files);
	const adapter = ctx.app.vault.adapter;
	const list = async (): Promise<string[]> => (await adapter.list(PLUGIN_DIR)).files.map((f) => f.split("/").pop()!).sort();
	const read = (name: string): Promise<string> => adapter.read(`${PLUGIN_DIR}/${name}`);
	const aside = async (prefix: string): Promise<string[]> => (await list()).filter((f) => f.startsWith(prefix));
	return { ...ctx, list, read, told, aside, notes: () => ctx.plugin.index.notes().map((n) => n.path) };
}

afterEach(() => jest.restoreAllMocks());

describe("starting with the plugin's data file", () => {
	it("says nothing and writes nothing on a first run", async () => {
		const ctx = await start({});
		expect(ctx.told()).toEqual([]);
		expect(await ctx.list()).toEqual([]);
		expect(ctx.notes()).toEqual(["Interview/Bank.md", "Journal/Week 12.md"]);
	});

	it("says nothing and rewrites nothing when the file is sound", async () => {
		const ctx = await start({ "data.json": GOOD });
		expect(ctx.told()).toEqual([]);
		expect(await ctx.list()).toEqual(["data.json"]);
		expect(await ctx.read("data.json")).toBe(GOOD);
		expect(ctx.notes()).toEqual(["Interview/Bank.md"]);
	});

	it("restores a file cut short mid-save from the last good copy, keeps the broken one aside, and says so", async () => {
		const broken = GOOD.slice(0, GOOD.length / 2);
		const ctx = await start({ "data.json": broken, "data.backup.json": GOOD });
		const [kept] = await ctx.aside("data.unreadable-");
		expect(await ctx.read(kept!)).toBe(broken);
		expect(ctx.told()).toEqual([
			`Interview Story Bank: The plugin's data file is not valid JSON (${jsonError(broken)}). ` +
				`It was kept as ${kept}; your data was restored from the last good copy (data.backup.json).`,
		]);
		expect(ctx.plugin.store.data.history.rounds.map((r) => r.id)).toEqual(["r1", "r2"]);
		// The restored settings are in force: only the story folder is read.
		expect(ctx.notes()).toEqual(["Interview/Bank.md"]);
		expect(JSON.parse(await ctx.read("data.json"))).toMatchObject({
			settings: { storyFolder: "Interview" },
			history: { rounds: [{ id: "r1" }, { id: "r2" }] },
		});
	});

	it.each([
		[
			"cut short, with no backup",
			GOOD.slice(0, 90),
			new RegExp(
				String.raw`^Interview Story Bank: The plugin's data file is not valid JSON \(.+\)\. ` +
					String.raw`It was kept as data\.unreadable-[\w-]+\.json; starting with default settings and no practice history\.$`,
			),
		],
		[
			"empty",
			"",
			new RegExp(
				String.raw`^Interview Story Bank: The plugin's data file was empty\. ` +
					String.raw`It was kept as data\.unreadable-[\w-]+\.json; starting with default settings and no practice history\.$`,
			),
		],
		[
			"left with sync conflict markers",
			`<<<<<<< ours\n${GOOD}\n=======\n${data({}, [])}\n>>>>>>> theirs\n`,
			/not valid JSON.*kept as data\.unreadable-.*starting with default settings/,
		],
		[
			"binary garbage",
			"\u0000\u0001\uFFFD PK\u0003\u0004",
			/not valid JSON.*kept as data\.unreadable-.*starting with default settings/,
		],
	])("starts with defaults from a file %s, keeps it aside unchanged, and says so", async (_name, text, message) => {
		const ctx = await start({ "data.json": text });
		expect(ctx.told()).toHaveLength(1);
		expect(ctx.told()[0]).toMatch(message);
		const [kept] = await ctx.aside("data.unreadable-");
		expect(ctx.told()[0]).toContain(kept);
		expect(await ctx.read(kept!)).toBe(text);
		expect(ctx.plugin.store.data.history.rounds).toEqual([]);
		// The defaults read the whole vault; the panel and practice work as on a first run.
		expect(ctx.notes()).toEqual(["Interview/Bank.md", "Journal/Week 12.md"]);
	});

	it("never overwrites the last good copy with a broken file when it next saves", async () => {
		const ctx = await start({ "data.json": "{ half", "data.backup.json": "{ also half" });
		await ctx.plugin.updateSettings({ wordsPerMinute: 140 });
		expect(await ctx.read("data.backup.json")).toBe("{ also half");
		expect(JSON.parse(await ctx.read("data.json"))).toMatchObject({ settings: { wordsPerMinute: 140 } });
		expect(await ctx.read((await ctx.aside("data.unreadable-"))[0]!)).toBe("{ half");
	});

	it("reads what it can of a file from a newer version, keeps the file as it was, and says so", async () => {
		const future = data(
			{ storyFolder: "Interview", aNewSetting: { deep: true } },
			[round("r1", 1), { id: "r-future", kind: "voice-memo" }],
			{ schemaVersion: 3, somethingElse: [1, 2, 3] },
		);
		const ctx = await start({ "data.json": future });
		const [kept] = await ctx.aside("data.kept-");
		expect(await ctx.read(kept!)).toBe(future);
		expect(ctx.told()).toHaveLength(1);
		expect(ctx.told()[0]).toMatch(/written by a newer version \(layout 3\).*kept as data\.kept-.*1 practice entry could not be read/);
		expect(ctx.plugin.settings.storyFolder).toBe("Interview");
		expect(ctx.plugin.store.data.history.rounds.map((r) => r.id)).toEqual(["r1"]);
		// Nothing is written until the user changes something.
		expect(await ctx.read("data.json")).toBe(future);
		// A settings change is saved into the file; everything this version does not know stays as it was.
		await ctx.plugin.updateSettings({ wordsPerMinute: 140 });
		expect(JSON.parse(await ctx.read("data.json"))).toEqual({
			...(JSON.parse(future) as object),
			settings: { ...ctx.plugin.settings, aNewSetting: { deep: true } },
		});
	});

	it("names each setting it could not use, and uses the rest", async () => {
		const ctx = await start({
			"data.json": data({ storyFolder: "Interview", wordsPerMinute: "fast", maxNoteSizeKb: -1, practiceIn: "window" }, [
				round("r1", 1),
			]),
		});
		expect(ctx.told()).toEqual([
			"Interview Story Bank: Largest note to read: -1 is not valid; using 2048. Speaking rate: " +
				'"fast" is not valid; using 150. Practise in: "window" is not valid; using "tab".',
		]);
		expect(ctx.plugin.settings).toMatchObject({
			storyFolder: "Interview",
			wordsPerMinute: 150,
			maxNoteSizeKb: 2048,
			practiceIn: "tab",
		});
		expect(ctx.plugin.store.data.history.rounds.map((r) => r.id)).toEqual(["r1"]);
	});
});

describe("a data file rewritten by a sync tool", () => {
	it("takes in its settings and keeps the rounds of both sides", async () => {
		const ctx = await start({ "data.json": GOOD });
		let historyTold = 0;
		ctx.plugin.events.onHistoryChanged(() => historyTold++);
		// A round rated here, not yet synced.
		ctx.plugin.store.data.history.rounds.push(round("r-here", 4));
		await ctx.plugin.store.save();
		// The other device rated a round too, and changed the story folder; its copy lacks ours.
		await ctx.app.vault.adapter.write(
			`${PLUGIN_DIR}/data.json`,
			data({ storyFolder: "Journal" }, [round("r1", 1), round("r2", 2), round("r-there", 3)]),
		);
		await ctx.plugin.onExternalSettingsChange();
		await new Promise((resolve) => setTimeout(resolve, 700));
		await ctx.plugin.whenIndexed();

		expect(ctx.plugin.store.data.history.rounds.map((r) => r.id)).toEqual(["r1", "r2", "r-there", "r-here"]);
		expect(JSON.parse(await ctx.read("data.json"))).toMatchObject({
			settings: { storyFolder: "Journal" },
			history: { rounds: [{ id: "r1" }, { id: "r2" }, { id: "r-there" }, { id: "r-here" }] },
		});
		expect(ctx.plugin.settings.storyFolder).toBe("Journal");
		expect(ctx.notes()).toEqual(["Journal/Week 12.md"]);
		expect(historyTold).toBe(1);
		expect(ctx.told()).toEqual([]);
	});

	it("writes nothing back when the synced copy already holds every round", async () => {
		const ctx = await start({ "data.json": GOOD });
		const synced = data({ storyFolder: "Interview" }, [round("r1", 1), round("r2", 2), round("r-there", 3)]);
		await ctx.app.vault.adapter.write(`${PLUGIN_DIR}/data.json`, synced);
		await ctx.plugin.onExternalSettingsChange();
		expect(await ctx.read("data.json")).toBe(synced);
		expect(ctx.plugin.store.data.history.rounds.map((r) => r.id)).toEqual(["r1", "r2", "r-there"]);
	});

	it("keeps what it has when the synced copy is half-written, so a restart before the sync ends restores every round", async () => {
		const ctx = await start({ "data.json": GOOD });
		ctx.plugin.store.data.history.rounds.push(round("r-here", 4));
		await ctx.plugin.store.save();
		const half = GOOD.slice(0, 50);
		await ctx.app.vault.adapter.write(`${PLUGIN_DIR}/data.json`, half);
		await ctx.plugin.onExternalSettingsChange();
		expect(ctx.plugin.settings.storyFolder).toBe("Interview");
		expect(ctx.plugin.store.data.history.rounds.map((r) => r.id)).toEqual(["r1", "r2", "r-here"]);
		// data.json is the sync tool's to finish; the plugin does not write over it.
		expect(await ctx.read("data.json")).toBe(half);

		const restarted = await start({ "data.json": half, "data.backup.json": await ctx.read("data.backup.json") });
		expect(restarted.told()[0]).toMatch(/not valid JSON.*restored from the last good copy/);
		expect(restarted.plugin.store.data.history.rounds.map((r) => r.id)).toEqual(["r1", "r2", "r-here"]);
	});

	it("saves what it has over a half-written synced copy the next time something changes", async () => {
		const ctx = await start({ "data.json": GOOD });
		await ctx.app.vault.adapter.write(`${PLUGIN_DIR}/data.json`, GOOD.slice(0, 50));
		await ctx.plugin.onExternalSettingsChange();
		await ctx.plugin.updateSettings({ wordsPerMinute: 140 });
		expect(JSON.parse(await ctx.read("data.json"))).toMatchObject({
			settings: { storyFolder: "Interview", wordsPerMinute: 140 },
			history: { rounds: [{ id: "r1" }, { id: "r2" }] },
		});
		expect(JSON.parse(await ctx.read("data.backup.json"))).toMatchObject({ history: { rounds: [{ id: "r1" }, { id: "r2" }] } });
	});
});

/** The message JSON.parse gives for a text, as the notice quotes it. */
function jsonError(text: string): string {
	try {
		JSON.parse(text);
		return "";
	} catch (error) {
		return (error as Error).message;
	}
}
