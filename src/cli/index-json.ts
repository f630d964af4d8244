import type { CompetencyMatcher } from "../core/competencies/competency-matcher";
import { storyStrength } from "../core/competencies/story-strength";
import { questionsOfNote, type StoryIndex } from "../core/index/story-index";
import { partsOf } from "../core/parser/story-parts";
import { DEFAULT_SETTINGS } from "../core/settings";
import { competenciesJson } from "./competency-json";

/** What the JSON needs besides the index: the matcher of the chosen set (strong means more for `senior`) and the target answer length. */
export interface IndexJsonOptions {
	matcher: CompetencyMatcher;
	targetSeconds?: number;
}

/**
 * The index as plain data for `story-bank index --json`: one entry per story
 * note, in path order. Each question and story carries its competencies
 * (best first, with their source, score and evidence) and each story its
 * `strength: { score, level, warnings, checks }` (docs/story-strength.md).
 */
export function indexToJson(index: StoryIndex, options: IndexJsonOptions): { notes: unknown[]; skipped: unknown[] } {
	const { matcher } = options;
	const target = options.targetSeconds ?? DEFAULT_SETTINGS.targetAnswerSeconds;
	return {
		notes: index.notes().map((note) => {
			const byId = questionsOfNote(note);
			return {
				path: note.path,
				frontmatter: note.frontmatter,
				problems: note.problems,
				legend: note.legend,
				questions: note.questions.map(({ path: _path, ...q }) => ({
					...q,
					competencies: competenciesJson(matcher.matchQuestion(q, note.meta.competencies), matcher),
				})),
				// The record by part name, as the parser gives it, beside the list the index keeps.
				stories: note.stories.map((story) => {
					const { path: _path, partList, ...s } = story;
					const questions = story.questionIds.flatMap((id) => byId.get(id) ?? []);
					const { score, level, warnings, checks } = storyStrength(story, target, { setId: matcher.set.id });
					return {
						...s,
						parts: partsOf({ partList, signals: s.signals }),
						partList,
						competencies: competenciesJson(matcher.matchStory(story, questions, note.meta.competencies), matcher),
						strength: { score, level, warnings, checks },
					};
				}),
			};
		}),
		skipped: index.skipped(),
	};
}
