import { normalizePath, type Plugin } from "obsidian";
import { followCorrections, mergeCorrections, setVerdict } from "../core/competencies/correction-store";
import type { CompetencyVerdict } from "../core/competencies/corrections";
import { hashString } from "../core/parser/ids";
import { mergeHistories, reviseRound, type PracticeRound } from "../core/practice/practice-round";
import {
	emptyData,
	mayReplaceBackup,
	parseDataText,
	readPluginData,
	serializePluginData,
	type PluginData,
	type ReadData,
} from "../core/plugin-data";
import { settingsChangedSince, type StoryBankSettings } from "../core/settings";

const DATA = "data.json";
/**
 * The last good copies, newest first. Separate files rather than one file of
 * generations: each is a whole data.json a user can copy back by hand, and a
 * torn write can only ever damage one of them.
 */
export const BACKUPS = ["data.backup.json", "data.backup.1.json", "data.backup.2.json"] as const;

/** A read of one file: its text, no file at all, or an error that is not "no file" (busy, locked, denied). */
type FileRead = { kind: "text"; text: string } | { kind: "missing" } | { kind: "error"; message: string };

/** What the store may write: everything, nothing (data.json could not be read), or settings only (a newer layout). */
type Mode =
	| { kind: "normal" }
	| { kind: "unreadable"; settingsAtLoad: StoryBankSettings }
	| { kind: "newer"; layout: number; raw: Record<string, unknown> };

/** Test seams: how often and how long to wait before a read error is believed. */
export interface DataStoreOptions {
	/** Reads tried before an error is final (default 3). */
	attempts?: number;
	/** Waits between attempts; a timer by default. */
	wait?: (ms: number) => Promise<void>;
	/** The clock for revisions and corrections. */
	now?: () => Date;
}

/**
 * The plugin's own data (settings, practice history, competency corrections)
 * in data.json. The rule: it never writes over something it could not read
 * or does not understand. A read error is retried, then the plugin runs
 * without saving; a missing, empty or broken file is restored from the newest
 * good backup; a newer layout is kept aside byte for byte and only settings
 * are saved into it; a backup is replaced only by a copy that was read,
 * validated and holds as much. Every recovery is said in one notice.
 */
export class DataStore {
	data: PluginData = emptyData();
	private mode: Mode = { kind: "normal" };
	private queue: Promise<void> = Promise.resolve();
	private readonly attempts: number;
	private readonly wait: (ms: number) => Promise<void>;
	private readonly now: () => Date;

	constructor(
		private readonly plugin: Plugin,
		private readonly tell: (message: string) => void,
		options: DataStoreOptions = {},
	) {
		this.attempts = Math.max(1, options.attempts ?? 3);
		this.wait = options.wait ?? ((ms) => new Promise((resolve) => window.setTimeout(resolve, ms)));
		this.now = options.now ?? (() => new Date());
	}

	/** Why history is not being saved, or `null` when everything is saved. */
	get readOnlyReason(): string | null {
		if (this.mode.kind === "unreadable") return "the data file could not be read";
		if (this.mode.kind === "newer") return `the data file is from a newer version of the plugin (layout ${this.mode.layout})`;
		return null;
	}

