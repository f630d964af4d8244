import Fuse, { type IFuseOptions } from "fuse.js";
import type { IndexedQuestion, IndexedStory, StoryIndex } from "../../../src/core/index/story-index";
import { COMPETENCIES } from "../words";
import type { MockQuestion } from "./module-ranker";

/** What the reference ranking searches for one story: short fields only, never the story's body. */
export interface StoryFields {
	id: string;
	/** The wording of every question the story answers, alternates included. */
	questions: string[];
	/** Highlighted phrases of those questions. */
	highlights: string[];
	title: string;
	/** Keywords of the story's competencies (its `#competency/…` tags and its note's `competencies:`). */
	keywords: string[];
}

const KEYWORDS = new Map(COMPETENCIES.map((c) => [c.id, c.keywords]));

/** The short fields of each story, read from the index. */
export function storyFields(index: StoryIndex, stories: readonly IndexedStory[]): StoryFields[] {
	return stories.map((story) => {
		const questions = story.questionIds.map((id) => index.question(id)).filter((q): q is IndexedQuestion => q !== undefined);
		const competencies = new Set<string>(index.note(story.path)?.meta.competencies ?? []);
		for (const tag of [...story.tags, ...questions.flatMap((q) => q.tags)]) {
			const m = /^competency\/(.+)$/.exec(tag);
			if (m?.[1]) competencies.add(m[1]);
		}
		return {
			id: story.id,
			questions: questions.flatMap((q) => [q.text, ...q.alternates]),
			highlights: questions.flatMap((q) => q.highlights.map((h) => h.text)),
			title: story.title ?? "",
			keywords: [...competencies].flatMap((c) => KEYWORDS.get(c) ?? [c]),
		};
	});
}

/** The fuse.js setup the reference measures (printed with the figures). */
export const REFERENCE_OPTIONS: IFuseOptions<StoryFields> = {
	keys: [
		{ name: "questions", weight: 3 },
		{ name: "highlights", weight: 2 },
		{ name: "title", weight: 2 },
		{ name: "keywords", weight: 1 },
	],
	includeScore: true,
	ignoreLocation: true,
	threshold: 0.4,
	useTokenSearch: true,
};

/** fuse.js over the short fields, built once per index revision, queried with the mock question's text. */
export class ReferenceRanker {
	private readonly fuse: Fuse<StoryFields>;

	constructor(fields: readonly StoryFields[]) {
		this.fuse = new Fuse(fields, REFERENCE_OPTIONS);
	}

	/** The ten best stories for a question. */
	rank(question: MockQuestion): string[] {
		return this.fuse.search(question.text, { limit: 10 }).map((r) => r.item.id);
	}
}
