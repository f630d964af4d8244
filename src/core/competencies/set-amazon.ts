import type { CompetencySet } from "./types";

/**
 * Amazon's sixteen leadership principles, each summarised in this project's
 * own words (not Amazon's text), with the words interview prompts use for it.
 */
export const AMAZON_SET: CompetencySet = {
	id: "amazon",
	name: "Amazon leadership principles",
	description: "Amazon's sixteen leadership principles, which its behavioural loops score one by one.",
	competencies: [
		{
			id: "customer-obsession",
			name: "Customer obsession",
			description: "Start from what the customer needs and work back from it; keep their trust even when it costs you.",
			keywords: [
				"customer*", "client*", "user need*", "end user*", "user research", "on behalf of", "work backwards",
				"working backwards", "feedback from users",
			],
		},
		{
			id: "ownership",
			name: "Ownership",
			description: "Act for the long term and for the whole company, not only your team; never say it is someone else's job.",
			keywords: [
				"ownership", "owned", "owner", "nobody owned", "took ownership", "accountab*", "responsib*", "not my job",
				"outside your job", "beyond your remit", "long-term", "long term",
			],
			aliases: ["proactivity"],
		},
		{
			id: "invent-and-simplify",
			name: "Invent and simplify",
			description: "Look for new and simpler ways to do things, wherever the idea comes from, and accept being misunderstood for a while.",
			keywords: ["invent*", "simplif*", "simpler", "innovat*", "new approach", "creative", "automat*", "reinvent*", "novel", "streamlin*"],
		},
		{
			id: "are-right-a-lot",
			name: "Are right, a lot",
			description: "Make good calls with sound judgment and instinct, and actively seek views that could prove you wrong.",
			keywords: [
				"judgment", "judgement", "decision", "decid*", "make a call", "made a call", "incomplete data", "complete data",
				"trade-off", "tradeoff", "change your mind", "changed your mind", "reversed", "diverse perspectives",
				"proved wrong",
			],
			aliases: ["judgment", "ambiguity"],
		},
		{
			id: "learn-and-be-curious",
			name: "Learn and be curious",
			description: "Keep learning and improving, explore new areas, and go looking for what you do not yet know.",
			keywords: [
				"learn*", "curio*", "new domain", "new skill*", "outside your comfort", "explor*", "self-taught", "picked up",
				"studied", "shaped how you",
			],
			aliases: ["growth", "failure"],
		},
		{
			id: "hire-and-develop",
			name: "Hire and develop the best",
			description: "Raise the bar with every hire and promotion, spot talent, and invest in coaching others.",
			keywords: [
				"hire", "hired", "hiring", "interview*", "mentor*", "coach*", "develop* someone", "developed someone",
				"grow* someone", "promot*", "delegat*", "onboard*", "junior", "career growth", "high-performing",
				"high performing", "built a team", "build a team",
			],
			aliases: ["team-building"],
		},
		{
			id: "highest-standards",
			name: "Insist on the highest standards",
			description: "Hold a bar others may find unreasonably high, keep raising it, and fix defects so they stay fixed.",
			keywords: [
				"standard*", "quality", "quality bar", "raise the bar", "raised the bar", "high bar", "defect*", "bug*",
				"code review*", "not good enough", "polish*", "craft",
			],
		},
		{
			id: "think-big",
			name: "Think big",
			description: "Set a bold direction that inspires results, and look for unexpected ways to serve customers.",
			keywords: [
				"think big", "vision", "bold", "ambitious", "long-term", "strateg*", "transform*", "10x", "moonshot", "big bet",
				"roadmap", "multi-year",
			],
			aliases: ["scope", "signature-impact"],
		},
		{
			id: "bias-for-action",
			name: "Bias for action",
			description: "Speed matters and many decisions can be undone, so act with a calculated risk instead of over-studying.",
			keywords: [
				"bias for action", "quick*", "fast", "speed", "urgent*", "tight deadline", "calculated risk", "reversible",
				"without waiting", "acted", "move fast", "under pressure", "time pressure",
			],
			aliases: ["proactivity"],
		},
		{
			id: "frugality",
			name: "Frugality",
			description: "Do more with less; constraints push you to be resourceful and self-reliant.",
			keywords: [
				"frugal*", "cost*", "budget*", "cheap*", "saved", "saving*", "resourceful", "limited resources", "constraint*",
				"headcount", "with less",
			],
		},
		{
			id: "earn-trust",
			name: "Earn trust",
			description: "Listen, speak candidly, treat others with respect, and own your mistakes even when it is awkward.",
			keywords: [
				"trust", "candid*", "honest*", "respect*", "listen*", "admit*", "transparen*", "rebuilt trust", "vulnerab*", "credibility",
				"self-critical", "mistake*", "broke", "went wrong", "underestimat*", "influenc*", "without authority", "did not manage",
			],
			aliases: ["empathy", "influence"],
		},
		{
			id: "dive-deep",
			name: "Dive deep",
			description: "Stay close to the details, check the data yourself, and notice when the numbers and the story disagree.",
			keywords: [
				"dive deep", "deep dive", "root cause*", "detail*", "investigat*", "debug*", "data", "metric*", "analy*",
				"audit*", "dig*", "anomal*",
			],
			aliases: ["evidence"],
		},
		{
			id: "backbone",
			name: "Have backbone; disagree and commit",
			description: "Challenge decisions you disagree with, respectfully and with conviction, then commit fully once it is decided.",
			keywords: [
				"disagre*", "commit*", "push back", "pushed back", "pushback", "said no", "say no", "conflict*", "challeng*",
				"stood up", "spoke up", "unpopular", "backbone",
			],
			aliases: ["conflict"],
		},
		{
			id: "deliver-results",
			name: "Deliver results",
			description: "Focus on the inputs that matter, deliver them on time and with quality, and do not settle when things go wrong.",
			keywords: ["deliver*", "result*", "deadline*", "on time", "shipped", "launch*", "outcome*", "goal*", "met the", "hit the", "despite"],
			aliases: ["evidence", "perseverance"],
		},
		{
			id: "best-employer",
			name: "Strive to be Earth's best employer",
			description: "Make the work environment safer, fairer and more fulfilling, and help the people around you grow.",
			keywords: [
				"employer", "team culture", "culture", "wellbeing", "well-being", "burnout", "struggling", "inclusi*",
				"psychological safety", "morale", "work-life", "fair*",
			],
			aliases: ["team-building", "empathy"],
		},
		{
			id: "success-and-scale",
			name: "Success and scale bring broad responsibility",
			description: "Think about the effects of your work beyond the team: on communities, the environment, and the people it touches.",
			keywords: [
				"responsibility", "society", "community", "communities", "environment*", "sustainab*", "privacy", "accessib*",
				"ethic*", "second-order", "unintended",
			],
		},
	],
};