	/** Reads data.json. Writes nothing unless something had to change (a migration or a restore). */
	async load(): Promise<void> {
		const file = await this.readFile(DATA);
		if (file.kind === "error") {
			const backup = await this.newestBackup();
			this.data = backup?.data ?? emptyData();
			this.mode = { kind: "unreadable", settingsAtLoad: this.data.settings };
			const shown = backup ? `your settings and history from ${backup.name} are shown` : "default settings are used";
			this.tell(
				`The plugin's data file could not be read (${file.message}); ${shown}, and nothing is saved over it until it can be read.`,
			);
			return;
		}
		const messages: string[] = [];
		let value: unknown;
		let broken: string | null = null;
		if (file.kind === "text") {
			const parsed = parseDataText(file.text);
			value = parsed.value;
			if (parsed.error !== null) {
				const { name } = await this.keepAside(file.text, "unreadable");
				broken = `${parsed.error} It was kept as ${name};`;
			}
		}
		const read = readPluginData(value);
		if (read.newerLayout !== null && file.kind === "text") {
			await this.enterNewer(read, value as Record<string, unknown>, file.text, read.data.settings);
			return;
		}
		const backup = await this.newestBackup();
		let mustSave = read.migrated || read.changed;
		if (broken !== null || read.empty) {
			const what =
				broken ?? (file.kind === "missing" ? "The plugin's data file was missing;" : "The plugin's data file held nothing;");
			if (backup) {
				this.data = backup.data;
				messages.push(`${what} your data was restored from the last good copy (${backup.name}).`);
				mustSave = true;
			} else {
				this.data = read.data;
				if (broken !== null) messages.push(`${what} starting with default settings and no practice history.`);
			}
		} else {
			this.data = read.data;
			messages.push(...read.warnings);
			if (read.keepAside) {
				const { name, fresh } = await this.keepAside(file.kind === "text" ? file.text : "", "kept");
				if (fresh) messages.push(`A copy of the data file as it was is kept as ${name}.`);
			}
			if (backup && this.takeMissingFrom(backup.data)) {
				messages.push(`Practice rounds or corrections missing from the data file were restored from ${backup.name}.`);
				mustSave = true;
			}
		}
		if (messages.length > 0) this.tell(messages.join(" "));
		if (mustSave) await this.save();
	}

	/** Saves after the saves already queued. Never throws: a failed save is told to the user. */
	save(): Promise<void> {
		return this.enqueue(() => this.write());
	}

	/** Replaces the settings and saves them. */
	updateSettings(settings: StoryBankSettings): Promise<void> {
		this.data.settings = settings;
		return this.save();
	}

	/** Adds a rated round, or saves a round again (re-rated, noted) as its next revision. */
	putRound(round: PracticeRound): Promise<void> {
		return this.putRounds([round]);
	}

	/** `putRound` for several rounds at once, saved once (none: no save). */
	putRounds(rounds: readonly PracticeRound[]): Promise<void> {
		if (rounds.length === 0) return Promise.resolve();
		const list = this.data.history.rounds;
		for (const round of rounds) {
			const at = list.findIndex((r) => r.id === round.id);
			const revised = reviseRound(round, at >= 0 ? list[at] : undefined, this.now());
			if (at >= 0) list[at] = revised;
			else list.push(revised);
		}
		return this.save();
	}

	/**
	 * Moves rounds saved against an old id of a question to its current id
	 * (see `carriedQuestionIds`), each as its next revision so a synced copy
	 * takes the move too. Saves only when a round moved.
	 */
	carryOverQuestionIds(carried: ReadonlyMap<string, string>): Promise<void> {
		// A file the store may not write rounds into (unreadable, or from a newer version) is left as it is.
		if (carried.size === 0 || this.readOnlyReason !== null) return Promise.resolve();
		const list = this.data.history.rounds;
		let moved = 0;
		list.forEach((round, i) => {
			const id = carried.get(round.questionId);
			if (id === undefined) return;
			list[i] = reviseRound({ ...round, questionId: id }, round, this.now());
			moved++;
		});
		return moved > 0 ? this.save() : Promise.resolve();
	}

	/** Records the user's word on one competency of a story (`null`: back to "suggested") and saves it. */
	setVerdict(target: { path: string; storyId: string }, competencyId: string, verdict: CompetencyVerdict | null): Promise<void> {
		this.data.corrections = setVerdict(this.data.corrections, target, competencyId, verdict, this.now().getTime());
		return this.save();
	}

	/** A note or folder moved: corrections of the stories in it follow it. */
	followRename(oldPath: string, newPath: string, kind: "file" | "folder"): Promise<void> {
		const moved = followCorrections(this.data.corrections, oldPath, newPath, kind);
		if (moved === null) return Promise.resolve();
		this.data.corrections = moved;
		return this.save();
	}

	/** Forgets the practice history on purpose: the one way the data may shrink below its backup. */
	clearHistory(): Promise<void> {
		this.data.history = { rounds: [], unreadable: [], clearedAt: this.now().toISOString() };
		return this.save();
	}

