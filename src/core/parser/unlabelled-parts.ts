import { ownActionVisible } from "./own-voice";
import { plainPart } from "./story-parts";
import { sentenceWords } from "./story-words";
import type { PartName } from "../types";

/** One unlabelled bullet of a story (its sub-bullets folded in): its lines as written and its line range. */
export interface UnlabelledUnit {
	lines: string[];
	line: number;
	endLine: number;
}

/** A bullet that carries a label the walk did not open a story on (`- A: …`, `- R: …` under a question). */
export interface LabelledUnit extends UnlabelledUnit {
	part: PartName;
	label: string;
}

/** A part read from bullets: the label is empty when the note names none. */
export interface InferredPart {
	part: PartName;
	label: string;
	lines: string[];
	line: number;
	endLine: number;
}

/**
 * The parts of a story told in bullets, some of which may carry labels
 * (`- A: …` and `- R: …` under a question, which open no story on their
 * own): a labelled bullet is its part, an unlabelled one after it goes on
 * that part, and the unlabelled bullets before the first label are read by
 * their order (`inferParts`), knowing which parts the labels (and
 * `labelledAfter`, a labelled story after the bullets) hold.
 */
export function readBulletParts(
	units: readonly (UnlabelledUnit | LabelledUnit)[],
	labelledAfter: readonly PartName[] = [],
): InferredPart[] {
	const firstLabelled = units.findIndex((u) => "part" in u);
	if (firstLabelled === -1) return inferParts(units, labelledAfter);
	const labelled = [...units.filter((u): u is LabelledUnit => "part" in u).map((u) => u.part), ...labelledAfter];
	const parts = inferParts(units.slice(0, firstLabelled), labelled);
	for (const unit of units.slice(firstLabelled)) {
		const open = parts[parts.length - 1];
		if ("part" in unit)
			parts.push({ part: unit.part, label: unit.label, lines: [...unit.lines], line: unit.line, endLine: unit.endLine });
		else if (open) {
			open.lines.push(...unit.lines);
			open.endLine = unit.endLine;
		}
	}
	return onePerPart(parts);
}

/**
 * A story holds each part once (the index rebuilds parts by name): a part
 * that comes again (a second `R:`, or a label for a part the order already
 * gave) goes on with its text on the part before it, so no word of the story is lost.
 */
export function onePerPart<T extends { part: PartName | null; lines: string[]; endLine: number }>(parts: T[]): T[] {
	const seen = new Set<PartName>();
	const kept: T[] = [];
	for (const entry of parts) {
		const open = kept[kept.length - 1];
		if (entry.part === null || !seen.has(entry.part) || !open) {
			if (entry.part) seen.add(entry.part);
			kept.push(entry);
			continue;
		}
		open.lines.push(...entry.lines);
		open.endLine = Math.max(open.endLine, entry.endLine);
	}
	return kept;
}

/** A closing bullet that says what the speaker took away rather than what happened. */
const LESSON = new RegExp(
	String.raw`^(?:lessons?|learn(?:ed|t|ings?)|takeaways?|next time|in hindsight|looking back|since then` +
		String.raw`|now i\b|today i\b|i(?:'d| would) (?:do|have))`,
	"i",
);
/** A bullet that states what the speaker was there to do. */
const GOAL = new RegExp(
	String.raw`\b(?:my (?:job|task|goal|role|brief|mandate)|(?:i|we) (?:needed|had|was asked|were asked|was supposed|were supposed) to` +
		String.raw`|goal was|asked (?:me|us) to|responsible for)\b`,
	"i",
);

/**
 * Which STAR part each unlabelled bullet of a story tells, in the order such
 * notes are written (scene, goal, what I did, what came of it, what I
 * learnt): the first bullet sets the scene unless it already shows the
 * speaker acting, a bullet after it that states a goal is the task, the last
 * is the result (or the takeaway when it reads as a lesson, the result then
 * being the one before), and the bullets between are the action. Parts
 * labelled after the bullets (`labelledAfter`) are not guessed again. Every
 * bullet lands in a part, so no word is lost; consecutive bullets of one part are one part.
 */
export function inferParts(units: readonly UnlabelledUnit[], labelledAfter: readonly PartName[] = []): InferredPart[] {
	const kinds: PartName[] = units.map(() => "action");
	let last = units.length - 1;
	// Labelled parts after the bullets ("Lesson: …", "Result: …") close the story: the bullets tell what comes before them.
	const closed = labelledAfter.includes("result") || labelledAfter.includes("takeaway");
	if (!closed && last >= 2 && LESSON.test(firstText(units[last]))) kinds[last--] = "takeaway";
	if (!labelledAfter.includes("result") && last >= 1) kinds[last] = "result";
	// Bullets that lead into a labelled action or result set the scene even when there is only one of them.
	const leadIn = labelledAfter.includes("action") || labelledAfter.includes("result");
	let first = 0;
	if ((last >= 1 || leadIn) && units.length > 0 && !actsFirstHand(units[0])) kinds[first++] = "situation";
	if (first > 0 && (first < last || (leadIn && first === last)) && GOAL.test(text(units[first]))) kinds[first] = "task";
	const parts: InferredPart[] = [];
	units.forEach((unit, i) => {
		const part = kinds[i] ?? "action";
		const open = parts[parts.length - 1];
		if (open && open.part === part) {
			open.lines.push(...unit.lines);
			open.endLine = unit.endLine;
		} else parts.push({ part, label: "", lines: [...unit.lines], line: unit.line, endLine: unit.endLine });
	});
	return parts;
}

function text(unit: UnlabelledUnit | undefined): string {
	return plainPart((unit?.lines ?? []).join("\n"));
}

function firstText(unit: UnlabelledUnit | undefined): string {
	return plainPart(unit?.lines[0] ?? "");
}

/** The bullet shows the speaker doing something ("I rolled back…", "Rolled back…"), not the scene. */
function actsFirstHand(unit: UnlabelledUnit | undefined): boolean {
	return ownActionVisible(sentenceWords(text(unit)));
}
