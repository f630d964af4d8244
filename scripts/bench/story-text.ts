import type { Random } from "./prng";
import {
	ARTEFACTS,
	COMPETENCIES,
	DEEDS,
	DIRECT_QUESTIONS,
	GOALS,
	LESSONS,
	MARK_CLASSES,
	MARK_COLOURS,
	OPENERS,
	OUTCOMES,
	PEOPLE,
	PROBLEMS,
	SKETCH_TAILS,
	SYSTEMS,
	TITLE_VERBS,
	TOPICS,
} from "./words";

/** The text of one story, part by part, before a shape writes it out. */
export interface StoryText {
	situation: string;
	task: string;
	action: string;
	result: string;
	takeaway: string;
}

/** A question: its wording, and the phrase worth highlighting in it. */
export interface QuestionText {
	/** The question, or the part before the highlighted phrase. */
	before: string;
	/** The phrase to highlight (may be empty). */
	phrase: string;
	/** What follows the phrase (`?` or nothing). */
	after: string;
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Replaces `{n}`, `{m}` (m > n) and `{p}` with numbers. */
function figures(rng: Random, template: string): string {
	const n = rng.int(2, 40);
	return template
		.replace("{n}", String(n))
		.replace("{m}", String(n + rng.int(3, 400)))
		.replace("{p}", String(rng.int(5, 85)));
}

function sentences(rng: Random, count: number, make: () => string): string {
	const out: string[] = [];
	for (let i = 0; i < count; i++) out.push(make());
	return out.join(" ");
}

/** A story with parts of realistic length; `long` gives the five-minute kind. */
export function storyText(rng: Random, long = false): StoryText {
	const system = rng.pick(SYSTEMS);
	const scale = long ? 3 : 1;
	return {
		situation: sentences(
			rng,
			rng.int(1, 2) * scale,
			() =>
				`${cap(rng.chance(0.5) ? `the ${system}` : `our ${rng.pick(SYSTEMS)}`)} ${rng.pick(PROBLEMS)}, ` +
				`and ${rng.pick(PEOPLE)} wanted it fixed${rng.chance(0.3) ? " — soon" : ""}.`,
		),
		task: sentences(
			rng,
			rng.int(1, 2) * scale,
			() => `${rng.pick(["I had to", "My job was to", "As tech lead I set out to", "I volunteered to"])} ${rng.pick(GOALS)}.`,
		),
		action: sentences(rng, rng.int(2, 5) * scale, () => {
			const who = rng.chance(0.75) ? "I" : "We";
			const why = rng.chance(0.5)
				? ` so that we could ${rng.pick(GOALS)}`
				: rng.chance(0.5)
					? `, because the ${rng.pick(SYSTEMS)} ${rng.pick(PROBLEMS)}`
					: "";
			return (
				`${who} ${rng.pick(DEEDS)} ${rng.pick(ARTEFACTS)} and ${rng.pick(DEEDS)} ${rng.pick(ARTEFACTS)} ` +
				`with ${rng.pick(PEOPLE)}${why}.`
			);
		}),
		result: sentences(
			rng,
			rng.int(1, 2) * scale,
			() => `${cap(figures(rng, rng.pick(OUTCOMES)))}${rng.chance(0.4) ? `, and ${figures(rng, rng.pick(OUTCOMES))}` : ""}.`,
		),
		takeaway: `${cap(rng.pick(LESSONS))}${rng.chance(0.4) ? `; next time I would ${rng.pick(GOALS)} sooner` : ""}.`,
	};
}

/** An interview question; about half use a highlightable phrase from their topic. */
export function questionText(rng: Random): QuestionText {
	if (rng.chance(0.25)) return { before: rng.pick(DIRECT_QUESTIONS), phrase: "", after: "" };
	const opener = rng.pick(OPENERS);
	const words = rng.pick(TOPICS).split(" ");
	const cut = rng.int(0, Math.max(0, words.length - 2));
	const asks = rng.chance(0.6) ? "?" : "";
	return { before: `${opener} ${words.slice(0, cut).join(" ")}${cut > 0 ? " " : ""}`, phrase: words.slice(cut).join(" "), after: asks };
}

/** A question as plain text. */
export function plainQuestion(q: QuestionText): string {
	return `${q.before}${q.phrase}${q.after}`;
}

/** A question with its phrase in Highlightr's inline-style mark (or a class mark, or `==…==`). */
export function markedQuestion(rng: Random, q: QuestionText, syntax: "style" | "class" | "equals" = "style"): string {
	if (q.phrase === "") return q.before;
	const open =
		syntax === "style"
			? `<mark style="background: ${rng.pick(MARK_COLOURS)};">`
			: syntax === "class"
				? `<mark class="${rng.pick(MARK_CLASSES)}">`
				: "==";
	const close = syntax === "equals" ? "==" : "</mark>";
	return `${q.before}${open}${q.phrase}${close}${q.after}`;
}

/** A story title ("Rescued the billing export"). */
export function storyTitle(rng: Random): string {
	return `${rng.pick(TITLE_VERBS)} the ${rng.pick(SYSTEMS)}`;
}

/** A sketch: a short title with no parts ("checkout page + burnout"). */
export function sketchTitle(rng: Random): string {
	return `${rng.pick(SYSTEMS)} ${rng.pick(["+", "vs", "and"])} ${rng.pick(SKETCH_TAILS)}`;
}

/** A competency tag line such as `#competency/ownership`. */
export function competencyTag(rng: Random): string {
	return `#competency/${rng.pick(COMPETENCIES).id}`;
}
