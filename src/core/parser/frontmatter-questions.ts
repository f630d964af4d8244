import type { FrontmatterValue } from "../types";

/** A question a note's properties name (`question:` / `questions:`), with the line its key is on. */
export interface FrontmatterQuestion {
	text: string;
	line: number;
}

/** Property names that hold the question (or questions) a note's story answers. */
const QUESTION_KEYS = new Set(["question", "questions", "prompt", "prompts", "interview question", "interview questions"]);

/**
 * The questions a note's frontmatter names: `question: Tell me about…` or a
 * list under `questions:`. A question holds commas, so a single value is one
 * question, never split. `lines` are the note's lines, for the key's line.
 */
export function frontmatterQuestions(
	data: Record<string, FrontmatterValue>,
	lines: readonly string[],
	lineCount: number,
): FrontmatterQuestion[] {
	const out: FrontmatterQuestion[] = [];
	for (const [key, value] of Object.entries(data)) {
		if (!QUESTION_KEYS.has(key.trim().toLowerCase())) continue;
		const line = keyLine(key, lines, lineCount);
		for (const text of asTexts(value)) out.push({ text, line: Array.isArray(value) ? itemLine(text, lines, line, lineCount) : line });
	}
	return out;
}

function asTexts(value: FrontmatterValue): string[] {
	if (Array.isArray(value)) return value.flatMap(asTexts);
	if (typeof value !== "string") return [];
	const text = value.trim();
	return text === "" ? [] : [text];
}

/** The 1-based line of a frontmatter key (the first fence is line 1). */
function keyLine(key: string, lines: readonly string[], lineCount: number): number {
	for (let i = 1; i < lineCount - 1; i++) {
		const raw = (lines[i] ?? "").trimStart();
		if (raw.startsWith(key) || raw.startsWith(`"${key}"`) || raw.startsWith(`'${key}'`)) return i + 1;
	}
	return 1;
}

/** The line of a list item under a key: the first line after the key that holds the item's text. */
function itemLine(text: string, lines: readonly string[], keyAt: number, lineCount: number): number {
	for (let i = keyAt; i < lineCount - 1; i++) if ((lines[i] ?? "").includes(text)) return i + 1;
	return keyAt;
}
