import { questionShape } from "../parser/question-text";
import { freeTopic, GROUP_ANSWERED, normalise, type TopicChoice } from "./topics";

/**
 * The choices that match what was typed, best first, with the typed text as
 * a choice of its own: first when it reads as a question (it is probably
 * new), else last. `score` returns a higher number for a better match, or
 * `null` for none (Obsidian's fuzzy search in the app, anything in tests).
 */
export function rankChoices(
	choices: readonly TopicChoice[],
	query: string,
	score: (text: string) => number | null,
	limit = 50,
): TopicChoice[] {
	const typed = query.replace(/\s+/g, " ").trim();
	if (typed === "") return [...choices].sort((a, b) => a.group - b.group).slice(0, limit);
	const scored: { choice: TopicChoice; score: number }[] = [];
	for (const choice of choices) {
		const s = score(`${choice.title} ${choice.topic.competencyName ?? ""}`);
		if (s !== null) scored.push({ choice, score: s });
	}
	scored.sort((a, b) => b.score - a.score || a.choice.group - b.choice.group);
	const matches = scored.slice(0, limit - 1).map((s) => s.choice);
	const exact = matches.some((c) => normalise(c.title) === normalise(typed));
	if (exact) return matches;
	const free: TopicChoice = {
		topic: freeTopic(typed),
		title: typed,
		detail: "Your own question",
		unanswered: false,
		group: GROUP_ANSWERED + 1,
	};
	return questionShape(typed, false).isQuestion || matches.length === 0 ? [free, ...matches] : [...matches, free];
}
