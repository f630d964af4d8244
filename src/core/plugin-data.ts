import { readCorrections } from "./competencies/correction-store";
import type { StoryCorrection } from "./competencies/corrections";
import { readHistory, type PracticeHistory } from "./practice/practice-round";
import { normalizeSettings, type StoryBankSettings } from "./settings";

/**
 * The version of the data.json layout this build writes. 2 added a revision
 * to each round and the competency corrections; a version-1 plugin reading a
 * version-2 file keeps the file aside before it writes.
 */
export const SCHEMA_VERSION = 2;

/** What data.json holds: settings, practice history and competency corrections under separate keys. */
export interface PluginData {
	schemaVersion: number;
	settings: StoryBankSettings;
	history: PracticeHistory;
	/** The user's word on stories' competencies, one entry per story. */
	corrections: StoryCorrection[];
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
	/** Reading changed the data (copies of one round merged): save once so the file says what is used. */
	changed: boolean;
	/** The file held nothing (`null`, `{}`): a first run, or a file emptied by accident that a backup may restore. */
	empty: boolean;
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
	const nothing = { keepAside: false, newerLayout: null, migrated: false, changed: false };
	if (raw === undefined || raw === null || (isRecord(raw) && Object.keys(withoutKeys(raw, ["schemaVersion"])).length === 0)) {
		return { data: emptyData(), warnings, ...nothing, empty: true };
	}
	if (!isRecord(raw)) {
		return {
			data: emptyData(),
			warnings: ["The plugin's data file did not hold settings; defaults are used and the file is kept aside."],
			...nothing,
			keepAside: true,
			empty: false,
		};
	}
	const version = typeof raw.schemaVersion === "number" ? raw.schemaVersion : 0;
	const newer = version > SCHEMA_VERSION;

	const settingsRaw = version === 0 && !("settings" in raw) ? withoutKeys(raw, ["history", "schemaVersion"]) : raw.settings;
	const settings = normalizeSettings(settingsRaw);
	warnings.push(...settings.warnings);
	const history = readHistory(raw.history);
	warnings.push(...history.warnings);
	const corrections = readCorrections(raw.corrections);
	warnings.push(...corrections.warnings);

	return {
		data: {
			schemaVersion: SCHEMA_VERSION,
			settings: settings.settings,
			history: history.history,
			corrections: corrections.corrections,
		},
		warnings,
		keepAside: newer || history.newlyUnreadable > 0,
		newerLayout: newer ? version : null,
		migrated: version < SCHEMA_VERSION,
		changed: history.changed,
		empty: false,
	};
}

/** The object written to data.json. */
export function serializePluginData(data: PluginData): Record<string, unknown> {
	const history: Record<string, unknown> = { rounds: data.history.rounds };
	if (data.history.unreadable.length > 0) history.unreadable = data.history.unreadable;
	if (data.history.clearedAt !== undefined) history.clearedAt = data.history.clearedAt;
	return { schemaVersion: SCHEMA_VERSION, settings: data.settings, history, corrections: data.corrections };
}

/**
 * How much the data holds that the user made and cannot get back from the
 * notes: rounds, entries kept unread, corrections. A backup is never replaced
 * by a copy that holds less (unless the history was cleared since).
 */
export function dataWeight(data: PluginData): number {
	return data.history.rounds.length + data.history.unreadable.length + data.corrections.length;
}

/** True when `candidate` may replace `backup` as the last good copy: it holds as much, or the user cleared the history since. */
export function mayReplaceBackup(candidate: PluginData, backup: PluginData): boolean {
	if (dataWeight(candidate) >= dataWeight(backup)) return true;
	const cleared = candidate.history.clearedAt;
	return cleared !== undefined && cleared > (backup.history.clearedAt ?? "");
}

/** Parses the text of data.json; a file that is not JSON reads as `undefined` with a reason. */
export function parseDataText(text: string): { value: unknown; error: string | null } {
	// An editor on Windows may save the file with a byte order mark; JSON.parse refuses it.
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === "") return { value: undefined, error: "The plugin's data file was empty." };
	try {
		return { value: JSON.parse(body) as unknown, error: null };
	} catch (error) {
		return {
			value: undefined,
			error: `The plugin's data file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
		};
	}
}

/** Default settings, no history, no corrections: a first run. */
export function emptyData(): PluginData {
	return {
		schemaVersion: SCHEMA_VERSION,
		settings: normalizeSettings(undefined).settings,
		history: { rounds: [], unreadable: [] },
		corrections: [],
	};
}

function withoutKeys(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(record)) if (!keys.includes(k)) out[k] = v;
	return out;
}
