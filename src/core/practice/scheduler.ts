import { differenceInMilliseconds, format } from "date-fns";
import { hashString } from "../parser/ids";
import type { PracticeRound } from "./practice-round";
import type { CoverageLevel } from "./competency-lookup";
import type { AskedQuestion, PickReason, PracticeQuestion } from "./practice-question";
import { questionRecords, type QuestionRecord } from "./spacing";

/** Points each signal adds to a question's priority; docs/practice.md documents this table. */
export const PRIORITY_POINTS = {
	noStories: 3,
	thinStories: 2,
	/** On top of either: the competency is a key signal of the user's set (`*` in a rubric note), so its gap is closed first. */
	keySignalGap: 1,
	neverPractised: 3,
	/** A question from the user's own notes never practised: before any built-in one, as the docs promise. */
	ownUnpractised: 6,
	belowLastTime: 2,
	atLastTime: 1,
	due: 1,
	/** Per whole interval past the due date, on top of `due`. */
	perIntervalOverdue: 1,
	maxOverduePoints: 2,
	notDue: -10,
} as const;

/** A question with its priority, as the scheduler sees it. */
export interface ScoredQuestion {
	question: PracticeQuestion;
	score: number;
	reasons: PickReason[];
	record: QuestionRecord | null;
	/** Stable tie-break: longest unpractised first, then a shuffle that changes daily. */
	sortKey: [number, string];
}

/** What the scheduler needs besides the questions. */
export interface ScheduleContext {
	rounds: readonly PracticeRound[];
	now: Date;
	levelOf: (competencyId: string) => CoverageLevel;
	/** Whether a competency is a key signal of the set in use; none is when absent. */
	isKey?: (competencyId: string) => boolean;
}

/** A set's key signals as `ScheduleContext.isKey` asks for them. */
export function keySignalsOf(set: { competencies: readonly { id: string; key?: boolean }[] }): (competencyId: string) => boolean {
	const keys = new Set(set.competencies.filter((c) => c.key === true).map((c) => c.id));
	return (id) => keys.has(id);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every question with its priority, highest first. */
export function scoreQuestions(questions: readonly PracticeQuestion[], context: ScheduleContext): ScoredQuestion[] {
	const records = questionRecords(context.rounds);
	const day = format(context.now, "yyyy-MM-dd");
	const scored = questions.map((question) => scoreOne(question, records.get(question.id) ?? null, context, day));
	return scored.sort(compareScored);
}

/**
 * Picks the question that most needs practice. Never the question of the
 * previous round, nor one offered and skipped just before (`avoid`, most
 * recent last), unless nothing else is left: then the one avoided longest,
 * so skipping walks through the pool instead of alternating between two.
 * The phrasing rotates: the n-th round of a question asks its n-th phrasing.
 */
export function pickQuestion(
	questions: readonly PracticeQuestion[],
	context: ScheduleContext,
	avoid: string | readonly string[] | null = null,
): AskedQuestion | null {
	if (questions.length === 0) return null;
	const scored = scoreQuestions(questions, context);
	const avoided = avoid === null ? [] : typeof avoid === "string" ? [avoid] : avoid;
	const fresh = scored.find((s) => !avoided.includes(s.question.id));
	const last = avoided[avoided.length - 1];
	// Everything was avoided: the longest-avoided question that is not the one on screen.
	const best = fresh ?? avoided.map((id) => scored.find((s) => s.question.id === id && id !== last)).find((s) => s !== undefined);
	if (!best) {
		const only = scored[0];
		return only ? ask(only, ["only-choice"]) : null;
	}
	return ask(best, best.reasons);
}

/** The id of the question practised last, if any. */
export function lastQuestionId(rounds: readonly PracticeRound[]): string | null {
	let last: PracticeRound | null = null;
	for (const round of rounds) if (!last || round.practisedAt >= last.practisedAt) last = round;
	return last?.questionId ?? null;
}

function ask(scored: ScoredQuestion, reasons: PickReason[]): AskedQuestion {
	const phrasings = scored.question.phrasings;
	const turn = (scored.record?.rounds ?? 0) % Math.max(1, phrasings.length);
	return { question: scored.question, text: phrasings[turn] ?? phrasings[0] ?? "", reasons };
}

function scoreOne(question: PracticeQuestion, record: QuestionRecord | null, context: ScheduleContext, day: string): ScoredQuestion {
	const reasons: PickReason[] = [];
	let score = 0;
	const level = question.competencyId === null ? null : context.levelOf(question.competencyId);
	if (level === "empty") {
		score += PRIORITY_POINTS.noStories;
		reasons.push("no-stories");
	} else if (level === "thin") {
		score += PRIORITY_POINTS.thinStories;
		reasons.push("thin-stories");
	}
	// A key signal with a gap goes before any other competency with the same gap (and level with a bigger one).
	if ((level === "empty" || level === "thin") && context.isKey?.(question.competencyId ?? "") === true)
		score += PRIORITY_POINTS.keySignalGap;
	if (!record) {
		score += PRIORITY_POINTS.neverPractised;
		reasons.push("never-practised");
		if (question.source === "vault") {
			score += PRIORITY_POINTS.ownUnpractised;
			reasons.unshift("own-question");
		}
	} else {
		if (record.lastRating === "below") {
			score += PRIORITY_POINTS.belowLastTime;
			reasons.push("below-last-time");
		} else if (record.lastRating === "at") {
			score += PRIORITY_POINTS.atLastTime;
			reasons.push("at-last-time");
		}
		const late = differenceInMilliseconds(context.now, record.dueAt);
		if (late >= 0) {
			const intervals = Math.floor(late / (record.intervalDays * DAY_MS));
			const extra = Math.min(PRIORITY_POINTS.maxOverduePoints, intervals * PRIORITY_POINTS.perIntervalOverdue);
			score += PRIORITY_POINTS.due + extra;
			reasons.push(extra > 0 ? "overdue" : "due");
		} else {
			score += PRIORITY_POINTS.notDue;
			reasons.push("not-due");
		}
	}
	// A question of the user's marked TODO, or with no story under it, is one to prepare: the round offers "Draft a story".
	if (question.source === "vault" && (question.todo === true || question.storyIds.length === 0)) reasons.push("to-prepare");
	const since = record ? context.now.getTime() - record.lastPractisedAt.getTime() : Number.MAX_SAFE_INTEGER;
	return { question, score, reasons, record, sortKey: [since, hashString(`${day}:${question.id}`)] };
}

function compareScored(a: ScoredQuestion, b: ScoredQuestion): number {
	if (a.score !== b.score) return b.score - a.score;
	if (a.sortKey[0] !== b.sortKey[0]) return b.sortKey[0] - a.sortKey[0];
	return a.sortKey[1] < b.sortKey[1] ? -1 : a.sortKey[1] > b.sortKey[1] ? 1 : 0;
}
