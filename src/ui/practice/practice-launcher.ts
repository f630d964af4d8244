import { Notice } from "obsidian";
import { PRACTICE_VIEW_TYPE } from "../../constants";
import type { StoryBankServices } from "../../obsidian/services";
import { chooseQuestion, practiceHost, type QuestionChoice } from "./practice-host";
import { PracticeModal } from "./practice-modal";
import { PracticeView } from "./practice-view";

/**
 * Starts a practice round: the question that most needs practice (or the
 * one asked for), in the practice tab or in a pop-up as the settings say. An
 * open practice tab is reused, after its round is saved.
 */
export async function startPractice(services: StoryBankServices, choice: QuestionChoice = {}): Promise<void> {
	const { workspace } = services.app;
	const inTab = services.settings.practiceIn === "tab";
	const existing = inTab ? workspace.getLeavesOfType(PRACTICE_VIEW_TYPE)[0] : undefined;
	const onScreen = existing?.view instanceof PracticeView ? existing.view.round?.asked.question.id : undefined;
	const asked = await chooseQuestion(services, onScreen === undefined ? choice : { avoidId: onScreen, ...choice });
	if (!asked) {
		new Notice("There is no question to practise. Add questions to your notes, or choose the built-in bank in the settings.");
		return;
	}
	if (!inTab) {
		new PracticeModal(services.app, {
			host: practiceHost(services, true),
			asked,
			nextQuestion: (avoidId) => chooseQuestion(services, { avoidId }),
		}).open();
		return;
	}
	const leaf = existing ?? workspace.getLeaf("tab");
	await leaf.setViewState({
		type: PRACTICE_VIEW_TYPE,
		active: true,
		state: { questionId: asked.question.id, text: asked.text, reasons: [...asked.reasons] },
	});
	await workspace.revealLeaf(leaf);
}

/**
 * Starts a round on one competency: the coverage panel's "Practice" action.
 * Uses the user's questions for it when they have some, else the built-in ones.
 */
export function startPracticeForCompetency(services: StoryBankServices, competencyId: string): Promise<void> {
	return startPractice(services, { competencyId });
}

/** Starts a round on one question (from the practice history); a question no longer there falls back to the scheduler's pick. */
export function startPracticeOfQuestion(services: StoryBankServices, questionId: string): Promise<void> {
	return startPractice(services, { questionId });
}
