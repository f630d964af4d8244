import type { ParsedNote } from "../types";
import { isBlank, isRule, mostCommon } from "./markdown-lines";

/** The lines one entry of a note takes: a question with everything under it, or a story standing on its own. */
export interface EntryRange {
	/** 1-based first and last line. */
	start: number;
	end: number;
	/** The question's id, for an entry that is a question. */
	questionId: string | null;
}

/**
 * The note's entries in order: each question written as an item, heading,
 * callout or line (with its stories and answer), and each story that stands
 * under no such question (a story heading with a "Use for:" line). An entry
 * inside another is part of it.
 */
export function entryRanges(note: ParsedNote): EntryRange[] {
	const ranges: EntryRange[] = [];
	for (const q of note.questions) {
		if (q.form === "answers-line") continue;
		ranges.push({ start: q.line, end: Math.max(q.line, q.endLine), questionId: q.id });
	}
	for (const s of note.stories) {
		if (s.questionIds.some((id) => ranges.some((r) => r.questionId === id))) continue;
		ranges.push({ start: s.line, end: Math.max(s.line, s.endLine), questionId: null });
	}
	ranges.sort((a, b) => a.start - b.start || b.end - a.end);
	const outer: EntryRange[] = [];
	for (const r of ranges) {
		const last = outer[outer.length - 1];
		if (last && r.start <= last.end) continue;
		outer.push(r);
	}
	return outer;
}

/**
 * What stands between one entry and the next: a thematic break (`---`) when
 * most neighbouring entries have one, and whether they have a blank line.
 * Only neighbours with nothing else between them count (a section heading
 * between two entries says nothing about how entries are separated).
 */
export function entrySpacing(lines: readonly string[], ranges: readonly EntryRange[]): { separator: string | null; blankBetween: boolean } {
	const rules: string[] = [];
	let pairs = 0;
	let blank = 0;
	for (let i = 1; i < ranges.length; i++) {
		const prev = ranges[i - 1];
		const next = ranges[i];
		if (!prev || !next) continue;
		const gap = lines.slice(prev.end, next.start - 1);
		if (gap.some((l) => !isBlank(l) && !isRule(l))) continue;
		pairs++;
		const rule = gap.find((l) => isRule(l));
		if (rule !== undefined) rules.push(rule.trim());
		if (gap.some((l) => isBlank(l))) blank++;
	}
	const separator = pairs > 0 && rules.length * 2 >= pairs ? (mostCommon(rules) ?? null) : null;
	return { separator, blankBetween: pairs > 0 && blank * 2 > pairs };
}
