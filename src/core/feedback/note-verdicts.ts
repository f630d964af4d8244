import type { CompetencyMatcher, MatchableQuestion, MatchableStory } from "../competencies/competency-matcher";
import type { StoryCorrection } from "../competencies/corrections";
import type { StrengthSource } from "../competencies/story-strength";
import { storyVerdict, type StoryVerdict } from "./story-verdict";

/** What a verdict needs besides the story: the set's matcher, the user's corrections, the target length. */
export interface FeedbackContext {
	matcher: CompetencyMatcher;
	/** The user's word on a story's competencies, by the story's id in its note. */
	correction(storyId: string): Pick<StoryCorrection, "verdicts"> | undefined;
	targetSeconds: number;
}

/** A story as the verdict and the matcher read it, with the lines it sits on. */
export type FeedbackStory = MatchableStory &
	StrengthSource & { id: string; title: string | null; line: number; endLine: number; questionIds: readonly string[] };

/** A question as the matcher reads it, with its id and line. */
export type FeedbackQuestion = MatchableQuestion & { id: string; line: number };

/** A story's verdict, and the first line it is read from again after an edit: its question's, when that comes first. */
export interface PlacedVerdict extends StoryVerdict {
	/** 1-based: the line of the question the story answers when it comes first (its context), else the story's first line. */
	contextLine: number;
}

/**
 * The verdict on one story of a note: its competencies from the matcher
 * (with the user's corrections), named from the set, and its strength.
 * `storyId` names the story for its correction when the story was read from
 * a few edited lines and carries an id of its own.
 */
export function verdictFor(
	story: FeedbackStory,
	questions: readonly FeedbackQuestion[],
	noteCompetencies: readonly string[],
	context: FeedbackContext,
	storyId = story.id,
): PlacedVerdict {
	const { matcher } = context;
	const matches = matcher.matchStory(story, questions, noteCompetencies, context.correction(storyId));
	const competencies = matches
		.map((m) => ({ m, competency: matcher.competency(m.competencyId) }))
		.filter((x) => x.competency !== undefined)
		.map(({ m, competency }) => ({
			id: m.competencyId,
			name: competency?.name ?? m.competencyId,
			source: m.source,
			evidence: m.evidence,
		}));
	const verdict = storyVerdict({ ...story, id: storyId }, competencies, context.targetSeconds, matcher.set.id);
	const firstQuestion = questions.map((q) => q.line).filter((l) => l < story.line);
	return { ...verdict, contextLine: Math.min(story.line, ...firstQuestion) };
}

/** The verdict on every story of a note, in line order. */
export function noteVerdicts(
	note: { questions: readonly FeedbackQuestion[]; stories: readonly FeedbackStory[]; meta: { competencies: readonly string[] } },
	context: FeedbackContext,
): PlacedVerdict[] {
	const byId = new Map(note.questions.map((q) => [q.id, q]));
	return note.stories.map((story) => {
		const questions = story.questionIds.map((id) => byId.get(id)).filter((q): q is FeedbackQuestion => q !== undefined);
		return verdictFor(story, questions, note.meta.competencies, context);
	});
}
