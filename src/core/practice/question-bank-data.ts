import type { ProbeTheme } from "./probe-themes";

/** A question of the built-in bank, before it is tied to a competency set. */
export interface BankEntry {
	/** Stable id (`bank-…`): history is kept against it, so never change one. */
	id: string;
	text: string;
	/** Competency ids this question practises, most fitting first, across all built-in sets. */
	competencies: readonly string[];
	theme: ProbeTheme;
	/** True for the five prompts of a senior behavioural panel. */
	core?: boolean;
}

/**
 * The built-in questions, written for this plugin. The first five are the
 * prompts a senior (IC6+) behavioural panel opens with; the rest give every
 * competency of every built-in set at least one question.
 */
export const BANK: readonly BankEntry[] = [
	{
		id: "bank-career-impact",
		text: "Walk me through your career so far, then go deep on the one project whose impact you are proudest of.",
		competencies: ["signature-impact", "scope", "think-big", "deliver-results", "motivation"],
		theme: "impact",
		core: true,
	},
	{
		id: "bank-riskiest-project",
		text: "What is the riskiest project you have led or owned? What made it risky, and how did you manage that risk?",
		competencies: ["riskiest-project", "judgment", "bias-for-action", "ambiguity"],
		theme: "risk",
		core: true,
	},
	{
		id: "bank-failed-project",
		text: "Tell me about a project that failed. What happened, what did you learn, and what changed afterwards?",
		competencies: ["failure", "growth", "learn-and-be-curious", "perseverance"],
		theme: "failure",
		core: true,
	},
	{
		id: "bank-work-conflict",
		text: "Describe a real conflict at work, over priorities, design, timelines or approach. How was it resolved?",
		competencies: ["conflict", "backbone", "earn-trust"],
		theme: "conflict",
		core: true,
	},
	{
		id: "bank-high-performing-team",
		text: "How do you build a high-performing team and keep stakeholders and execution on track, even when you are not the manager?",
		competencies: ["team-building", "hire-and-develop", "influence", "best-employer"],
		theme: "team",
		core: true,
	},
	// behavioural set
	{
		id: "bank-energy",
		text: "What kind of work gives you energy, and when did that show in a project?",
		competencies: ["motivation"],
		theme: "growth",
	},
	{
		id: "bank-unasked-fix",
		text: "Tell me about a problem you fixed before anyone asked you to.",
		competencies: ["proactivity", "ownership"],
		theme: "ownership",
	},
	{
		id: "bank-unclear-goal",
		text: "Describe a time you had to move forward while the goal or the data was still unclear.",
		competencies: ["ambiguity", "are-right-a-lot", "judgment"],
		theme: "ambiguity",
	},
	{
		id: "bank-setbacks",
		text: "Tell me about a goal you reached only after several setbacks.",
		competencies: ["perseverance", "deliver-results"],
		theme: "failure",
	},
	{
		id: "bank-peer-disagreement",
		text: "Tell me about a disagreement with a peer that you had to work through together.",
		competencies: ["conflict", "earn-trust"],
		theme: "conflict",
	},
	{
		id: "bank-understood-colleague",
		text: "Tell me about a time you changed your approach once you understood a colleague's or a user's situation.",
		competencies: ["empathy", "customer-obsession"],
		theme: "trust",
	},
	{
		id: "bank-feedback",
		text: "What feedback changed the way you work, and what did you do with it?",
		competencies: ["growth", "learn-and-be-curious"],
		theme: "growth",
	},
	{
		id: "bank-explain-decision",
		text: "Describe a time you explained a complex technical decision to people without a technical background.",
		competencies: ["communication", "influence"],
		theme: "communication",
	},
	// senior set
	{
		id: "bank-broadest-problem",
		text: "Tell me about the broadest problem you have owned, one that crossed teams or quarters.",
		competencies: ["scope", "think-big", "ownership"],
		theme: "impact",
	},
	{
		id: "bank-not-yours",
		text: "Tell me about something you took ownership of although it was not formally yours.",
		competencies: ["ownership", "proactivity"],
		theme: "ownership",
	},
	{
		id: "bank-trade-off",
		text: "Describe a decision where you weighed a real trade-off, such as quality against speed or cost against reliability.",
		competencies: ["judgment", "are-right-a-lot", "success-and-scale"],
		theme: "judgment",
	},
	{
		id: "bank-data-changed-mind",
		text: "Tell me about a decision you changed because of what the data showed.",
		competencies: ["evidence", "dive-deep", "are-right-a-lot"],
		theme: "judgment",
	},
	{
		id: "bank-influence-other-team",
		text: "Tell me about a time you got a team you did not lead to change direction.",
		competencies: ["influence", "earn-trust"],
		theme: "influence",
	},
	{
		id: "bank-long-term-health",
		text: "When did you trade short-term delivery for long-term system health, and how did you justify it?",
		competencies: ["judgment", "highest-standards", "success-and-scale"],
		theme: "judgment",
	},
	{
		id: "bank-production-mistake",
		text: "Tell me about a mistake of yours that reached production. What did you change so it could not recur?",
		competencies: ["failure", "highest-standards", "ownership"],
		theme: "failure",
	},
	{
		id: "bank-raised-bar",
		text: "How have you raised the quality bar of a team without being its manager?",
		competencies: ["team-building", "highest-standards", "influence"],
		theme: "standards",
	},
	// amazon set
	{
		id: "bank-customer-over-plan",
		text: "Tell me about a time you went against the plan because it was wrong for the customer.",
		competencies: ["customer-obsession", "backbone"],
		theme: "customer",
	},
	{
		id: "bank-made-simpler",
		text: "Describe something complicated that you made simpler for the people who use it.",
		competencies: ["invent-and-simplify", "customer-obsession"],
		theme: "impact",
	},
	{
		id: "bank-incomplete-call",
		text: "Tell me about a call you made with incomplete information. How did it turn out?",
		competencies: ["are-right-a-lot", "bias-for-action", "ambiguity"],
		theme: "ambiguity",
	},
	{
		id: "bank-taught-yourself",
		text: "What have you taught yourself recently because the work needed it?",
		competencies: ["learn-and-be-curious", "growth"],
		theme: "growth",
	},
	{
		id: "bank-helped-grow",
		text: "Tell me about someone you helped grow into a bigger role.",
		competencies: ["hire-and-develop", "team-building"],
		theme: "team",
	},
	{
		id: "bank-refused-to-ship",
		text: "Tell me about a time you refused to ship something that was not good enough.",
		competencies: ["highest-standards", "backbone"],
		theme: "standards",
	},
	{
		id: "bank-bigger-goal",
		text: "Describe a time you proposed a much bigger goal than the one you were given.",
		competencies: ["think-big", "scope"],
		theme: "impact",
	},
	{
		id: "bank-acted-fast",
		text: "Tell me about a time you acted quickly without waiting for every answer.",
		competencies: ["bias-for-action", "ambiguity"],
		theme: "speed",
	},
	{
		id: "bank-more-with-less",
		text: "Tell me about a time you achieved more with fewer people, less money or less time.",
		competencies: ["frugality", "invent-and-simplify"],
		theme: "speed",
	},
	{
		id: "bank-rebuilt-trust",
		text: "Tell me about a time you had to rebuild trust with a colleague or a team.",
		competencies: ["earn-trust", "empathy"],
		theme: "trust",
	},
	{
		id: "bank-dug-into-details",
		text: "Describe a problem you solved only by digging into the details yourself.",
		competencies: ["dive-deep", "evidence"],
		theme: "judgment",
	},
	{
		id: "bank-disagree-commit",
		text: "Tell me about a time you disagreed with a decision, committed to it anyway, and what happened next.",
		competencies: ["backbone", "conflict"],
		theme: "conflict",
	},
	{
		id: "bank-result-despite-obstacles",
		text: "Tell me about an important result you delivered despite serious obstacles.",
		competencies: ["deliver-results", "perseverance"],
		theme: "risk",
	},
	{
		id: "bank-better-workplace",
		text: "What have you done to make your team a better place to work?",
		competencies: ["best-employer", "team-building", "empathy"],
		theme: "team",
	},
	{
		id: "bank-beyond-your-team",
		text: "Tell me about a decision where you weighed its effects well beyond your own team or product.",
		competencies: ["success-and-scale", "judgment", "scope"],
		theme: "judgment",
	},
];
