import { AMAZON_SET } from "./set-amazon";
import { BEHAVIOURAL_SET } from "./set-behavioural";
import { SENIOR_SET } from "./set-senior";
import type { CompetencySet } from "./types";

/** The set used when none is chosen, and instead of a custom set that cannot be read. */
export const DEFAULT_SET: CompetencySet = SENIOR_SET;

/** The built-in sets, in the order the settings dropdown lists them. */
export const BUILT_IN_SETS: readonly CompetencySet[] = [SENIOR_SET, BEHAVIOURAL_SET, AMAZON_SET];

/** A built-in set by id; the default set for "custom" or an unknown id. */
export function builtInSet(id: string): CompetencySet {
	return BUILT_IN_SETS.find((set) => set.id === id) ?? DEFAULT_SET;
}

/** Every competency id of every built-in set, so aliases and tags can be checked. */
export function builtInIds(): Set<string> {
	return new Set(BUILT_IN_SETS.flatMap((set) => set.competencies.map((c) => c.id)));
}
