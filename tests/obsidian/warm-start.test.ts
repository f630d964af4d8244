import "../helpers/indexeddb";
import { createStore, set } from "idb-keyval";
import { App } from "obsidian-test-mocks/obsidian";
import { DEFAULT_SETTINGS, type StoryBankSettings } from "../../src/core/settings";
import { StoryIndex } from "../../src/core/index/story-index";
import { IndexSync } from "../../src/obsidian/index-sync";
import { NoteCache } from "../../src/obsidian/note-cache";
import { StoryBankEvents } from "../../src/obsidian/story-bank-events";

/** A story note whose one story is called `title`. */
const story = (title: string) =>
	`- Tell me about a time you led a migration?\n\t- ${title}\n` +
	`\t\t- S: the old billing system kept failing\n\t\t- A: I planned the cut-over\n\t\t- R: zero downtime\n`;
const GROCERIES = "- milk\n- eggs\n";

let databases = 0;

/** One session of the app: a vault whose files carry these mtimes, the index, and the cache in IndexedDB. */
async function session(
	db: string,
	files: Record<string, readonly [text: string, mtime: number]>,
	options: { parserVersion?: string; settings?: Partial<StoryBankSettings> } = {},
) {
	const mock = App.createConfigured__({ files: Object.fromEntries(Object.entries(files).map(([path, [text]]) => [path, text])) });
	const app = mock.asOriginalType__();
	// The in-memory vault has no file dates: give each file the stamp a disk would.
	for (const [path, [text, mtime]] of Object.entries(files)) {
		const file = app.vault.getFileByPath(path)!;
		file.stat = { ctime: 0, mtime, size: Buffer.byteLength(text) };
	}
	const read = jest.spyOn(app.vault, "cachedRead");
	const index = new StoryIndex();
	const cache = new NoteCache(db);
	const settings = { ...DEFAULT_SETTINGS, ...options.settings };
	const sync = new IndexSync(app, index, () => settings, new StoryBankEvents(), undefined, {
		cache,
		parserVersion: options.parserVersion ?? "parser-1",
	});
	sync.load();
	mock.workspace.setLayoutReady__();
	await sync.whenScanned();
	sync.unload();
	await cache.flush();
	return { index, titles: index.stories().map((s) => `${s.path}: ${s.title}`), reads: read.mock.calls.map(([file]) => file.path).sort() };
}

describe("a warm start from the index cache", () => {
	let db: string;
	beforeEach(() => {
		db = `warm-start-${++databases}`;
	});

	const first = {
		"a.md": [story("Billing move"), 1000],
		"b.md": [story("Search rewrite"), 1000],
		"c.md": [story("Ledger split"), 1000],
		"Groceries.md": [GROCERIES, 1000],
	} as const;

	it("reads only the notes changed while the app was closed, and forgets the deleted ones", async () => {
		const cold = await session(db, { ...first });
		expect(cold.reads).toEqual(["Groceries.md", "a.md", "b.md", "c.md"]);
		const warm = await session(db, {
			"a.md": first["a.md"],
			"b.md": [story("Search rebuilt"), 2000],
			"Groceries.md": first["Groceries.md"],
		});
		expect(warm.reads).toEqual(["b.md"]);
		expect(warm.titles).toEqual(["a.md: Billing move", "b.md: Search rebuilt"]);
		// The next start neither reads the deleted note's record nor brings it back.
		const again = await session(db, {
			"a.md": first["a.md"],
			"b.md": [story("Search rebuilt"), 2000],
			"Groceries.md": first["Groceries.md"],
		});
		expect(again.reads).toEqual([]);
		expect(again.titles).toEqual(warm.titles);
	});

	it("re-reads a note whose size changed though its date did not", async () => {
		await session(db, { ...first });
		const warm = await session(db, { ...first, "c.md": [story("Ledger split in two"), 1000] });
		expect(warm.reads).toEqual(["c.md"]);
		expect(warm.titles).toContain("c.md: Ledger split in two");
	});

	it("reads everything again after a parser update or a change of the settings that shape parsing", async () => {
		await session(db, { ...first });
		const upgraded = await session(db, { ...first }, { parserVersion: "parser-2" });
		expect(upgraded.reads).toEqual(["Groceries.md", "a.md", "b.md", "c.md"]);
		const slower = await session(db, { ...first }, { parserVersion: "parser-2", settings: { wordsPerMinute: 100 } });
		expect(slower.reads).toHaveLength(4);
		expect(slower.index.stories()[0]!.signals.wordsPerMinute).toBe(100);
	});

	it("reads everything from scratch when the store is damaged, with the same result", async () => {
		const cold = await session(db, { ...first });
		await set("stamps", { "a.md": "not a stamp" }, createStore(db, "notes"));
		const damaged = await session(db, { ...first });
		expect(damaged.reads).toHaveLength(4);
		expect(damaged.titles).toEqual(cold.titles);
	});

	it("reads a story note again when its stored parse is missing", async () => {
		const cold = await session(db, { ...first });
		await set("note:b.md", { questions: "broken" }, createStore(db, "notes"));
		const warm = await session(db, { ...first });
		expect(warm.reads).toEqual(["b.md"]);
		expect(warm.titles).toEqual(cold.titles);
	});
});
