import { formatDuration, PART_TITLE } from "../display-text";
import type { Story, StorySignals } from "../types";
import type { StrengthLevel } from "./types";

/** A story shorter than this to tell is a one-liner, not an answer. */
export const MIN_TELLING_SECONDS = 15;
/** Points a story can earn, one per check. */
export const MAX_POINTS = 5;
/** Points a story with every expected part needs to be strong. */
export const STRONG_POINTS = 4;

/** The five things the panel listens for, one point each. */
export type StrengthCheckId = "parts" | "measured" | "takeaway" | "voice" | "length";

/** One check of the formula, passed or not, with a sentence for a tooltip. */
export interface StrengthCheck {
	id: StrengthCheckId;
	passed: boolean;
	/** What the check asks for ("A measured result"). */
	label: string;
}

/** A story's score: points out of five, its level, each check, and a warning per failed check worth acting on. */
export interface StoryStrength {
	points: number;
	level: StrengthLevel;
	checks: StrengthCheck[];
	warnings: string[];
}

/** A result is written but holds no figure or measured change: the warning the panel and the report give. */
export function unmeasuredResult(signals: Pick<StorySignals, "partsPresent" | "hasMetric">): boolean {
	return signals.partsPresent.includes("result") && !signals.hasMetric;
}

/**
 * Scores a story, one point for each of: every expected part written; a
 * measured result; a takeaway; "I" beside "we" (at least one "I", and one for
 * every two "we"); and a tellable length (from 15 seconds up to the target
 * answer length at the user's speaking rate). Strong means every expected part
 * and at least four points. A sketch scores nothing.
 */
export function storyStrength(story: Pick<Story, "missing" | "sketch" | "signals">, targetSeconds: number): StoryStrength {
	const s = story.signals;
	const target = formatDuration(targetSeconds);
	const checks: StrengthCheck[] = [
		{ id: "parts", passed: !story.sketch && story.missing.length === 0, label: "Every expected part written" },
		{ id: "measured", passed: !story.sketch && s.hasMetric, label: "A measured result" },
		{ id: "takeaway", passed: s.partsPresent.includes("takeaway"), label: "A takeaway" },
		{ id: "voice", passed: s.iCount > 0 && s.iCount * 2 >= s.weCount, label: "“I” beside “we”" },
		{
			id: "length",
			passed: s.speakingSeconds >= MIN_TELLING_SECONDS && s.speakingSeconds <= targetSeconds,
			label: `Tellable in ${formatDuration(MIN_TELLING_SECONDS)}–${target}`,
		},
	];
	if (story.sketch)
		return {
			points: 0,
			level: "sketch",
			checks: checks.map((c) => ({ ...c, passed: false })),
			warnings: ["Sketch: no parts written yet"],
		};

	const warnings: string[] = [];
	if (story.missing.length > 0) warnings.push(`No ${joinOr(story.missing.map((p) => PART_TITLE[p]))}`);
	if (unmeasuredResult(s)) warnings.push("No measured result");
	if (s.speakingSeconds > targetSeconds)
		warnings.push(`Too long: ${formatDuration(s.speakingSeconds)} to tell, over the ${target} target`);
	else if (s.speakingSeconds < MIN_TELLING_SECONDS) warnings.push(`Very short: ${formatDuration(s.speakingSeconds)} to tell`);
	if (s.iCount === 0) warnings.push("No “I”: say what you did yourself");
	else if (s.iCount * 2 < s.weCount) warnings.push("Mostly “we”: say what you did yourself");

	const points = checks.filter((c) => c.passed).length;
	const partsDone = checks[0]?.passed === true;
	return { points, level: partsDone && points >= STRONG_POINTS ? "strong" : "weak", checks, warnings };
}

/** "Task", "Task or Result", "Situation, Task or Result". */
function joinOr(items: string[]): string {
	if (items.length <= 1) return items[0] ?? "";
	return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}
