import { labelText, listMarker } from "../template/render-entry";
import { headingLine, listLine, quoteLine } from "../template/markdown-lines";
import { genericForm } from "../template/label-style";
import type { LabelForm, NoteStyle } from "../template/types";
import { PART_TITLE } from "../display-text";
import { parseNote } from "../parser/note-parser";
import { detectNoteStyle, type StyleFallback } from "../template/note-style";
import { PART_NAMES, type PartEntry, type PartName } from "../types";

/** One new line to put into the note: before the 0-based line `before` (the note's line count for the end). */
export interface PartInsertion {
	before: number;
	text: string;
}

/**
 * Where and how to write a missing part's label so it reads like its
 * neighbours: after the last part that comes before it in telling order
 * (before the first part after it when there is none), with the neighbour's
 * quote prefix, heading level or list indentation and marker, and the label
 * in the note's own markup (`label`, from the template feature's note style).
 * `null` when the story has no labelled part to stand beside.
 */
export function planMissingPart(
	lines: readonly string[],
	story: { partList: readonly Pick<PartEntry, "part" | "line" | "endLine">[] },
	part: PartName,
	label: LabelForm,
): PartInsertion | null {
	const order = (p: PartName): number => PART_NAMES.indexOf(p);
	const known = story.partList.filter((e): e is Pick<PartEntry, "line" | "endLine"> & { part: PartName } => e.part !== null);
	const previous = [...known].reverse().find((e) => order(e.part) < order(part));
	const next = known.find((e) => order(e.part) > order(part));
	const model = previous ?? next;
	if (!model) return null;
	const modelLine = lines[model.line - 1] ?? "";
	// Numbered parts count in telling order: the new part takes the place after those before it.
	const position = known.filter((e) => order(e.part) < order(part)).length + 1;
	const text = `${prefixLike(modelLine, position)}${labelText(label)}`.trimEnd();
	// A part's last line may be blank before the next part: the new label goes right after its text.
	let end = previous ? previous.endLine : model.line - 1;
	if (previous) while (end > previous.line && (lines[end - 1] ?? "").trim() === "") end--;
	return { before: end, text };
}

/**
 * What a new label line starts with to match `model`: its `>` prefix, then
 * its heading hashes or its list indentation and marker (a numbered marker
 * takes the number `position`), else its indentation.
 */
function prefixLike(model: string, position: number): string {
	const quote = quoteLine(model);
	const body = quote ? quote.content : model;
	const start = quote ? quote.prefix : "";
	const heading = headingLine(body.trimStart());
	if (heading) return `${start}${"#".repeat(heading.level)} `;
	const item = listLine(body);
	if (item) {
		const marker = item.number !== null ? listMarker(`1${item.marker.slice(-1)}`, position) : item.marker;
		return `${start}${item.indent}${marker}${item.gap || " "}`;
	}
	return `${start}${/^[ \t]*/.exec(body)?.[0] ?? ""}`;
}

/**
 * The label a missing part gets in a note of this style: the note's own
 * wording and markup for the part when it has one (legend, other stories),
 * else the part's name in the note's common markup.
 */
export function labelForPart(style: Pick<NoteStyle, "labels" | "parts">, part: PartName): LabelForm {
	const own = style.labels.find((l) => l.part === part);
	if (own) return own;
	return { part, text: PART_TITLE[part], ...genericForm(style.labels, style.parts.layout) };
}

/**
 * The insertion of a missing part's label into the story that starts on the
 * 1-based line `storyLine` of a note: the note is read once (on the user's
 * click, never while typing) for the story and the note's style. `null` when
 * no story starts there or it has no part to stand beside.
 */
export function planMissingPartInNote(text: string, storyLine: number, part: PartName, fallback: StyleFallback): PartInsertion | null {
	const lines = text.split(/\r?\n/);
	const note = parseNote(text, { anyQuestion: true, thorough: true });
	const story = note.stories.find((s) => s.line === storyLine);
	if (!story || !story.missing.includes(part)) return null;
	return planMissingPart(lines, story, part, labelForPart(detectNoteStyle(lines, note, fallback), part));
}
