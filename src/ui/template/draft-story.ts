import { MarkdownView, Notice } from "obsidian";
import { competencyTopic } from "../../core/template/topics";
import type { StoryBankServices } from "../../obsidian/services";
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
export async function draftStoryForCompetency(services: StoryBankServices, competencyId: string): Promise<void> {
	const competency = competenciesFor(services).find((c) => c.id === competencyId) ?? { id: competencyId, name: competencyId };
	const topic = competencyTopic(competency, bankInSet(services.competencies.current().matcher));
	const view = editingView(services);
	if (!view) {
		await createStoryNote(services, topic);
		return;
	}
	services.app.workspace.setActiveLeaf(view.leaf, { focus: true });
	await insertStory(services, view.editor, view, topic);
	new Notice(`Added a story for ${competency.name} to "${view.file?.basename ?? "the note"}".`);
}

/** The markdown view being edited: the active one, else the most recent one in the main area; never one in reading mode. */
function editingView(services: StoryBankServices): MarkdownView | null {
	const { workspace } = services.app;
	const active = workspace.getActiveViewOfType(MarkdownView);
	const recent = workspace.getMostRecentLeaf()?.view;
	const view = active ?? (recent instanceof MarkdownView ? recent : null);
	return view && view.getMode() === "source" && view.file ? view : null;
}
