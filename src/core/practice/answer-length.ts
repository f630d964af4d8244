/** Shortest and longest target answer the settings accept, in seconds. */
export const ANSWER_LENGTH_RANGE = { min: 30, max: 900 } as const;

/**
 * Reads a target answer length as typed: seconds ("150", "150s") or minutes
 * and seconds ("2:30", "2m30s", "3m"). Returns seconds, or `null` when the
 * text is not a length or is outside the accepted range.
 */
export function parseAnswerLength(text: string): number | null {
	const t = text.trim().toLowerCase().replace(/\s+/g, "");
	let seconds: number | null = null;
	const clock = /^(\d{1,2}):([0-5]\d)$/.exec(t);
	const units = /^(?:(\d{1,2})m(?:in)?)?(?:(\d{1,3})s(?:ec)?)?$/.exec(t);
	if (/^\d{1,3}$/.test(t)) seconds = Number(t);
	else if (clock) seconds = Number(clock[1]) * 60 + Number(clock[2]);
	else if (units && (units[1] !== undefined || units[2] !== undefined)) seconds = Number(units[1] ?? 0) * 60 + Number(units[2] ?? 0);
	if (seconds === null || seconds < ANSWER_LENGTH_RANGE.min || seconds > ANSWER_LENGTH_RANGE.max) return null;
	return seconds;
}
