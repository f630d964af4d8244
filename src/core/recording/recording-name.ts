import { cutAtWord, fileNameText } from "../file-name";

/** Longest question part of a recording's file name, in characters. */
export const MAX_QUESTION_CHARS = 60;

/**
 * A recording's file name without folder or extension, by date and question:
 * `Practice 2026-12-04 1915 Tell me about a conflict`. Characters that file
 * systems or wikilinks refuse are dropped, the question is cut at a word
 * boundary to `MAX_QUESTION_CHARS`, and a question with nothing usable left
 * gives just the date part. The date is the local time of `date`.
 */
export function recordingBaseName(date: Date, questionText: string): string {
	const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	const stamp = `${day} ${pad(date.getHours())}${pad(date.getMinutes())}`;
	const question = safeQuestion(questionText);
	return question === "" ? `Practice ${stamp}` : `Practice ${stamp} ${question}`;
}

function safeQuestion(text: string): string {
	// A leading dot would hide the file on some systems; trailing dots and spaces are refused on Windows.
	const clean = fileNameText(text).replace(/^\.+/, "").trim();
	// A question cut short also loses the comma or semicolon it was cut after.
	return trimEnd(cutAtWord(clean, MAX_QUESTION_CHARS), clean.length <= MAX_QUESTION_CHARS ? ". " : ".,; ");
}

/** `text` without trailing characters from `chars` (a loop, not a regex: linear on any input). */
function trimEnd(text: string, chars: string): string {
	let end = text.length;
	while (end > 0 && chars.includes(text[end - 1] ?? "")) end--;
	return text.slice(0, end);
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}
