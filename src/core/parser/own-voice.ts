import type { Sentence } from "./story-words";

/**
 * Whether the speaker's own decisions or actions can be seen in a story's
 * action: a sentence where "I" does something ("I chose Postgres", "the call
 * I made"), a decision owned as "my proposal", or a telegraphic note that
 * leaves the "I" out and starts with what was done ("Froze deploys. Rolled
 * back the config."). "I helped" or "I was involved" is not enough: they hide
 * what the speaker did.
 */
export function ownActionVisible(action: readonly Sentence[]): boolean {
	return action.some((s) => firstPersonAction(s) || telegraphicAction(s) || ownedDecision(s));
}

/** Verbs that say the speaker was there without saying what they did. */
const WEAK_VERBS = new Set([
	"helped",
	"help",
	"supported",
	"assisted",
	"participated",
	"contributed",
	"was",
	"were",
	"am",
	"had",
	"joined",
	"attended",
	"observed",
	"watched",
	"needed",
	"wanted",
	"felt",
	"think",
	"thought",
	"guess",
	"believe",
]);
/** Words between "I" and its verb that do not change who acts ("I also wrote", "I then chose"). */
const ADVERBS = new Set([
	"also",
	"then",
	"first",
	"finally",
	"quickly",
	"personally",
	"still",
	"just",
	"eventually",
	"immediately",
	"later",
	"instead",
	"even",
	"only",
	"deliberately",
	"carefully",
	"myself",
]);
const I_FORMS = new Set(["i", "i'd", "i've", "i'll", "i'm"]);
/** Nouns that make "my …" a decision the speaker owned. */
const DECISION_NOUNS = new Set(["proposal", "call", "decision", "recommendation", "design", "plan", "idea", "rfc", "suggestion", "choice"]);
/** Past tenses that do not end in -ed, for notes that leave the "I" out. */
const IRREGULAR_PAST = new Set(
	(
		"wrote rewrote ran chose built rebuilt made took led set put got found gave kept split cut sent met held brought " +
		"bought sat began drove dug drew fought flew forgot grew hid knew laid left let lost paid quit read rode sold " +
		"shot shut slept spent spoke stood struck swept taught told threw understood won undid overrode saw did shipped " +
		"stopped dropped"
	).split(" "),
);
/** Words ending in -ed that open a sentence without being the speaker's action. */
const NOT_ACTIONS = new Set([
	"based",
	"compared",
	"related",
	"combined",
	"used",
	"needed",
	"red",
	"bed",
	"shed",
	"seed",
	"feed",
	"speed",
	"need",
]);

function firstPersonAction(words: Sentence): boolean {
	for (let i = 0; i < words.length; i++) {
		if (!I_FORMS.has(words[i] ?? "")) continue;
		let j = i + 1;
		while (j < words.length && ADVERBS.has(words[j] ?? "")) j++;
		const verb = words[j];
		if (verb !== undefined && !WEAK_VERBS.has(verb) && verb !== "and") return true;
	}
	return false;
}

/** A sentence that starts with a past-tense verb: the speaker, left out ("Profiled the calls"). */
function telegraphicAction(words: Sentence): boolean {
	const first = words[0] ?? "";
	if (WEAK_VERBS.has(first) || NOT_ACTIONS.has(first)) return false;
	return IRREGULAR_PAST.has(first) || (first.length > 4 && first.endsWith("ed"));
}

function ownedDecision(words: Sentence): boolean {
	for (let i = 0; i + 1 < words.length; i++) if (words[i] === "my" && DECISION_NOUNS.has(words[i + 1] ?? "")) return true;
	return false;
}
