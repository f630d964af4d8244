import { formatClock } from "../practice/answer-clock";

/** One pacing mark: where a STAR part's time starts and ends within the answer, in seconds. */
export interface PacingMark {
	part: "situation" | "action" | "result";
	label: string;
	start: number;
	end: number;
}

/**
 * The share of the answer each part usually gets: a short setting (with the
 * task), most of the time on what you did, a clear result. Interview coaches
 * give roughly 20 / 60 / 20.
 */
const SHARES: readonly { part: PacingMark["part"]; label: string; share: number }[] = [
	{ part: "situation", label: "Situation", share: 0.2 },
	{ part: "action", label: "Action", share: 0.6 },
	{ part: "result", label: "Result", share: 0.2 },
];

/** Where Situation, Action and Result time would fall in an answer of `targetSeconds` (rounded to whole seconds). */
export function pacingMarks(targetSeconds: number): PacingMark[] {
	const total = Math.max(0, targetSeconds);
	const marks: PacingMark[] = [];
	let at = 0;
	for (const { part, label, share } of SHARES) {
		const end = part === "result" ? total : Math.round(at + total * share);
		marks.push({ part, label, start: at, end });
		at = end;
	}
	return marks;
}

/** The pacing part a moment of the answer falls in (`null` past the target). */
export function partAt(seconds: number, marks: readonly PacingMark[]): PacingMark["part"] | null {
	return marks.find((m) => seconds >= m.start && seconds < m.end)?.part ?? null;
}

/** How a real duration compares with the 2–3 minute target: `"short"`, `"on target"` or `"long"`. */
export function durationVerdict(seconds: number, targetSeconds: number): "short" | "on target" | "long" {
	if (seconds > targetSeconds) return "long";
	// Under two thirds of the target (two minutes of three) is short.
	return seconds < (targetSeconds * 2) / 3 ? "short" : "on target";
}

/**
 * Seconds a recording runs past the target before it stops itself: room to
 * finish the point (the round says "finish your point" at time-up) without
 * recording a silent room for minutes. A fifth of the target, at most 30 s.
 */
export function overtimeAllowance(targetSeconds: number): number {
	return Math.min(30, Math.round(Math.max(0, targetSeconds) * 0.2));
}

/** True once an answer of `answerSeconds` has used up the target and its overtime allowance. */
export function recordingTimeIsUp(answerSeconds: number, targetSeconds: number): boolean {
	return answerSeconds >= targetSeconds + overtimeAllowance(targetSeconds);
}

const VERDICT_WORDS: Readonly<Record<ReturnType<typeof durationVerdict>, string>> = {
	short: "short: a senior answer needs room for what you did and what came of it",
	"on target": "on target",
	long: "long: cut the setting first, then any step that did not change the outcome",
};

/** The review's sentence: "Your answer ran 2:41 against a target of 2:30: long: …". */
export function durationSentence(seconds: number, targetSeconds: number): string {
	return (
		`Your answer ran ${clock(seconds)} against a target of ${clock(targetSeconds)}: ` +
		`${VERDICT_WORDS[durationVerdict(seconds, targetSeconds)]}.`
	);
}

function clock(seconds: number): string {
	return formatClock(Math.max(0, Math.round(seconds)));
}
