import { ownValue } from "../own-key";

/**
 * What a question is really testing, for choosing a follow-up probe. A theme
 * is coarser than a competency: several competencies share one line of
 * questioning (a failure, a setback and a mistake all get "the early signal
 * you missed").
 */
export const PROBE_THEMES = [
	"impact",
	"risk",
	"failure",
	"conflict",
	"team",
	"ambiguity",
	"influence",
	"ownership",
	"judgment",
	"customer",
	"growth",
	"standards",
	"speed",
	"communication",
	"trust",
	"general",
] as const;

/** One line of follow-up questioning. */
export type ProbeTheme = (typeof PROBE_THEMES)[number];

/** The theme of every built-in competency id (ids are shared across sets where they mean the same thing). */
const THEME_OF_COMPETENCY: Readonly<Record<string, ProbeTheme>> = {
	// behavioural
	motivation: "growth",
	proactivity: "ownership",
	ambiguity: "ambiguity",
	perseverance: "failure",
	conflict: "conflict",
	empathy: "trust",
	growth: "growth",
	communication: "communication",
	// senior
	scope: "impact",
	ownership: "ownership",
	judgment: "judgment",
	evidence: "judgment",
	influence: "influence",
	"signature-impact": "impact",
	"riskiest-project": "risk",
	failure: "failure",
	"team-building": "team",
	// amazon
	"customer-obsession": "customer",
	"invent-and-simplify": "impact",
	"are-right-a-lot": "judgment",
	"learn-and-be-curious": "growth",
	"hire-and-develop": "team",
	"highest-standards": "standards",
	"think-big": "impact",
	"bias-for-action": "speed",
	frugality: "speed",
	"earn-trust": "trust",
	"dive-deep": "judgment",
	backbone: "conflict",
	"deliver-results": "risk",
	"best-employer": "team",
	"success-and-scale": "judgment",
};

/** Words in a question that give its theme away, checked in order (the first that matches wins). */
const THEME_WORDS: readonly [ProbeTheme, RegExp][] = [
	["failure", /\b(fail\w*|mistake\w*|setback\w*|went wrong|regret\w*|postmortem|incident\w*|broke\w*)\b/i],
	[
		"conflict",
		new RegExp(
			String.raw`\b(conflict\w*|disagre\w*|agree\w*|push(ed)? back|argument\w*|tension\w*|difficult (colleague` +
				String.raw`|peer|stakeholder)|hardest conversation)\b`,
			"i",
		),
	],
	["risk", /\b(risk\w*|bet|uncertain\w*|gamble\w*)\b/i],
	[
		"ambiguity",
		new RegExp(
			String.raw`\b(ambigu\w*|unclear|incomplete (data|information)|without (all|complete) (the )?(data|information)` +
				String.raw`|not enough (data|information))\b`,
			"i",
		),
	],
	["team", /\b(team\w*|mentor\w*|hire\w*|hiring|coach\w*|onboard\w*|grow (someone|an engineer))\b/i],
	["influence", /\b(influenc\w*|persuad\w*|convinc\w*|buy-in|without authority|change (someone'?s|a leader'?s) mind)\b/i],
	["customer", /\b(customer\w*|user\w*|client\w*)\b/i],
	["standards", /\b(quality|standard\w*|bar|not good enough)\b/i],
	["speed", /\b(deadline\w*|quickly|fast\w*|urgent\w*|time pressure|constraint\w*|budget\w*)\b/i],
	["trust", /\b(trust\w*|empath\w*|relationship\w*)\b/i],
	["ownership", /\b(own\w*|initiative|nobody asked|beyond (your|my) (role|remit))\b/i],
	["judgment", /\b(decision\w*|decid\w*|trade-?off\w*|data|judg\w*|instincts?)\b/i],
	["communication", /\b(explain\w*|communicat\w*|present\w*|non-technical)\b/i],
	["growth", /\b(learn\w*|feedback|grew|growth|improv\w*)\b/i],
	[
		"impact",
		new RegExp(
			String.raw`\b(impact\w*|proud\w*|career|biggest|achievement\w*|scope|paid off|worth (it|building)|made a difference` +
				String.raw`|beyond your (own )?team)\b`,
			"i",
		),
	],
];

/**
 * Competencies whose questions split between two lines of probing: the
 * first is the default, the others are taken when the question's words point
 * to them (proving that work paid off is probed on impact, deciding from data
 * on judgment; a call without all the information on ambiguity).
 */
const OTHER_THEMES: Readonly<Record<string, readonly ProbeTheme[]>> = {
	evidence: ["impact"],
	judgment: ["ambiguity"],
	"are-right-a-lot": ["ambiguity"],
};

/**
 * The theme of a question: its competency's theme (the competency as
 * matched or corrected), refined by the question's words where the
 * competency spans two themes; for an unknown competency, the words alone;
 * else "general".
 */
export function themeOf(text: string, competencyId: string | null): ProbeTheme {
	const known = competencyId === null ? undefined : ownValue(THEME_OF_COMPETENCY, competencyId);
	const spoken = THEME_WORDS.find(([, words]) => words.test(text))?.[0];
	if (known) {
		const others = competencyId === null ? undefined : ownValue(OTHER_THEMES, competencyId);
		return spoken !== undefined && others?.includes(spoken) ? spoken : known;
	}
	return spoken ?? "general";
}
