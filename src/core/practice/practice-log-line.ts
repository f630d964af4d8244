import { format } from "date-fns";
import type { PracticeRound } from "./practice-round";
import { DEFAULT_SETTINGS } from "../settings";
import { formatClock } from "./answer-clock";
import { RATING_LABELS } from "./ratings";
import { withRecordingEmbed } from "../recording/recording-link";

/** What a log line needs besides the round. */
export interface LogLineOptions {
	/** date-fns format of the date; an unusable one falls back to the default. */
	dateFormat: string;
	/** Display name of the round's competency, or `null`. */
	competencyName: string | null;
}

/**
 * One practice round as one markdown list item for the practice log note:
 * `- 2026-11-21 10:00 · At the bar · 2:41 (over by 0:11) · Conflict · Tell me about… · note`.
 * Always a single line, whatever the question or note hold; a recorded answer
 * ends the line with its embed (`· ![[Practice ….webm]]`) so it plays in the log.
 */
export function formatLogLine(round: PracticeRound, options: LogLineOptions): string {
	const parts = [formatDate(new Date(round.practisedAt), options.dateFormat), RATING_LABELS[round.rating], duration(round)];
	if (options.competencyName) parts.push(oneLine(options.competencyName));
	parts.push(oneLine(round.questionText) || round.questionId);
	const note = oneLine(round.note);
	if (note) parts.push(note);
	return withRecordingEmbed(`- ${parts.join(" · ")}`, round.recording);
}

/** True when date-fns can format dates with this pattern. */
export function isUsableDateFormat(pattern: string): boolean {
	if (pattern.trim() === "") return false;
	try {
		format(new Date(0), pattern);
		return true;
	} catch {
		return false;
	}
}

/** A date in the user's format, or in the default one when theirs cannot be used. */
export function formatDate(date: Date, pattern: string): string {
	return format(date, isUsableDateFormat(pattern) ? pattern : DEFAULT_SETTINGS.practiceLogDateFormat);
}

function duration(round: PracticeRound): string {
	const target = round.targetSeconds;
	const over = target === undefined ? 0 : round.seconds - target;
	return over > 0 ? `${formatClock(round.seconds)} (over by ${formatClock(over)})` : formatClock(round.seconds);
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}
