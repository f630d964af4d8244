import { DataStore } from "../../src/obsidian/data-store";
import type { PracticeRound } from "../../src/core/practice/practice-round";
import { normalizeSettings } from "../../src/core/settings";
import { pluginHost, type PluginHost } from "../helpers/plugin-host";

function round(id: string, day: number, extra: Partial<PracticeRound> = {}): PracticeRound {
	return {
		id,
		questionId: "q-1",
		questionText: "Tell me about a time you failed",
		competencyId: "failure",
		source: "vault",
		storyIds: [],
		rating: "at",
		note: "",
		seconds: 150,
		practisedAt: `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`,
		...extra,
	};
}

const file = (
	rounds: PracticeRound[],
	settings: Record<string, unknown> = { storyFolder: "Interview" },
	extra: Record<string, unknown> = {},
) => JSON.stringify({ schemaVersion: 2, settings, history: { rounds }, ...extra });

const GOOD = file([round("r1", 1)]);
const TWO = file([round("r1", 1), round("r2", 2)]);
const NOW = new Date("2026-12-01T09:00:00.000Z");

type Store = Awaited<ReturnType<typeof open>>;

/** A data store over an in-memory plugin folder; reads are retried at once (no real waiting). */
async function open(files: Record<string, string>, host: PluginHost = pluginHost(files)) {
	const told: string[] = [];
	await host.list();
	const store = new DataStore(host.plugin, (m) => told.push(m), { wait: () => Promise.resolve(), now: () => NOW });
	await store.load();
	return { ...host, store, told };
}

const ids = (store: DataStore) => store.data.history.rounds.map((r) => r.id);
const savedIds = async (ctx: Store, name = "data.json") =>
	(JSON.parse((await ctx.read(name)) ?? "null") as { history: { rounds: { id: string }[] } } | null)?.history.rounds.map((r) => r.id);
const setFolder = (ctx: Store, storyFolder: string) =>
	ctx.store.updateSettings(normalizeSettings({ ...ctx.store.data.settings, storyFolder }).settings);

/** Makes the adapter's reads of one file fail with `code` for the next `times` reads. */
function failReads(ctx: PluginHost, name: string, times: number, code = "EBUSY") {
	const adapter = ctx.plugin.app.vault.adapter;
	const read = adapter.read.bind(adapter);
	let left = times;
	return jest.spyOn(adapter, "read").mockImplementation(async (path: string) => {
		if (path.endsWith(`/${name}`) && left > 0) {
			left--;
			throw Object.assign(new Error(`${code}: resource busy or locked, open '${path}'`), { code });
		}
		return read(path);
	});
}

