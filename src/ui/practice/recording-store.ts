import { normalizePath, type App, type TFile } from "obsidian";
import { planRecordingPath } from "../../core/recording/recording-plan";
import { recordingsOfRounds } from "../../core/recording/recording-age";
import { parentFolder } from "../../core/recording/recording-folder";
import { ensureFolder, takenIn } from "../vault-files";
import type { PracticeRound } from "../../core/practice/practice-round";
import type { StoryBankServices } from "../../obsidian/services";
import type { RecordedAnswer } from "./recorder";

/** Where and for what a recording is saved. */
export interface SaveRecordingInput {
	answer: RecordedAnswer;
	questionText: string;
	/** The note the question came from, or the open note; `null` for none. */
	currentFile: string | null;
	/** The plugin's own recordings folder; empty follows Obsidian's attachment setting. */
	pluginFolder: string;
	now: number;
}

/**
 * Writes a recorded answer into the vault with `vault.createBinary` and
 * returns its path: in the folder the settings name, by date and question,
 * never over an existing file.
 */
export async function saveRecording(app: App, input: SaveRecordingInput): Promise<string> {
	const { folder, path } = planRecordingPath({
		now: input.now,
		questionText: input.questionText,
		mimeType: input.answer.mimeType,
		pluginFolder: input.pluginFolder,
		attachmentFolderPath: attachmentSetting(app),
		currentFile: input.currentFile,
		// Without regard to case, as the file systems of macOS and Windows see names.
		exists: (p) => takenIn(app, parentFolder(p))(p),
	});
	await ensureFolder(app, folder);
	const file = await app.vault.createBinary(normalizePath(path), input.answer.data);
	return file.path;
}

/** The recording's file, or `null` when it is no longer in the vault. */
function recordingFile(app: App, path: string): TFile | null {
	return app.vault.getFileByPath(normalizePath(path));
}

/** A URL Obsidian's audio player can load for a recording, or `null` when the file is gone. */
export function recordingUrl(app: App, path: string): string | null {
	const file = recordingFile(app, path);
	return file ? app.vault.getResourcePath(file) : null;
}

/**
 * Moves recordings to the trash (see `trashRecordings`) and unlinks them from
 * their rounds, each saved as its next revision so a synced copy takes the
 * change. The rounds themselves stay. Returns how many files were moved.
 */
export async function trashRoundRecordings(services: StoryBankServices, paths: readonly string[]): Promise<number> {
	const moved = new Set(await trashRecordings(services.app, paths));
	const unlinked = services.store.data.history.rounds
		.filter((r) => r.recording !== undefined && moved.has(r.recording))
		.map(({ recording: _gone, ...kept }) => kept);
	// One save for all of them, however many were old.
	await services.store.putRounds(unlinked);
	if (moved.size > 0) services.events.triggerHistoryChanged();
	return moved.size;
}

/** How many of the history's recordings exist in the vault and how many bytes they take. */
export function recordingStorage(app: App, rounds: readonly PracticeRound[]): { count: number; bytes: number } {
	let count = 0;
	let bytes = 0;
	for (const { recording } of recordingsOfRounds(rounds)) {
		const file = recordingFile(app, recording);
		if (file) {
			count++;
			bytes += file.stat.size;
		}
	}
	return { count, bytes };
}

/**
 * Sends recordings to the trash the user chose in Obsidian's "Deleted files"
 * setting, only when the user asks. Returns the paths trashed; files already
 * gone are skipped.
 */
export async function trashRecordings(app: App, paths: readonly string[]): Promise<string[]> {
	const done: string[] = [];
	for (const path of paths) {
		const file = recordingFile(app, path);
		if (!file) continue;
		// trashFile follows the user's "Deleted files" preference (system trash, .trash, or as they chose), as the guidelines ask.
		await app.fileManager.trashFile(file);
		done.push(path);
	}
	return done;
}

// Obsidian's "Default location for new attachments"; `getConfig` is not in the typings but is how plugins read it.
function attachmentSetting(app: App): string | undefined {
	const vault = app.vault as unknown as { getConfig?: (key: string) => unknown };
	const value = vault.getConfig?.("attachmentFolderPath");
	return typeof value === "string" ? value : undefined;
}
