import type { HistoryStats } from "../../core/practice/history-stats";
import { competencyLabel, historyStats } from "../../core/practice/history-stats";
import { bankEntry } from "../../core/practice/question-bank";
import type InterviewStoryBankPlugin from "../../main";
import { practiceLookup } from "./competency-adapter";
import { PracticeHistoryModal } from "./history-modal";
import { startPractice, startPracticeForCompetency, startPracticeOfQuestion } from "./practice-launcher";

/**
 * The practice history's statistics. A round whose question is in neither
 * the notes nor the built-in bank counts as removed (questions keep their id
 * through renames and small edits, so this means it was deleted or rewritten).
 */
export async function practiceHistoryStats(plugin: InterviewStoryBankPlugin, now = new Date(plugin.clock())): Promise<HistoryStats> {
	await plugin.whenIndexed();
	return historyStats(plugin.store.data.history.rounds, {
		now,
		competencies: practiceLookup(plugin).competencies(),
		questionExists: (id) => bankEntry(id) !== undefined || plugin.index.question(id) !== undefined,
	});
}

/** "Show practice history". */
export async function showPracticeHistory(plugin: InterviewStoryBankPlugin): Promise<void> {
	const now = new Date(plugin.clock());
	const stats = await practiceHistoryStats(plugin, now);
	const competencies = practiceLookup(plugin).competencies();
	new PracticeHistoryModal(plugin.app, {
		stats,
		now,
		competencyName: (id) => (id === null ? null : competencyLabel(id, competencies)),
		inCurrentSet: (id) => competencies.some((c) => c.id === id),
		practiseQuestion: (id) => void startPracticeOfQuestion(plugin, id),
		practiseCompetency: (id) => void startPracticeForCompetency(plugin, id),
		startPractice: () => void startPractice(plugin),
	}).open();
}
