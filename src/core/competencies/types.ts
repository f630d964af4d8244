import type { CompetencySetId } from "../settings";

/**
 * A signal an interview panel scores, and how to recognise it in a note.
 *
 * Built-in ids are stable (history and tags use them):
 * - behavioural: motivation, proactivity, ambiguity, perseverance, conflict, empathy, growth, communication
 * - senior: scope, ownership, judgment, evidence, influence, signature-impact, riskiest-project, failure, conflict, team-building
 * - amazon: customer-obsession, ownership, invent-and-simplify, are-right-a-lot, learn-and-be-curious, hire-and-develop,
 *   highest-standards, think-big, bias-for-action, frugality, earn-trust, dive-deep, backbone, deliver-results,
 *   best-employer, success-and-scale
 */
export interface Competency {
	/** Lower-case kebab-case id, used in tags (`#competency/<id>`), frontmatter and history. */
	id: string;
	/** Display name, sentence case ("Conflict resolution"). */
	name: string;
	/** One or two sentences: what the panel looks for. */
	description: string;
	/**
	 * Words and phrases that signal the competency, lower case. A trailing `*`
	 * matches any ending (`disagre*` matches "disagreed", "disagreement").
	 */
	keywords: string[];
	/**
	 * Ids from the other sets that count as this one when a tag or frontmatter
	 * names them, so `#competency/ambiguity` still lands somewhere sensible
	 * after switching from the behavioural set to the senior one.
	 */
	aliases?: string[];
	/** A key signal (marked `*` in a rubric note): shown first, and weighted more in the panel. */
	key?: boolean;
}

/** A named list of competencies the coverage panel scores against. */
export interface CompetencySet {
	id: CompetencySetId;
	name: string;
	description: string;
	competencies: Competency[];
}

/** Where a competency match came from, strongest first. */
export type MatchSource = "corrected" | "tag" | "frontmatter" | "colour" | "highlight" | "question" | "story" | "fuzzy";

/** The three kinds of match a user is told about: they said so, they corrected it, or the plugin suggests it. */
export type MatchKind = "explicit" | "corrected" | "inferred";

/** One competency a question or story was matched to. */
export interface CompetencyMatch {
	competencyId: string;
	source: MatchSource;
	/** 0–1; explicit and corrected matches score 1. */
	score: number;
	/** The phrases of the user's text that made an inferred match, strongest first; empty for explicit ones. */
	evidence: string[];
}

/** Which of the three kinds a match source is. */
export function matchKind(source: MatchSource): MatchKind {
	if (source === "corrected") return "corrected";
	return source === "tag" || source === "frontmatter" || source === "colour" ? "explicit" : "inferred";
}

/** How well one story serves the panel, from its quality signals. */
export type StrengthLevel = "strong" | "weak" | "sketch";

/** How well a competency is covered: a strong story, only weak ones or sketches, or nothing. */
export type CoverageLevel = "strong" | "thin" | "empty";
