import { debounce, Notice, Plugin } from "obsidian";
import { DEFAULT_SETTINGS, followRename, normalizeSettings, type StoryBankSettings } from "./core/settings";
import { systemChance, systemClock, type Chance, type Clock } from "./core/clock";
import { StoryIndex } from "./core/index/story-index";
import { CompetencyActionRegistry } from "./obsidian/competency-actions";
import { CompetencyService } from "./obsidian/competency-service";
import { DataStore } from "./obsidian/data-store";
import { IndexSync } from "./obsidian/index-sync";
import type { StoryBankServices } from "./obsidian/services";
import { NoteParser } from "./obsidian/parse-worker";
import { NoteCache } from "./obsidian/note-cache";
import PARSE_WORKER_SOURCE, { hash as PARSE_WORKER_HASH } from "virtual:parse-worker";
import { StoryBankEvents } from "./obsidian/story-bank-events";
import { registerCoverage } from "./ui/coverage/register-coverage";
import type { CoverageWarmer } from "./ui/coverage/coverage-warmer";
import { registerEditorFeedback } from "./ui/editor/register-editor-feedback";
import { registerPractice } from "./ui/practice/register-practice";
import { StoryBankSettingTab } from "./ui/settings-tab";
import { registerTemplates } from "./ui/template/register-templates";

/** Settings that change which notes are read, or how they are measured: a change re-reads the vault. */
const SCAN_KEYS: readonly (keyof StoryBankSettings)[] = [
	"storyFolder",
	"storyTag",
	"storyFrontmatterKey",
	"maxNoteSizeKb",
	"wordsPerMinute",
];

/** Interview Story Bank: lifecycle only. The work lives in the core and in the shell components. */
export default class InterviewStoryBankPlugin extends Plugin {
	readonly index = new StoryIndex();
	readonly events = new StoryBankEvents();
	/**
	 * The competency set in use and its matcher; built in `onload` (it hears of its note through the index's listener),
	 * loaded as a child by `registerCoverage`.
	 */
	competencies!: CompetencyService;
	/** The coverage panel's work, done ahead of time so opening the panel only draws. */
	coverage!: CoverageWarmer;
	/** What features offer to do for a competency (the coverage panel's buttons). */
	readonly actions = new CompetencyActionRegistry();
	store!: DataStore;
	/** What the features use of the plugin, built in `onload` (the features never see the plugin class). */
	services!: StoryBankServices;
	/** The time every feature reads; a test or the end-to-end harness replaces it before `onload` to fix the date. */
	clock: Clock = systemClock;
	/** The random draws every feature makes; a test replaces it before `onload` with a seeded one. */
	chance: Chance = systemChance;
	private sync: IndexSync | null = null;
	/** Large notes are parsed in a worker, so saving one never freezes a frame. */
	private readonly parser = new NoteParser(PARSE_WORKER_SOURCE);
	private readonly rescanSoon = debounce(() => void this.sync?.rescan(), 600, true);

	/** The current settings: always the same object as `store.data.settings`. */
	override settings: StoryBankSettings = { ...DEFAULT_SETTINGS };

	override async onload(): Promise<void> {
		// eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the plugin's current settings
		const plugin = this;
		this.store = new DataStore(this, (message) => new Notice(`Interview Story Bank: ${message}`, 12000), {
			now: () => new Date(this.clock()),
		});
		await this.store.load();
		this.settings = this.store.data.settings;
		this.sync = this.addChild(
			new IndexSync(
				this.app,
				this.index,
				() => this.settings,
				this.events,
				(oldPath, newPath, kind) => this.followRename(oldPath, newPath, kind),
				{
					parser: this.parser,
					cache: this.noteCache(),
					parserVersion: `${this.manifest.version}:${PARSE_WORKER_HASH}`,
				},
			),
		);
		this.competencies = new CompetencyService({
			app: this.app,
			events: this.events,
			notes: this.sync,
			get settings() {
				return plugin.settings;
			},
		});
		this.services = this.buildServices();
		this.coverage = registerCoverage(this, this.services);
		registerPractice(this, this.services);
		registerTemplates(this, this.services);
		registerEditorFeedback(this, this.services);
		this.addSettingTab(new StoryBankSettingTab(this.app, this, this.services));
	}

	/** What the features may use of the plugin: read through, so settings and the clock are always the current ones. */
	private buildServices(): StoryBankServices {
		// eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the plugin's current fields
		const plugin = this;
		return {
			app: this.app,
			index: this.index,
			events: this.events,
			competencies: this.competencies,
			actions: this.actions,
			store: this.store,
			get settings() {
				return plugin.settings;
			},
			updateSettings: (patch) => this.updateSettings(patch),
			whenIndexed: () => this.whenIndexed(),
			clock: () => this.clock(),
			chance: () => this.chance(),
		};
	}

	override onunload(): void {
		this.rescanSoon.cancel();
		this.parser.stop();
	}

	/** A sync tool rewrote data.json: take in its settings and merge its practice history. */
	override async onExternalSettingsChange(): Promise<void> {
		const before = { ...this.settings };
		await this.store.reloadExternal();
		this.settings = this.store.data.settings;
		this.afterSettingsChange(before);
		this.events.triggerHistoryChanged();
	}

	/** Changes settings (validated), saves them, and re-reads the vault when the scope changed. Returns the warnings. */
	async updateSettings(patch: Partial<StoryBankSettings>): Promise<string[]> {
		const before = { ...this.settings };
		const { settings, warnings } = normalizeSettings({ ...this.settings, ...patch });
		this.settings = settings;
		await this.store.updateSettings(settings);
		// A save can merge a data.json that became readable again: the store's settings are the ones in force.
		this.settings = this.store.data.settings;
		this.afterSettingsChange(before);
		return warnings;
	}

	/** A folder or note named in the settings (or holding corrected stories) moved: they follow it, as a link would. */
	private followRename(oldPath: string, newPath: string, kind: "file" | "folder"): void {
		const patch = followRename(this.settings, oldPath, newPath, kind);
		if (Object.keys(patch).length > 0) void this.updateSettings(patch);
		void this.store.followRename(oldPath, newPath, kind);
	}

	/**
	 * The index's cache between sessions, in IndexedDB, one database per vault
	 * (every vault of the app shares one origin). None where IndexedDB is missing.
	 */
	private noteCache(): NoteCache | undefined {
		if (typeof indexedDB === "undefined") return undefined;
		return new NoteCache(`interview-story-bank/${this.vaultId()}`);
	}

	/** The app's id for this vault (unlisted in the API, so read with care), else the vault's name. */
	private vaultId(): string {
		try {
			const id = (this.app as unknown as { appId?: unknown }).appId;
			if (typeof id === "string" && id !== "") return id;
		} catch {
			// A stand-in app that refuses unknown properties.
		}
		return this.app.vault.getName();
	}

	/** Resolves when the first (or current) scan of the vault has finished. */
	whenIndexed(): Promise<void> {
		return this.sync?.whenScanned() ?? Promise.resolve();
	}

	private afterSettingsChange(before: StoryBankSettings): void {
		if (SCAN_KEYS.some((key) => before[key] !== this.settings[key])) this.rescanSoon();
		this.events.triggerSettingsChanged();
	}
}
