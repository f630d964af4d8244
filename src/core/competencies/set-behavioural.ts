import type { CompetencySet } from "./types";

/** The behavioural signals most large tech-company panels share, in this project's own words. */
export const BEHAVIOURAL_SET: CompetencySet = {
	id: "behavioural",
	name: "Behavioural (large tech companies)",
	description: "The signals most big tech-company behavioural rounds look for, whatever the level.",
	competencies: [
		{
			id: "motivation",
			name: "Motivation",
			description: "Why this role and this company, told through what has actually driven your choices so far.",
			keywords: [
				"motivat*", "why do you want", "why this", "why our", "why are you", "passion*", "excite*", "inspir*",
				"leave your current", "leaving your", "career goal*", "five years", "what drives you", "enjoy*",
			],
			aliases: ["signature-impact"],
		},
		{
			id: "proactivity",
			name: "Proactivity",
			description: "You saw a problem or an opening before anyone asked, and acted on it.",
			keywords: [
				"proactiv*", "initiative", "nobody asked", "no one asked", "without being asked", "beyond your remit",
				"remit", "outside your job", "outside my job", "above and beyond", "went beyond", "took ownership",
				"nobody owned", "self-starter", "stepped up", "step up", "noticed", "spotted", "simplif*", "improv*", "automat*",
			],
			aliases: ["ownership", "bias-for-action"],
		},
		{
			id: "ambiguity",
			name: "Working in ambiguity",
			description: "You made progress when the goal, the data or the owner was unclear, and made it clearer for others.",
			keywords: [
				"ambigu*", "unclear", "uncertain*", "incomplete data", "complete data", "without all the", "unknown*",
				"vague", "undefined", "define the problem", "no clear", "changing requirements", "make a call", "made a call",
				"know enough", "no playbook", "first of its kind", "decision", "decid*", "trade-off", "tradeoff", "trade*",
				"short-term", "judgment", "judgement",
			],
			aliases: ["judgment", "are-right-a-lot"],
		},
		{
			id: "perseverance",
			name: "Perseverance",
			description: "You kept going through setbacks, long odds or a slow grind, and adapted instead of giving up.",
			keywords: [
				"persever*", "persist*", "setback*", "obstacle*", "challeng*", "difficult project", "hardest", "gave up",
				"give up", "keep going", "kept going", "resilien*", "grind", "against the odds", "tight deadline",
				"under pressure", "pressure", "blocked", "roadblock*",
			],
			aliases: ["deliver-results", "riskiest-project"],
		},
		{
			id: "conflict",
			name: "Conflict resolution",
			description: "A real disagreement, handled by understanding the other side and agreeing a way forward without pulling rank.",
			keywords: [
				"conflict*", "disagre*", "disput*", "push back", "pushed back", "pushing back", "pushback", "said no", "say no",
				"tension", "argu*", "friction", "clash*", "difficult colleague", "difficult person", "difficult coworker",
				"refus*", "at odds", "opposed", "objection*",
			],
			aliases: ["backbone"],
		},
		{
			id: "empathy",
			name: "Empathy",
			description: "You noticed how others were doing, understood their point of view, and changed what you did because of it.",
			keywords: [
				"empath*", "struggling", "burnout", "burned out", "listen*", "understand their", "their perspective",
				"point of view", "support*", "cared", "wellbeing", "well-being", "customer complaint*", "frustrat*", "upset",
				"feedback", "trust", "psychological safety", "teammate*", "commitments",
			],
			aliases: ["earn-trust", "best-employer", "customer-obsession"],
		},
		{
			id: "growth",
			name: "Growth",
			description: "You learned from a mistake or from feedback, or grew someone else, and can say what changed afterwards.",
			keywords: [
				"growth", "grow*", "learn*", "mistake*", "fail*", "feedback", "improv*", "mentor*", "coach*", "develop*",
				"lesson*", "new skill*", "outside your comfort", "comfort zone", "shaped how you", "changed your mind",
				"change your mind", "underestimat*", "reversed", "high-performing", "high performing", "delegat*",
			],
			aliases: ["failure", "learn-and-be-curious", "hire-and-develop", "team-building"],
		},
		{
			id: "communication",
			name: "Communication",
			description: "You made something complex clear for the audience in front of you, and got people to act on it.",
			keywords: [
				"communicat*", "explain*", "present*", "convinc*", "persuad*", "influenc*", "stakeholder*", "non-technical",
				"bad news", "written", "writing", "document*", "memo", "align*", "buy-in", "audience", "senior leader",
			],
			aliases: ["influence"],
		},
	],
};
