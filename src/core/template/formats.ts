import { DEFAULT_EXPECTED_PARTS, type PartName } from "../types";
import type { LabelForm } from "./types";

/** A built-in story format: its labels, in telling order. */
export type BuiltInFormat = "star" | "senior";

const LABELS: Readonly<Record<BuiltInFormat, readonly { part: PartName; text: string }[]>> = {
	// STAR + Takeaways, spelled as the example note spells it.
	star: [
		{ part: "situation", text: "Situation" },
		{ part: "task", text: "Task" },
		{ part: "action", text: "Action" },
		{ part: "result", text: "Results" },
		{ part: "takeaway", text: "Takeaways" },
	],
	// Judgment first, for senior panels: the parser reads these as situation, action, result and takeaway.
	senior: [
		{ part: "situation", text: "Context" },
		{ part: "action", text: "Decision and trade-off" },
		{ part: "result", text: "Result" },
		{ part: "takeaway", text: "Reflection" },
	],
};

/** The label written when nothing else is known: bold, colon outside (`**Situation**: `). */
export const DEFAULT_BEFORE = "**";
export const DEFAULT_AFTER = "**: ";

/** A built-in format's labels as bold labels with the colon outside the bold. */
export function formatLabels(format: BuiltInFormat): LabelForm[] {
	return LABELS[format].map((l) => ({ part: l.part, text: l.text, before: DEFAULT_BEFORE, after: DEFAULT_AFTER }));
}

/** One line per part for a new note's format legend, in this project's words. */
const LEGEND_HINTS: Readonly<Record<PartName, string>> = {
	situation: "where you were, how big it was, and what was at stake",
	task: "what you had to achieve, and for whom",
	action: "what you chose, what you gave up, and why",
	result: "what changed, in numbers where you can",
	takeaway: "what you would repeat, and what you would do differently",
};

/** The hint a format legend gives for a part. */
export function legendHint(part: PartName): string {
	return LEGEND_HINTS[part];
}

/**
 * True when a note written in these labels needs a format legend: without
 * one, the parser expects Situation, Task, Action and Result, so a format
 * that leaves one out (the senior format has no Task) would never be complete.
 */
export function needsLegend(labels: readonly LabelForm[]): boolean {
	return DEFAULT_EXPECTED_PARTS.some((part) => !labels.some((l) => l.part === part));
}
