import { readHistory, type PracticeHistory } from "./practice/practice-round";
import { normalizeSettings, type StoryBankSettings } from "./settings";

/** The version of the data.json layout this build writes. */
export const SCHEMA_VERSION = 1;

/** What data.json holds: settings and practice history under separate keys. */
export interface PluginData {
	schemaVersion: number;
	settings: StoryBankSettings;
	history: PracticeHistory;
}

/** The result of reading data.json. */
export interface ReadData {
	data: PluginData;
	/** Sentences for the user: what was refused, migrated or kept aside. */
	warnings: string[];
	/** The stored file should be kept aside before anything overwrites it (newly unreadable parts or a newer layout). */
	keepAside: boolean;
	/** The layout number of a file written by a newer version, else `null`. */
	newerLayout: number | null;
	/** The stored layout differs from what would be written (an older version): save once to migrate. */
	migrated: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads the plugin's stored data, whatever shape it is in: none (first run),
 * the current layout, the version-0 layout (settings at the top level, as
 * Obsidian's sample plugin stores them), or a newer layout written by a later
 * version. Reads everything it can; what it cannot read is reported, and the
 * file is marked to be kept aside before it is ever overwritten.
 */
export function readPluginData(raw: unknown): ReadData {
	const warnings: string[] = [];
	if (raw === undefined || raw === null) {
		return { data: emptyData(), warnings, keepAside: false, newerLayout: null, migrated: false };
	}
	if (!isRecord(raw)) {
		return {
			data: emptyData(),
			warnings: ["The plugin's data file did not hold settings; defaults are used and the file is kept aside."],
			keepAside: true,
			newerLayout: null,
			migrated: false,
		};
	}
	const version = typeof raw.schemaVersion === "number" ? raw.schemaVersion : 0;
	const newer = version > SCHEMA_VERSION;

	const settingsRaw = version === 0 && !("settings" in raw) ? withoutKeys(raw, ["history", "schemaVersion"]) : raw.settings;
	const settings = normalizeSettings(settingsRaw);
	warnings.push(...settings.warnings);
	const history = readHistory(raw.history);
	warnings.push(...history.warnings);

	return {
		data: { schemaVersion: SCHEMA_VERSION, settings: settings.settings, history: history.history },
		warnings,
		keepAside: newer || history.newlyUnreadable > 0,
		newerLayout: newer ? version : null,
		migrated: version < SCHEMA_VERSION,
	};
}

/** The object written to data.json. */
export function serializePluginData(data: PluginData): Record<string, unknown> {
	const history: Record<string, unknown> = { rounds: data.history.rounds };
	if (data.history.unreadable.length > 0) history.unreadable = data.history.unreadable;
	return { schemaVersion: SCHEMA_VERSION, settings: data.settings, history };
}

/** Parses the text of data.json; a file that is not JSON reads as `undefined` with a reason. */
export function parseDataText(text: string): { value: unknown; error: string | null } {
	if (text.trim() === "") return { value: undefined, error: "The plugin's data file was empty." };
	try {
		return { value: JSON.parse(text) as unknown, error: null };
	} catch (error) {
		return {
			value: undefined,
			error: `The plugin's data file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
		};
	}
}

function emptyData(): PluginData {
	return { schemaVersion: SCHEMA_VERSION, settings: normalizeSettings(undefined).settings, history: { rounds: [], unreadable: [] } };
}

function withoutKeys(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(record)) if (!keys.includes(k)) out[k] = v;
	return out;
}
