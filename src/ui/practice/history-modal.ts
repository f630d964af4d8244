import { Modal, type App } from "obsidian";
import { formatClock } from "../../core/practice/answer-clock";
import type { HistoryEntry, HistoryStats } from "../../core/practice/history-stats";
import { RATING_LABELS } from "../../core/practice/ratings";
import { plural, timeAgo } from "../../core/display-text";
import { renderHistoryRecordings, type HistoryRecordingsParams } from "./history-recordings";

/** What the history pop-up shows and what its buttons do. */
export interface HistoryModalParams {
	stats: HistoryStats;
	now: Date;
	competencyName(id: string | null): string | null;
	/** False for a competency of another set (rounds kept from before the set changed): it cannot be practised now. */
	inCurrentSet(competencyId: string): boolean;
	practiseQuestion(questionId: string): void;
	practiseCompetency(competencyId: string): void;
	startPractice(): void;
	/** The recorded answers: played in place, old ones moved to the trash on request. */
	recordings?: Omit<HistoryRecordingsParams, "now">;
}

/** "Show practice history": rounds by competency, the streak, the weakest recent answers and the latest rounds. */
export class PracticeHistoryModal extends Modal {
	constructor(
		app: App,
		private readonly params: HistoryModalParams,
	) {
		super(app);
	}

	override onOpen(): void {
		this.modalEl.addClass("isb-history-modal");
		this.setTitle("Practice history");
		const { stats } = this.params;
		const el = this.contentEl;
		el.empty();
		if (stats.total === 0) {
			el.createEl("p", { text: "No practice rounds yet. Each round you rate is kept here." });
			this.button(el, "Start mock question", () => this.params.startPractice(), "mod-cta");
			return;
		}
		el.createEl("p", { cls: "isb-history-summary", text: summary(stats) });
		this.renderCompetencies(el);
		this.renderEntries(el, "Weakest recent answers", stats.weakest, "Nothing below the bar in the last 30 days.", true);
		this.renderEntries(el, "Latest rounds", stats.recent, "", false);
		if (this.params.recordings) renderHistoryRecordings(el, { ...this.params.recordings, now: this.params.now });
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private renderCompetencies(el: HTMLElement): void {
		el.createEl("h3", { text: "By competency" });
		const table = el.createEl("table", { cls: "isb-history-table" });
		const head = table.createEl("thead").createEl("tr");
		for (const title of ["Competency", "Rounds", "Below / at / above", "Last practised", ""]) head.createEl("th", { text: title });
		const body = table.createEl("tbody");
		for (const group of this.params.stats.byCompetency) {
			const row = body.createEl("tr");
			row.createEl("td", { text: group.name });
			row.createEl("td", { text: String(group.rounds) });
			row.createEl("td", { text: `${group.ratings.below} / ${group.ratings.at} / ${group.ratings.above}` });
			row.createEl("td", { text: this.ago(group.last.practisedAt) });
			const cell = row.createEl("td");
			const id = group.competencyId;
			if (id !== null && this.params.inCurrentSet(id))
				this.button(cell, "Practise", () => this.params.practiseCompetency(id), "", `Practise ${group.name}`);
		}
	}

	private renderEntries(el: HTMLElement, title: string, entries: readonly HistoryEntry[], empty: string, practise: boolean): void {
		el.createEl("h3", { text: title });
		if (entries.length === 0) {
			el.createEl("p", { cls: "isb-history-empty", text: empty });
			return;
		}
		const list = el.createEl("ul", { cls: "isb-history-list" });
		for (const { round, removed } of entries) {
			const li = list.createEl("li", { cls: removed ? "isb-history-entry is-removed" : "isb-history-entry" });
			li.createDiv({ cls: "isb-history-question", text: round.questionText || round.questionId });
			const facts = [
				RATING_LABELS[round.rating],
				formatClock(round.seconds),
				this.params.competencyName(round.competencyId),
				this.ago(round.practisedAt),
			];
			if (removed) facts.push("question removed");
			li.createDiv({ cls: "isb-history-facts", text: facts.filter((f): f is string => f !== null).join(" · ") });
			if (round.note) li.createDiv({ cls: "isb-history-note", text: round.note });
			if (practise && !removed)
				this.button(
					li,
					"Practise again",
					() => this.params.practiseQuestion(round.questionId),
					"",
					`Practise again: ${round.questionText}`,
				);
		}
	}

	private button(parent: HTMLElement, text: string, action: () => void, cls = "", label = text): void {
		const button = parent.createEl("button", { text, cls, attr: { "aria-label": label } });
		button.addEventListener("click", () => {
			this.close();
			action();
		});
	}

	private ago(iso: string): string {
		return timeAgo(iso, this.params.now);
	}
}

function summary(stats: HistoryStats): string {
	const parts = [plural(stats.total, "round")];
	if (stats.streak > 0) parts.push(`${stats.streak}-day streak${stats.practisedToday ? "" : " (practise today to keep it)"}`);
	if (stats.longestStreak > stats.streak) parts.push(`longest streak ${stats.longestStreak} days`);
	return parts.join(" · ");
}
