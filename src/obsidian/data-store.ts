import { normalizePath, type Plugin } from "obsidian";
import { hashString } from "../core/parser/ids";
import { mergeHistories } from "../core/practice/practice-round";
import { parseDataText, readPluginData, serializePluginData, type PluginData } from "../core/plugin-data";

const DATA = "data.json";
const BACKUP = "data.backup.json";

/**
 * The plugin's own data (settings and practice history) in data.json, kept
 * safe: the last good copy is kept as data.backup.json before every save; a
 * file that does not parse, or holds what this version cannot read, is kept
 * aside under a dated name and the user is told; saves run one at a time; a
 * copy brought in by a sync tool is merged, never overwritten.
 */
export class DataStore {
	data: PluginData;
	private queue: Promise<void> = Promise.resolve();

	constructor(
		private readonly plugin: Plugin,
		private readonly tell: (message: string) => void,
	) {
		this.data = readPluginData(undefined).data;
	}

	/** Reads data.json. Writes nothing unless something had to change (a migration or a restore). */
	async load(): Promise<void> {
		const text = await this.readText(DATA);
		const parsed = text === null ? { value: undefined, error: null } : parseDataText(text);
		// A newer layout is said first, then what was refused inside the file, then what became of the file itself.
		const first: string[] = [];
		const last: string[] = [];
		let value = parsed.value;
		let mustSave = false;
		if (parsed.error !== null && text !== null) {
			const { name: aside } = await this.keepAside(text, "unreadable");
			const backupText = await this.readText(BACKUP);
			const backup = backupText === null ? null : parseDataText(backupText);
			if (backup && backup.error === null) {
				value = backup.value;
				mustSave = true;
				last.push(`${parsed.error} It was kept as ${aside}; your data was restored from the last good copy.`);
			} else {
				last.push(`${parsed.error} It was kept as ${aside}; starting with default settings and no practice history.`);
			}
		}
		const read = readPluginData(value);
		if (read.keepAside && text !== null && parsed.error === null) {
			// Named by content: a file already kept is neither written nor announced again.
			const { name: aside, fresh } = await this.keepAside(text, "kept");
			if (fresh && read.newerLayout !== null) {
				first.push(
					`The plugin's data was written by a newer version (layout ${read.newerLayout}); what could be read is used, and the file as it was is kept as ${aside}.`,
				);
			} else if (fresh) {
				last.push(`A copy of the data file as it was is kept as ${aside}.`);
			}
		}
		const messages = [...first, ...read.warnings, ...last];
		this.data = read.data;
		if (messages.length > 0) this.tell(messages.join(" "));
		if (mustSave || (read.migrated && text !== null)) await this.save();
	}

	/** Saves after the saves already queued; keeps the previous good file as the backup first. */
	save(): Promise<void> {
		const run = this.queue.then(() => this.write());
		this.queue = run.catch((error: unknown) => {
			console.error("Interview Story Bank could not save its data", error);
			this.tell("Could not save the plugin's data. Your notes are untouched; the last practice round may not be kept.");
		});
		return this.queue;
	}

	/**
	 * Takes in a data.json written elsewhere (a sync tool): its settings win,
	 * and its practice history is merged with the rounds held here. When rounds
	 * here were missing from it, the merged history is saved back. A copy that
	 * does not parse changes nothing here; what is held here becomes the backup.
	 */
	async reloadExternal(): Promise<void> {
		await this.queue;
		const text = await this.readText(DATA);
		if (text === null) return;
		const parsed = parseDataText(text);
		if (parsed.error !== null) {
			// A half-synced file: keep what is in memory, and leave data.json for the sync tool to finish. The
			// last good copy takes what is in memory, so a restart before that restores every round held here.
			await this.plugin.app.vault.adapter.write(this.path(BACKUP), JSON.stringify(serializePluginData(this.data), null, 2));
			return;
		}
		const read = readPluginData(parsed.value);
		const merged = mergeHistories(read.data.history, this.data.history);
		const ours =
			merged.rounds.length > read.data.history.rounds.length || merged.unreadable.length > read.data.history.unreadable.length;
		this.data = { ...read.data, history: merged };
		if (ours) await this.save();
	}

	private async write(): Promise<void> {
		const current = await this.readText(DATA);
		if (current !== null && parseDataText(current).error === null) {
			await this.plugin.app.vault.adapter.write(this.path(BACKUP), current);
		}
		await this.plugin.saveData(serializePluginData(this.data));
	}

	private async readText(name: string): Promise<string | null> {
		const adapter = this.plugin.app.vault.adapter;
		const path = this.path(name);
		try {
			return (await adapter.exists(path)) ? await adapter.read(path) : null;
		} catch {
			return null;
		}
	}

	/**
	 * Writes a copy of the data file beside it, named by its content, so the
	 * same file is never kept twice. Returns the name, and whether it was new.
	 */
	private async keepAside(text: string, why: string): Promise<{ name: string; fresh: boolean }> {
		const name = `data.${why}-${hashString(text)}.json`;
		const path = this.path(name);
		if (await this.plugin.app.vault.adapter.exists(path)) return { name, fresh: false };
		await this.plugin.app.vault.adapter.write(path, text);
		return { name, fresh: true };
	}

	private path(name: string): string {
		const dir = this.plugin.manifest.dir ?? `${this.plugin.app.vault.configDir}/plugins/${this.plugin.manifest.id}`;
		return normalizePath(`${dir}/${name}`);
	}
}
