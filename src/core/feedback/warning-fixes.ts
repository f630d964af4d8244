import { PART_TITLE } from "../display-text";
import type { PartName } from "../types";

/** What a story's warning is about; stable for tests, styles and the docs page's anchors. */
export type WarningKind =
	"missing-part" | "sketch" | "unmeasured" | "too-long" | "long" | "thin" | "hidden-voice" | "staff-level" | "other";

/** One warning on a story, with a short form for the editor's marker and one sentence on how to fix it. */
export interface StoryWarning {
	kind: WarningKind;
	/** The warning as the panel words it ("No measured result"). */
	text: string;
	/** A few words for the marker on the story's first line ("3:40 to tell"). */
	short: string;
	/** One sentence: what to write to clear it. */
	fix: string;
	/** The part a `missing-part` warning is about, so the detail can offer to insert its label. */
	part?: PartName;
}

/**
 * How to write each missing part: what a senior panel listens for in it. One
 * sentence each, in the project's own words.
 */
export const PART_FIXES: Readonly<Record<PartName, string>> = {
	situation: "Open with two sentences of context: the team, the system and what was at stake if nothing changed.",
	task: "Say what you owned and what success had to look like, so the panel can judge your choices against a goal.",
	action: "Walk through the decisions you made yourself and why you chose them over the alternatives.",
	result: "Close with what changed, sized with a number, and what you would repeat or do differently.",
	takeaway: "End with the lesson and the habit or process you changed because of it.",
};

/** The fix for each kind of warning other than a missing part. */
export const WARNING_FIXES: Readonly<Record<Exclude<WarningKind, "missing-part">, string>> = {
	sketch: "Write a line or two under each part label; the verdict follows as soon as there is text to judge.",
	unmeasured: "Give the outcome a size: a before and after, a percentage that moved or money saved, rounded or anonymised if need be.",
	"too-long": "Cut the background to two sentences and keep one decision in depth, so the core answer fits in three minutes.",
	long: "Trim side steps until it fits your target, and leave the detail for the interviewer's follow-up questions.",
	thin: "Add the decision you made and what came of it: a one-line answer leaves the panel nothing to probe.",
	"hidden-voice": "Name what you personally decided, owned or risked, even within a team effort: “I chose…”, “my call was…”.",
	"staff-level": "Show the altitude: name the other teams your work reached, or the trade-off you weighed and why you chose as you did.",
	other: "Rework the story so it answers the question in a clear arc, from the situation to a measured result.",
};

/** A warning for each missing expected part, in telling order. */
export function missingPartWarnings(missing: readonly PartName[]): StoryWarning[] {
	return missing.map((part) => ({
		kind: "missing-part" as const,
		text: `No ${PART_TITLE[part]}`,
		short: `No ${PART_TITLE[part]}`,
		fix: PART_FIXES[part],
		part,
	}));
}

/**
 * Reads one of the strength formula's warnings (story-strength.ts) as a kind
 * with its fix. The missing-parts warning is left out (`null`): it is split
 * into one warning per part by `missingPartWarnings`.
 */
export function classifyWarning(text: string): StoryWarning | null {
	if (/^No (?:Situation|Task|Action|Result|Takeaway)\b/.test(text)) return null;
	const kind = kindOf(text);
	return { kind, text, short: shortOf(kind, text), fix: WARNING_FIXES[kind] };
}

function kindOf(text: string): Exclude<WarningKind, "missing-part"> {
	if (text.startsWith("Sketch")) return "sketch";
	if (text.startsWith("No measured result")) return "unmeasured";
	if (text.startsWith("Too long")) return "too-long";
	if (text.startsWith("Long")) return "long";
	if (text.startsWith("Very short")) return "thin";
	if (text.startsWith("Mostly")) return "hidden-voice";
	if (text.startsWith("For a staff panel")) return "staff-level";
	return "other";
}

/** The marker's words: the duration alone for the length warnings ("3:40 to tell"), else a clipped form. */
function shortOf(kind: Exclude<WarningKind, "missing-part">, text: string): string {
	const duration = /(\d{1,4}:\d\d) to tell/.exec(text);
	if ((kind === "too-long" || kind === "long" || kind === "thin") && duration) return `${duration[1]} to tell`;
	if (kind === "hidden-voice") return "Mostly “we”";
	if (kind === "staff-level") return "Needs staff-level signals";
	if (kind === "sketch") return "Sketch";
	return text;
}
