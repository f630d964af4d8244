import type { WorkspaceLeaf } from "obsidian";
import { App, WorkspaceLeaf as MockLeaf } from "obsidian-test-mocks/obsidian";
import { DEFAULT_SETTINGS, followRename, normalizeSettings, type StoryBankSettings } from "../../src/core/settings";
import type { PracticeRound } from "../../src/core/practice/practice-round";
import { StoryIndex } from "../../src/core/index/story-index";
import { CompetencyActionRegistry } from "../../src/obsidian/competency-actions";
import { CompetencyService } from "../../src/obsidian/competency-service";
import type { DataStore } from "../../src/obsidian/data-store";
import { IndexSync } from "../../src/obsidian/index-sync";
import { StoryBankEvents } from "../../src/obsidian/story-bank-events";
import { CoverageView, type CoverageHost } from "../../src/ui/coverage/coverage-view";
import type { CoverageCache } from "../../src/core/coverage/coverage-cache";

// jsdom lays nothing out, so offsetParent is always null and every element
// would count as hidden. Here an element is shown while it is in the document.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
	configurable: true,
	get(this: HTMLElement) {
		return this.isConnected ? this.parentElement : null;
	},
});

// jsdom does not scroll either.
if (typeof Element.prototype.scrollIntoView !== "function") Element.prototype.scrollIntoView = function scrollIntoView(): void {};

/** An in-memory Obsidian with the index, the events and the competency service, as the plugin wires them. */
export interface CoverageApp {
	mock: App;
	app: ReturnType<App["asOriginalType__"]>;
	index: StoryIndex;
	events: StoryBankEvents;
	settings: StoryBankSettings;
	rounds: PracticeRound[];
	/** The panel's clock: fixed at `COVERAGE_NOW`, so "3 days ago" does not depend on the day the test runs. */
	now: number;
	competencies: CompetencyService;
	actions: CompetencyActionRegistry;
	host: CoverageHost;
	/** Changes settings the way the plugin does: validated, then the settings event. */
	updateSettings: (patch: Partial<StoryBankSettings>) => Promise<string[]>;
	/** Opens a coverage panel in a new leaf, attached to the document (so it counts as visible). */
	openView: (host?: Partial<CoverageHost>, cache?: CoverageCache) => Promise<{ view: CoverageView; leaf: WorkspaceLeaf }>;
	/** Unloads everything this app started. */
	close: () => void;
}

/** The moment the panel's clock reads in these tests. */
export const COVERAGE_NOW = Date.parse("2026-11-21T10:00:00Z");

/** Builds the app over `files`, scans them, and loads the competency service. */
export async function coverageApp(files: Record<string, string>, overrides: Partial<StoryBankSettings> = {}): Promise<CoverageApp> {
	const mock = App.createConfigured__({ files });
	const app = mock.asOriginalType__();
	const index = new StoryIndex();
	const events = new StoryBankEvents();
	const ctx: { settings: StoryBankSettings } = { settings: { ...DEFAULT_SETTINGS, ...overrides } };
	const rounds: PracticeRound[] = [];
	const actions = new CompetencyActionRegistry();
	const updateSettings = async (patch: Partial<StoryBankSettings>): Promise<string[]> => {
		const { settings, warnings } = normalizeSettings({ ...ctx.settings, ...patch });
		ctx.settings = settings;
		await Promise.resolve();
		events.triggerSettingsChanged();
		return warnings;
	};
	// As the plugin does: settings that name a moved note or folder follow it.
	const sync = new IndexSync(
		app,
		index,
		() => ctx.settings,
		events,
		(oldPath, newPath, kind) => {
			const patch = followRename(ctx.settings, oldPath, newPath, kind);
			if (Object.keys(patch).length > 0) void updateSettings(patch);
		},
	);
	const competencies = new CompetencyService({
		app,
		events,
		notes: sync,
		get settings() {
			return ctx.settings;
		},
	});
	sync.load();
	competencies.load();
	mock.workspace.setLayoutReady__();
	await sync.whenScanned();
	await competencies.reload();
	const host: CoverageHost = {
		index,
		events,
		competencies,
		actions,
		get settings() {
			return ctx.settings;
		},
		// The panel reads only the practice history of the data store.
		store: { data: { history: { rounds } } } as unknown as DataStore,
		whenIndexed: () => sync.whenScanned(),
		clock: () => COVERAGE_NOW,
	};
	const views: CoverageView[] = [];
	return {
		mock,
		app,
		index,
		events,
		get settings() {
			return ctx.settings;
		},
		rounds,
		now: COVERAGE_NOW,
		competencies,
		actions,
		host,
		updateSettings,
		openView: async (overrides = {}, cache?: CoverageCache) => {
			const leaf = MockLeaf.create2__(mock).asOriginalType3__();
			// A spread would read the settings once; the panel must see each change.
			const view = new CoverageView(leaf, Object.assign(Object.create(host) as CoverageHost, overrides), cache);
			views.push(view);
			document.body.appendChild(view.containerEl);
			view.load();
			await view.onOpen();
			return { view, leaf };
		},
		close: () => {
			for (const view of views) {
				view.unload();
				view.containerEl.remove();
			}
			competencies.unload();
			sync.unload();
		},
	};
}

/** Waits until `check` stops throwing, or fails with its last error after `ms`. */
export async function eventually(check: () => void, ms = 1000): Promise<void> {
	const start = Date.now();
	for (;;) {
		try {
			check();
			return;
		} catch (error) {
			if (Date.now() - start > ms) throw error;
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	}
}
