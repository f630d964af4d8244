// The browser bench's page script: the real plugin (src/main.ts) in the
// e2e harness's in-memory Obsidian, on the bench's synthetic vaults, with
// hooks to time what a user does. Bundled by ../sections/browser.ts; the
// Node side sets the CPU throttling and reads the figures.
import "../../../e2e-tests/harness/dom-setup";
import type { PluginManifest, ViewCreator } from "obsidian";
import * as obsidian from "obsidian";
import * as codemirrorState from "@codemirror/state";
import * as codemirrorView from "@codemirror/view";
import { App, type Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import InterviewStoryBankPlugin from "../../../src/main";
import { COVERAGE_VIEW_TYPE } from "../../../src/constants";
import { registerIcons } from "../../../e2e-tests/harness/icons";
import { installModalFakes } from "../../../e2e-tests/harness/modal-fakes";
import { FakeWorkspace } from "../../../e2e-tests/harness/workspace-fake";
import { SyntheticVault } from "../vault";
import { mixedHostileNote } from "../hostile-notes";

// The vault generator measures notes with Buffer.byteLength; a page has no Buffer.
(globalThis as unknown as { Buffer: { byteLength: (s: string) => number } }).Buffer = {
	byteLength: (s: string) => new TextEncoder().encode(s).length,
};

const MANIFEST: PluginManifest = {
	id: "interview-story-bank",
	dir: ".obsidian/plugins/interview-story-bank",
	name: "Interview Story Bank",
	version: "0.1.0",
	minAppVersion: "1.7.2",
	description: "",
	author: "",
};

type Registered = MockPlugin & { views__: Map<string, ViewCreator> };

/** What a page started: the app, its plugin, and how many notes it read. */
interface Started {
	app: App;
	plugin: InterviewStoryBankPlugin;
	reads: number;
	workspace: FakeWorkspace;
}

registerIcons();
installModalFakes({ notices: [] });

let current: Started | null = null;
/** Where the hostile note goes: a story folder, so it is read as a story note. */
const HOSTILE_PATH = "Interview/Hostile.md";
let files: Record<string, string> = {};
const longTasks: number[] = [];
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: "longtask", buffered: false });

/** Resolves after the next frame has been painted. */
function frame(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Milliseconds from now until the first painted frame where `done()` holds. */
async function untilFrame(t0: number, done: () => boolean, timeoutMs = 60_000): Promise<number> {
	for (;;) {
		await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
		if (done()) return performance.now() - t0;
		if (performance.now() - t0 > timeoutMs) throw new Error("timed out waiting for the panel");
	}
}

function panel(): HTMLElement | null {
	return document.querySelector<HTMLElement>(".isb-coverage");
}

function view(): { draw(): void; setState(state: unknown, result: unknown): Promise<void> } {
	const leaf = current?.app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0];
	if (!leaf) throw new Error("no coverage panel");
	return leaf.view as unknown as { draw(): void; setState(state: unknown, result: unknown): Promise<void> };
}

/** Starts the plugin over `files`, as Obsidian does; the panel opens before the layout is ready when asked. */
async function startApp(options: { panelFirst?: boolean } = {}): Promise<{ scanMs: number; stories: number; reads: number }> {
	const app = App.createConfigured__({ files });
	// Files get the stamp a disk gives them, so a warm start can compare.
	for (const [path, text] of Object.entries(files)) {
		const file = app.vault.getFileByPath(path);
		if (file) file.stat = { ctime: 1, mtime: 1_700_000_000_000, size: text.length };
	}
	const workspace = new FakeWorkspace(activeDocument.body, app);
	workspace.install();
	const plugin = new InterviewStoryBankPlugin(app.asOriginalType__(), MANIFEST);
	plugin.saveData = async () => {};
	workspace.useViews((plugin as unknown as Registered).views__);
	const started: Started = { app, plugin, reads: 0, workspace };
	const read = app.vault.cachedRead.bind(app.vault);
	app.vault.cachedRead = (file) => {
		started.reads++;
		return read(file);
	};
	current = started;
	const onload = plugin.onload.bind(plugin);
	let loading: Promise<void> = Promise.resolve();
	plugin.onload = () => (loading = onload());
	plugin.load();
	await loading;
	if (options.panelFirst) await openPanelNow();
	const t0 = performance.now();
	app.workspace.setLayoutReady__();
	await plugin.whenIndexed();
	const scanMs = performance.now() - t0;
	return { scanMs, stories: plugin.index.stories().length, reads: started.reads };
}

async function openPanelNow(): Promise<void> {
	const app = current?.app;
	if (!app) throw new Error("not started");
	const leaf = app.workspace.getRightLeaf(false);
	await leaf?.setViewState({ type: COVERAGE_VIEW_TYPE, active: true });
}

