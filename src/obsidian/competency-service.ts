import { Component, Events, normalizePath, TFile, type App, type EventRef, type TAbstractFile } from "obsidian";
import type { NoteWatch } from "./index-sync";
import { builtInSet, DEFAULT_SET } from "../core/competencies/built-in-sets";
import type { CompetencyMatcher } from "../core/competencies/competency-matcher";
import { MatcherCache } from "../core/competencies/matcher-cache";
import { parseCustomSet, splitCustomNote } from "../core/competencies/custom-set";
import type { CompetencySet } from "../core/competencies/types";
import type { StoryBankSettings } from "../core/settings";
import type { StoryBankEvents } from "./story-bank-events";

/** What the service needs from the plugin. */
export interface CompetencyHost {
	readonly app: App;
	readonly settings: StoryBankSettings;
	readonly events: StoryBankEvents;
	/** The one vault listener (IndexSync), which tells the service when the custom note's text changes, or it is deleted or renamed. */
	readonly notes: NoteWatch;
}

/** The competency set in use, its matcher, and why it is not the one chosen (if it is not). */
export interface CompetencyState {
	set: CompetencySet;
	matcher: CompetencyMatcher;
	/** Why the chosen set could not be used (the default set stands in), or `null`. */
	error: string | null;
	/** Parts of the custom note that were skipped, one sentence each with its line. */
	warnings: string[];
}

const CHANGED = "changed";

/**
 * Loads the competency set the user chose (its matcher comes from a
 * `MatcherCache`). A custom set is read from its note when the layout is
 * ready, and again whenever that note changes, is created, deleted or renamed
 * (a rename is followed, like a link), as IndexSync, the one vault listener,
 * reports. A custom note that is missing or does not parse leaves the default
 * set in place with an error for the settings tab and the panel; it never
 * throws. Views listen with `onChanged`.
 */
export class CompetencyService extends Component {
	private state: CompetencyState | null = null;
	/** The custom note's text: `undefined` before it was read, `null` when there is no such note. */
	private customText: string | null | undefined = undefined;
	private customPath = "";
	private settingsKey = "";
	private noteKey = "";
	private readonly changes = new Events();
	private readonly matchers = new MatcherCache();

	constructor(private readonly host: CompetencyHost) {
		super();
	}

	override onload(): void {
		this.registerEvent(this.host.events.onSettingsChanged(() => this.onSettingsChanged()));
		// The note's own text arrives with `changed` (also for a note created at the path); no other read is needed.
		this.register(
			this.host.notes.watch({
				changed: (file, data) => this.onNoteText(file, data),
				deleted: (file) => this.onDelete(file),
				renamed: (file) => void this.onRename(file),
			}),
		);
		this.host.app.workspace.onLayoutReady(() => void this.reload());
	}

	/** The set in use now, with its matcher. Cheap: recomputed only after a change. */
	current(): CompetencyState {
		if (!this.state) this.state = this.compute();
		return this.state;
	}

	/** The vault path of the custom competency note as configured ("" when none), with `.md` added if it was left off. */
	customNotePath(): string {
		// "Note#Heading" reads the competencies under one heading of the note.
		const raw = splitCustomNote(this.host.settings.customCompetencyNote).path;
		if (raw === "") return "";
		const path = normalizePath(raw);
		if (this.host.app.vault.getFileByPath(path) || path.toLowerCase().endsWith(".md")) return path;
		return `${path}.md`;
	}

	/** Reads the custom note again (when the custom set is chosen) and tells listeners. */
	async reload(): Promise<void> {
		this.settingsKey = this.keyOfSettings();
		this.noteKey = this.keyOfNote();
		this.customPath = this.customNotePath();
		if (this.host.settings.competencySet !== "custom" || this.customPath === "") {
			this.customText = undefined;
			this.changed();
			return;
		}
		const path = this.customPath;
		const file = this.host.app.vault.getFileByPath(path);
		let text: string | null = null;
		if (file) {
			try {
				text = await this.host.app.vault.cachedRead(file);
			} catch (error) {
				console.error(`Interview Story Bank could not read ${path}`, error);
				text = null;
			}
		}
		// Settings may have moved on while the note was being read.
		if (path !== this.customPath) return;
		this.customText = text;
		this.changed();
	}

