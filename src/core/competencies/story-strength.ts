import { formatDuration, PART_TITLE } from "../display-text";
import { levelSignals, type LevelSignals } from "../parser/level-signals";
import { sentenceWords } from "../parser/story-words";
import type { Story, StorySignals } from "../types";
import type { StrengthLevel } from "./types";

/** A story shorter than this to tell is a one-liner, not an answer ("thin"). */
export const MIN_TELLING_SECONDS = 15;
/** Past this a story is too long to tell whatever the user's target: the brief's 2–3 minute core answer. */
export const MAX_TELLING_SECONDS = 180;
/** The highest score: the panel shows "4/5". */
export const MAX_POINTS = 5;
/** The set whose strong stories must also show the staff-level signals. */
export const SENIOR_SET_ID = "senior";
/**
 * Level signals a story needs, of the four, to be strong for the senior set; one of them must be scope beyond
 * the own team or an explicit trade-off, what tells a staff story from a hard single-team one.
 */
export const SENIOR_LEVEL_SIGNALS = 2;

/** The checks of the formula: four basics and four level signals. */
export type StrengthCheckId = "parts" | "measured" | "voice" | "length" | "scope" | "trade-off" | "ambiguity" | "reflection";

/** One check of the formula, passed or not, with a sentence for a tooltip. */
export interface StrengthCheck {
	id: StrengthCheckId;
	passed: boolean;
	/** What the check asks for ("A measured result"). */
	label: string;
	/** The words that passed it, when a phrase did ("gave up", "other teams"). */
	evidence?: string;
}

/** A story's strength: a score from 1 to 5, its level, each check, and a warning per failed check worth acting on. */
export interface StoryStrength {
	/** 1–5: one plus half the checks passed, rounded down (a sketch scores 1). */
	score: number;
	level: StrengthLevel;
	checks: StrengthCheck[];
	warnings: string[];
}

/** How long a story takes to tell, against the 15 s floor, the user's soft target and the 3:00 ceiling. */
export type LengthVerdict = "thin" | "ok" | "long" | "too-long";

/** What the strength formula reads from a story. */
export type StrengthSource = Pick<Story, "missing" | "sketch" | "signals" | "partList">;

/** Options of the formula: the competency set decides whether strong needs the staff-level signals. */
export interface StrengthOptions {
	/** Id of the competency set in use; `senior` (the default) requires the level signals for strong. */
	setId?: string;
}

/** A result is written but states no measured change: the warning the panel and the report give. */
export function unmeasuredResult(signals: Pick<StorySignals, "partsPresent" | "hasMetric">): boolean {
	return signals.partsPresent.includes("result") && !signals.hasMetric;
}

/**
 * Whether the speaker's own part is hidden: "we" outweighs "I" and no action
 * shows a decision of their own. No "we", no problem: a telegraphic note with
 * no pronouns at all is first person.
 */
export function ownPartHidden(signals: Pick<StorySignals, "iCount" | "weCount" | "ownActionVisible">): boolean {
	return signals.weCount > signals.iCount && !signals.ownActionVisible;
}

/**
 * Thin under 15 s; too long over 3:00 (or over the user's target when they
 * set one above 3:00); long (a soft warning) over the user's target; else ok.
 */
export function lengthVerdict(seconds: number, targetSeconds: number): LengthVerdict {
	if (seconds < MIN_TELLING_SECONDS) return "thin";
	if (seconds > Math.max(MAX_TELLING_SECONDS, targetSeconds)) return "too-long";
	if (seconds > targetSeconds) return "long";
	return "ok";
}

const levelCache = new WeakMap<object, LevelSignals>();

/** The level signals of a story, read once per story object (the index replaces a story when its note changes). */
export function storyLevelSignals(story: Pick<Story, "partList">): LevelSignals {
	const known = levelCache.get(story);
	if (known) return known;
	const sentences = story.partList.flatMap((p) => sentenceWords(p.text));
	const value = levelSignals(
		sentences,
		story.partList.some((p) => p.part === "takeaway" && p.text.trim() !== ""),
	);
	levelCache.set(story, value);
	return value;
}

/**
 * Scores a story on eight checks. Four basics: every expected part written;
 * a measured result; the speaker's own part visible; tellable in 15 s to
 * 3:00. Four level signals a staff panel listens for: scope beyond the own
 * team, an explicit trade-off, ambiguity faced, a reflection. The score is
 * one plus half the checks passed, rounded down (1–5). Strong needs every
 * basic; for the senior set it also needs two of the four level signals, one
 * of them scope beyond the own team or an explicit trade-off; for other sets
 * a reflection or a measured result is enough. A sketch scores 1. Going over the user's target (2:30 by default) warns without
 * failing the length check; going over 3:00 fails it.
 */
