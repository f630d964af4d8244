import type { Highlight } from "../types";
import { CompetencyInference, type InferableStory } from "./competency-inference";
import { applyCorrection, type StoryCorrection } from "./corrections";
import { toCompetencyId } from "./custom-set";
import { matchKind, type Competency, type CompetencyMatch, type CompetencySet } from "./types";

/** What the matcher reads from a question. */
export interface MatchableQuestion {
	text: string;
	alternates: readonly string[];
	highlights: readonly Pick<Highlight, "text" | "colorName">[];
	tags: readonly string[];
}

/** What the matcher reads from a story. */
export interface MatchableStory extends InferableStory {
	tags: readonly string[];
}

/** Options beyond the set: the user's highlight colour → competency mapping. */
export interface MatcherOptions {
	colours?: Readonly<Record<string, string>>;
}

interface StoryMemo {
	questions: readonly MatchableQuestion[];
	note: readonly string[];
	correction: Pick<StoryCorrection, "verdicts"> | undefined;
	result: CompetencyMatch[];
}

const TAG_PREFIX = "competency/";

/** The competency ids a list of tags names (`competency/conflict` → `conflict`), as written. */
export function competencyTags(tags: readonly string[]): string[] {
	const out: string[] = [];
	for (const tag of tags) {
		const t = tag.replace(/^#/, "").toLowerCase();
		if (t.startsWith(TAG_PREFIX)) out.push(t.slice(TAG_PREFIX.length).split("/")[0] ?? "");
	}
	return out.filter((id) => id !== "");
}

/**
 * Decides which competencies a question or story is evidence for. The user's
 * correction beats everything; then the first kind of signal that names a
 * competency of the set wins, in this order: `#competency/<id>` tags on the
 * story or its questions; the note's `competencies` frontmatter; a highlight
 * colour the user mapped; then everything the user wrote, weighed together
 * (see `CompetencyInference`). Ids, names and other sets' ids all resolve.
 */
export class CompetencyMatcher {
	readonly set: CompetencySet;
	private readonly byId = new Map<string, Competency>();
	private readonly lookupIds = new Map<string, string[]>();
	private readonly colours: Map<string, string[]>;
	private readonly inference: CompetencyInference;
	// Index entries are replaced, never mutated, when their note changes: identity is a safe cache key.
	private readonly storyMemo = new WeakMap<object, StoryMemo>();

	constructor(set: CompetencySet, options: MatcherOptions = {}, inference?: CompetencyInference) {
		this.set = set;
		this.inference = inference?.set === set ? inference : new CompetencyInference(set);
		for (const c of set.competencies) this.byId.set(c.id, c);
		// Lookups in priority order: an id, then a name written out, then an alias from another set.
		for (const c of set.competencies) this.addLookup(c.id, c.id);
		for (const c of set.competencies) this.addLookup(toCompetencyId(c.name), c.id);
		for (const c of set.competencies) for (const alias of c.aliases ?? []) this.addLookup(alias, c.id);
		this.colours = new Map(Object.entries(options.colours ?? {}).map(([colour, id]) => [colour.toLowerCase(), this.resolve(id)]));
	}

	/** The same set with another colour mapping; the inference caches are shared, so nothing is recomputed. */
	withOptions(options: MatcherOptions): CompetencyMatcher {
		return new CompetencyMatcher(this.set, options, this.inference);
	}

	/** A competency of the set by id. */
	competency(id: string): Competency | undefined {
		return this.byId.get(id);
	}

	/** The set's competency ids that an id, a name or another set's id stands for; empty when none. */
	resolve(value: string): string[] {
		const key = toCompetencyId(value);
		if (this.byId.has(key)) return [key];
		return this.lookupIds.get(key) ?? [];
	}

	/** The competencies a question asks about, strongest first. */
	matchQuestion(question: MatchableQuestion, noteCompetencies: readonly string[] = []): CompetencyMatch[] {
		return (
			this.explicit(competencyTags(question.tags), "tag") ??
			this.explicit(noteCompetencies, "frontmatter") ??
			this.byColour([question]) ??
			this.inference.question(question)
		);
	}

	/**
	 * The competencies a story is evidence for, from itself, its questions and
	 * its note, strongest first; with the user's correction applied (confirmed
	 * or added ones lead as `corrected`, removed ones go).
	 */
	matchStory(
		story: MatchableStory,
		questions: readonly MatchableQuestion[],
		noteCompetencies: readonly string[] = [],
		correction?: Pick<StoryCorrection, "verdicts">,
	): CompetencyMatch[] {
		const memo = this.storyMemo.get(story);
		if (memo && memo.note === noteCompetencies && memo.correction === correction && sameItems(memo.questions, questions))
			return memo.result;
		const result = this.corrected(this.computeStory(story, questions, noteCompetencies), correction);
		this.storyMemo.set(story, { questions: [...questions], note: noteCompetencies, correction, result });
		return result;
	}

	/** Competencies inferred from free text alone (a question that lives outside the vault). */
	matchText(text: string): CompetencyMatch[] {
		return this.inference.question({ text, alternates: [], highlights: [] });
	}

	private computeStory(
		story: MatchableStory,
		questions: readonly MatchableQuestion[],
		noteCompetencies: readonly string[],
	): CompetencyMatch[] {
		const tags = [...competencyTags(story.tags), ...questions.flatMap((q) => competencyTags(q.tags))];
		const explicit = this.explicit(tags, "tag") ?? this.explicit(noteCompetencies, "frontmatter") ?? this.byColour(questions);
		return explicit ?? this.inference.story(story, questions);
	}

	private corrected(matches: CompetencyMatch[], correction: Pick<StoryCorrection, "verdicts"> | undefined): CompetencyMatch[] {
		if (!correction) return matches;
		const verdicts: Record<string, "confirmed" | "removed"> = {};
		for (const [raw, verdict] of Object.entries(correction.verdicts)) for (const id of this.resolve(raw)) verdicts[id] = verdict;
		const candidates = matches.map((match) => ({ id: match.competencyId, source: matchKind(match.source), match }));
		return applyCorrection(candidates, { verdicts }, (id) => ({
			id,
			source: "corrected" as const,
			match: { competencyId: id, source: "corrected" as const, score: 1, evidence: [] as string[] },
		})).map((c) => (c.source === "corrected" ? { ...c.match, source: "corrected" as const, score: 1 } : c.match));
	}

	private explicit(values: readonly string[], source: "tag" | "frontmatter"): CompetencyMatch[] | null {
		const ids = new Set(values.flatMap((v) => this.resolve(v)));
		return ids.size > 0
			? this.inference.sorted([...ids].map((competencyId) => ({ competencyId, source, score: 1, evidence: [] })))
			: null;
	}

	private byColour(questions: readonly MatchableQuestion[]): CompetencyMatch[] | null {
		if (this.colours.size === 0) return null;
		const ids = new Set<string>();
		for (const q of questions) for (const h of q.highlights) for (const id of this.colours.get(h.colorName ?? "") ?? []) ids.add(id);
		return ids.size > 0
			? this.inference.sorted([...ids].map((competencyId) => ({ competencyId, source: "colour" as const, score: 1, evidence: [] })))
			: null;
	}

	private addLookup(key: string, id: string): void {
		const list = this.lookupIds.get(key) ?? [];
		if (!list.includes(id)) this.lookupIds.set(key, [...list, id]);
	}
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}
