/** One item of the pre-answer checklist. */
export interface ChecklistItem {
	id: "role" | "scale" | "trade-off" | "result";
	/** What to have ready, in a few words. */
	label: string;
	/** The question to ask yourself before you start talking. */
	hint: string;
}

/**
 * The four things a senior panel listens for in every story, to run through
 * before answering: what you personally did, how big it was, what you chose
 * over what, and what changed as a result.
 */
export const PRE_ANSWER_CHECKLIST: readonly ChecklistItem[] = [
	{ id: "role", label: "My role", hint: "What did I decide, own or risk myself, apart from the team?" },
	{ id: "scale", label: "Scale", hint: "How big was it: users, traffic, data, money, teams, quarters?" },
	{ id: "trade-off", label: "The trade-off", hint: "What did I choose, and why over the alternative?" },
	{ id: "result", label: "The measured result", hint: "Which number moved, by how much, and what did I learn?" },
];
