import type { App } from "obsidian";

/** Creates a folder and any missing parent folders. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === "") return;
	let path = "";
	for (const part of folder.split("/")) {
		path = path === "" ? part : `${path}/${part}`;
		if (app.vault.getFolderByPath(path)) continue;
		if (app.vault.getAbstractFileByPath(path)) throw new Error(`"${path}" is a file, not a folder`);
		await app.vault.createFolder(path);
	}
}

/**
 * Whether a path is taken, without regard to case: on macOS and Windows
 * "Story.md" and "story.md" are the same file.
 */
export function takenIn(app: App, folder: string): (path: string) => boolean {
	const parent = folder === "" ? app.vault.getRoot() : app.vault.getFolderByPath(folder);
	const names = new Set((parent?.children ?? []).map((child) => child.path.toLowerCase()));
	return (path) => app.vault.getAbstractFileByPath(path) !== null || names.has(path.toLowerCase());
}
