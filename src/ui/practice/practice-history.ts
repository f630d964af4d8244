import type { HistoryStats } from "../../core/practice/history-stats";
import { competencyLabel, historyStats } from "../../core/practice/history-stats";
import { bankEntry } from "../../core/practice/question-bank";
import type { StoryBankServices } from "../../obsidian/services";
import { practiceLookup } from "./competency-adapter";
import { PracticeHistoryModal } from "./history-modal";
import { startPractice, startPracticeForCompetency, startPracticeOfQuestion } from "./practice-launcher";
import { recordingUrl, trashRoundRecordings } from "./recording-store";

/**
 * The practice history's statistics. A round whose question is in neither
 * the notes nor the built-in bank counts as removed (questions keep their id
 * through renames and small edits, so this means it was deleted or rewritten).
 */
export async function practiceHistoryStats(services: StoryBankServices, now = new Date(services.clock())): Promise<HistoryStats> {
	await services.whenIndexed();
	return historyStats(services.store.data.history.rounds, {
		now,
		competencies: practiceLookup(services).competencies(),
		questionExists: (id) => bankEntry(id) !== undefined || services.index.question(id) !== undefined,
	});
}

/** "Show practice history". */
export async function showPracticeHistory(services: StoryBankServices): Promise<void> {
	const now = new Date(services.clock());
	const stats = await practiceHistoryStats(services, now);
	const competencies = practiceLookup(services).competencies();
	new PracticeHistoryModal(services.app, {
		stats,
		now,
		competencyName: (id) => (id === null ? null : competencyLabel(id, competencies)),
		inCurrentSet: (id) => competencies.some((c) => c.id === id),
		practiseQuestion: (id) => void startPracticeOfQuestion(services, id),
		practiseCompetency: (id) => void startPracticeForCompetency(services, id),
		startPractice: () => void startPractice(services),
		recordings: {
			rounds: () => services.store.data.history.rounds,
			playUrl: (path) => recordingUrl(services.app, path),
			trash: (paths) => trashRoundRecordings(services, paths),
		},
	}).open();
}
