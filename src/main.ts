import { Plugin } from "obsidian";
import { DEFAULT_SETTINGS, normalizeSettings, type StoryBankSettings } from "./core/settings";
import { StoryIndex } from "./core/story-index";
import { IndexSync } from "./obsidian/index-sync";
import { StoryBankEvents } from "./obsidian/story-bank-events";

/** Interview Story Bank: lifecycle only. The work lives in the core and in the shell components. */
export default class InterviewStoryBankPlugin extends Plugin {
	override settings: StoryBankSettings = { ...DEFAULT_SETTINGS };
	readonly index = new StoryIndex();
	readonly events = new StoryBankEvents();
	private sync: IndexSync | null = null;

	override async onload(): Promise<void> {
		const stored: unknown = await this.loadData();
		this.settings = normalizeSettings(isRecord(stored) && "settings" in stored ? stored.settings : stored).settings;
		this.sync = this.addChild(new IndexSync(this.app, this.index, () => this.settings, this.events));
	}

	/** Resolves when the first (or current) scan of the vault has finished. */
	whenIndexed(): Promise<void> {
		return this.sync?.whenScanned() ?? Promise.resolve();
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
