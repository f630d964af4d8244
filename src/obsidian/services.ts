import type { App } from "obsidian";
import type { Chance, Clock } from "../core/clock";
import type { StoryIndex } from "../core/index/story-index";
import type { StoryBankSettings } from "../core/settings";
import type { CompetencyActionRegistry } from "./competency-actions";
import type { CompetencyService } from "./competency-service";
import type { DataStore } from "./data-store";
import type { StoryBankEvents } from "./story-bank-events";

/**
 * What the features (views, modals, commands, the settings tab) may use of
 * the plugin: built once in `main.ts` and handed to them, so no feature
 * imports the plugin class and the plugin is no service locator. Registering
 * views and commands stays with the plugin itself (Obsidian's `Plugin`).
 */
export interface StoryBankServices {
	readonly app: App;
	/** Every story and question of the vault, kept current by `IndexSync`. */
	readonly index: StoryIndex;
	readonly events: StoryBankEvents;
	/** The competency set in use and its matcher. */
	readonly competencies: CompetencyService;
	/** What features offer to do for a competency (the coverage panel's buttons). */
	readonly actions: CompetencyActionRegistry;
	/** data.json: settings and practice history. */
	readonly store: DataStore;
	/** The current settings; the object is replaced on each change, so read it when needed rather than keep it. */
	readonly settings: StoryBankSettings;
	/** Changes settings (validated), saves them, and re-reads the vault when the scope changed. Returns the warnings. */
	updateSettings(patch: Partial<StoryBankSettings>): Promise<string[]>;
	/** Resolves when the first (or current) scan of the vault has finished. */
	whenIndexed(): Promise<void>;
	/** The time every feature reads (fixed by tests). */
	readonly clock: Clock;
	/** The random draws every feature makes (seeded by tests). */
	readonly chance: Chance;
}
