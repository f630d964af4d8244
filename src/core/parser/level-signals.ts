import { PhraseSet, type Sentence } from "./story-words";

/**
 * What a staff-level panel listens for beyond a complete STAR story
 * (interview brief: cross-team scope, trade-offs weighed, judgment under
 * ambiguity, and what was learnt). Each is the first cue phrase found, or
 * `null` when the story shows none.
 */
export interface LevelSignals {
	/** The work reached beyond the speaker's own team: other teams, the org, leadership. */
	scope: string | null;
	/** An explicit trade-off: what was weighed, and what was given up. */
	tradeOff: string | null;
	/** Ambiguity faced: an unclear problem, missing information, a problem the speaker had to define. */
	ambiguity: string | null;
	/** A reflection: a takeaway part, or a lesson in the text ("in hindsight", "since then I"). */
	reflection: string | null;
}

const SCOPE = new PhraseSet([
	"other teams",
	"another team",
	"partner team",
	"partner teams",
	"across teams",
	"across the company",
	"across the org",
	"across the organisation",
	"across the organization",
	"across engineering",
	"across all",
	"cross-team",
	"cross team",
	"company-wide",
	"org-wide",
	"organisation-wide",
	"organization-wide",
	"every team",
	"all teams",
	"several teams",
	"multiple teams",
	"whole company",
	"engineering org",
	"other departments",
	"departments",
	"business units",
	"other studios",
	"their team",
	"their teams",
	"their lead",
	"their director",
	"their roadmap",
	"their roadmaps",
	"director",
	"directors",
	"vp",
	"cto",
	"head of",
	"leadership",
	"multi-year",
	"multi-quarter",
	"adopted by",
	"platform team",
	"no authority",
	"did not report",
	"didn't report",
]);

/** Team-like nouns: a number of them ("five product teams", "35 teams") is scope beyond one team. */
const TEAM_NOUNS = new Set(["teams", "departments", "studios", "squads", "groups", "units", "orgs", "organisations", "organizations"]);
const COUNTS = new Set([
	"two",
	"three",
	"four",
	"five",
	"six",
	"seven",
	"eight",
	"nine",
	"ten",
	"eleven",
	"twelve",
	"dozen",
	"several",
	"multiple",
]);

const TRADE_OFF = new PhraseSet([
	"trade-off",
	"trade-offs",
	"tradeoff",
	"tradeoffs",
	"trade off",
	"traded",
	"trading",
	"at the cost of",
	"at the expense of",
	"gave up",
	"giving up",
	"give up",
	"rather than",
	"chose * over",
	"chose * * over",
	"weighed",
	"weighing",
	"in exchange for",
	"even though",
	"knowing that",
	"knowing it",
	"accepted the",
	"accepted that",
	"accepting that",
	"options",
	"alternatives",
	"alternative",
	"pros and cons",
	"versus",
	"vs",
	"build or buy",
	"cut scope",
	"decided not to",
	"chose not to",
	"said no",
	"the cost of",
	"the price of",
	"cost us",
	"deferred",
	"postponed",
	"delayed a",
	"delayed the",
	"good enough",
	"one-way door",
	"two-way door",
]);

const AMBIGUITY = new PhraseSet([
	"ambiguous",
	"ambiguity",
	"unclear",
	"uncertain",
	"uncertainty",
	"unknown",
	"unknowns",
	"unproven",
	"nobody knew",
	"no one knew",
	"didn't know",
	"did not know",
	"no definition",
	"undefined",
	"vague",
	"no spec",
	"no requirements",
	"not clear",
	"without all",
	"incomplete",
	"open-ended",
	"open question",
	"framed",
	"reframed",
	"defined the problem",
	"define the problem",
	"problem statement",
	"what to measure",
	"nobody had asked",
	"no one had asked",
	"nobody asked",
	"wasn't sure",
	"was not sure",
	"couldn't tell",
	"could not tell",
	"hypothesis",
	"assumption",
	"assumptions",
	"figure out",
	"figured out",
	"find out",
]);

const REFLECTION = new PhraseSet([
	"in hindsight",
	"looking back",
	"i learned",
	"i learnt",
	"lesson",
	"lessons",
	"next time",
	"i would have",
	"i'd have",
	"i should have",
	"i would do",
	"i'd do",
	"do differently",
	"since then",
	"now i always",
	"i now",
	"taught me",
	"i realised",
	"i realized",
	"my mistake",
	"if i did it again",
	"what i'd change",
]);

function first(set: PhraseSet, sentences: readonly Sentence[]): string | null {
	for (const s of sentences) {
		const found = set.find(s);
		if (found !== null) return found;
	}
	return null;
}

/** Words before "X team" that name the speaker's own team, not another one. */
const OWN_TEAM = new Set(["my", "our", "the", "whole", "entire", "same", "new", "small", "core", "full", "a", "this", "that"]);
/** Words that introduce another team by name ("the ads team", "their platform team"). */
const OTHER_TEAM_LEADS = new Set(["the", "their", "another", "other", "partner", "both"]);

/** "the ads team", "their platform team", "both teams": a team other than the speaker's own, named. */
function namedOtherTeam(sentences: readonly Sentence[]): string | null {
	for (const s of sentences) {
		for (let i = 0; i + 1 < s.length; i++) {
			const lead = s[i] ?? "";
			if (!OTHER_TEAM_LEADS.has(lead)) continue;
			if (lead === "both" && s[i + 1] === "teams") return "both teams";
			const name = s[i + 1] ?? "";
			if (!OWN_TEAM.has(name) && (s[i + 2] === "team" || s[i + 2] === "teams")) return `${lead} ${name} ${s[i + 2] ?? ""}`;
		}
	}
	return null;
}

/** "five product teams", "35 teams": a count of teams. */
function countedTeams(sentences: readonly Sentence[]): string | null {
	for (const s of sentences) {
		for (let i = 0; i < s.length; i++) {
			const w = s[i] ?? "";
			const counted = COUNTS.has(w) || (/^\d+$/.test(w) && Number(w) >= 2);
			if (!counted) continue;
			for (const j of [i + 1, i + 2]) if (TEAM_NOUNS.has(s[j] ?? "")) return `${w} ${s.slice(i + 1, j + 1).join(" ")}`;
		}
	}
	return null;
}

/** The level signals of a story, from the words of all its parts; a takeaway part is a reflection on its own. */
export function levelSignals(sentences: readonly Sentence[], hasTakeaway: boolean): LevelSignals {
	return {
		scope: first(SCOPE, sentences) ?? countedTeams(sentences) ?? namedOtherTeam(sentences),
		tradeOff: first(TRADE_OFF, sentences),
		ambiguity: first(AMBIGUITY, sentences),
		reflection: hasTakeaway ? "takeaway" : first(REFLECTION, sentences),
	};
}
