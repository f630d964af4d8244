import { parseNote } from "../parser/note-parser";
import type { Question, Story } from "../types";

/** A story with the questions it answers, lines in the whole note's numbering. */
export interface RegionStory {
	story: Story;
	questions: Question[];
}

/**
 * Reads the stories of a few lines of a note (`region`, whose first line is
 * the note's 1-based line `from`), so an edit costs the edited story, never
 * the whole note. `context` is what the lines need to be read as in the
 * note: its format legend, whose labels set the parts a story is expected to
 * have. Lines come back in the whole note's numbering; the region's own
 * questions come with their stories.
 */
export function parseRegion(region: readonly string[], from: number, context: readonly string[], wordsPerMinute: number): RegionStory[] {
	// A blank line keeps the legend a list of its own, apart from the region's first item.
	const head = context.length > 0 ? [...context, ""] : [];
	const parsed = parseNote([...head, ...region].join("\n"), { anyQuestion: true, thorough: true, wordsPerMinute });
	const shift = from - 1 - head.length;
	const moved = (n: number): number => n + shift;
	const questions = new Map(parsed.questions.map((q) => [q.id, { ...q, line: moved(q.line), endLine: moved(q.endLine) }]));
	return parsed.stories
		.filter((s) => s.line > head.length)
		.map((s) => ({
			story: {
				...s,
				line: moved(s.line),
				endLine: moved(s.endLine),
				partList: s.partList.map((p) => ({ ...p, line: moved(p.line), endLine: moved(p.endLine) })),
			},
			questions: s.questionIds.map((id) => questions.get(id)).filter((q): q is Question => q !== undefined),
		}));
}
