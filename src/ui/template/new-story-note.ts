import { MarkdownView, normalizePath, Notice, type TFile } from "obsidian";
import { storyNoteName, uniqueNotePath } from "../../core/template/note-name";
import { planStoryNote } from "../../core/template/story-note";
import type { StoryTopic } from "../../core/template/types";
import type { StoryBankServices } from "../../obsidian/services";
import { templateOptions } from "./insert-story";
import { readTemplateSource } from "./template-note";
import { ensureFolder, takenIn } from "../vault-files";
import { mergeProperties } from "./template-properties";

/**
 * Creates a story note about `topic` in the configured folder (created when
 * missing) and opens it with the cursor on the first part to fill. A name
 * already taken gets a number ("Story 2"); nothing is ever overwritten.
 * Returns the new note, or `null` when it could not be created.
 */
export async function createStoryNote(services: StoryBankServices, topic: StoryTopic): Promise<TFile | null> {
	const { app, settings } = services;
	const template = await readTemplateSource(app, settings);
	if (template.problem) new Notice(template.problem, 10000);
	const folder = storyFolder(settings.newStoryFolder);
	try {
		await ensureFolder(app, folder);
		const path = uniqueNotePath(folder, storyNoteName(topic), takenIn(app, folder));
		const title = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
		const plan = planStoryNote({
			topic,
			options: templateOptions(settings),
			date: new Date(services.clock()),
			title,
			userTemplate: template.text,
		});
		const file = await app.vault.create(path, plan.content);
		if (plan.mergeProperties) await mergeProperties(app, file, plan.mergeProperties);
		for (const problem of plan.problems) new Notice(problem, 10000);

		const leaf = app.workspace.getLeaf("tab");
		await leaf.openFile(file, { active: true });
		if (leaf.view instanceof MarkdownView) {
			leaf.view.editor.setCursor(plan.cursor);
			leaf.view.editor.focus();
		}
		return file;
	} catch (error) {
		new Notice(
			`The story note could not be created in "${folder || "the vault root"}": ` +
				`${error instanceof Error ? error.message : String(error)}`,
			12000,
		);
		return null;
	}
}

/** The folder setting as a vault path: normalised, and empty for the vault root. */
export function storyFolder(setting: string): string {
	const trimmed = setting.trim();
	if (trimmed === "") return "";
	const path = normalizePath(trimmed);
	return path === "/" ? "" : path;
}
