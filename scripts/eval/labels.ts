import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PART_NAMES, type PartName } from "../../src/core/types";
import { PROBE_THEMES, type ProbeTheme } from "../../src/core/practice/probe-themes";

/** How long a story takes to tell, as an expert judges it from the text. */
export type LengthVerdict = "thin" | "ok" | "too-long";

/** An expert's verdicts on one story of a split. */
export interface StoryLabel {
	/** The label's own id, used by question labels. */
	id: string;
	/** The note the story is in, relative to the split folder. */
	file: string;
	/** A phrase found in the story's title or parts and in no other story of the file: how the label finds its story. */
	find: string;
	/** The competency an expert would file the story under (an id of the senior set). */
	competency: string;
	/** Other competencies an expert would also accept for it. */
	alsoAcceptable: string[];
	/** The STAR(+takeaway) parts the story has text for. */
	parts: PartName[];
	/** The story states an outcome that changed (before/after, a percentage, money or time saved, users or revenue moved). */
	measuredResult: boolean;
	/** The speaker's own decisions and actions are visible (not hidden behind "we" or the passive). */
	iVisible: boolean;
	/** Under 15 s to tell is thin, over 3:00 too long, at the split's speaking rate. */
	length: LengthVerdict;
}

/** An expert's verdicts on one practice question, asked as free text (it is not in the split's notes). */
export interface QuestionLabel {
	id: string;
	text: string;
	competency: string;
	/** The stories (label ids) an expert would pick to answer it, best first. */
	stories: string[];
	/** The follow-up topic an expert would probe. */
	probe: ProbeTheme;
}

/** One split's labels: `labels.json` beside its notes. */
export interface SplitLabels {
	split: string;
	wordsPerMinute: number;
	stories: StoryLabel[];
	questions: QuestionLabel[];
}

const LENGTHS: readonly string[] = ["thin", "ok", "too-long"];

/** Reads and checks a split's labels; a label that cannot be right (unknown part, theme or story id) stops the run. */
export function readLabels(folder: string): SplitLabels {
	const labels = JSON.parse(readFileSync(join(folder, "labels.json"), "utf8")) as SplitLabels;
	const ids = new Set<string>();
	for (const s of labels.stories) {
		if (ids.has(s.id)) throw new Error(`${folder}: story label ${s.id} twice`);
		ids.add(s.id);
		for (const p of s.parts) if (!(PART_NAMES as readonly string[]).includes(p)) throw new Error(`${s.id}: unknown part ${p}`);
		if (!LENGTHS.includes(s.length)) throw new Error(`${s.id}: unknown length ${s.length}`);
	}
	for (const q of labels.questions) {
		if (!(PROBE_THEMES as readonly string[]).includes(q.probe)) throw new Error(`${q.id}: unknown probe theme ${q.probe}`);
		for (const id of q.stories) if (!ids.has(id)) throw new Error(`${q.id}: unknown story ${id}`);
	}
	return labels;
}
