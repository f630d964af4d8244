import type { StoryIndex } from "../core/index/story-index";
import { partsOf } from "../core/parser/story-parts";

/** The index as plain data for `story-bank index --json`: one entry per story note, in path order. */
export function indexToJson(index: StoryIndex): { notes: unknown[]; skipped: unknown[] } {
	return {
		notes: index.notes().map((note) => ({
			path: note.path,
			frontmatter: note.frontmatter,
			problems: note.problems,
			legend: note.legend,
			questions: note.questions.map(({ path: _path, ...q }) => q),
			// The record by part name, as the parser gives it, beside the list the index keeps.
			stories: note.stories.map(({ path: _path, partList, ...s }) => ({
				...s,
				parts: partsOf({ partList, signals: s.signals }),
				partList,
			})),
		})),
		skipped: index.skipped(),
	};
}
