import type { PartName } from "../types";

/** Label words long enough that one wrong letter still names them, and the part each names. */
const LONG_LABELS: ReadonlyArray<[string, PartName]> = [
	["situation", "situation"],
	["context", "situation"],
	["background", "situation"],
	["action", "action"],
	["approach", "action"],
	["solution", "action"],
	["result", "result"],
	["results", "result"],
	["outcome", "result"],
	["impact", "result"],
	["takeaway", "takeaway"],
	["learning", "takeaway"],
	["lesson", "takeaway"],
	["reflection", "takeaway"],
];

/** Real words one letter away from a label word: a line that opens with one of them is not a misspelt label. */
const REAL_WORDS = new Set(["content", "contest", "contexts", "impart", "lessen", "lesion", "lessons", "actions", "outcomes", "results"]);

/** Whether two words are at most one edit apart: one letter added, dropped, changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	return short.slice(i) === long.slice(i + 1);
}

/**
 * The part a misspelt label word names ("sitation", "reslut") and the word
 * spelt right in the writer's case ("situation", "Result"), or `null`. Only
 * words of six letters or more are read this way, and never a real word
 * such as "content", so ordinary lines are not taken for labels.
 */
export function misspeltLabel(word: string): { part: PartName; spelt: string } | null {
	const lower = word.toLowerCase();
	if (lower.length < 6 || REAL_WORDS.has(lower)) return null;
	for (const [label, part] of LONG_LABELS) {
		if (lower === label || !oneEditApart(lower, label)) continue;
		const spelt =
			word === word.toUpperCase()
				? label.toUpperCase()
				: word[0] === word[0]?.toUpperCase()
					? label[0]?.toUpperCase() + label.slice(1)
					: label;
		return { part, spelt };
	}
	return null;
}
