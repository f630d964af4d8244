/** Openings that frame a question rather than name its subject, stripped one after another. */
const FRAMES: readonly RegExp[] = [
	new RegExp(
		"^(?:tell (?:me|us) about|describe|share|recall|name|talk (?:me |us )?(?:about|through)|walk (?:me |us )?through" +
			"|give (?:me |us )?(?:an? )?(?:example|instance) of)\\s+",
		"i",
	),
	/^(?:what|which|how|why|when|where|who)\s+(?:is|was|are|were|do|did|does|have|has|would|could|should|can|will)\s+/i,
	/^(?:have|did) you (?:ever\s+)?/i,
	/^(?:an?|the|your|some)\s+/i,
	/^(?:times?|situation|occasion|moment|instance|example|period)\s+(?:(?:when|where|that|in which|of)\s+)?/i,
	/^you\s+/i,
	/^(?:had|have|were|was) to\s+/i,
];

/** Words a key phrase should not end on. */
const TRAILING = /(?<!\s)\s+(?:a|an|the|of|to|with|about|and|or|for|in|on|at|your|my|their|our|that|who)$/i;

const MAX_WORDS = 6;

/**
 * The part of a question worth highlighting: what it is about, without the
 * framing ("Tell me about a time you disagreed with your manager. How…" →
 * "disagreed with your manager"). At most six words, as written in the
 * question; `null` when nothing is left.
 */
export function keyPhraseOf(question: string): string | null {
	let start = question.length - question.trimStart().length;
	for (let round = 0; round < FRAMES.length * 2; round++) {
		const rest = question.slice(start);
		const frame = FRAMES.find((f) => f.test(rest));
		const m = frame?.exec(rest);
		if (!m || m[0].length === 0) break;
		start += m[0].length;
	}
	let phrase = question.slice(start);
	if (FRAMES.some((f) => f.test(`${phrase.trim()} `) && `${phrase.trim()} `.replace(f, "") === "")) return null;
	phrase = phrase.split(/[.?!;:,(？。]|\s[—–-]\s/)[0] ?? "";
	// "the riskiest project you have led" → "the riskiest project": the relative clause is framing too.
	const relative = /\s(?:you|that you|which you|and how|how)\s/i.exec(phrase);
	if (relative && phrase.slice(0, relative.index).trim().split(/\s+/).length >= 2) phrase = phrase.slice(0, relative.index);
	const words = phrase
		.trim()
		.split(/\s+/)
		.filter((w) => w !== "");
	phrase = words.slice(0, MAX_WORDS).join(" ");
	while (TRAILING.test(phrase)) phrase = phrase.replace(TRAILING, "");
	phrase = phrase.trim();
	if (phrase === "" || !/[\p{L}\p{N}]/u.test(phrase)) return null;
	// Joining words with single spaces could change the text; only a phrase found as written can be highlighted.
	return question.includes(phrase) ? phrase : null;
}
