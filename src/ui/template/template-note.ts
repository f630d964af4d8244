import { normalizePath, type App, type TFile } from "obsidian";
import type { StoryBankSettings } from "../../core/settings";

/** The user's template note, read when the "user" format is chosen; `null` text means a built-in format is used. */
export interface TemplateSource {
	text: string | null;
	/** Why the template could not be used, for a notice; `null` when it was read or not asked for. */
	problem: string | null;
}

/** Finds the template note by its path as typed in the settings (with or without `.md`). */
export function templateFile(app: App, path: string): TFile | null {
	if (path.trim() === "") return null;
	const normalised = normalizePath(path);
	return app.vault.getFileByPath(normalised) ?? app.vault.getFileByPath(`${normalised}.md`);
}

/** Reads the template note when the settings ask for it. A missing or unreadable note falls back to STAR with takeaways, with a reason. */
export async function readTemplateSource(app: App, settings: StoryBankSettings): Promise<TemplateSource> {
	if (settings.templateFormat !== "user") return { text: null, problem: null };
	const file = templateFile(app, settings.userTemplateNote);
	if (!file) {
		const where =
			settings.userTemplateNote.trim() === ""
				? "No template note is set"
				: `The template note "${settings.userTemplateNote}" was not found`;
		return {
			text: null,
			problem: `${where}, so STAR with takeaways was used. Set the note under Settings → Interview Story Bank → Templates.`,
		};
	}
	try {
		return { text: await app.vault.cachedRead(file), problem: null };
	} catch (error) {
		return {
			text: null,
			problem: `The template note "${file.path}" could not be read (${String(error)}), so STAR with takeaways was used.`,
		};
	}
}