const bench = {
	/** Generates the vault: `stories` story notes' worth of about that many stories, or the first `notes` notes of the vault. */
	generate(options: { seed: number; notes?: number; storyNotes?: number; hugeBytes?: number; hostileChars?: number }): {
		notes: number;
		bytes: number;
	} {
		const vault = new SyntheticVault(options.seed);
		const list = options.notes ? vault.notes(options.notes) : vault.storyNotes(options.storyNotes ?? 0);
		files = Object.fromEntries(list.map((n) => [n.path, n.text]));
		if (options.hugeBytes) {
			const huge = vault.hugeNote(options.hugeBytes);
			files[huge.path] = `- Placeholder question?\n\t- S: a\n`;
			(bench as { hugeText?: string }).hugeText = huge.text;
		}
		if (options.hostileChars) {
			files[HOSTILE_PATH] = `- Placeholder question?\n\t- S: a\n`;
			bench.hostileText = mixedHostileNote(options.hostileChars);
		}
		return { notes: list.length, bytes: Object.values(files).reduce((sum, t) => sum + t.length, 0) };
	},
	hugeText: "" as string | undefined,
	hostileText: "",
	start: (options?: { panelFirst?: boolean }) => startApp(options),
	/** Waits until the panel shows rows (after a scan the panel was open for). */
	async panelSettled(): Promise<void> {
		await untilFrame(performance.now(), () => (panel()?.querySelectorAll(".isb-competency").length ?? 0) > 0);
		await new Promise((resolve) => setTimeout(resolve, 400));
		await frame();
	},
	/** Opens the coverage panel; ms to the frame that shows its rows. */
	async openPanel(): Promise<number> {
		const t0 = performance.now();
		void openPanelNow();
		return untilFrame(t0, () => (panel()?.querySelectorAll(".isb-competency").length ?? 0) > 0);
	},
	/** Waits until the plugin has worked out the coverage of every note (it does so after the scan and each change). */
	async coverageWarm(): Promise<void> {
		await current?.plugin.coverage.whenWarm();
		await frame();
	},
	/** Closes the coverage panel. */
	async closePanel(): Promise<void> {
		for (const leaf of current?.app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE) ?? []) leaf.detach();
		await frame();
	},
	/** Opens the row with the most stories; ms to the frame that shows its stories. */
	async openBiggestRow(): Promise<number> {
		const rows = [...document.querySelectorAll<HTMLElement>(".isb-competency")];
		const count = (r: HTMLElement) => Number(r.querySelector(".isb-competency-count")?.textContent ?? 0);
		const biggest = rows.sort((a, b) => count(b) - count(a))[0];
		const id = biggest?.dataset.competency ?? "";
		const t0 = performance.now();
		biggest?.querySelector<HTMLElement>(".isb-disclosure-header")?.click();
		return untilFrame(
			t0,
			() => (document.querySelector(`.isb-competency[data-competency="${id}"]`)?.querySelectorAll(".isb-story").length ?? 0) > 0,
		);
	},
	/** Opens every row at once (the panel's saved state with all rows open); ms to the frame. */
	async expandAll(): Promise<number> {
		const ids = [...document.querySelectorAll<HTMLElement>(".isb-competency")].map((r) => r.dataset.competency ?? "");
		const t0 = performance.now();
		await view().setState({ expanded: ids, scope: "", company: "" }, { history: false });
		return untilFrame(t0, () => document.querySelectorAll(".isb-competency.is-expanded").length === ids.length);
	},
	/** Closes every row. */
	async collapseAll(): Promise<void> {
		await view().setState({ expanded: [], scope: "", company: "" }, { history: false });
		await frame();
	},
	/** Types one letter in the search box; ms from the search running (after its 150 ms debounce) to the frame. */
	async searchKeystroke(text: string): Promise<number> {
		const input = panel()?.querySelector<HTMLInputElement>("input[type=search]");
		if (!input) throw new Error("no search box");
		input.focus();
		const before = panel()?.querySelector(".isb-coverage-matches")?.textContent ?? "";
		input.value = text;
		input.dispatchEvent(new Event("input"));
		const typed = performance.now();
		// The search runs 150 ms after the last keystroke; time from then.
		await new Promise((resolve) => setTimeout(resolve, 150));
		const t0 = typed + 150;
		const ms = await untilFrame(t0, () => (panel()?.querySelector(".isb-coverage-matches")?.textContent ?? "") !== before);
		return Math.max(0, ms);
	},
	/** Clears the search box. */
	async clearSearch(): Promise<void> {
		const input = panel()?.querySelector<HTMLInputElement>("input[type=search]");
		// Escape, as a user clears it: the box empties itself and the panel drops the query.
		// (Emptying the box first left the query in the filter, so every later save redrew a search.)
		input?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
		await frame();
		if (input?.value !== "") throw new Error("the search box did not clear");
	},
	/**
	 * Saves a story note with one story's words changed (its title, shown in the panel);
	 * the panel's redraw time and the time from the save to the updated frame (debounces included).
	 */
	async saveStory(): Promise<{ drawMs: number; totalMs: number }> {
		const app = current?.app;
		const plugin = current?.plugin;
		if (!app || !plugin) throw new Error("not started");
		const note = plugin.index.notes().find((n) => n.stories.some((s) => s.title));
		const story = note?.stories.find((s) => s.title);
		if (!note || !story?.title) throw new Error("no titled story");
		const file = app.vault.getFileByPath(note.path);
		if (!file) throw new Error("no file");
		const text = await app.vault.read(file);
		const marker = `${story.title} (revised)`;
		const v = view();
		const draw = v.draw.bind(v);
		let drawMs = 0;
		v.draw = () => {
			const s = performance.now();
			draw();
			drawMs += performance.now() - s;
		};
		const t0 = performance.now();
		await app.vault.modify(file, text.replace(story.title, marker));
		const totalMs = await untilFrame(t0, () => drawMs > 0);
		v.draw = draw;
		return { drawMs, totalMs };
	},
	/** Saves the 2 MB story note, then waits until the panel counts its stories. */
	async saveHuge(): Promise<{ totalMs: number }> {
		const app = current?.app;
		const plugin = current?.plugin;
		const text = bench.hugeText;
		if (!app || !plugin || !text) throw new Error("not started with a huge note");
		const file = app.vault.getFiles().find((f) => f.path === "Interview/Everything.md");
		if (!file) throw new Error("no huge note");
		const before = plugin.index.stories().length;
		const t0 = performance.now();
		await app.vault.modify(file, text);
		const summary = () => panel()?.querySelector(".isb-coverage-summary")?.textContent ?? "";
		const was = summary();
		return { totalMs: await untilFrame(t0, () => plugin.index.stories().length > before + 100 && summary() !== was, 120_000) };
	},
	/** Saves the hostile note (issue 22: every pathological shape at once) over its placeholder; ms until the index has it. */
	async saveHostile(): Promise<{ totalMs: number; stories: number; chars: number; skipped: boolean }> {
		const app = current?.app;
		const plugin = current?.plugin;
		if (!app || !plugin || !bench.hostileText) throw new Error("not started with a hostile note");
		const file = app.vault.getFileByPath(HOSTILE_PATH);
		if (!file) throw new Error("no hostile note");
		const before = plugin.index.revision;
		const t0 = performance.now();
		await app.vault.modify(file, bench.hostileText);
		const totalMs = await untilFrame(t0, () => plugin.index.revision !== before, 120_000);
		return {
			totalMs,
			stories: plugin.index.note(HOSTILE_PATH)?.stories.length ?? 0,
			chars: bench.hostileText.length,
			skipped: plugin.index.skipped().some((n) => n.path === HOSTILE_PATH),
		};
	},
	/** Unloads the plugin and waits for its cache to be written; the page keeps its IndexedDB. */
	async stop(): Promise<void> {
		const plugin = current?.plugin;
		plugin?.unload();
		// The cache writes after the scan; give IndexedDB time to commit.
		await new Promise((resolve) => setTimeout(resolve, 500));
		document.querySelector(".app-container")?.remove();
		current = null;
	},
	/**
	 * Starts again over the same files (a new page of the same origin, so the same IndexedDB);
	 * ms to the panel's totals, and notes read.
	 */
	async warmStart(): Promise<{ ms: number; reads: number; stories: number; scanMs: number; panelMs: number }> {
		const { reads, stories, scanMs } = await startApp();
		const panelMs = await bench.openPanel();
		// From layout ready (when the plugin may start work) to the panel's totals on screen;
		// building the stand-in app is not the plugin's.
		return { ms: scanMs + panelMs, reads, stories, scanMs, panelMs };
	},
	longTasksReset(): void {
		longTasks.length = 0;
	},
	longTasks: (): number[] => [...longTasks],
	/**
	 * Evaluates main.js as Obsidian does (a CommonJS module) and awaits onload: ms from evaluation to onload returned,
	 * split into compiling the text, running the module's body, constructing the plugin and awaiting its onload.
	 */
	async requireToOnload(code: string): Promise<{ total: number; compile: number; evaluate: number; onload: number }> {
		const app = App.createConfigured__({ files: {} });
		const t0 = performance.now();
		const module = { exports: {} as { default?: new (app: unknown, manifest: PluginManifest) => { onload(): Promise<void> | void } } };
		const require = (name: string): unknown => {
			if (name === "obsidian") return obsidian;
			// Obsidian hands plugins its own CodeMirror, as it does `obsidian`.
			if (name === "@codemirror/state") return codemirrorState;
			if (name === "@codemirror/view") return codemirrorView;
			throw new Error(`main.js asked for "${name}"`);
		};
		// Obsidian evaluates main.js as a CommonJS module body; so does this.
		// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the text is the plugin's own main.js
		const body = new Function("module", "exports", "require", code) as (
			m: typeof module,
			e: typeof module.exports,
			r: typeof require,
		) => void;
		const t1 = performance.now();
		body(module, module.exports, require);
		const t2 = performance.now();
		const Plugin = module.exports.default;
		if (!Plugin) throw new Error("main.js has no default export");
		const plugin = new Plugin(app.asOriginalType__(), MANIFEST);
		await plugin.onload();
		const t3 = performance.now();
		return { total: t3 - t0, compile: t1 - t0, evaluate: t2 - t1, onload: t3 - t2 };
	},
};

(window as unknown as { __bench: typeof bench }).__bench = bench;
