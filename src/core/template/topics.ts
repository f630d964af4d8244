import { ownValue } from "../own-key";
import { keyPhraseOf } from "./key-phrase";
import type { StoryTopic } from "./types";

/** One line of the picker: a topic, what to show, and where it comes from. */
export interface TopicChoice {
	topic: StoryTopic;
	/** The question (or competency) as shown. */
	title: string;
	/** Where it comes from, shown under the title. */
	detail: string;
	/** A question of the user's with no story yet. */
	unanswered: boolean;
	/** Order when nothing is typed: unanswered questions, the bank, competencies, then the user's answered questions. */
	group: number;
}

/** A question from the user's notes, as the picker needs it. */
export interface VaultQuestionSource {
	id: string;
	text: string;
	highlights: readonly { text: string; colorName: string | null }[];
	tags: readonly string[];
	path: string;
	/** True when it has a story with parts written, or a free-form answer. */
	answered: boolean;
	/**
	 * The competency the user recorded for it (tag, properties, mapped colour), when the shell knows;
	 * else read from its tags and colour here.
	 */
	competencyId?: string | null;
}

/** A question of the built-in bank: its text and the competencies it practises, most fitting first. */
export interface BankQuestionSource {
	id: string;
	text: string;
	competencies: readonly string[];
}

/** A competency of the chosen set. */
export interface CompetencySource {
	id: string;
	name: string;
}

/** Everything the picker offers, before anything is typed. */
export interface TopicSources {
	vault: readonly VaultQuestionSource[];
	bank: readonly BankQuestionSource[];
	competencies: readonly CompetencySource[];
	/** Highlight colour name → competency id, from the settings. */
	colourToCompetency: Readonly<Record<string, string>>;
}

const GROUP_UNANSWERED = 0;
const GROUP_BANK = 1;
const GROUP_COMPETENCY = 2;
/** Group of the user's answered questions; text typed in the picker comes after it. */
export const GROUP_ANSWERED = 3;

/**
 * The picker's choices: the user's questions (unanswered ones first and
 * marked), the bank's questions the user has not written down already, and
 * the competencies of the chosen set.
 */
export function topicChoices(sources: TopicSources): TopicChoice[] {
	const names = new Map(sources.competencies.map((c) => [c.id, c.name]));
	const choices: TopicChoice[] = [];
	const seenIds = new Set<string>();
	const seenTexts = new Set<string>();
	for (const q of sources.vault) {
		if (seenIds.has(q.id)) continue;
		seenIds.add(q.id);
		seenTexts.add(normalise(q.text));
		const topic = vaultTopic(q, names, sources.colourToCompetency);
		choices.push({
			topic,
			title: q.text,
			detail: [q.answered ? "Your question" : "Your question, no story yet", q.path, topic.competencyName]
				.filter(Boolean)
				.join(" · "),
			unanswered: !q.answered,
			group: q.answered ? GROUP_ANSWERED : GROUP_UNANSWERED,
		});
	}
	for (const b of sources.bank) {
		if (seenTexts.has(normalise(b.text))) continue;
		const topic = bankTopic(b, names);
		choices.push({
			topic,
			title: b.text,
			detail: ["Question bank", topic.competencyName].filter(Boolean).join(" · "),
			unanswered: false,
			group: GROUP_BANK,
		});
	}
	for (const c of sources.competencies) {
		choices.push({
			topic: competencyTopic(c, sources.bank),
			title: c.name,
			detail: "Competency",
			unanswered: false,
			group: GROUP_COMPETENCY,
		});
	}
	return choices;
}

/** A topic from one of the user's questions: its own highlight and colour, and the competency its tag or colour names. */
export function vaultTopic(
	q: VaultQuestionSource,
	names: ReadonlyMap<string, string>,
	colourToCompetency: Readonly<Record<string, string>>,
): StoryTopic {
	const highlight = q.highlights.find((h) => q.text.toLowerCase().includes(h.text.toLowerCase()));
	const tagged = q.tags.find((t) => t.toLowerCase().startsWith("competency/"))?.slice("competency/".length) ?? null;
	const byColour = highlight?.colorName ? (ownValue(colourToCompetency, highlight.colorName.toLowerCase()) ?? null) : null;
	const competencyId = q.competencyId !== undefined ? q.competencyId : (tagged ?? byColour);
	return {
		kind: "vault",
		question: q.text,
		keyPhrase: highlight?.text ?? keyPhraseOf(q.text),
		colourName: highlight?.colorName ?? null,
		competencyId,
		competencyName: competencyId ? (names.get(competencyId) ?? competencyId) : null,
	};
}

/** A topic from a bank question: the first of its competencies the chosen set has. */
export function bankTopic(b: BankQuestionSource, names: ReadonlyMap<string, string>): StoryTopic {
	const competencyId = b.competencies.find((id) => names.has(id)) ?? null;
	return {
		kind: "bank",
		question: b.text,
		keyPhrase: keyPhraseOf(b.text),
		colourName: null,
		competencyId,
		competencyName: competencyId ? (names.get(competencyId) ?? competencyId) : null,
	};
}

/**
 * A topic for a competency: the bank question that fits it best (the one
 * listing it first, else any listing it), else a question built from its name.
 */
export function competencyTopic(c: CompetencySource, bank: readonly BankQuestionSource[]): StoryTopic {
	const best = bank.find((b) => b.competencies[0] === c.id) ?? bank.find((b) => b.competencies.includes(c.id));
	const name = c.name.trim();
	const question = best ? best.text : `Tell me about a time you showed ${lowerFirst(name)}`;
	return {
		kind: "competency",
		question,
		keyPhrase: best ? keyPhraseOf(best.text) : lowerFirst(name),
		colourName: null,
		competencyId: c.id,
		competencyName: name,
	};
}

/** A topic from text typed in the picker: used as written, never highlighted. */
export function freeTopic(text: string): StoryTopic {
	return {
		kind: "free",
		question: text.replace(/\s+/g, " ").trim(),
		keyPhrase: null,
		colourName: null,
		competencyId: null,
		competencyName: null,
	};
}

/** Text compared without case, punctuation or spacing. */
export function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

function lowerFirst(name: string): string {
	// "Customer obsession" → "customer obsession"; an acronym ("STAR", "IC6") keeps its capitals.
	return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
}
