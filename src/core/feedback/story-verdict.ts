import { storyStrength, type StrengthSource } from "../competencies/story-strength";
import type { MatchSource, StrengthLevel } from "../competencies/types";
import { isSuggested } from "../coverage/coverage-corrections";
import { partChips, type PartChip } from "../coverage/coverage-story";
import { classifyWarning, missingPartWarnings, type StoryWarning, type WarningKind } from "./warning-fixes";

/** A competency the story shows: what the user said (`stated`, `confirmed`) or the plugin's guess (`suggested`). */
export interface VerdictCompetency {
	id: string;
	name: string;
	state: "stated" | "confirmed" | "suggested";
	/** The phrases of the story that made the guess; empty for stated and confirmed ones. */
	evidence: string[];
}

/** One competency as the matcher gave it, with its display name. */
export interface CompetencyInput {
	id: string;
	name: string;
	source: MatchSource;
	evidence: readonly string[];
}

/** What the verdict reads from a story: the strength formula's fields, where it is and what it is called. */
export interface VerdictStory extends StrengthSource {
	id: string;
	title: string | null;
	/** 1-based lines, as the parser gives them. */
	line: number;
	endLine: number;
}

/** Everything the editor shows for one story: on its first line in short, in the detail in full. */
export interface StoryVerdict {
	storyId: string;
	/** 1-based first and last line of the story. */
	line: number;
	endLine: number;
	title: string | null;
	chips: PartChip[];
	competencies: VerdictCompetency[];
	/** 1–5, and the panel's level. */
	score: number;
	level: StrengthLevel;
	/** Every warning, the most pressing first. */
	warnings: StoryWarning[];
	/** The warning the marker shows, or `null` when there is none. */
	top: StoryWarning | null;
}

/** Which warning leads: what stops the story being told at all first, the staff-level polish last. */
const PRIORITY: readonly WarningKind[] = [
	"sketch",
	"missing-part",
	"unmeasured",
	"too-long",
	"hidden-voice",
	"thin",
	"long",
	"staff-level",
	"other",
];

/**
 * The verdict on one story: its parts, the competencies it shows (guesses
 * marked "suggested" until the user confirms them), its strength, and every
 * warning with one sentence on how to fix it, the most pressing first.
 */
export function storyVerdict(
	story: VerdictStory,
	competencies: readonly CompetencyInput[],
	targetSeconds: number,
	setId?: string,
): StoryVerdict {
	const strength = storyStrength(story, targetSeconds, { setId });
	const classified = strength.warnings.map(classifyWarning).filter((w): w is StoryWarning => w !== null);
	const parts = story.sketch ? [] : missingPartWarnings(story.missing);
	const warnings = [...parts, ...classified].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
	return {
		storyId: story.id,
		line: story.line,
		endLine: story.endLine,
		title: story.title,
		chips: partChips(story),
		competencies: competencies.map((c) => ({
			id: c.id,
			name: c.name,
			state: c.source === "corrected" ? "confirmed" : isSuggested(c.source) ? "suggested" : "stated",
			evidence: isSuggested(c.source) ? [...c.evidence] : [],
		})),
		score: strength.score,
		level: strength.level,
		warnings,
		top: warnings[0] ?? null,
	};
}

/** How much the marker shows: everything, or only a story's top warning (nothing for a story without one). */
export type VerdictDetail = "all" | "warnings";

/**
 * The marker's words for a story, in one line: the parts written, the first
 * competency, the score and the top warning. `null` when there is nothing to
 * show (warnings only, and none).
 */
export function verdictLine(verdict: StoryVerdict, detail: VerdictDetail): string | null {
	if (detail === "warnings") return verdict.top ? verdict.top.short : null;
	const parts = verdict.chips
		.filter((c) => c.state !== "optional")
		.map((c) => (c.state === "present" ? c.letter : `${c.letter}?`))
		.join(" ");
	const first = verdict.competencies[0];
	const competency = first ? `${first.name}${first.state === "suggested" ? " (suggested)" : ""}` : "No competency";
	const score = verdict.level === "sketch" ? "sketch" : `${verdict.score}/5`;
	return [parts, competency, score, verdict.top?.short ?? "No warnings"].join(" · ");
}

/**
 * The same verdict in words for a screen reader: each part written or
 * missing, the competencies, the strength and the top warning.
 */
export function verdictLabel(verdict: StoryVerdict): string {
	const written = verdict.chips.filter((c) => c.state === "present").map((c) => c.name);
	const missing = verdict.chips.filter((c) => c.state === "missing").map((c) => c.name);
	const parts = [
		written.length > 0 ? `written: ${written.join(", ")}` : "no parts written",
		missing.length > 0 ? `missing: ${missing.join(", ")}` : "",
	].filter((s) => s !== "");
	const competencies =
		verdict.competencies.length > 0
			? `shows ${verdict.competencies.map((c) => (c.state === "suggested" ? `${c.name} (suggested)` : c.name)).join(", ")}`
			: "no competency found";
	const strength = verdict.level === "sketch" ? "a sketch" : `strength ${verdict.score} of 5, ${verdict.level}`;
	const warning = verdict.top ? `top warning: ${verdict.top.text}` : "no warnings";
	return `Story feedback: ${parts.join("; ")}; ${competencies}; ${strength}; ${warning}.`;
}

/** The verdict of the story that holds a 1-based line, or `null` when the line is in no story. */
export function verdictAtLine(verdicts: readonly StoryVerdict[], line: number): StoryVerdict | null {
	let found: StoryVerdict | null = null;
	for (const v of verdicts) if (v.line <= line && line <= v.endLine && (!found || v.line > found.line)) found = v;
	return found;
}
