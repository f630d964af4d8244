import { ANSWER_LENGTH_RANGE } from "./practice/answer-length";

/** Which built-in competency set the coverage panel scores against, or the user's own. */
export type CompetencySetId = "behavioural" | "senior" | "amazon" | "custom";

/** Where mock questions come from. */
export type QuestionSource = "vault" | "builtin" | "both";

/** The format a new story is written in. */
export type TemplateFormat = "star" | "senior" | "user";

/** Everything the user can set. Stored under `settings` in the plugin's data. */
export interface StoryBankSettings {
	/** Only notes in this folder are story notes; empty for the whole vault. */
	storyFolder: string;
	/** Only notes with this tag (without `#`) are story notes; empty for any. */
	storyTag: string;
	/** Only notes whose frontmatter has this key are story notes; empty for any. */
	storyFrontmatterKey: string;
	/** Notes larger than this (in kilobytes) are skipped, with the reason shown. */
	maxNoteSizeKb: number;
	/** Speaking rate used to time stories. */
	wordsPerMinute: number;
	/** Target length of a spoken answer, in seconds. */
	targetAnswerSeconds: number;
	competencySet: CompetencySetId;
	/** Path of the note that defines a custom competency set. */
	customCompetencyNote: string;
	/** Highlight colour name → competency id, so a colour-coded bank maps itself. */
	highlightCompetencies: Record<string, string>;
	questionSource: QuestionSource;
	/** Practise in a workspace tab (default) or in a pop-up. */
	practiceIn: "tab" | "modal";
	/** Seconds of preparation before the answer countdown; 0 for none. */
	prepSeconds: number;
	/** Path of a note that gets one line per practice round; empty for none. */
	practiceLogNote: string;
	/** date-fns format of the date in the practice log. */
	practiceLogDateFormat: string;
	/** Folder for recorded answers; empty follows Obsidian's "Default location for new attachments". */
	recordingFolder: string;
	templateFormat: TemplateFormat;
	/** Path of the user's template note, for the "user" format. */
	userTemplateNote: string;
	/** Folder where "New story note" creates notes. */
	newStoryFolder: string;
	/** Fallback list style for templates when a note has no entries to copy. */
	templateListStyle: "numbered" | "bulleted";
	/** Fallback indentation for templates when a note has no entries to copy. */
	templateIndent: "tab" | "2" | "4";
	/** The verdict on each story's first line in the editor: everything, only warnings, or nothing. */
	editorFeedback: EditorFeedback;
	/** The verdict as a small header above each story in reading view, or nothing. */
	readingFeedback: "header" | "none";
}

/** How much story feedback the editor shows. */
export type EditorFeedback = "all" | "warnings" | "off";

export const DEFAULT_SETTINGS: Readonly<StoryBankSettings> = Object.freeze({
	storyFolder: "",
	storyTag: "",
	storyFrontmatterKey: "",
	maxNoteSizeKb: 2048,
	wordsPerMinute: 150,
	targetAnswerSeconds: 150,
	competencySet: "senior",
	customCompetencyNote: "",
	highlightCompetencies: Object.freeze({}) as Record<string, string>,
	questionSource: "both",
	practiceIn: "tab",
	prepSeconds: 0,
	practiceLogNote: "",
	practiceLogDateFormat: "yyyy-MM-dd HH:mm",
	recordingFolder: "",
	templateFormat: "star",
	userTemplateNote: "",
	newStoryFolder: "",
	templateListStyle: "numbered",
	templateIndent: "tab",
	editorFeedback: "all",
	readingFeedback: "header",
} satisfies StoryBankSettings);

/** Settings read from storage, with a message for every value that was refused. */
export interface NormalizedSettings {
	settings: StoryBankSettings;
	/** One sentence per refused value, naming the setting and the default used instead. */
	warnings: string[];
}

type Check<T> = (value: unknown) => T | undefined;

