import { storyStrength, type StrengthCheck } from "../competencies/story-strength";
import type { MatchSource, StrengthLevel } from "../competencies/types";
import type { IndexedQuestion, IndexedStory } from "../index/story-index";
import { PART_NAMES, type PartName } from "../types";

/** One STAR part as a compact chip: written, expected but missing, or neither (not part of the note's format). */
export interface PartChip {
	part: PartName;
	/** One letter: S, T, A, R, and L for the takeaway (the lesson), as single-letter notes write it. */
	letter: string;
	name: string;
	state: "present" | "missing" | "optional";
}

/** A story as the panel lists it under a competency. */
export interface StoryEntry {
	/** Stable across redraws: note path and story id. */
	key: string;
	storyId: string;
	path: string;
	/** 1-based line the story starts on. */
	line: number;
	/** The story's title, or its first question when it has none. */
	label: string;
	/** The first question it answers, when the label is the title; otherwise `null`. */
	question: string | null;
	chips: PartChip[];
	points: number;
	level: StrengthLevel;
	checks: StrengthCheck[];
	warnings: string[];
	/** Why the story is filed under this competency. */
	source: MatchSource;
	/** The phrases that suggested it, when it was inferred (shown on hover). */
	evidence: string[];
	/** When a practice round last used this story, in words ("3 days ago"); `null` if never. */
	practised: string | null;
	/** Changes whenever the story's note was indexed anew: with `key`, what a view needs to tell the entry changed. */
	revision: number;
}

const CHIP: Record<PartName, [string, string]> = {
	situation: ["S", "Situation"],
	task: ["T", "Task"],
	action: ["A", "Action"],
	result: ["R", "Result"],
	takeaway: ["L", "Takeaway"],
};

/** The five part chips of a story, in telling order. */
export function partChips(story: Pick<IndexedStory, "missing" | "signals">): PartChip[] {
	return PART_NAMES.map((part) => {
		const [letter, name] = CHIP[part];
		const state = story.signals.partsPresent.includes(part) ? "present" : story.missing.includes(part) ? "missing" : "optional";
		return { part, letter, name, state };
	});
}

/** A stable key for a story in a list: its note and its id. */
export function storyKey(story: Pick<IndexedStory, "path" | "id">): string {
	return `${story.path}\u0000${story.id}`;
}

/** Builds the panel's entry for a story. The matcher's source, the practice date and the set in use come from the caller. */
export function storyEntry(
	story: IndexedStory,
	questions: readonly IndexedQuestion[],
	targetSeconds: number,
	source: MatchSource,
	practised: string | null,
	revision = 0,
	setId?: string,
	evidence: readonly string[] = [],
): StoryEntry {
	// Strong means more for the senior set (the staff-level signals); the set in use decides.
	const strength = storyStrength(story, targetSeconds, { setId });
	const first = questions[0]?.text ?? null;
	return {
		key: storyKey(story),
		storyId: story.id,
		path: story.path,
		line: story.line,
		label: story.title ?? first ?? `Story on line ${story.line}`,
		question: story.title ? first : null,
		chips: partChips(story),
		// A sketch has nothing to score yet: the strength bar shows it empty.
		points: strength.level === "sketch" ? 0 : strength.score,
		level: strength.level,
		checks: strength.checks,
		warnings: strength.warnings,
		source,
		evidence: [...evidence],
		practised,
		revision,
	};
}