	/**
	 * Takes in a data.json written elsewhere (a sync tool): its settings win,
	 * except those changed here while it was being read; practice history and
	 * corrections are merged by revision and time. Runs between saves, never
	 * during one. A copy that cannot be read changes nothing here.
	 */
	reloadExternal(): Promise<void> {
		return this.enqueue(() => this.takeExternal(this.data.settings));
	}

	private enqueue(job: () => Promise<void>): Promise<void> {
		const run = this.queue.then(job);
		this.queue = run.catch((error: unknown) => {
			console.error("Interview Story Bank could not save its data", error);
			this.tell("Could not save the plugin's data. Your notes are untouched; the last change may not be kept.");
		});
		return this.queue;
	}

	private async takeExternal(settingsBefore: StoryBankSettings): Promise<void> {
		const file = await this.readFile(DATA);
		if (file.kind === "error") return;
		const parsed = file.kind === "text" ? parseDataText(file.text) : { value: undefined, error: null };
		if (parsed.error !== null) {
			// A half-synced file: keep what is held here, and let the sync tool finish. What is held here is a
			// good copy, so it becomes the newest backup: a restart before the sync ends restores every round.
			await this.rotate(JSON.stringify(serializePluginData(this.data), null, 2), this.data);
			return;
		}
		const read = readPluginData(parsed.value);
		// A setting changed here while the file was being read is newer than the file: it stays.
		const changedHere = settingsChangedSince(settingsBefore, this.data.settings);
		if (read.newerLayout !== null && file.kind === "text") {
			const history = mergeHistories(read.data.history, this.data.history);
			await this.enterNewer(read, parsed.value as Record<string, unknown>, file.text, { ...read.data.settings, ...changedHere });
			this.data.history = history;
			return;
		}
		const wasUnreadable = this.mode.kind === "unreadable";
		this.mode = { kind: "normal" };
		if (read.empty) {
			// Nothing there (deleted, or emptied by another device): what is held here is written back.
			await this.write();
			return;
		}
		const settings = wasUnreadable
			? { ...this.data.settings, ...read.data.settings, ...changedHere }
			: { ...read.data.settings, ...changedHere };
		const merged: PluginData = {
			...read.data,
			settings,
			history: mergeHistories(read.data.history, this.data.history),
			corrections: mergeCorrections(read.data.corrections, this.data.corrections),
		};
		this.data = merged;
		const theirs = JSON.stringify(serializePluginData(read.data));
		if (JSON.stringify(serializePluginData(merged)) !== theirs) await this.write();
	}

	private async write(): Promise<void> {
		if (this.mode.kind === "unreadable") {
			// Try again: once data.json reads, it is merged like a synced copy (which saves), else nothing is written.
			const settingsAtLoad = this.mode.settingsAtLoad;
			const file = await this.readFile(DATA);
			if (file.kind === "error") return;
			await this.takeExternal(settingsAtLoad);
			return;
		}
		if (this.mode.kind === "newer") {
			await this.writeSettingsInto(this.mode.raw);
			return;
		}
		const file = await this.readFile(DATA);
		if (file.kind === "error") throw new Error(`data.json could not be read before saving (${file.message}); nothing was written.`);
		if (file.kind === "text") {
			const parsed = parseDataText(file.text);
			if (parsed.error !== null) {
				await this.keepAside(file.text, "unreadable");
			} else {
				const read = readPluginData(parsed.value);
				if (read.newerLayout !== null) {
					await this.enterNewer(read, parsed.value as Record<string, unknown>, file.text, this.data.settings);
					await this.writeSettingsInto(parsed.value as Record<string, unknown>);
					return;
				}
				if (!read.empty) {
					// What is on disk and not held here (a sync that was not announced yet) is kept too.
					this.takeMissingFrom(read.data);
					await this.rotate(file.text, read.data);
				}
			}
		}
		await this.plugin.saveData(serializePluginData(this.data));
	}

	/** Adds the rounds and corrections of `other` that are missing here, by revision and time. True when any were. */
	private takeMissingFrom(other: PluginData): boolean {
		const cleared = this.data.history.clearedAt;
		const rounds = cleared === undefined ? other.history.rounds : other.history.rounds.filter((r) => r.practisedAt > cleared);
		const before = JSON.stringify([this.data.history, this.data.corrections]);
		this.data.history = mergeHistories(this.data.history, { ...other.history, rounds });
		this.data.corrections = mergeCorrections(this.data.corrections, other.corrections);
		return JSON.stringify([this.data.history, this.data.corrections]) !== before;
	}

