import type { MatchSource } from "../competencies/types";

/** Sources that are the plugin's guess rather than something the user wrote or said: shown as "suggested". */
const INFERRED: ReadonlySet<MatchSource> = new Set<MatchSource>(["highlight", "question", "story", "fuzzy"]);

/** True when a story is filed under a competency by the plugin's guess, so the panel says "suggested" until the user confirms it. */
export function isSuggested(source: MatchSource): boolean {
	return INFERRED.has(source);
}
