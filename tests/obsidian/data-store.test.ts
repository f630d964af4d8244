import { DataStore } from "../../src/obsidian/data-store";
import type { PracticeRound } from "../../src/core/practice/practice-round";
import { pluginHost } from "../helpers/plugin-host";

function round(id: string, day: number): PracticeRound {
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
	};
}

const GOOD = JSON.stringify({ schemaVersion: 1, settings: { storyFolder: "Interview" }, history: { rounds: [round("r1", 1)] } });

async function open(files: Record<string, string>) {
	const host = pluginHost(files);
	const told: string[] = [];
	await host.read("data.json");
	const store = new DataStore(host.plugin, (m) => told.push(m));
	await store.load();
	return { ...host, store, told };
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
		expect(store.data.history.rounds.map((r) => r.id)).toEqual(["r1"]);
		expect(await read("data.json")).toBe(GOOD);
		expect(told).toEqual([]);
	});

	it("keeps the previous good copy as a backup when it saves", async () => {
		const { store, read } = await open({ "data.json": GOOD });
		store.data.history.rounds.push(round("r2", 2));
		await store.save();
		expect(await read("data.backup.json")).toBe(GOOD);
		expect(JSON.parse((await read("data.json"))!)).toMatchObject({ history: { rounds: [{ id: "r1" }, { id: "r2" }] } });
	});

	it("restores from the backup when data.json was cut short by a crash mid-save, keeping the broken file aside", async () => {
		const { store, told, list } = await open({ "data.json": GOOD.slice(0, 40), "data.backup.json": GOOD });
		expect(store.data.history.rounds.map((r) => r.id)).toEqual(["r1"]);
		expect(told.join(" ")).toMatch(/not valid JSON.*kept as data\.unreadable-.*restored from the last good copy/);
		const files = await list();
		expect(files.some((f) => f.startsWith("data.unreadable-"))).toBe(true);
	});

	it.each([
		["empty", ""],
		["not JSON", "{{{ not json"],
	])("starts fresh from a data file that is %s, says so, and keeps it aside", async (_name, text) => {
		const { store, told, list } = await open({ "data.json": text });
		expect(store.data.history.rounds).toEqual([]);
		expect(told.join(" ")).toMatch(/starting with default settings/);
		expect((await list()).filter((f) => f.startsWith("data.unreadable-"))).toHaveLength(1);
	});

	it("migrates the old layout (settings at the top level) and keeps its history", async () => {
		const old = JSON.stringify({ storyFolder: "Prep", wordsPerMinute: 140 });
		const { store, read } = await open({ "data.json": old });
		expect(store.data.settings).toMatchObject({ storyFolder: "Prep", wordsPerMinute: 140 });
		expect(JSON.parse((await read("data.json"))!)).toMatchObject({ schemaVersion: 1, settings: { storyFolder: "Prep" } });
		expect(await read("data.backup.json")).toBe(old);
	});

	it("reads what it can of a newer layout, says so, and keeps the file aside", async () => {
		const future = JSON.stringify({
			schemaVersion: 7,
			settings: { storyFolder: "X", somethingNew: true },
			history: { rounds: [round("r1", 1)] },
		});
		const { store, told, list } = await open({ "data.json": future });
		expect(store.data.history.rounds).toHaveLength(1);
		expect(told.join(" ")).toMatch(/newer version/);
		expect((await list()).some((f) => f.startsWith("data.kept-"))).toBe(true);
	});

	it("keeps unreadable history entries and writes them back untouched", async () => {
		const odd = { something: "from a future version" };
		const data = JSON.stringify({ schemaVersion: 1, settings: {}, history: { rounds: [round("r1", 1), odd] } });
		const { store, read, told } = await open({ "data.json": data });
		expect(told.join(" ")).toMatch(/1 practice entry could not be read/);
		store.data.history.rounds.push(round("r2", 2));
		await store.save();
		expect(JSON.parse((await read("data.json"))!)).toMatchObject({ history: { unreadable: [odd] } });
	});

	it("says nothing and keeps nothing new at the next start, once unreadable entries are set aside", async () => {
		const odd = { something: "from a future version" };
		const first = await open({
			"data.json": JSON.stringify({ schemaVersion: 1, settings: {}, history: { rounds: [round("r1", 1), odd] } }),
		});
		first.store.data.history.rounds.push(round("r2", 2));
		await first.store.save();
		const keptBefore = (await first.list()).filter((f) => f.startsWith("data.kept-"));
		const again = new DataStore(first.plugin, (m) => first.told.push(`again: ${m}`));
		await again.load();
		expect(first.told.filter((m) => m.startsWith("again:"))).toEqual([]);
		expect((await first.list()).filter((f) => f.startsWith("data.kept-"))).toEqual(keptBefore);
		expect(again.data.history.unreadable).toEqual([odd]);
	});

	it("keeps a file from a newer version once, however often the plugin starts", async () => {
		const future = JSON.stringify({ schemaVersion: 9, settings: {}, history: { rounds: [] } });
		const first = await open({ "data.json": future });
		const again = new DataStore(first.plugin, (m) => first.told.push(`again: ${m}`));
		await again.load();
		expect((await first.list()).filter((f) => f.startsWith("data.kept-"))).toHaveLength(1);
		expect(first.told.filter((m) => m.startsWith("again:"))).toEqual([]);
	});

	it("merges a data file a sync tool wrote, keeping the rounds of both sides", async () => {
		const { store, read, write } = await open({ "data.json": GOOD });
		store.data.history.rounds.push(round("local", 3));
		await write(
			"data.json",
			JSON.stringify({
				schemaVersion: 1,
				settings: { storyFolder: "Synced" },
				history: { rounds: [round("r1", 1), round("remote", 2)] },
			}),
		);
		await store.reloadExternal();
		expect(store.data.settings.storyFolder).toBe("Synced");
		expect(store.data.history.rounds.map((r) => r.id)).toEqual(["r1", "remote", "local"]);
		const saved = JSON.parse((await read("data.json"))!) as { history: { rounds: { id: string }[] } };
		expect(saved.history.rounds.map((r) => r.id)).toEqual(["r1", "remote", "local"]);
	});
});
