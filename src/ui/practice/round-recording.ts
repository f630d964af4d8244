import { formatClock, type ClockReading } from "../../core/practice/answer-clock";
import { durationSentence, overtimeAllowance, pacingMarks, recordingTimeIsUp } from "../../core/recording/pacing";
import type { IndexedStory } from "../../core/index/story-index";
import type { RecordedAnswer, RecorderStart } from "./recorder";
import { renderStoryParts } from "./round-stories";

/** What the round needs of a recorder (the web platform's, or a test's). */
export interface AnswerRecorderLike {
	readonly recording: boolean;
	start(): Promise<RecorderStart>;
	stop(): Promise<RecordedAnswer | null>;
	discard(): void;
}

/** What the recording section needs from the round. */
export interface RoundRecordingOptions {
	recorder: AnswerRecorderLike;
	targetSeconds: number;
	/** Writes the answer into the vault; returns its path. */
	save(answer: RecordedAnswer): Promise<string>;
	/** A URL the audio player can load for a vault path, or `null` when the file is gone. */
	playUrl(path: string): string | null;
	/** Recording started: the round starts the answer clock if it is still in preparation; returns the answer's seconds so far. */
	onStart(): number;
	/** The recording is in the vault at `path`. */
	onSaved(path: string): void;
	/** The stories ticked "used in my answer", shown beside the player. */
	usedStories(): IndexedStory[];
}

/**
 * "Record my answer" in the round: a toggle button (key R), a live line
 * while recording, and, once the recording is saved, the review: the
 * player, the real duration against the target, the pacing bar, and the
 * stories ticked as used. Nothing touches the microphone until the button
 * is pressed; a refused or missing microphone is a sentence, and the round
 * goes on.
 */
export class RoundRecording {
	private readonly button: HTMLButtonElement;
	private readonly statusEl: HTMLElement;
	private readonly reviewEl: HTMLElement;
	private starting = false;
	private stopping: Promise<string | null> | null = null;
	private startedAnswerAt = 0;
	private answer: RecordedAnswer | null = null;
	private path: string | null = null;
	private closed = false;

	constructor(
		parent: HTMLElement,
		private readonly options: RoundRecordingOptions,
	) {
		const section = parent.createDiv({ cls: "isb-practice-section isb-practice-recording" });
		this.button = section.createEl("button", {
			text: "Record my answer",
			attr: { "aria-pressed": "false", "aria-keyshortcuts": "R" },
		});
		this.button.addEventListener("click", () => void this.toggle());
		this.statusEl = section.createDiv({ cls: "isb-practice-recording-status", attr: { "aria-live": "polite" } });
		this.reviewEl = section.createDiv({ cls: "isb-practice-review is-hidden" });
	}

	/** True while the microphone is recording. */
	get recording(): boolean {
		return this.options.recorder.recording;
	}

	/** The saved recording's vault path, once there is one. */
	get savedPath(): string | null {
		return this.path;
	}

	/** Starts recording, or stops and saves it. */
	async toggle(): Promise<void> {
		if (this.recording) await this.stop();
		else await this.start();
	}

	/** Asks for the microphone (the first time) and records; one recording per round. */
	async start(): Promise<void> {
		if (this.starting || this.recording || this.closed || this.path !== null || this.answer !== null) return;
		this.starting = true;
		this.statusEl.setText("Asking for the microphone…");
		const started = await this.options.recorder.start();
		this.starting = false;
		if (this.closed) {
			this.options.recorder.discard();
			return;
		}
		if (!started.ok) {
			this.statusEl.setText(started.message);
			this.statusEl.addClass("is-refused");
			return;
		}
		this.startedAnswerAt = this.options.onStart();
		this.statusEl.removeClass("is-refused");
		this.statusEl.setText("Recording. Press the button again to stop.");
		this.button.setText("Stop recording");
		this.button.setAttr("aria-pressed", "true");
		this.button.addClass("is-recording");
	}

	/**
	 * Stops the recording and saves it in the vault (once): stop, time-up
	 * plus the overtime allowance, a rating, "Next question" and closing the
	 * round all end here. Returns the saved path, or `null` when nothing was
	 * recorded or it could not be saved.
	 */
	stop(reason = ""): Promise<string | null> {
		if (this.stopping) return this.stopping;
		if (!this.recording) return Promise.resolve(this.path);
		this.stopping = this.stopAndSave(reason).finally(() => (this.stopping = null));
		return this.stopping;
	}

