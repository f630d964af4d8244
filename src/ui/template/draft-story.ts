import { MarkdownView, Notice } from "obsidian";
import { competencyTopic } from "../../core/template/topics";
import type InterviewStoryBankPlugin from "../../main";
import { insertStory } from "./insert-story";
import { createStoryNote } from "./new-story-note";
import { bankInSet, competenciesFor } from "./topic-sources";

/**
 * The coverage panel's "Draft a story": a new entry for a competency, with
 * the bank question that fits it best. It goes into the note being edited
 * (the active one, or the last one edited when the panel has the focus), at
 * its cursor, in the note's style; with no note open for editing, a new
 * story note is created instead. Resolves when the entry is written.
 */
export async function draftStoryForCompetency(plugin: InterviewStoryBankPlugin, competencyId: string): Promise<void> {
	const competency = competenciesFor(plugin).find((c) => c.id === competencyId) ?? { id: competencyId, name: competencyId };
	const topic = competencyTopic(competency, bankInSet(plugin.competencies.current().matcher));
	const view = editingView(plugin);
	if (!view) {
		await createStoryNote(plugin, topic);
		return;
	}
	plugin.app.workspace.setActiveLeaf(view.leaf, { focus: true });
	await insertStory(plugin, view.editor, view, topic);
	new Notice(`Added a story for ${competency.name} to "${view.file?.basename ?? "the note"}".`);
}

/** The markdown view being edited: the active one, else the most recent one in the main area; never one in reading mode. */
function editingView(plugin: InterviewStoryBankPlugin): MarkdownView | null {
	const { workspace } = plugin.app;
	const active = workspace.getActiveViewOfType(MarkdownView);
	const recent = workspace.getMostRecentLeaf()?.view;
	const view = active ?? (recent instanceof MarkdownView ? recent : null);
	return view && view.getMode() === "source" && view.file ? view : null;
}
