import type { CompetencyMatcher } from "../competencies/competency-matcher";
import type { CompetencyMatch } from "../competencies/types";
import { questionsOfNote, type IndexedNote, type IndexedQuestion } from "../index/story-index";
import { PROBES } from "./probes";
import { themeOf, type ProbeTheme } from "./probe-themes";
import { rankStoriesForQuestion, type RankedStory, type StorySource } from "./story-ranking";

/** What suggesting needs from the index: its notes (for the matcher) and its lists (for ranking). */
export interface SuggestSource extends StorySource {
	notes(): readonly IndexedNote[];
}

/** Stories for a question, with the question's competencies and the probes they draw. */
export interface Suggestion {
	question: { text: string; competencies: CompetencyMatch[]; vault: IndexedQuestion | null };
	stories: RankedStory[];
	/** The line of follow-up questioning the question's competency draws, and its probes. */
	theme: ProbeTheme;
	probes: string[];
}

/** Lower case, punctuation and spacing ignored: how a typed question is found among the vault's. */
function normalised(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

/**
 * The stories that best answer a question, for `story-bank suggest` and
 * anywhere a question arrives as text. When the text is a question of the
 * vault (or one of its phrasings), its own stories come first and its
 * highlights and tags count; otherwise its words alone decide. Stories are
 * ranked with each story's competencies as the matcher (with corrections) sees them.
 */
export function suggestStories(source: SuggestSource, text: string, matcher: CompetencyMatcher, limit = 5): Suggestion {
	const wanted = normalised(text);
	let vault: { question: IndexedQuestion; note: IndexedNote } | null = null;
	const ofStory = new Map<string, string[]>();
	for (const note of source.notes()) {
		const byId = questionsOfNote(note);
		for (const q of note.questions) {
			if (!vault && [q.text, ...q.alternates].some((p) => normalised(p) === wanted)) vault = { question: q, note };
		}
		for (const story of note.stories) {
			const questions = story.questionIds.flatMap((id) => byId.get(id) ?? []);
			const ids = matcher.matchStory(story, questions, note.meta.competencies).map((m) => m.competencyId);
			ofStory.set(story.id, [...(ofStory.get(story.id) ?? []), ...ids]);
		}
	}
	const competencies = vault ? matcher.matchQuestion(vault.question, vault.note.meta.competencies) : matcher.matchText(text);
	const q = vault?.question;
	const stories = rankStoriesForQuestion(
		{
			id: q?.id,
			text,
			alternates: q?.alternates ?? [],
			highlights: q?.highlights ?? [],
			storyIds: q?.storyIds ?? [],
			competencyIds: competencies.map((m) => m.competencyId),
		},
		source,
		{
			limit,
			competenciesOfStory: (id) => ofStory.get(id) ?? [],
			competencyName: (id) => matcher.competency(id)?.name ?? id,
			competencyCues: (id) => matcher.competency(id)?.keywords ?? [],
		},
	);
	const theme = themeOf(text, competencies[0]?.competencyId ?? null);
	return { question: { text, competencies, vault: q ?? null }, stories, theme, probes: [...PROBES[theme]] };
}
