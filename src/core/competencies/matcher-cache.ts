import { CompetencyMatcher } from "./competency-matcher";
import type { CompetencySet } from "./types";

/**
 * One matcher per competency set, kept while the set lives: a settings change
 * that only maps highlight colours derives a matcher from the cached one
 * (`withOptions`) instead of building the set's keyword index again.
 */
export class MatcherCache {
	private readonly bySet = new WeakMap<CompetencySet, CompetencyMatcher>();

	/** The matcher for `set`, with the highlight colours mapped to competencies. */
	matcherFor(set: CompetencySet, options: { colours: Record<string, string> }): CompetencyMatcher {
		let base = this.bySet.get(set);
		if (!base) {
			base = new CompetencyMatcher(set);
			this.bySet.set(set, base);
		}
		return base.withOptions(options);
	}
}
