import { Notice } from "obsidian";
import type { PracticeQuestion } from "../../core/practice/practice-question";
import type { StoryTopic } from "../../core/template/types";
import type { StoryBankServices } from "../../obsidian/services";
import { openNoteAtLine } from "../open-note";
import { insertStory } from "../template/insert-story";

/**
 * The round's "Draft a story" for a question of the user's that is still to
 * prepare: opens its note at the question and adds a STAR entry for it in the
 * note's own style, as one undoable edit. A question written as a list item
 * gets a titled story under it (never a second copy of the question); the
 * cursor lands on the first part to fill.
 */
export async function draftStoryForQuestion(
	services: StoryBankServices,
	question: PracticeQuestion,
	competencyName: string | null,
	inModal: boolean,
): Promise<void> {
	if (question.path === null) return;
	const line = question.line ?? 1;
	const view = await openNoteAtLine(services.app, { path: question.path, line }, null, { kind: "round", inModal });
	if (view && view.getMode() !== "source") {
		// A note that opens in reading view is switched to editing, as the user would before writing.
		const state = view.leaf.getViewState();
		await view.leaf.setViewState({ ...state, state: { ...state.state, mode: "source" } });
	}
	if (!view || view.getMode() !== "source") {
		new Notice("Switch the note to editing view to draft a story there.");
		return;
	}
	// The entry goes after the question, not above it, when the note does not ask it as a list item.
	view.editor.setCursor({ line: Math.min(line, view.editor.lineCount() - 1), ch: 0 });
	const topic: StoryTopic = {
		kind: "vault",
		question: question.phrasings[0] ?? "",
		keyPhrase: question.highlights[0] ?? null,
		colourName: null,
		competencyId: question.competencyId,
		competencyName,
	};
	await insertStory(services, view.editor, view, topic);
	new Notice(`Added a story to fill in under "${topic.question}".`);
}