	/** Calls back after the set, its matcher or its error changed. Register the ref with `registerEvent`. */
	onChanged(callback: () => void): EventRef {
		return this.changes.on(CHANGED, callback);
	}

	/** Stops a callback registered with `onChanged` (for listeners that are not components). */
	offChanged(ref: EventRef): void {
		this.changes.offref(ref);
	}

	private compute(): CompetencyState {
		const s = this.host.settings;
		const colours = { colours: s.highlightCompetencies };
		if (s.competencySet !== "custom") return this.stateFor(builtInSet(s.competencySet), null, [], colours);
		const path = this.customPath || this.customNotePath();
		const fallback = `using the ${DEFAULT_SET.name} set instead`;
		if (path === "") return this.stateFor(DEFAULT_SET, `No custom competency note is set: ${fallback}.`, [], colours);
		// Not read yet (start-up): stand in quietly; the read follows in a moment.
		if (this.customText === undefined) return this.stateFor(DEFAULT_SET, null, [], colours);
		if (this.customText === null) return this.stateFor(DEFAULT_SET, `No note "${path}" in this vault: ${fallback}.`, [], colours);
		const name = path.split("/").pop()?.replace(/\.md$/i, "") ?? path;
		const parsed = parseCustomSet(this.customText, name, splitCustomNote(s.customCompetencyNote).heading);
		const warnings = parsed.problems.map((p) => `Line ${p.line}: ${p.message}`);
		if (!parsed.set) {
			const why = parsed.problems[parsed.problems.length - 1]?.message ?? "it defines no competencies.";
			return this.stateFor(
				DEFAULT_SET,
				`"${path}" could not be read as competencies. ${why} Meanwhile, ${fallback}.`,
				warnings.slice(0, -1),
				colours,
			);
		}
		return this.stateFor(parsed.set, null, warnings, colours);
	}

	private stateFor(
		set: CompetencySet,
		error: string | null,
		warnings: string[],
		options: { colours: Record<string, string> },
	): CompetencyState {
		return { set, matcher: this.matchers.matcherFor(set, options), error, warnings };
	}

	private onSettingsChanged(): void {
		const key = this.keyOfSettings();
		if (key === this.settingsKey) return;
		const noteBefore = this.noteKey;
		this.settingsKey = key;
		this.noteKey = this.keyOfNote();
		// A newly chosen custom set, or another note: read it afresh, since it was not followed while unused.
		if (this.host.settings.competencySet === "custom" && this.noteKey !== noteBefore) void this.reload();
		else this.changed();
	}

	private onNoteText(file: TFile, data: string): void {
		if (!this.usesCustom() || file.path !== this.customPath) return;
		this.customText = data;
		this.changed();
	}

	private onDelete(file: TAbstractFile): void {
		if (!this.usesCustom() || file.path !== this.customPath) return;
		this.customText = null;
		this.changed();
	}

	/**
	 * A note renamed to the custom note's path is now the custom note. (When
	 * the custom note itself moves, the setting follows it with the other
	 * settings that name a note: `followRename` in settings.ts.)
	 */
	private async onRename(file: TAbstractFile): Promise<void> {
		if (file instanceof TFile && this.usesCustom() && file.path === this.customPath) await this.reload();
	}

	private usesCustom(): boolean {
		return this.host.settings.competencySet === "custom" && this.customPath !== "";
	}

	private keyOfNote(): string {
		return `${this.host.settings.competencySet}\u0000${this.host.settings.customCompetencyNote}`;
	}

	private keyOfSettings(): string {
		const s = this.host.settings;
		return JSON.stringify([s.competencySet, s.customCompetencyNote, s.highlightCompetencies]);
	}

	private changed(): void {
		this.state = null;
		this.changes.trigger(CHANGED);
	}
}
