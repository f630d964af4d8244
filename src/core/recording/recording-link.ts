/**
 * The embed that plays a recording in Obsidian's own audio player: `![[path]]`.
 * The full vault path is used so the link never resolves to another file of
 * the same name; file names made by `recordingBaseName` hold no character a
 * wikilink refuses.
 */
export function recordingEmbed(path: string): string {
	return `![[${path}]]`;
}

/** A practice log line with the recording's embed after it (the line stays one line). */
export function withRecordingEmbed(line: string, path: string | undefined): string {
	return path === undefined || path === "" ? line : `${line} · ${recordingEmbed(path)}`;
}