export function storyStrength(story: StrengthSource, targetSeconds: number, options: StrengthOptions = {}): StoryStrength {
	const s = story.signals;
	const senior = (options.setId ?? SENIOR_SET_ID) === SENIOR_SET_ID;
	const ceiling = Math.max(MAX_TELLING_SECONDS, targetSeconds);
	const length = lengthVerdict(s.speakingSeconds, targetSeconds);
	const level = storyLevelSignals(story);
	const checks: StrengthCheck[] = [
		{ id: "parts", passed: !story.sketch && story.missing.length === 0, label: "Every expected part written" },
		{ id: "measured", passed: !story.sketch && s.hasMetric, label: "A measured result" },
		{ id: "voice", passed: !story.sketch && !ownPartHidden(s), label: "Your own decisions visible" },
		{
			id: "length",
			passed: !story.sketch && length !== "thin" && length !== "too-long",
			label: `Tellable in ${formatDuration(MIN_TELLING_SECONDS)}–${formatDuration(ceiling)}`,
		},
		levelCheck("scope", level.scope, "Scope beyond your own team"),
		levelCheck("trade-off", level.tradeOff, "An explicit trade-off"),
		levelCheck("ambiguity", level.ambiguity, "Ambiguity faced"),
		levelCheck("reflection", level.reflection, "A reflection"),
	];
	if (story.sketch) {
		return {
			score: 1,
			level: "sketch",
			checks: checks.map((c) => ({ id: c.id, passed: false, label: c.label })),
			warnings: ["Sketch: no parts written yet"],
		};
	}

	const passed = (id: StrengthCheckId): boolean => checks.some((c) => c.id === id && c.passed);
	const warnings: string[] = [];
	if (story.missing.length > 0) warnings.push(`No ${joinOr(story.missing.map((p) => PART_TITLE[p]))}`);
	if (unmeasuredResult(s)) warnings.push("No measured result");
	if (length === "too-long") warnings.push(`Too long: ${formatDuration(s.speakingSeconds)} to tell, over ${formatDuration(ceiling)}`);
	else if (length === "long")
		warnings.push(`Long: ${formatDuration(s.speakingSeconds)} to tell, over your ${formatDuration(targetSeconds)} target`);
	else if (length === "thin") warnings.push(`Very short: ${formatDuration(s.speakingSeconds)} to tell`);
	if (ownPartHidden(s)) warnings.push("Mostly “we”: say what you decided and did yourself");

	const levelChecks = checks.slice(4);
	const levelCount = levelChecks.filter((c) => c.passed).length;
	const staffTell = passed("scope") || passed("trade-off");
	if (senior) {
		const hint = staffHint(levelChecks, levelCount, staffTell);
		if (hint !== null) warnings.push(hint);
	}

	const basics = passed("parts") && passed("measured") && passed("voice") && passed("length");
	const strong = senior
		? basics && staffTell && levelCount >= SENIOR_LEVEL_SIGNALS
		: passed("parts") && passed("voice") && passed("length") && (passed("measured") || passed("reflection"));
	const points = checks.filter((c) => c.passed).length;
	return { score: Math.min(MAX_POINTS, 1 + Math.floor(points / 2)), level: strong ? "strong" : "weak", checks, warnings };
}

/** What a story lacks for a staff panel, or `null` when its level signals are enough. */
function staffHint(levelChecks: readonly StrengthCheck[], levelCount: number, staffTell: boolean): string | null {
	const missing = levelChecks.filter((c) => !c.passed).map((c) => c.label.toLowerCase());
	if (!staffTell) {
		const more = levelCount === 0 ? `, and one more of: ${missing.slice(2).join(", ")}` : "";
		return `For a staff panel, show scope beyond your own team or an explicit trade-off${more}`;
	}
	if (levelCount < SENIOR_LEVEL_SIGNALS) return `For a staff panel, show one more of: ${missing.join(", ")}`;
	return null;
}

function levelCheck(id: StrengthCheckId, evidence: string | null, label: string): StrengthCheck {
	return evidence === null ? { id, passed: false, label } : { id, passed: true, label, evidence };
}

/** "Task", "Task or Result", "Situation, Task or Result". */
function joinOr(items: string[]): string {
	if (items.length <= 1) return items[0] ?? "";
	return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}
