import type { StoryIndex } from "./story-index";

/** The index as plain data for `story-bank index --json`: one entry per story note, in path order. */
export function indexToJson(index: StoryIndex): { notes: unknown[]; skipped: unknown[] } {
	return {
		notes: index.notes().map((note) => ({
			path: note.path,
			frontmatter: note.frontmatter,
			problems: note.problems,
			legend: note.legend,
			questions: note.questions.map(({ path: _path, ...q }) => q),
			stories: note.stories.map(({ path: _path, ...s }) => s),
		})),
		skipped: index.skipped(),
	};
}
