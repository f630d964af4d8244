/**
 * The user's word on a story's competencies. A correction beats inference: a
 * competency the user confirmed (or added) is the story's whatever its text
 * says, one the user removed is never shown for it. Kept in plugin data,
 * keyed by the story's note path and id (ids never move to another entry),
 * and merged between devices by `updatedAt`, never by position.
 */
export type CompetencyVerdict = "confirmed" | "removed";

/** What the user said about one story's competencies. */
export interface StoryCorrection {
	/** The story's note path, followed through renames. */
	path: string;
	/** The story's id in that note. */
	storyId: string;
	/** Competency id → the user's verdict. A competency the user added is `confirmed`. */
	verdicts: Record<string, CompetencyVerdict>;
	/** Milliseconds since the epoch of the last change, from the injected clock: the newer copy wins a sync merge. */
	updatedAt: number;
}

/** The key a correction is stored and looked up under. */
export function correctionKey(path: string, storyId: string): string {
	return `${path}\u0000${storyId}`;
}

/** An inferred or stated competency before corrections are applied. */
export interface CompetencyCandidate {
	id: string;
	source: "explicit" | "corrected" | "inferred";
}

/**
 * Applies a correction to a story's competencies, best first: confirmed ones
 * lead (marked `corrected`), removed ones go, the rest keep their order.
 * `make` builds an entry for a confirmed competency the list did not hold.
 */
export function applyCorrection<T extends CompetencyCandidate>(
	candidates: readonly T[],
	correction: Pick<StoryCorrection, "verdicts"> | undefined,
	make: (id: string) => T,
): T[] {
	if (!correction) return [...candidates];
	const verdicts = new Map(Object.entries(correction.verdicts));
	const confirmed: T[] = [];
	for (const [id, verdict] of verdicts) {
		if (verdict !== "confirmed") continue;
		const found = candidates.find((c) => c.id === id);
		confirmed.push({ ...(found ?? make(id)), source: "corrected" });
	}
	const rest = candidates.filter((c) => !verdicts.has(c.id));
	return [...confirmed, ...rest];
}
