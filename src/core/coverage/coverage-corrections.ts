import { applyCorrection, type StoryCorrection } from "../competencies/corrections";
import type { CompetencyMatch, MatchSource } from "../competencies/types";

/** Sources that are the plugin's guess rather than something the user wrote or said: shown as "suggested". */
const INFERRED: ReadonlySet<MatchSource> = new Set<MatchSource>(["highlight", "question", "story", "fuzzy"]);

/** True when a story is filed under a competency by the plugin's guess, so the panel says "suggested" until the user confirms it. */
export function isSuggested(source: MatchSource): boolean {
	return INFERRED.has(source);
}

/**
 * A story's matches with the user's correction applied: confirmed or added
 * competencies lead as `corrected`, removed ones go, the rest keep their
 * order. Applying it to matches already corrected changes nothing.
 */
export function withCorrection(matches: CompetencyMatch[], correction: StoryCorrection | undefined): CompetencyMatch[] {
	if (!correction) return matches;
	type Candidate = { id: string; source: "explicit" | "corrected" | "inferred"; match: CompetencyMatch };
	const candidates: Candidate[] = matches.map((match) => ({ id: match.competencyId, source: "inferred", match }));
	const made = (id: string): Candidate => ({
		id,
		source: "corrected",
		match: { competencyId: id, source: "corrected", score: 1, evidence: [] },
	});
	return applyCorrection(candidates, correction, made).map((c) =>
		c.source === "corrected" ? { ...c.match, source: "corrected" as const, score: 1 } : c.match,
	);
}
