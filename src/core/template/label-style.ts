import { matchLabel } from "../parser/labels";
import type { PartName } from "../types";
import { DEFAULT_AFTER, DEFAULT_BEFORE } from "./formats";
import { escapeRegExp, mostCommon } from "./markdown-lines";
import type { LabelForm, PartLayout } from "./types";

/** Characters that separate a label from its body. */
const SEPARATOR = /[:：.—–-]/;

/**
 * Reads how a line writes its STAR label: `**Situation**: text` gives before
 * `**`, text `Situation`, after `**: `. `content` is the line without its
 * list marker, heading hashes or `>`. `null` when the line has no known
 * label, or when the label cannot be found as written (`**S**ituation:`).
 */
export function readLabelForm(content: string, heading: boolean): LabelForm | null {
	const match = matchLabel(content, { inStory: true, heading });
	if (!match || match.part === null) return null;
	const at = findWord(content, match.label);
	if (!at) return null;
	let after: string;
	if (match.body) {
		const bodyAt = content.indexOf(match.body, at.end);
		if (bodyAt === -1) return null;
		after = content.slice(at.end, bodyAt);
	} else {
		after = content.slice(at.end);
	}
	return {
		part: match.part,
		text: content.slice(at.start, at.end),
		before: content.slice(0, at.start),
		after: tidyAfter(after, heading),
	};
}

/**
 * What follows a label in a template. A label heading needs nothing; a label
 * on a line needs a separator (a label alone would not be read as one when
 * text follows it on the same line) and one space for the cursor.
 */
function tidyAfter(after: string, heading: boolean): string {
	const trimmed = after.trimEnd();
	if (heading) return trimmed;
	return `${SEPARATOR.test(trimmed) ? trimmed : `${trimmed}:`} `;
}

/** Where a label's words stand in a line, matched without regard to case or spacing, as whole words. */
function findWord(content: string, label: string): { start: number; end: number } | null {
	const words = label.trim().split(/\s+/).map(escapeRegExp);
	if (words.length === 0 || words[0] === "") return null;
	const pattern = new RegExp(words.join("\\s+"), "giu");
	let m: RegExpExecArray | null;
	while ((m = pattern.exec(content)) !== null) {
		const start = m.index;
		const end = start + m[0].length;
		if (!isWordChar(content[start - 1]) && !isWordChar(content[end])) return { start, end };
	}
	return null;
}

function isWordChar(c: string | undefined): boolean {
	return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** The default markup around a label, for a layout. */
export function defaultForm(layout: PartLayout): { before: string; after: string } {
	return layout === "heading" ? { before: "", after: "" } : { before: DEFAULT_BEFORE, after: DEFAULT_AFTER };
}

/**
 * The markup a note puts around labels it has not written yet: the most
 * common one, without emoji or letters (a `📋` belongs to one part only, and
 * `S - Situation` spells out one part's word).
 */
export function genericForm(forms: readonly LabelForm[], layout: PartLayout): { before: string; after: string } {
	const usable = forms.filter((f) => !/[\p{L}\p{N}]/u.test(f.after));
	const key = mostCommon(usable.map((f) => `${f.before.replace(/[^*_]/g, "")}\u0000${f.after}`));
	if (key === undefined) return defaultForm(layout);
	const [before = "", after = ""] = key.split("\u0000");
	return { before, after };
}

/**
 * The labels a new entry gets, each in the note's own markup: the wording
 * and order come from `labels`; a part the note has written before keeps its
 * exact markup, any other takes the note's common markup.
 */
export function styleLabels(
	labels: readonly { part: PartName; text: string }[],
	forms: readonly LabelForm[],
	layout: PartLayout,
): LabelForm[] {
	const generic = genericForm(forms, layout);
	return labels.map((label) => {
		const same = forms.filter((f) => f.part === label.part && f.text.toLowerCase() === label.text.toLowerCase());
		const key = mostCommon(same.map((f) => `${f.before}\u0000${f.text}\u0000${f.after}`));
		if (key !== undefined) {
			const [before = "", text = label.text, after = ""] = key.split("\u0000");
			return { part: label.part, text, before, after };
		}
		return { part: label.part, text: label.text, ...generic };
	});
}

/**
 * The labels the note's stories use, in their usual order, each spelled the
 * way the note spells it most often. A part fewer than a third of the
 * stories have is left out; fewer than three parts is not enough to copy (a
 * note of two-part stories gets the chosen format instead).
 */
export function labelsFromStories(
	stories: readonly { partList: readonly { part: PartName | null; label: string }[] }[],
): { part: PartName; text: string }[] | null {
	const spellings = new Map<PartName, string[]>();
	const positions = new Map<PartName, number[]>();
	for (const story of stories) {
		let index = 0;
		const seen = new Set<PartName>();
		for (const entry of story.partList) {
			// A part read from unlabelled bullets has no spelling to copy.
			if (entry.part === null || entry.label === "" || seen.has(entry.part)) continue;
			seen.add(entry.part);
			pushTo(spellings, entry.part, entry.label);
			pushTo(positions, entry.part, index++);
		}
	}
	// A part most stories leave out (one story's stray "Learning") is not part of the note's format.
	const enough = Math.max(1, Math.ceil(stories.length * 0.3));
	for (const [part, list] of spellings) if (list.length < enough) spellings.delete(part);
	if (spellings.size < 3) return null;
	const average = (part: PartName): number => {
		const list = positions.get(part) ?? [];
		return list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
	};
	return [...spellings.keys()]
		.sort((a, b) => average(a) - average(b))
		.map((part) => ({ part, text: mostCommon(spellings.get(part) ?? []) ?? part }));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
