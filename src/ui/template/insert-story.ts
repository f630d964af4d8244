import { MarkdownView, Notice, type Editor, type MarkdownFileInfo } from "obsidian";
import { planInsertion } from "../../core/template/plan-insertion";
import type { StoryTopic, TemplateOptions } from "../../core/template/types";
import type { StoryBankSettings } from "../../core/settings";
import type { StoryBankServices } from "../../obsidian/services";
import { applyEdit, readEditor } from "../../obsidian/editor-adapter";
import { readTemplateSource, templateFile } from "./template-note";
import { mergeProperties, readTemplateProperties } from "./template-properties";

/** The template settings, as the core needs them. */
export function templateOptions(settings: StoryBankSettings): TemplateOptions {
	return {
		format: settings.templateFormat,
		listStyle: settings.templateListStyle,
		indent: settings.templateIndent,
		highlightCompetencies: settings.highlightCompetencies,
	};
}

/**
 * Inserts a new entry about `topic` into the open note, in the note's own
 * style, at the cursor: one editor transaction (one undo), cursor on the
 * first part to fill. A user template's properties are then merged into the
 * note's through `processFrontMatter`.
 */
export async function insertStory(
	services: StoryBankServices,
	editor: Editor,
	info: MarkdownView | MarkdownFileInfo,
	topic: StoryTopic,
): Promise<void> {
	const { app, settings } = services;
	const template = await readTemplateSource(app, settings);
	if (template.problem) new Notice(template.problem, 10000);

	const { text, cursorLine } = readEditor(editor);
	const plan = planInsertion({
		text,
		cursorLine,
		topic,
		options: templateOptions(settings),
		date: new Date(services.clock()),
		title: info.file?.basename ?? "",
		userTemplate: template.text,
	});
	applyEdit(editor, plan.edit);
	for (const problem of plan.problems) new Notice(problem, 10000);

	const file = info.file;
	if (plan.frontmatter === null || !file) return;
	const additions = readTemplateProperties(
		plan.frontmatter,
		templateFile(app, settings.userTemplateNote)?.path ?? settings.userTemplateNote,
	);
	if (!additions || Object.keys(additions).length === 0) return;
	// processFrontMatter reads the file on disk: save the insert first, so it is not lost.
	if (info instanceof MarkdownView) await info.save();
	const before = editor.lineCount();
	const cursor = editor.getCursor();
	if (await mergeProperties(app, file, additions)) {
		// New properties above the entry push it down; keep the cursor on the part to fill.
		const added = editor.lineCount() - before;
		if (added !== 0) editor.setCursor({ line: cursor.line + added, ch: cursor.ch });
	}
}