const oneOf =
	<T extends string>(...allowed: T[]): Check<T> =>
	(value) =>
		typeof value === "string" && (allowed as string[]).includes(value) ? (value as T) : undefined;

const text: Check<string> = (value) => (typeof value === "string" ? value.trim() : undefined);

/** The numbers each numeric setting accepts, bounds included. */
export const SETTING_RANGES = {
	maxNoteSizeKb: { min: 16, max: 65536 },
	wordsPerMinute: { min: 60, max: 300 },
	targetAnswerSeconds: ANSWER_LENGTH_RANGE,
	prepSeconds: { min: 0, max: 600 },
} as const;

/** What a tag setting may hold once its `#` is removed: letters, digits, `_`, `-` and `/`. */
export const TAG_NAME = /^[\p{L}\p{N}_\-/]+$/u;

const numberIn =
	({ min, max }: { min: number; max: number }): Check<number> =>
	(value) => {
		const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
		return typeof n === "number" && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
	};

const path: Check<string> = (value) => {
	if (typeof value !== "string") return undefined;
	const trimmed = value
		.trim()
		.replace(/\\/g, "/")
		.replace(/^\/+|(?<!\/)\/+$/g, "");
	return /(?:^|\/)\.\.(?:\/|$)/.test(trimmed) ? undefined : trimmed;
};

const tag: Check<string> = (value) => {
	if (typeof value !== "string") return undefined;
	const t = value.trim().replace(/^#/, "");
	return t === "" || TAG_NAME.test(t) ? t : undefined;
};

const colourMap: Check<Record<string, string>> = (value) => {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
	// fromEntries defines own keys, so a colour named like an object property (`__proto__`) stays data.
	return Object.fromEntries(
		Object.entries(value as Record<string, unknown>)
			.filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== "")
			.map(([k, v]) => [k.toLowerCase(), v.trim()]),
	);
};

const CHECKS: { [K in keyof StoryBankSettings]: [Check<StoryBankSettings[K]>, string] } = {
	storyFolder: [path, "Story folder"],
	storyTag: [tag, "Story tag"],
	storyFrontmatterKey: [text, "Frontmatter key"],
	maxNoteSizeKb: [numberIn(SETTING_RANGES.maxNoteSizeKb), "Largest note to read"],
	wordsPerMinute: [numberIn(SETTING_RANGES.wordsPerMinute), "Speaking rate"],
	targetAnswerSeconds: [numberIn(SETTING_RANGES.targetAnswerSeconds), "Target answer length"],
	competencySet: [oneOf<CompetencySetId>("behavioural", "senior", "amazon", "custom"), "Competency set"],
	customCompetencyNote: [path, "Custom competency note"],
	highlightCompetencies: [colourMap, "Highlight colours"],
	questionSource: [oneOf<QuestionSource>("vault", "builtin", "both"), "Question source"],
	practiceIn: [oneOf("tab", "modal"), "Practise in"],
	prepSeconds: [numberIn(SETTING_RANGES.prepSeconds), "Preparation time"],
	practiceLogNote: [path, "Practice log note"],
	practiceLogDateFormat: [text, "Practice log date format"],
	recordingFolder: [path, "Recordings folder"],
	templateFormat: [oneOf<TemplateFormat>("star", "senior", "user"), "Template format"],
	userTemplateNote: [path, "Template note"],
	newStoryFolder: [path, "New story folder"],
	templateListStyle: [oneOf("numbered", "bulleted"), "Template list style"],
	templateIndent: [oneOf("tab", "2", "4"), "Template indentation"],
	editorFeedback: [oneOf<EditorFeedback>("all", "warnings", "off"), "Story feedback in the editor"],
	readingFeedback: [oneOf("header", "none"), "Story feedback in reading view"],
};

/**
 * Validates stored settings: unknown keys are dropped, missing ones take the
 * default, and a value of the wrong type or out of range takes the default
 * with a warning. Never throws and never mutates `DEFAULT_SETTINGS`.
 */
