import type { CompetencyMatcher } from "../../core/competencies/competency-matcher";
import type { MatchSource } from "../../core/competencies/types";
import { BANK } from "../../core/practice/question-bank-data";
import type { BankQuestionSource, CompetencySource, TopicSources } from "../../core/template/topics";
import type { StoryBankServices } from "../../obsidian/services";

/** Match sources the user wrote down (a tag, the note's properties, a mapped colour), as opposed to guesses from words. */
const EXPLICIT: ReadonlySet<MatchSource> = new Set(["tag", "frontmatter", "colour"]);

/**
 * Everything the picker offers: the user's questions from the index, the
 * built-in question bank, and the competencies of the set in use (a custom
 * set included). A question's competency is taken only from what the user
 * wrote (tag, properties, mapped colour), never guessed, because a new entry
 * may record it as a tag.
 */
export function gatherTopicSources(services: StoryBankServices): TopicSources {
	const { index, settings } = services;
	const { set, matcher } = services.competencies.current();
	const vault = index.questions().map((q) => {
		const noteCompetencies = index.note(q.path)?.meta.competencies ?? [];
		const explicit = matcher.matchQuestion(q, noteCompetencies).find((m) => EXPLICIT.has(m.source));
		return {
			id: q.id,
			text: q.text,
			highlights: q.highlights,
			tags: q.tags,
			path: q.path,
			answered: q.answer !== null || q.storyIds.some((id) => index.story(id)?.sketch === false),
			competencyId: explicit?.competencyId ?? null,
		};
	});
	return {
		vault,
		bank: bankInSet(matcher),
		competencies: set.competencies.map((c): CompetencySource => ({ id: c.id, name: c.name })),
		colourToCompetency: settings.highlightCompetencies,
	};
}

/** The competencies of the set in use, for the picker and the coverage panel's "Draft a story". */
export function competenciesFor(services: StoryBankServices): CompetencySource[] {
	return services.competencies.current().set.competencies.map((c) => ({ id: c.id, name: c.name }));
}

/**
 * The built-in bank with each question's competencies translated into the set
 * in use (another set's id or an alias resolves to this set's id). The bank
 * is the practice feature's; its entries are read, never changed.
 */
export function bankInSet(matcher: CompetencyMatcher): BankQuestionSource[] {
	return BANK.map((entry) => ({
		id: entry.id,
		text: entry.text,
		competencies: [...new Set(entry.competencies.flatMap((id) => matcher.resolve(id)))],
	}));
}
