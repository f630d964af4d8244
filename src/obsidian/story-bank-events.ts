import { Events, type EventRef } from "obsidian";

const INDEX_CHANGED = "index-changed";
const HISTORY_CHANGED = "history-changed";
const SETTINGS_CHANGED = "settings-changed";

/**
 * The plugin's own events, typed. Views listen here (through
 * `registerEvent`), never to the vault: the index is the one vault listener.
 */
export class StoryBankEvents extends Events {
	/** The story index changed; fired once per burst of vault changes. */
	onIndexChanged(callback: () => void): EventRef {
		return this.on(INDEX_CHANGED, callback);
	}

	triggerIndexChanged(): void {
		this.trigger(INDEX_CHANGED);
	}

	/** Practice history changed (a round was rated, or a sync brought new rounds). */
	onHistoryChanged(callback: () => void): EventRef {
		return this.on(HISTORY_CHANGED, callback);
	}

	triggerHistoryChanged(): void {
		this.trigger(HISTORY_CHANGED);
	}

	/** Settings changed (in the tab, or by a sync tool). */
	onSettingsChanged(callback: () => void): EventRef {
		return this.on(SETTINGS_CHANGED, callback);
	}

	triggerSettingsChanged(): void {
		this.trigger(SETTINGS_CHANGED);
	}
}
