import type { ProbeTheme } from "./probe-themes";

/**
 * Follow-up probes, in the spirit of a senior behavioural panel: after the
 * core answer the interviewer pushes on the part a rehearsed story tends to
 * skip. Each theme has a few, asked in turn across rounds of one question.
 */
export const PROBES: Readonly<Record<ProbeTheme, readonly string[]>> = {
	impact: [
		"What would not exist today if you had not been there? Separate your part from the team's.",
		"What did you build that made other people faster, and how do you know it did?",
		"How did the technical result show up in a number the business cared about?",
	],
	risk: [
		"Where were you closest to stopping the project, and what evidence would have made you stop?",
		"Which risk did you retire first, and why that one?",
		"What was your fallback if the riskiest assumption had turned out false?",
	],
	failure: [
		"What early signal did you miss that could have shown the problem a quarter sooner?",
		"What did you change in the process or the system, not just in yourself, so it cannot happen again?",
		"How much of the failure was yours? Say it without softening it.",
	],
	conflict: [
		"What would you have done if the data had been ambiguous and the other person still disagreed?",
		"What did the other side actually need, as opposed to what they asked for?",
		"How did you make sure the decision stuck once the meeting was over?",
	],
	team: [
		"Who on that team grew the most, and what did you hand over to make it happen?",
		"What quality bar did you set, and how did you hold it when you were not in the room?",
		"How did you keep product, engineering and data aligned once the plan started to slip?",
	],
	ambiguity: [
		"What did you decide not to find out before you committed, and why was that safe?",
		"How did you define the problem before anyone had agreed what it was?",
		"At what point would you have changed course, and did you say so up front?",
	],
	influence: [
		"Why did they listen to you, given that you had no authority over them?",
		"What did you concede to get agreement?",
		"Who was the hardest person to bring along, and what finally moved them?",
	],
	ownership: [
		"Why was this yours to take on, and who might have objected?",
		"What did you stop doing to make room for it?",
		"What happened to it after you moved on?",
	],
	judgment: [
		"What was the strongest argument for the option you rejected?",
		"Where did you trade short-term delivery for long-term health, and how did you justify it?",
		"What would have had to be true for the other choice to be right?",
	],
	customer: [
		"How did you know what the customer needed, rather than what they asked for?",
		"What did putting the customer first cost you or the team, and was it worth it?",
	],
	growth: [
		"What do you do differently today because of this, and when did you last do it?",
		"What was uncomfortable about it, and how did you push through?",
	],
	standards: [
		"What did holding the bar cost, and who disagreed with the cost?",
		"How did you turn the standard into something the team keeps without you?",
	],
	speed: [
		"What did you knowingly skip to move fast, and how did you contain that risk?",
		"Which part of the decision was reversible, and how did that change your pace?",
	],
	communication: ["How did you check that they had really understood, not just nodded?", "What did you leave out on purpose, and why?"],
	trust: ["What did you do in the first week that made the difference?", "How would the other person tell this story?"],
	general: [
		"What would you do differently if you did it again tomorrow?",
		"What was the measurable result, and how was it measured?",
		"Which part of this was you, and which part was the team?",
	],
};

/**
 * The probe for a round: the themes' probes are asked in turn, so the n-th
 * round of a question gets the n-th probe (and wraps round).
 */
export function probeFor(theme: ProbeTheme, roundsBefore: number): string {
	const list = PROBES[theme].length > 0 ? PROBES[theme] : PROBES.general;
	const turn = Math.max(0, Math.floor(roundsBefore)) % list.length;
	return list[turn] ?? PROBES.general[0] ?? "";
}