	/** A file from a newer version: kept aside once, told once, and from now on only settings are saved into it. */
	private async enterNewer(read: ReadData, raw: Record<string, unknown>, text: string, settings: StoryBankSettings): Promise<void> {
		this.mode = { kind: "newer", layout: read.newerLayout ?? 0, raw };
		this.data = { ...read.data, settings };
		const { name, fresh } = await this.keepAside(text, "kept");
		if (fresh)
			this.tell(
				[
					`The plugin's data was written by a newer version (layout ${read.newerLayout}); a copy is kept as ${name}.`,
					...read.warnings,
					"Until you update the plugin, practice history and corrections are shown but not saved; " +
						"settings are saved without touching the rest.",
				].join(" "),
			);
	}

	/** Writes the settings into a newer-layout file: every key this version does not know stays as it was. */
	private async writeSettingsInto(raw: Record<string, unknown>): Promise<void> {
		const stored = raw.settings;
		const theirs = typeof stored === "object" && stored !== null && !Array.isArray(stored) ? stored : {};
		await this.plugin.saveData({ ...raw, settings: { ...theirs, ...this.data.settings } });
	}

	/**
	 * Makes `text` the newest backup, shifting older generations down, unless
	 * it holds less than the newest backup (without the history being cleared)
	 * or is the same text.
	 */
	private async rotate(text: string, data: PluginData): Promise<void> {
		const newest = await this.readBackup(BACKUPS[0]);
		if (newest && (newest.text === text || !mayReplaceBackup(data, newest.data))) return;
		for (let i = BACKUPS.length - 1; i > 0; i--) {
			const older = await this.readFile(BACKUPS[i - 1] ?? "");
			if (older.kind === "text") await this.writeFile(BACKUPS[i] ?? "", older.text);
		}
		await this.writeFile(BACKUPS[0], text);
	}

	/** The newest backup generation that reads and is understood. */
	private async newestBackup(): Promise<{ name: string; data: PluginData; text: string } | null> {
		for (const name of BACKUPS) {
			const backup = await this.readBackup(name);
			if (backup) return { name, ...backup };
		}
		return null;
	}

	private async readBackup(name: string): Promise<{ data: PluginData; text: string } | null> {
		const file = await this.readFile(name);
		if (file.kind !== "text") return null;
		const parsed = parseDataText(file.text);
		if (parsed.error !== null) return null;
		const read = readPluginData(parsed.value);
		return read.empty || read.newerLayout !== null ? null : { data: read.data, text: file.text };
	}

	/** Reads a file, trying again after a short wait when the read fails: a busy or locked file is not a missing one. */
	private async readFile(name: string): Promise<FileRead> {
		const adapter = this.plugin.app.vault.adapter;
		const path = this.path(name);
		let message = "";
		for (let attempt = 1; attempt <= this.attempts; attempt++) {
			try {
				if (!(await adapter.exists(path))) return { kind: "missing" };
				return { kind: "text", text: await adapter.read(path) };
			} catch (error) {
				message = error instanceof Error ? error.message : String(error);
				if (attempt < this.attempts) await this.wait(100 * attempt);
			}
		}
		return { kind: "error", message };
	}

	private writeFile(name: string, text: string): Promise<void> {
		return this.plugin.app.vault.adapter.write(this.path(name), text);
	}

	/**
	 * Writes a copy of the data file beside it, named by its content, so the
	 * same file is never kept twice. Returns the name, and whether it was new.
	 */
	private async keepAside(text: string, why: string): Promise<{ name: string; fresh: boolean }> {
		const name = `data.${why}-${hashString(text)}.json`;
		if (await this.plugin.app.vault.adapter.exists(this.path(name))) return { name, fresh: false };
		await this.writeFile(name, text);
		return { name, fresh: true };
	}

	private path(name: string): string {
		const dir = this.plugin.manifest.dir ?? `${this.plugin.app.vault.configDir}/plugins/${this.plugin.manifest.id}`;
		return normalizePath(`${dir}/${name}`);
	}
}