	/** Called on every clock tick: shows the recording's length and stops it once the overtime allowance is used. */
	tick(reading: ClockReading): void {
		// Recording ended any preparation, so the reading is always of the answer.
		if (!this.recording || this.stopping) return;
		const target = this.options.targetSeconds;
		if (recordingTimeIsUp(reading.answerSeconds, target)) {
			void this.stop(`Recording stopped ${formatClock(overtimeAllowance(target))} into overtime.`);
			return;
		}
		this.statusEl.setText(
			`Recording ${formatClock(Math.max(0, reading.answerSeconds - this.startedAnswerAt))}. Press the button again to stop.`,
		);
	}

	/** Redraws the stories beside the player (the "used" ticks changed). */
	refreshStories(): void {
		if (this.path !== null && this.answer !== null) this.renderReview(this.path, this.answer);
	}

	/** The round is gone: a recording still running is saved, never dropped. */
	close(): Promise<string | null> {
		this.closed = true;
		return this.stop();
	}

	private async stopAndSave(reason: string): Promise<string | null> {
		const answer = await this.options.recorder.stop();
		this.button.setText("Record my answer");
		this.button.setAttr("aria-pressed", "false");
		this.button.removeClass("is-recording");
		if (answer === null) return null;
		this.answer = answer;
		this.button.disabled = true;
		this.statusEl.setText(`${reason} Saving…`.trim());
		try {
			const path = await this.options.save(answer);
			this.path = path;
			this.statusEl.setText(`${reason} Saved as ${path}.`.trim());
			this.options.onSaved(path);
			if (!this.closed) this.renderReview(path, answer);
			return path;
		} catch (error) {
			console.error("Interview Story Bank could not save the recording", error);
			this.statusEl.setText(`The recording could not be saved: ${error instanceof Error ? error.message : String(error)}`);
			this.statusEl.addClass("is-refused");
			return null;
		}
	}

	private renderReview(path: string, answer: RecordedAnswer): void {
		const el = this.reviewEl;
		el.empty();
		el.removeClass("is-hidden");
		el.createEl("h3", { text: "Listen back" });
		const url = this.options.playUrl(path);
		if (url !== null) el.createEl("audio", { cls: "isb-practice-player", attr: { controls: "", preload: "metadata", src: url } });
		el.createDiv({ cls: "isb-practice-duration", text: durationSentence(answer.seconds, this.options.targetSeconds) });
		renderPacingBar(el, answer.seconds, this.options.targetSeconds);
		const used = this.options.usedStories();
		if (used.length === 0) {
			el.createEl("p", {
				cls: "isb-practice-story-note",
				text: "Tick the story you told in your stories list to read it here while you listen.",
			});
			return;
		}
		for (const story of used) {
			const box = el.createDiv({ cls: "isb-practice-review-story" });
			box.createDiv({ cls: "isb-practice-review-title", text: story.title ?? `${story.path}, line ${story.line}` });
			renderStoryParts(box, story);
		}
	}
}

/**
 * Where Situation, Action and Result time would fall in the target, with a
 * mark at the real length: a recording that ends inside Action never
 * reached its result.
 */
function renderPacingBar(parent: HTMLElement, seconds: number, targetSeconds: number): void {
	const span = Math.max(targetSeconds, seconds, 1);
	const marks = pacingMarks(targetSeconds);
	const bar = parent.createDiv({
		cls: "isb-practice-pacing",
		attr: {
			role: "img",
			"aria-label":
				marks.map((m) => `${m.label} ${formatClock(m.start)} to ${formatClock(m.end)}`).join(", ") +
				`; your answer ended at ${formatClock(Math.round(seconds))}`,
		},
	});
	for (const mark of marks) {
		const part = bar.createDiv({
			cls: `isb-practice-pacing-part is-${mark.part}`,
			text: mark.label,
			attr: { title: `${mark.label}: ${formatClock(mark.start)} to ${formatClock(mark.end)}` },
		});
		part.setCssProps({ "--isb-share": String((mark.end - mark.start) / span) });
	}
	if (seconds > targetSeconds)
		bar.createDiv({ cls: "isb-practice-pacing-part is-overtime", text: "Over" }).setCssProps({
			"--isb-share": String((seconds - targetSeconds) / span),
		});
	bar.createDiv({ cls: "isb-practice-pacing-end" }).setCssProps({ "--isb-at": String(Math.min(1, seconds / span)) });
}
