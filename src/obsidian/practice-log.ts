import { normalizePath, TFile, type Vault } from "obsidian";

/** The vault path of the practice log note: normalised, with `.md` added when the setting left it out. */
export function practiceLogPath(setting: string): string | null {
	const trimmed = setting.trim();
	if (trimmed === "") return null;
	const path = normalizePath(trimmed);
	return /\.md$/i.test(path) ? path : `${path}.md`;
}

/**
 * Appends one line to the practice log note, creating the note (and its
 * folder) when it does not exist. Earlier lines are never rewritten: the
 * edit is an atomic `Vault.process` that only adds text after the end, with
 * a line break first when the note does not end with one.
 */
export async function appendToPracticeLog(vault: Vault, setting: string, line: string): Promise<TFile | null> {
	const path = practiceLogPath(setting);
	if (path === null) return null;
	const entry = line.replace(/[\r\n]+/g, " ");
	const existing = vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) {
		await vault.process(existing, (text) => `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${entry}\n`);
		return existing;
	}
	if (existing) throw new Error(`"${path}" is a folder, not a note.`);
	const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (folder !== "" && !vault.getFolderByPath(folder)) await vault.createFolder(folder);
	return vault.create(path, `${entry}\n`);
}