describe("the plugin's data file", () => {
	it("starts with defaults and writes nothing on a first run", async () => {
		const { store, read, told } = await open({});
		expect(store.data.settings.storyFolder).toBe("");
		expect(await read("data.json")).toBeNull();
		expect(told).toEqual([]);
	});

	it("reads settings and history back, and writes nothing when nothing changed", async () => {
		const { store, read, told } = await open({ "data.json": GOOD });
		expect(store.data.settings.storyFolder).toBe("Interview");
		expect(ids(store)).toEqual(["r1"]);
		expect(await read("data.json")).toBe(GOOD);
		expect(told).toEqual([]);
	});

	it("accepts a file saved with a byte order mark", async () => {
		const { store, read, told } = await open({ "data.json": `\uFEFF${GOOD}` });
		expect(store.data.settings.storyFolder).toBe("Interview");
		expect(ids(store)).toEqual(["r1"]);
		expect(told).toEqual([]);
		expect((await read("data.json"))?.startsWith("\uFEFF")).toBe(true);
	});

	it("keeps the previous good copy as a backup when it saves", async () => {
		const ctx = await open({ "data.json": GOOD });
		await ctx.store.putRound(round("r2", 2));
		expect(await ctx.read("data.backup.json")).toBe(GOOD);
		expect(await savedIds(ctx)).toEqual(["r1", "r2"]);
	});

	it("keeps three generations of good copies, newest first", async () => {
		const ctx = await open({ "data.json": GOOD });
		await ctx.store.putRound(round("r2", 2));
		await ctx.store.putRound(round("r3", 3));
		await ctx.store.putRound(round("r4", 4));
		await ctx.store.putRound(round("r5", 5));
		expect(await savedIds(ctx, "data.backup.json")).toEqual(["r1", "r2", "r3", "r4"]);
		expect(await savedIds(ctx, "data.backup.1.json")).toEqual(["r1", "r2", "r3"]);
		expect(await savedIds(ctx, "data.backup.2.json")).toEqual(["r1", "r2"]);
	});

	it("restores from the backup when data.json was cut short by a crash mid-save, keeping the broken file aside", async () => {
		const { store, told, list } = await open({ "data.json": GOOD.slice(0, 40), "data.backup.json": GOOD });
		expect(ids(store)).toEqual(["r1"]);
		expect(told).toHaveLength(1);
		expect(told[0]).toMatch(/not valid JSON.*kept as data\.unreadable-.*restored from the last good copy/);
		expect((await list()).some((f) => f.startsWith("data.unreadable-"))).toBe(true);
	});

	it.each([
		["empty", ""],
		["not JSON", "{{{ not json"],
	])("starts fresh from a data file that is %s with no backup, says so, and keeps it aside", async (_name, text) => {
		const { store, told, list } = await open({ "data.json": text });
		expect(store.data.history.rounds).toEqual([]);
		expect(told.join(" ")).toMatch(/starting with default settings/);
		expect((await list()).filter((f) => f.startsWith("data.unreadable-"))).toHaveLength(1);
	});

	describe.each([
		["missing", undefined],
		["null", "null"],
		["an empty object", "{}"],
	])("a data.json that is %s while the backup is good", (what, text) => {
		const files = (): Record<string, string> => ({ ...(text === undefined ? {} : { "data.json": text }), "data.backup.json": TWO });

		it("restores settings and history from the backup, with one notice", async () => {
			const ctx = await open(files());
			expect(ids(ctx.store)).toEqual(["r1", "r2"]);
			expect(ctx.store.data.settings.storyFolder).toBe("Interview");
			expect(ctx.told).toHaveLength(1);
			expect(ctx.told[0]).toMatch(
				what === "missing" ? /was missing.*restored from the last good copy \(data\.backup\.json\)/ : /held nothing.*restored/,
			);
			expect(await savedIds(ctx)).toEqual(["r1", "r2"]);
		});

		it("still has every round, and the backup, after two settings changes", async () => {
			const ctx = await open(files());
			await setFolder(ctx, "Prep");
			await setFolder(ctx, "Stories");
			expect(await savedIds(ctx)).toEqual(["r1", "r2"]);
			expect(await savedIds(ctx, "data.backup.json")).toEqual(["r1", "r2"]);
			expect(JSON.parse((await ctx.read("data.json"))!)).toMatchObject({ settings: { storyFolder: "Stories" } });
		});
	});

	it("reads again when the first read fails (EBUSY), and starts normally without a notice", async () => {
		const host = pluginHost({ "data.json": GOOD });
		failReads(host, "data.json", 1);
		const ctx = await open({}, host);
		expect(ids(ctx.store)).toEqual(["r1"]);
		expect(ctx.told).toEqual([]);
		expect(await ctx.read("data.json")).toBe(GOOD);
	});

	it("writes nothing over a data.json that stays unreadable, shows the backup, and saves once it reads again", async () => {
		const host = pluginHost({ "data.json": TWO, "data.backup.json": GOOD });
		const spy = failReads(host, "data.json", 9);
		const ctx = await open({}, host);
		expect(ctx.told).toHaveLength(1);
		expect(ctx.told[0]).toMatch(/could not be read \(EBUSY.*data\.backup\.json are shown.*nothing is saved over it/);
		expect(ids(ctx.store)).toEqual(["r1"]);
		await setFolder(ctx, "Prep");
		await setFolder(ctx, "Stories");
		spy.mockRestore();
		expect(await ctx.read("data.json")).toBe(TWO);
		expect(await ctx.read("data.backup.json")).toBe(GOOD);
		// The file reads again: it is merged, and the setting changed meanwhile is kept.
		await setFolder(ctx, "Answers");
		expect(await savedIds(ctx)).toEqual(["r1", "r2"]);
		expect(JSON.parse((await ctx.read("data.json"))!)).toMatchObject({ settings: { storyFolder: "Answers" } });
	});

	it("never lets a copy that holds fewer rounds replace the backup", async () => {
		const ctx = await open({ "data.json": TWO });
		await ctx.store.putRound(round("r3", 3));
		await ctx.write("data.json", GOOD);
		await ctx.store.save();
		expect(await ctx.read("data.backup.json")).toBe(TWO);
		// The saved file still holds every round (what the shorter file lacked was held here), and becomes the next backup.
		expect(await savedIds(ctx)).toEqual(["r1", "r2", "r3"]);
		await ctx.store.save();
		expect(await savedIds(ctx, "data.backup.json")).toEqual(["r1", "r2", "r3"]);
		expect(await ctx.read("data.backup.1.json")).toBe(TWO);
	});

	it("lets the history shrink when the user clears it, keeping the full copy as the backup", async () => {
		const ctx = await open({ "data.json": TWO });
		await ctx.store.clearHistory();
		await setFolder(ctx, "Prep");
		expect(await savedIds(ctx)).toEqual([]);
		expect(await savedIds(ctx, "data.backup.1.json")).toEqual(["r1", "r2"]);
		expect(await savedIds(ctx, "data.backup.json")).toEqual([]);
	});

	it("migrates the old layout (settings at the top level) and keeps its history", async () => {
		const old = JSON.stringify({ storyFolder: "Prep", wordsPerMinute: 140 });
		const { store, read } = await open({ "data.json": old });
		expect(store.data.settings).toMatchObject({ storyFolder: "Prep", wordsPerMinute: 140 });
		expect(JSON.parse((await read("data.json"))!)).toMatchObject({ schemaVersion: 2, settings: { storyFolder: "Prep" } });
		expect(await read("data.backup.json")).toBe(old);
	});

	it("gives rounds of layout 1 a first revision when it migrates them", async () => {
		const v1 = JSON.stringify({ schemaVersion: 1, settings: {}, history: { rounds: [round("r1", 1)] } });
		const ctx = await open({ "data.json": v1 });
		expect(JSON.parse((await ctx.read("data.json"))!)).toMatchObject({
			history: { rounds: [{ id: "r1", revision: 1, updatedAt: "2026-11-01T10:00:00.000Z" }] },
		});
	});

	describe("a data.json from a newer version", () => {
		const FUTURE = JSON.stringify({
			schemaVersion: 7,
			settings: { storyFolder: "X", somethingNew: true },
			history: { rounds: [{ ...round("r1", 1), mood: "calm" }], streaks: [3] },
			goals: ["staff"],
		});

		it("reads what it can, keeps the file aside byte for byte, and says so once", async () => {
			const ctx = await open({ "data.json": FUTURE });
			expect(ids(ctx.store)).toEqual(["r1"]);
			expect(ctx.told).toHaveLength(1);
			expect(ctx.told[0]).toMatch(/newer version \(layout 7\).*kept as data\.kept-.*not saved/);
			const kept = (await ctx.list()).filter((f) => f.startsWith("data.kept-"));
			expect(kept).toHaveLength(1);
			expect(await ctx.read(kept[0]!)).toBe(FUTURE);
			expect(ctx.store.readOnlyReason).toMatch(/newer version/);
		});

		it("saves a settings change without stripping what it does not know, and never writes its history", async () => {
			const ctx = await open({ "data.json": FUTURE });
			await ctx.store.putRound(round("here", 3));
			await setFolder(ctx, "Prep");
			const saved = JSON.parse((await ctx.read("data.json"))!) as Record<string, unknown>;
			expect(saved).toMatchObject({
				schemaVersion: 7,
				settings: { storyFolder: "Prep", somethingNew: true },
				history: { rounds: [{ id: "r1", mood: "calm" }], streaks: [3] },
				goals: ["staff"],
			});
			expect(JSON.stringify(saved)).not.toContain('"here"');
			expect(await ctx.read("data.backup.json")).toBeNull();
		});

		it("keeps it once, however often the plugin starts", async () => {
			const first = await open({ "data.json": FUTURE });
			const again = new DataStore(first.plugin, (m) => first.told.push(`again: ${m}`));
			await again.load();
			expect((await first.list()).filter((f) => f.startsWith("data.kept-"))).toHaveLength(1);
			expect(first.told.filter((m) => m.startsWith("again:"))).toEqual([]);
		});

		it("is recognised when a sync brings it in while the plugin runs", async () => {
			const ctx = await open({ "data.json": GOOD });
			await ctx.write("data.json", FUTURE);
			await ctx.store.reloadExternal();
			expect(ctx.told).toHaveLength(1);
			expect(ctx.told[0]).toMatch(/newer version/);
			expect(await ctx.read("data.json")).toBe(FUTURE);
		});
	});

	it("keeps unreadable history entries and writes them back untouched", async () => {
		const odd = { something: "from a future version" };
		const data = JSON.stringify({ schemaVersion: 2, settings: {}, history: { rounds: [round("r1", 1), odd] } });
		const { store, read, told } = await open({ "data.json": data });
		expect(told.join(" ")).toMatch(/1 practice entry could not be read/);
		await store.putRound(round("r2", 2));
		expect(JSON.parse((await read("data.json"))!)).toMatchObject({ history: { unreadable: [odd] } });
	});

	it("says nothing and keeps nothing new at the next start, once unreadable entries are set aside", async () => {
		const odd = { something: "from a future version" };
		const first = await open({
			"data.json": JSON.stringify({ schemaVersion: 2, settings: {}, history: { rounds: [round("r1", 1), odd] } }),
		});
		await first.store.putRound(round("r2", 2));
		const keptBefore = (await first.list()).filter((f) => f.startsWith("data.kept-"));
		const again = new DataStore(first.plugin, (m) => first.told.push(`again: ${m}`));
		await again.load();
		expect(first.told.filter((m) => m.startsWith("again:"))).toEqual([]);
		expect((await first.list()).filter((f) => f.startsWith("data.kept-"))).toEqual(keptBefore);
		expect(again.data.history.unreadable).toEqual([odd]);
	});

	describe("two rounds with the same id", () => {
		it("keeps the newer revision, says so, and saves the file merged", async () => {
			const ctx = await open({
				"data.json": file([round("r1", 1, { revision: 2, rating: "above" }), round("r1", 1, { rating: "below" })]),
			});
			expect(ctx.store.data.history.rounds).toMatchObject([{ id: "r1", rating: "above", revision: 2 }]);
			expect(ctx.told).toEqual(["1 practice round was stored twice; the newer revision of each is kept."]);
			expect(await ctx.read("data.backup.json")).not.toBeNull();
		});

		it("keeps both when they are different rounds at the same revision, the second under a new id", async () => {
			const ctx = await open({ "data.json": file([round("r1", 1, { rating: "above" }), round("r1", 1, { rating: "below" })]) });
			expect(ctx.store.data.history.rounds.map((r) => r.rating).sort()).toEqual(["above", "below"]);
			expect(ids(ctx.store)[0]).toBe("r1");
			expect(ids(ctx.store)[1]).toMatch(/^r1-[a-z0-9]+$/);
			expect(ctx.told).toEqual(["1 practice round shared an id with another round; both are kept."]);
			const again = new DataStore(ctx.plugin, (m) => ctx.told.push(m));
			await again.load();
			expect(ids(again)).toEqual(ids(ctx.store));
			expect(ctx.told).toHaveLength(1);
		});

		it("makes one round of two identical copies, without a notice", async () => {
			const ctx = await open({ "data.json": file([round("r1", 1), round("r1", 1)]) });
			expect(ids(ctx.store)).toEqual(["r1"]);
			expect(ctx.told).toEqual([]);
		});
	});

	describe("a data file a sync tool wrote", () => {
		it("is merged, keeping the rounds of both sides", async () => {
			const ctx = await open({ "data.json": GOOD });
			await ctx.store.putRound(round("local", 3));
			await ctx.write("data.json", file([round("r1", 1), round("remote", 2)], { storyFolder: "Synced" }));
			await ctx.store.reloadExternal();
			expect(ctx.store.data.settings.storyFolder).toBe("Synced");
			expect(ids(ctx.store)).toEqual(["r1", "remote", "local"]);
			expect(await savedIds(ctx)).toEqual(["r1", "remote", "local"]);
		});

		it("takes back its own copy of a round as the same round, whatever order the file lists its fields in", async () => {
			const ctx = await open({ "data.json": GOOD });
			// A round as the practice round builds it: the probe and the recording are set last.
			const { probe: _p, recording: _r, ...rest } = round("r2", 2, { revision: 1, updatedAt: "2026-11-22T10:00:00.000Z" });
			await ctx.store.putRound({ ...rest, probe: "What would you do differently?", recording: "Audio/answer.webm" });
			// The other device wrote back the same rounds (its own indentation); reading lists the fields in the reader's order.
			await ctx.write("data.json", JSON.stringify(JSON.parse((await ctx.read("data.json"))!)));
			await ctx.store.reloadExternal();
			expect(ids(ctx.store)).toEqual(["r1", "r2"]);
			expect(ctx.told).toEqual([]);
		});

		it("does not revert a round re-rated here when the synced copy is older", async () => {
			const ctx = await open({ "data.json": GOOD });
			await ctx.store.putRound({ ...ctx.store.data.history.rounds[0]!, rating: "above", note: "Led with the metric" });
			await ctx.write("data.json", GOOD);
			await ctx.store.reloadExternal();
			expect(ctx.store.data.history.rounds).toMatchObject([{ id: "r1", rating: "above", note: "Led with the metric", revision: 2 }]);
			const saved = JSON.parse((await ctx.read("data.json"))!) as { history: { rounds: PracticeRound[] } };
			expect(saved.history.rounds).toMatchObject([{ id: "r1", rating: "above", revision: 2 }]);
		});

		it("takes a round re-rated on the other device when its revision is newer", async () => {
			const ctx = await open({ "data.json": GOOD });
			await ctx.write("data.json", file([round("r1", 1, { rating: "below", revision: 2, updatedAt: "2026-11-30T10:00:00.000Z" })]));
			await ctx.store.reloadExternal();
			expect(ctx.store.data.history.rounds).toMatchObject([{ id: "r1", rating: "below", revision: 2 }]);
		});

		it("keeps a settings change made while the synced copy was being read", async () => {
			const ctx = await open({ "data.json": GOOD });
			await ctx.write("data.json", file([round("r1", 1), round("remote", 2)], { storyFolder: "Interview", wordsPerMinute: 120 }));
			const adapter = ctx.plugin.app.vault.adapter;
			const read = adapter.read.bind(adapter);
			let release: () => void = () => undefined;
			const gate = new Promise<void>((resolve) => (release = resolve));
			const spy = jest.spyOn(adapter, "read").mockImplementation(async (path: string) => {
				spy.mockRestore();
				const text = await read(path);
				await gate;
				return text;
			});
			const reloading = ctx.store.reloadExternal();
			await new Promise((resolve) => setTimeout(resolve, 0));
			const changing = setFolder(ctx, "Prep");
			release();
			await Promise.all([reloading, changing]);
			expect(ctx.store.data.settings).toMatchObject({ storyFolder: "Prep", wordsPerMinute: 120 });
			expect(JSON.parse((await ctx.read("data.json"))!)).toMatchObject({ settings: { storyFolder: "Prep", wordsPerMinute: 120 } });
			expect(await savedIds(ctx)).toEqual(["r1", "remote"]);
		});

		it("changes nothing here when the synced copy is half written, and keeps what is held here as the backup", async () => {
			const ctx = await open({ "data.json": GOOD });
			await ctx.store.putRound(round("r2", 2));
			await ctx.write("data.json", TWO.slice(0, 30));
			await ctx.store.reloadExternal();
			expect(ids(ctx.store)).toEqual(["r1", "r2"]);
			expect(await savedIds(ctx, "data.backup.json")).toEqual(["r1", "r2"]);
		});
	});
});
