import { AnswerClock, formatClock, type ClockReading } from "../../core/practice/answer-clock";

/** What the round does when time is up. */
export interface ClockEvents {
	onTimeUp(): void;
}

/**
 * The countdown on screen: phase, time, a progress bar, pause and "start
 * answering now" buttons, and a polite live region that says when
 * preparation is over and when time is up (never every second).
 */
export class RoundClock {
	readonly clock: AnswerClock;
	private readonly phaseEl: HTMLElement;
	private readonly timeEl: HTMLElement;
	private readonly barEl: HTMLElement;
	private readonly pauseButton: HTMLButtonElement;
	private readonly skipButton: HTMLButtonElement;
	private readonly statusEl: HTMLElement;
	private announcedPrep = false;
	private announcedUp = false;

	constructor(
		parent: HTMLElement,
		private readonly options: { prepSeconds: number; targetSeconds: number; now: () => number },
		private readonly events: ClockEvents,
	) {
		this.clock = new AnswerClock(options);
		const box = parent.createDiv({ cls: "isb-practice-timer", attr: { role: "timer", "aria-label": "Answer time" } });
		const face = box.createDiv({ cls: "isb-practice-clock-face" });
		this.phaseEl = face.createDiv({ cls: "isb-practice-phase" });
		this.timeEl = face.createDiv({ cls: "isb-practice-clock" });
		this.barEl = box.createDiv({ cls: "isb-practice-progress" }).createDiv({ cls: "isb-practice-progress-bar" });
		const actions = box.createDiv({ cls: "isb-practice-actions" });
		this.pauseButton = actions.createEl("button", { text: "Pause", attr: { "aria-keyshortcuts": "P" } });
		this.pauseButton.addEventListener("click", () => this.togglePause());
		this.skipButton = actions.createEl("button", { text: "Start answering now" });
		this.skipButton.addEventListener("click", () => this.skipPrep());
		this.statusEl = box.createDiv({ cls: "isb-practice-status", attr: { "aria-live": "polite" } });
		this.render();
	}

	togglePause(): void {
		this.clock.toggle();
		this.render();
	}

	skipPrep(): void {
		this.clock.skipPrep();
		this.announcedPrep = true;
		this.render();
	}

	/** Stops the clock for good; returns the seconds spent answering. */
	stop(): number {
		const seconds = this.clock.stop();
		this.render();
		return seconds;
	}

	/** Redraws from the clock; called by the round's interval. */
	render(): ClockReading {
		const r = this.clock.read();
		const stopped = r.phase === "stopped";
		this.phaseEl.setText(phaseLabel(r));
		this.timeEl.setText(stopped ? formatClock(r.answerSeconds) : formatClock(r.secondsLeft));
		const total = r.phase === "prep" ? this.options.prepSeconds : this.options.targetSeconds;
		const done = r.phase === "prep" ? total - r.secondsLeft : r.answerSeconds;
		this.barEl.setCssProps({ "--isb-progress": String(Math.min(1, total > 0 ? done / total : 1)) });
		this.barEl.parentElement?.toggleClass("is-overtime", r.timeUp);
		this.timeEl.toggleClass("is-overtime", r.timeUp);
		this.pauseButton.setText(r.paused ? "Resume" : "Pause");
		this.pauseButton.toggleClass("is-hidden", stopped);
		this.skipButton.toggleClass("is-hidden", r.phase !== "prep");
		if (r.phase !== "prep" && !this.announcedPrep && this.options.prepSeconds > 0) {
			this.announcedPrep = true;
			this.statusEl.setText("Preparation is over. Start answering.");
		}
		if (r.timeUp && !this.announcedUp) {
			this.announcedUp = true;
			this.statusEl.setText(
				`Time is up (${formatClock(this.options.targetSeconds)}). Finish your point: the clock keeps counting the overtime.`,
			);
			this.events.onTimeUp();
		}
		return r;
	}
}

function phaseLabel(r: ClockReading): string {
	if (r.phase === "stopped") return "Answer took";
	if (r.paused) return r.phase === "prep" ? "Preparation paused" : "Paused";
	if (r.phase === "prep") return "Preparation";
	return r.timeUp ? "Overtime" : "Time left";
}
