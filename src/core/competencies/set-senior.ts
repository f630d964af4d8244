import type { CompetencySet } from "./types";

/**
 * The senior (IC6+ / staff) panel: the five dimensions it calibrates on, then
 * the five prompts it almost always asks. Written from the interview brief in
 * this project's own words.
 */
export const SENIOR_SET: CompetencySet = {
	id: "senior",
	name: "Senior (IC6+ / staff)",
	description: "The dimensions a staff-level behavioural panel calibrates on, and the prompts it usually asks.",
	competencies: [
		{
			id: "scope",
			name: "Scope",
			description: "Work that spans several teams or quarters, where you helped define the problem instead of receiving it.",
			keywords: [
				"scope", "cross-team", "cross-functional", "across teams", "several teams", "multiple teams", "other teams",
				"org-wide", "company-wide", "multi-quarter", "multi-year", "long-term", "roadmap", "strateg*", "vision",
				"charter", "platform", "at scale", "large-scale", "direction", "altitude",
			],
			aliases: ["think-big"],
		},
		{
			id: "ownership",
			name: "Ownership",
			description: "You chose the approach, took responsibility for the outcome, and picked up what nobody else owned.",
			keywords: [
				"ownership", "owned", "owner", "nobody owned", "took ownership", "accountab*", "responsib*", "initiative",
				"beyond your remit", "remit", "outside your job", "outside my job", "nobody asked", "no one asked", "step up",
				"stepped up", "orphan*", "end to end", "end-to-end", "drove", "proactiv*",
			],
			aliases: ["proactivity"],
		},
		{
			id: "judgment",
			name: "Judgment and trade-offs",
			description: "Decisions made under uncertainty, with the options you turned down and why: quality against speed, cost against reliability, now against later.",
			keywords: [
				"judgment", "judgement", "trade-off", "tradeoff", "trade*", "decision", "decid*", "make a call", "made a call",
				"tough call", "hard call", "incomplete data", "complete data", "without all the", "ambigu*", "uncertain*",
				"prioriti*", "competing priorities", "reversed", "change your mind", "changed your mind", "short-term",
				"weigh*", "dilemma", "know enough",
			],
			aliases: ["ambiguity", "are-right-a-lot"],
		},
		{
			id: "evidence",
			name: "Evidence and measured outcomes",
			description: "Claims backed by numbers: before and after, metric deltas, experiments, and the business result they led to.",
			keywords: [
				"data-driven", "with data", "the data", "metric*", "measur*", "evidence", "quantif*", "numbers", "experiment*", "a/b", "ab test",
				"benchmark*", "analy*", "kpi*", "baseline", "results", "outcome*", "impact on", "proof", "prove",
			],
			aliases: ["dive-deep", "deliver-results"],
		},
		{
			id: "influence",
			name: "Influence without authority",
			description: "You moved people you did not manage with data, options and a clear way to decide, not with rank.",
			keywords: [
				"influenc*", "without authority", "persuad*", "convinc*", "buy-in", "buy in", "align*", "stakeholder*",
				"senior leader", "leadership team", "change their mind", "changed their mind", "changed his mind", "changed her mind", "did not manage", "didn't manage", "not your team",
				"get agreement", "consensus", "advocat*", "negotiat*", "sell the idea", "won over", "rfc",
			],
			aliases: ["communication", "earn-trust"],
		},
		{
			id: "signature-impact",
			name: "Signature impact",
			description: "The one project you would lead with: why it mattered, what you personally did, and what changed because of it.",
			keywords: [
				"proud*", "impact", "biggest impact", "biggest achievement", "most significant", "signature", "accomplishment*", "achievement*",
				"career", "past experience", "best work", "key project", "favourite project", "favorite project",
				"walk me through your", "most impactful",
			],
			aliases: ["motivation"],
		},
		{
			id: "riskiest-project",
			name: "Riskiest project",
			description: "A bet you led: the kinds of risk, how you sized them, and the gates and fallbacks that kept it safe.",
			keywords: [
				"risk*", "riskiest", "de-risk*", "bet", "gamble", "high stakes", "high-stakes", "mitigat*", "contingenc*",
				"kill", "rollback", "roll back", "canary", "fallback", "cutover", "unproven",
			],
		},
		{
			id: "failure",
			name: "Failure",
			description: "A real miss, owned without blame: the cause, the early signal you missed, and the system you changed afterwards.",
			keywords: [
				"fail*", "mistake*", "broke", "broken", "went wrong", "got it wrong", "outage", "incident*", "postmortem",
				"post-mortem", "regret*", "underestimat*", "setback", "missed a deadline", "missed the deadline", "rolled back",
				"learned from", "lesson*", "reversed", "do differently",
			],
			aliases: ["growth", "learn-and-be-curious"],
		},
		{
			id: "conflict",
			name: "Conflict",
			description: "A real disagreement over goals, design or dates, resolved by finding each side's interest and agreeing how to decide.",
			keywords: [
				"conflict*", "disagre*", "disput*", "push back", "pushed back", "pushing back", "pushback", "said no",
				"say no", "tension", "argu*", "friction", "clash*", "difficult colleague", "difficult person",
				"difficult stakeholder", "refus*", "at odds", "opposed", "objection*",
			],
			aliases: ["backbone"],
		},
		{
			id: "team-building",
			name: "Building a team",
			description: "How you make a team better without necessarily managing it: ownership, a quality bar, mentoring and delegation.",
			keywords: [
				"team building", "build a team", "built a team", "building a team", "high-performing", "high performing",
				"mentor*", "coach*", "develop* someone", "developed someone", "grow* someone", "hire", "hired", "hiring",
				"onboard*", "delegat*", "struggling", "burnout", "burned out", "teammate*", "culture", "psychological safety",
				"junior", "new hire", "quality bar", "career growth",
			],
			aliases: ["hire-and-develop", "best-employer", "empathy"],
		},
	],
};
