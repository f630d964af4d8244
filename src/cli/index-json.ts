import { storyStrength } from "../core/competencies/story-strength";
import type { StoryIndex } from "../core/index/story-index";
import { partsOf } from "../core/parser/story-parts";
import { DEFAULT_SETTINGS } from "../core/settings";

/** What changes the JSON beyond the index: the competency set (strong means more for `senior`) and the target answer length. */
export interface IndexJsonOptions {
	setId?: string;
	targetSeconds?: number;
}

/**
 * The index as plain data for `story-bank index --json`: one entry per story note, in path order. Each story
 * gains `strength: { score, level, warnings, checks }` (docs/story-strength.md).
 */
export function indexToJson(index: StoryIndex, options: IndexJsonOptions = {}): { notes: unknown[]; skipped: unknown[] } {
	const target = options.targetSeconds ?? DEFAULT_SETTINGS.targetAnswerSeconds;
	return {
		notes: index.notes().map((note) => ({
			path: note.path,
			frontmatter: note.frontmatter,
			problems: note.problems,
			legend: note.legend,
			questions: note.questions.map(({ path: _path, ...q }) => q),
			// The record by part name, as the parser gives it, beside the list the index keeps.
			stories: note.stories.map((story) => {
				const { path: _path, partList, ...s } = story;
				const { score, level, warnings, checks } = storyStrength(story, target, { setId: options.setId });
				return { ...s, parts: partsOf({ partList, signals: s.signals }), partList, strength: { score, level, warnings, checks } };
			}),
		})),
		skipped: index.skipped(),
	};
}
