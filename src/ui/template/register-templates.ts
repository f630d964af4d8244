import { Notice } from "obsidian";
import type { Plugin } from "obsidian";
import type { StoryBankServices } from "../../obsidian/services";
import { insertStory } from "./insert-story";
import { draftStoryForCompetency } from "./draft-story";
import { createStoryNote } from "./new-story-note";
import { openTopicPicker } from "./topic-picker";

/**
 * Registers the template commands: "Insert STAR template" (an editor
 * command: a new entry at the cursor, in the note's style) and "New story
 * note". Both ask first what the story is about. No default hotkeys. Also
 * offers the coverage panel its "Draft a story" action.
 */
export function registerTemplates(plugin: Plugin, services: StoryBankServices): void {
	plugin.addCommand({
		id: "insert-star-template",
		name: "Insert STAR template",
		editorCallback: (editor, info) => {
			openTopicPicker(services, "to insert", (topic) => void insertStory(services, editor, info, topic).catch(reportFailure));
		},
	});
	plugin.addCommand({
		id: "new-story-note",
		name: "New story note",
		callback: () => {
			openTopicPicker(services, "to create the note", (topic) => void createStoryNote(services, topic).catch(reportFailure));
		},
	});
	services.actions.set({
		draft: (competencyId) => void draftStoryForCompetency(services, competencyId).catch(reportFailure),
	});
}

/** An unexpected failure, said plainly instead of lost in the console. */
function reportFailure(error: unknown): void {
	console.error("Interview Story Bank: template failed", error);
	new Notice(`The story template could not be written: ${error instanceof Error ? error.message : String(error)}`, 12000);
}
