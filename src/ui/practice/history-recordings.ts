import { formatClock } from "../../core/practice/answer-clock";
import type { PracticeRound } from "../../core/practice/practice-round";
import { recordingsOfRounds, recordingsOlderThan } from "../../core/recording/recording-age";
import { plural, timeAgo } from "../../core/display-text";

/** What the history's recordings section needs: the rounds, the time, and the vault's side of playing and deleting. */
export interface HistoryRecordingsParams {
	/** The rounds as they are now (read again after a clean-up). */
	rounds(): readonly PracticeRound[];
	now: Date;
	/** A URL the audio player can load, or `null` when the file is no longer in the vault. */
	playUrl(path: string): string | null;
	/** Moves these recordings to the trash and unlinks them from their rounds; returns how many were moved. */
	trash(paths: readonly string[]): Promise<number>;
}

/** Days the "older than" field starts at. */
const DEFAULT_DAYS = 30;

/**
 * "Recordings" in the practice history: each round's recording with its
 * question, date and length, playable in place; and "move recordings older
 * than N days to the trash", which only ever runs when pressed.
 */
export function renderHistoryRecordings(el: HTMLElement, params: HistoryRecordingsParams): void {
	draw(el.createDiv({ cls: "isb-history-recordings" }), params, "");
}

function draw(section: HTMLElement, params: HistoryRecordingsParams, message: string): void {
	section.empty();
	section.createEl("h3", { text: "Recordings" });
	if (message !== "") section.createDiv({ cls: "isb-history-note isb-history-cleaned", text: message, attr: { role: "status" } });
	const recordings = recordingsOfRounds(params.rounds());
	if (recordings.length === 0) {
		section.createEl("p", {
			cls: "isb-history-empty",
			text: "No recorded answers. Press record in a mock question to hear yourself back here.",
		});
		return;
	}
	const list = section.createEl("ul", { cls: "isb-history-list" });
	for (const round of recordings) {
		const li = list.createEl("li", { cls: "isb-history-entry" });
		li.createDiv({ cls: "isb-history-question", text: round.questionText || round.questionId });
		const when = timeAgo(round.practisedAt, params.now);
		li.createDiv({ cls: "isb-history-facts", text: `${formatClock(round.seconds)} · ${when} · ${round.recording}` });
		const url = params.playUrl(round.recording);
		if (url === null) li.createDiv({ cls: "isb-history-note", text: "The file is no longer in the vault." });
		// preload="none": a long list loads nothing until one is played.
		else li.createEl("audio", { cls: "isb-practice-player", attr: { controls: "", preload: "none", src: url } });
	}
	renderCleanUp(section, recordings, params);
}

function renderCleanUp(
	section: HTMLElement,
	recordings: readonly (PracticeRound & { recording: string })[],
	params: HistoryRecordingsParams,
): void {
	const row = section.createDiv({ cls: "isb-history-cleanup" });
	const label = row.createEl("label", { text: "Older than " });
	const days = label.createEl("input", {
		type: "number",
		value: String(DEFAULT_DAYS),
		attr: { min: "1", step: "1", "aria-label": "Days" },
	});
	label.appendText(" days");
	const button = row.createEl("button");
	const chosen = (): string[] =>
		recordingsOlderThan(
			recordings.map((r) => ({ path: r.recording, recordedAt: r.practisedAt })),
			Number(days.value),
			params.now.getTime(),
		).map((r) => r.path);
	const update = (): void => {
		const count = chosen().length;
		button.setText(count === 0 ? "Nothing to move to the trash" : `Move ${plural(count, "recording")} to the trash`);
		button.disabled = count === 0;
	};
	days.addEventListener("input", update);
	button.addEventListener("click", () => {
		const paths = chosen();
		if (paths.length === 0) return;
		button.disabled = true;
		void params.trash(paths).then((moved) => {
			draw(section, params, `${plural(moved, "recording")} moved to the trash. Their rounds stay in the history.`);
		});
	});
	update();
}
