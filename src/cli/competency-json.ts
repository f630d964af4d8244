import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { builtInSet } from "../core/competencies/built-in-sets";
import type { CompetencyMatcher } from "../core/competencies/competency-matcher";
import { parseCustomSet } from "../core/competencies/custom-set";
import { matchKind, type CompetencyMatch, type CompetencySet, type MatchKind } from "../core/competencies/types";

/** One competency as the CLI prints it: the contract `index --json` and `suggest --json` keep. */
export interface CompetencyJson {
	id: string;
	name: string;
	source: MatchKind;
	score: number;
	evidence: string[];
}

/** Matches as the CLI prints them, best first. */
export function competenciesJson(matches: readonly CompetencyMatch[], matcher: CompetencyMatcher): CompetencyJson[] {
	return matches.map((m) => ({
		id: m.competencyId,
		name: matcher.competency(m.competencyId)?.name ?? m.competencyId,
		source: matchKind(m.source),
		score: m.score,
		evidence: [...m.evidence],
	}));
}

/** The set `--set` names: a built-in id (senior, behavioural, amazon) or the path of a custom competency note. */
export function loadSet(value: string): { set: CompetencySet } | { error: string } {
	if (value === "senior" || value === "behavioural" || value === "amazon") return { set: builtInSet(value) };
	let text: string;
	try {
		text = readFileSync(value, "utf8");
	} catch {
		return { error: `--set needs senior, behavioural, amazon or the path of a competency note; cannot read "${value}".` };
	}
	const parsed = parseCustomSet(text, basename(value).replace(/\.md$/i, ""));
	if (!parsed.set) return { error: `"${value}" could not be read as competencies: ${parsed.problems.map((p) => p.message).join(" ")}` };
	return { set: parsed.set };
}
