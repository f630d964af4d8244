import type { CompetencyMatcher } from "../../core/competencies/competency-matcher";
import { buildCoverage } from "../../core/coverage/coverage";
import type { CompetencyLookup, CoverageLevel } from "../../core/practice/competency-lookup";
import type { StoryBankServices } from "../../obsidian/services";

/** Per services object (one per plugin instance, never shared: a test may load two), the lookup, rebuilt when its inputs change. */
const lookups = new WeakMap<StoryBankServices, Cached>();

interface Cached {
	revision: number;
	matcher: CompetencyMatcher;
	targetSeconds: number;
	lookup: CompetencyLookup;
}

/**
 * The competencies practice asks about, answered from the competency
 * service (the set in use and its matcher, custom sets included): which
 * competency a question practises, how well the user's stories cover each
 * one (the coverage panel's levels, from the same `buildCoverage`), and which
 * competencies a story serves. Computed once per index revision and set.
 */
export function practiceLookup(services: StoryBankServices): CompetencyLookup {
	const { matcher } = services.competencies.current();
	const revision = services.index.revision;
	const targetSeconds = services.settings.targetAnswerSeconds;
	const cached = lookups.get(services);
	if (cached && cached.revision === revision && cached.matcher === matcher && cached.targetSeconds === targetSeconds)
		return cached.lookup;
	const coverage = buildCoverage({
		notes: services.index.notes(),
		skipped: [],
		matcher,
		targetSeconds,
		rounds: [],
		now: new Date(services.clock()),
		revision,
	});
	const levels = new Map<string, CoverageLevel>();
	const ofStory = new Map<string, string[]>();
	for (const row of coverage.rows) {
		levels.set(row.id, row.level);
		for (const entry of row.stories) {
			const list = ofStory.get(entry.storyId);
			if (list) list.push(row.id);
			else ofStory.set(entry.storyId, [row.id]);
		}
	}
	const competencies = matcher.set.competencies.map((c) => ({ id: c.id, name: c.name }));
	const lookup: CompetencyLookup = {
		competencies: () => competencies,
		competencyOf: (q) =>
			matcher.matchQuestion(
				{ text: q.text, alternates: q.alternates, highlights: q.highlights, tags: q.tags },
				q.meta?.competencies ?? [],
			)[0]?.competencyId ?? null,
		levelOf: (id) => levels.get(id) ?? "empty",
		competenciesOfStory: (id) => ofStory.get(id) ?? [],
	};
	lookups.set(services, { revision, matcher, targetSeconds, lookup });
	return lookup;
}
