import { extensionForType } from "./recording-format";
import { recordingFolder } from "./recording-folder";
import { recordingBaseName } from "./recording-name";
import { freePath } from "./recording-path";

/** What deciding a recording's path needs; the shell reads each from Obsidian. */
export interface RecordingPlanInput {
	/** When the answer was recorded (the injected clock's reading). */
	now: number;
	questionText: string;
	/** The type the recorder produced (`audio/webm;codecs=opus`, …). */
	mimeType: string | null;
	/** The plugin's own recordings folder setting; empty follows Obsidian's attachment setting. */
	pluginFolder: string;
	/** Obsidian's `attachmentFolderPath` setting. */
	attachmentFolderPath: string | undefined;
	/** The note the round's question came from, or the open note; `null` for none. */
	currentFile: string | null;
	exists: (path: string) => boolean;
}

/** The folder and free vault path a new recording is written to. */
export function planRecordingPath(input: RecordingPlanInput): { folder: string; path: string } {
	const folder = recordingFolder(input.pluginFolder, input.attachmentFolderPath, input.currentFile);
	const base = recordingBaseName(new Date(input.now), input.questionText);
	return { folder, path: freePath(folder, base, extensionForType(input.mimeType), input.exists) };
}