export function normalizeSettings(raw: unknown): NormalizedSettings {
	const settings: StoryBankSettings = { ...DEFAULT_SETTINGS, highlightCompetencies: { ...DEFAULT_SETTINGS.highlightCompetencies } };
	const warnings: string[] = [];
	if (raw === undefined || raw === null) return { settings, warnings };
	if (typeof raw !== "object" || Array.isArray(raw)) {
		warnings.push("The stored settings were not readable; the defaults are used.");
		return { settings, warnings };
	}
	const source = raw as Record<string, unknown>;
	for (const key of Object.keys(CHECKS) as (keyof StoryBankSettings)[]) {
		if (!(key in source) || source[key] === undefined) continue;
		assign(settings, key, source[key], warnings);
	}
	return { settings, warnings };
}

function assign<K extends keyof StoryBankSettings>(settings: StoryBankSettings, key: K, value: unknown, warnings: string[]): void {
	const [check, name] = CHECKS[key];
	const accepted = check(value);
	if (accepted === undefined) {
		warnings.push(`${name}: ${describe(value)} is not valid; using ${describe(DEFAULT_SETTINGS[key])}.`);
		return;
	}
	settings[key] = accepted;
}

function describe(value: unknown): string {
	if (typeof value === "string") return `"${value}"`;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return JSON.stringify(value) ?? "nothing";
}

/** True when the settings would keep `value` for `key`, as typed or as stored: the one check the loader and the settings tab share. */
export function isValidSetting(key: keyof StoryBankSettings, value: unknown): boolean {
	return CHECKS[key][0](value) !== undefined;
}

/** True when the user limited story notes to a folder, tag or frontmatter key. */
export function hasScope(settings: StoryBankSettings): boolean {
	return settings.storyFolder !== "" || settings.storyTag !== "" || settings.storyFrontmatterKey !== "";
}

/** Settings that name a folder, and settings that name a note. */
const FOLDER_SETTINGS = ["storyFolder", "newStoryFolder"] as const;
const NOTE_SETTINGS = ["practiceLogNote", "userTemplateNote", "customCompetencyNote"] as const;

/**
 * The settings that change when a file or folder moves from `oldPath` to
 * `newPath`, so a setting that names it (or something inside it) follows the
 * move as a link would. A note may be named with or without `.md`. A folder
 * setting follows only folders, a note setting only notes (or the folder they
 * are in): renaming the note `Interview.md` leaves the folder `Interview` alone.
 */
export function followRename(
	settings: StoryBankSettings,
	oldPath: string,
	newPath: string,
	kind: "file" | "folder",
): Partial<StoryBankSettings> {
	const patch: Partial<StoryBankSettings> = {};
	if (kind === "folder") {
		for (const key of [...FOLDER_SETTINGS, ...NOTE_SETTINGS]) {
			const value = settings[key];
			const isFolder = (FOLDER_SETTINGS as readonly string[]).includes(key);
			if (isFolder && value === oldPath) patch[key] = newPath;
			else if (value.startsWith(`${oldPath}/`)) patch[key] = newPath + value.slice(oldPath.length);
		}
		return patch;
	}
	const oldBare = oldPath.replace(/\.md$/i, "");
	const newBare = newPath.replace(/\.md$/i, "");
	for (const key of NOTE_SETTINGS) {
		const value = settings[key];
		if (value === "") continue;
		if (value === oldPath) patch[key] = newPath;
		else if (value === oldBare) patch[key] = newBare;
	}
	return patch;
}

/** The settings whose value differs between two snapshots, as the newer one holds them. */
export function settingsChangedSince(before: StoryBankSettings, after: StoryBankSettings): Partial<StoryBankSettings> {
	if (before === after) return {};
	const patch: Partial<StoryBankSettings> = {};
	for (const key of Object.keys(CHECKS) as (keyof StoryBankSettings)[]) {
		if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(patch, { [key]: after[key] });
	}
	return patch;
}
