/**
 * The folder a new recording goes to. A folder set in the plugin's settings
 * wins; otherwise Obsidian's "Default location for new attachments" setting
 * (`attachmentFolderPath`) is followed as Obsidian reads it:
 * `/` or empty is the vault root, `./` the folder of the current file, `./sub`
 * a sub-folder of it, anything else a folder from the vault root.
 * `currentFile` is the path of the note the round came from (or the open
 * note), `null` when there is none: the "current folder" forms then fall back
 * to the vault root. Returns a vault path without leading or trailing slash
 * (`""` is the vault root).
 */
export function recordingFolder(pluginFolder: string, attachmentFolderPath: string | undefined, currentFile: string | null): string {
	const own = trimSlashes(pluginFolder.trim());
	if (own !== "") return own;
	const setting = (attachmentFolderPath ?? "").trim();
	if (setting === "" || setting === "/") return "";
	if (setting === "." || setting.startsWith("./")) {
		const parent = currentFile === null ? "" : parentFolder(currentFile);
		const sub = trimSlashes(setting.slice(1));
		return [parent, sub].filter((p) => p !== "").join("/");
	}
	return trimSlashes(setting);
}

/** The folder of a vault path (`""` for a file at the root). */
export function parentFolder(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}

/** `folder/name.ext`, or `name.ext` at the vault root. */
export function joinPath(folder: string, file: string): string {
	return folder === "" ? file : `${folder}/${file}`;
}

function trimSlashes(path: string): string {
	return path
		.replace(/\\/g, "/")
		.split("/")
		.filter((part) => part !== "")
		.join("/");
}
