import { PRACTICE_VIEW_TYPE } from "../../constants";
import { carriedQuestionIds } from "../../core/practice/question-carry-over";
import type { Plugin } from "obsidian";
import type { StoryBankServices } from "../../obsidian/services";
import { practiceLookup } from "./competency-adapter";
import { CompetencyPicker } from "./competency-picker";
import { startPractice, startPracticeForCompetency } from "./practice-launcher";
import { showPracticeHistory } from "./practice-history";
import { PracticeView } from "./practice-view";
import type { RoundPanel } from "./round-panel";

/** Registers the practice tab and the practice commands. No default hotkeys: users bind their own. */
export function registerPractice(plugin: Plugin, services: StoryBankServices): void {
	plugin.registerView(PRACTICE_VIEW_TYPE, (leaf) => new PracticeView(leaf, services));
	// The coverage panel's "Practice" button on empty and thin competencies.
	services.actions.set({ practice: (competencyId) => void startPracticeForCompetency(services, competencyId) });

	plugin.addCommand({ id: "start-mock-question", name: "Start mock question", callback: () => void startPractice(services) });
	plugin.addCommand({
		id: "start-mock-question-for-competency",
		name: "Start mock question for competency…",
		callback: () => {
			void services.whenIndexed().then(() => {
				const lookup = practiceLookup(services);
				const choices = lookup.competencies().map((c) => ({ ...c, level: lookup.levelOf(c.id) }));
				new CompetencyPicker(services.app, choices, (id) => void startPracticeForCompetency(services, id)).open();
			});
		},
	});
	plugin.addCommand({ id: "show-practice-history", name: "Show practice history", callback: () => void showPracticeHistory(services) });
	carryOverHistoryAfterScan(services);

	// For hotkeys while the round is in a tab (a pop-up has its own keys: P, R, F, N).
	roundCommand(plugin, services, "pause-practice-timer", "Pause or resume the practice timer", (round) => round.togglePause());
	roundCommand(plugin, services, "record-practice-answer", "Record the practice answer, or stop recording", (round) => {
		void round.toggleRecording();
	});
	roundCommand(plugin, services, "show-practice-follow-up", "Show the follow-up question", (round) => round.showProbe());
	roundCommand(plugin, services, "next-practice-question", "Next practice question", (round) => void round.next());
}

/**
 * Once the first scan is done: rounds saved against a question's id from
 * before its markers (`TODO`, a `(nickname)`, a star run) were read apart
 * from its words are moved to the question's id today, so no history is lost
 * on the upgrade.
 */
function carryOverHistoryAfterScan(services: StoryBankServices): void {
	services.app.workspace.onLayoutReady(() => {
		void services.whenIndexed().then(() => {
			const carried = carriedQuestionIds(services.store.data.history.rounds, (id) => services.index.question(id) !== undefined);
			if (carried.size > 0) void services.store.carryOverQuestionIds(carried);
		});
	});
}

function roundCommand(plugin: Plugin, services: StoryBankServices, id: string, name: string, run: (round: RoundPanel) => void): void {
	plugin.addCommand({
		id,
		name,
		checkCallback: (checking) => {
			const round = openRound(services);
			if (!round) return false;
			if (!checking) run(round);
			return true;
		},
	});
}

/** The round in the active practice tab, else in the first one open. */
function openRound(services: StoryBankServices): RoundPanel | null {
	const active = services.app.workspace.getActiveViewOfType(PracticeView);
	if (active?.round) return active.round;
	for (const leaf of services.app.workspace.getLeavesOfType(PRACTICE_VIEW_TYPE)) {
		if (leaf.view instanceof PracticeView && leaf.view.round) return leaf.view.round;
	}
	return null;
}
