/**
 * The seam between the evaluation and the plugin's judgement: every verdict
 * the eval scores is asked for here, through the same core functions the
 * plugin and the CLI call. When the engine's API changes (competency
 * inference, the `suggest` ranking, signals), only this file follows it.
 */
import { DEFAULT_SET } from "../../src/core/competencies/built-in-sets";
import { CompetencyMatcher } from "../../src/core/competencies/competency-matcher";
import { lengthVerdict, ownPartHidden } from "../../src/core/competencies/story-strength";
import type { IndexedQuestion, IndexedStory, StoryIndex } from "../../src/core/index/story-index";
import type { ProbeTheme } from "../../src/core/practice/probe-themes";
import { suggestStories } from "../../src/core/practice/suggest-stories";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { PartName } from "../../src/core/types";
import type { LengthVerdict } from "./labels";

/** What the plugin says about one story, in the labels' terms. */
export interface StoryVerdicts {
	parts: PartName[];
	measuredResult: boolean;
	iVisible: boolean;
	length: LengthVerdict;
	/** Competency ids, best first. */
	competencies: string[];
}

/** What the plugin says about a practice question asked as free text. */
export interface QuestionVerdicts {
	/** Competency ids, best first. */
	competencies: string[];
	/** Story ids, best first (at most `limit`). */
	stories: string[];
	probe: ProbeTheme;
}

/** The engine for one split: the default (senior) set over the split's index, with default settings. */
export class Engine {
	private readonly matcher = new CompetencyMatcher(DEFAULT_SET);
	private readonly competencyCache = new Map<string, string[]>();

	constructor(private readonly index: StoryIndex) {}

	/** The plugin's verdicts on a story of the index. */
	story(story: IndexedStory): StoryVerdicts {
		const signals = story.signals;
		// "long" (over the user's soft target, under 3:00) is still tellable: the labels call it ok.
		const length = lengthVerdict(signals.speakingSeconds, DEFAULT_SETTINGS.targetAnswerSeconds);
		return {
			parts: signals.partsPresent,
			measuredResult: signals.hasMetric,
			iVisible: !ownPartHidden(signals),
			length: length === "long" ? "ok" : length,
			competencies: this.storyCompetencies(story),
		};
	}

	/** The plugin's verdicts on a free-text question, ranking every story of the index. */
	question(text: string, limit: number): QuestionVerdicts {
		// The same call as `story-bank suggest`: the question's competencies, the ranked stories and the probe theme.
		const suggestion = suggestStories(this.index, text, this.matcher, limit);
		return {
			competencies: suggestion.question.competencies.map((m) => m.competencyId),
			stories: suggestion.stories.map((r) => r.story.id),
			probe: suggestion.theme,
		};
	}

	private storyCompetencies(story: IndexedStory): string[] {
		const known = this.competencyCache.get(story.id);
		if (known) return known;
		const questions = story.questionIds.map((id) => this.index.question(id)).filter((q): q is IndexedQuestion => q !== undefined);
		const note = this.index.note(story.path);
		const ids = this.matcher.matchStory(story, questions, note?.meta.competencies ?? []).map((m) => m.competencyId);
		this.competencyCache.set(story.id, ids);
		return ids;
	}
}
