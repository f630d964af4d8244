import { formatDuration } from "../display-text";

/** Where the round's clock is: preparing, answering, or stopped after a rating. */
export type ClockPhase = "prep" | "answer" | "stopped";

/** What the clock shows at one moment. */
export interface ClockReading {
	phase: ClockPhase;
	paused: boolean;
	/** Whole seconds left in the current countdown; negative once the answer runs over. */
	secondsLeft: number;
	/** Whole seconds spent answering so far (prep not counted, pauses not counted). */
	answerSeconds: number;
	/** True once the answer reached the target length. The clock keeps counting. */
	timeUp: boolean;
}

/**
 * The round's countdown, with the time source injected so tests can drive
 * it: an optional preparation countdown, then the answer countdown to the
 * target length. At zero it says time is up and keeps counting into
 * overtime; it never stops the user. Pausing freezes both countdowns.
 */
export class AnswerClock {
	private phase: ClockPhase;
	/** Milliseconds counted in the current phase before the last resume. */
	private banked = 0;
	/** When the clock last resumed; `null` while paused. */
	private runningSince: number | null;

	constructor(
		private readonly options: { prepSeconds: number; targetSeconds: number; now: () => number },
		startPaused = false,
	) {
		this.phase = options.prepSeconds > 0 ? "prep" : "answer";
		this.runningSince = startPaused ? null : options.now();
	}

	/** The clock at this moment; moves from preparation to answering when preparation runs out. */
	read(): ClockReading {
		this.advance();
		const elapsed = this.elapsedMs();
		const target = this.phase === "prep" ? this.options.prepSeconds : this.options.targetSeconds;
		const elapsedSeconds = Math.floor(elapsed / 1000);
		const answerSeconds = this.phase === "prep" ? 0 : elapsedSeconds;
		return {
			phase: this.phase,
			paused: this.runningSince === null,
			secondsLeft: this.phase === "prep" ? Math.max(0, target - elapsedSeconds) : target - elapsedSeconds,
			answerSeconds,
			timeUp: this.phase !== "prep" && answerSeconds >= this.options.targetSeconds,
		};
	}

	/** Pauses a running clock, resumes a paused one. */
	toggle(): void {
		if (this.runningSince === null) this.resume();
		else this.pause();
	}

	pause(): void {
		this.advance();
		if (this.runningSince === null || this.phase === "stopped") return;
		this.banked += this.options.now() - this.runningSince;
		this.runningSince = null;
	}

	resume(): void {
		if (this.runningSince !== null || this.phase === "stopped") return;
		this.runningSince = this.options.now();
	}

	/** Ends preparation early and starts the answer countdown. */
	skipPrep(): void {
		if (this.phase !== "prep") return;
		this.phase = "answer";
		this.banked = 0;
		if (this.runningSince !== null) this.runningSince = this.options.now();
	}

	/** Stops the clock for good (the answer was rated); returns the seconds spent answering. */
	stop(): number {
		this.advance();
		if (this.phase !== "stopped") {
			this.banked = this.phase === "prep" ? 0 : this.elapsedMs();
			this.runningSince = null;
			this.phase = "stopped";
		}
		return Math.floor(this.banked / 1000);
	}

	private elapsedMs(): number {
		return this.banked + (this.runningSince === null ? 0 : this.options.now() - this.runningSince);
	}

	/** Carries preparation time past its end over into the answer. */
	private advance(): void {
		if (this.phase !== "prep") return;
		const prepMs = this.options.prepSeconds * 1000;
		const elapsed = this.elapsedMs();
		if (elapsed < prepMs) return;
		this.phase = "answer";
		this.banked = elapsed - prepMs;
		if (this.runningSince !== null) this.runningSince = this.options.now();
	}
}

/** Seconds as the clock shows them: `2:30`, `0:05`, and `+0:12` in overtime. */
export function formatClock(seconds: number): string {
	return `${seconds < 0 ? "+" : ""}${formatDuration(Math.abs(Math.trunc(seconds)))}`;
}
