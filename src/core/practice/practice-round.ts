import { plural } from "../display-text";
import { hashString } from "../parser/ids";

/** The three-point scale a panel rates an answer on: below, at or above the bar for the level it hires for. */
export const RATINGS = ["below", "at", "above"] as const;

/** How an answer compared with the bar: below it, at it, above it. */
export type Rating = (typeof RATINGS)[number];

/** One rated practice round, as stored in the plugin's data. */
export interface PracticeRound {
	/** Unique id of the round. */
	id: string;
	/** Id of the question practised (a vault question id, or a built-in `bank-…` id). */
	questionId: string;
	/** The question as it was asked, so history reads well after the note changes. */
	questionText: string;
	/** Competency the round was for, when known. */
	competencyId: string | null;
	/** Where the question came from. */
	source: "vault" | "builtin";
	/** Stories the user opened or used while answering. */
	storyIds: string[];
	rating: Rating;
	/** Optional one-line note the user wrote after rating. */
	note: string;
	/** Seconds from the start of the answer to the rating. */
	seconds: number;
	/** When the round was rated (ISO 8601). */
	practisedAt: string;
	/** The answer's target length at the time, in seconds (rounds saved before it was recorded have none). */
	targetSeconds?: number;
	/** The follow-up probe the round asked, if the user asked for one. */
	probe?: string;
	/** Vault path of the round's recorded answer, if the user recorded one (rounds from before recording have none). */
	recording?: string;
	/**
	 * Bumped each time the round is saved again (re-rated, a note added): of two
	 * copies of one round (two devices, a sync), the higher revision wins. Rounds
	 * stored before it existed read as revision 1.
	 */
	revision?: number;
	/** When this revision was saved (ISO 8601): breaks a tie between equal revisions. Defaults to `practisedAt`. */
	updatedAt?: string;
}

/** Stored practice history: readable rounds, plus anything unreadable kept as it was. */
export interface PracticeHistory {
	rounds: PracticeRound[];
	/** Entries that did not read as rounds. Kept and written back untouched, never dropped. */
	unreadable: unknown[];
	/** When the user last cleared the history (ISO 8601): rounds before it are not brought back from a backup. */
	clearedAt?: string;
}

const str = (v: unknown): v is string => typeof v === "string";

/** Reads one stored round, or `null` when it is not one. */
export function readRound(raw: unknown): PracticeRound | null {
	if (typeof raw !== "object" || raw === null) return null;
	const r = raw as Record<string, unknown>;
	if (!str(r.id) || !str(r.questionId) || !str(r.practisedAt) || Number.isNaN(Date.parse(r.practisedAt))) return null;
	if (!RATINGS.includes(r.rating as Rating)) return null;
	return {
		id: r.id,
		questionId: r.questionId,
		questionText: str(r.questionText) ? r.questionText : "",
		competencyId: str(r.competencyId) ? r.competencyId : null,
		source: r.source === "builtin" ? "builtin" : "vault",
		storyIds: Array.isArray(r.storyIds) ? r.storyIds.filter(str) : [],
		rating: r.rating as Rating,
		note: str(r.note) ? r.note : "",
		seconds: typeof r.seconds === "number" && Number.isFinite(r.seconds) && r.seconds >= 0 ? r.seconds : 0,
		practisedAt: r.practisedAt,
		...(typeof r.targetSeconds === "number" && Number.isFinite(r.targetSeconds) && r.targetSeconds > 0
			? { targetSeconds: r.targetSeconds }
			: {}),
		...(str(r.probe) && r.probe !== "" ? { probe: r.probe } : {}),
		...(str(r.recording) && r.recording !== "" ? { recording: r.recording } : {}),
		revision: typeof r.revision === "number" && Number.isInteger(r.revision) && r.revision >= 1 ? r.revision : 1,
		updatedAt: str(r.updatedAt) && !Number.isNaN(Date.parse(r.updatedAt)) ? r.updatedAt : r.practisedAt,
	};
}

/** The round as saved again at `now`: one revision past the copy it replaces. */
export function reviseRound(round: PracticeRound, previous: PracticeRound | undefined, now: Date): PracticeRound {
	const revision = Math.max(round.revision ?? 1, (previous?.revision ?? 0) + 1);
	return { ...round, revision, updatedAt: now.toISOString() };
}

/**
 * Reads stored history: every round that reads, the rest kept as it was.
 * Only entries found unreadable now are reported; those already kept under
 * `unreadable` were reported when they were first set aside.
 */
export function readHistory(raw: unknown): { history: PracticeHistory; warnings: string[]; newlyUnreadable: number; changed: boolean } {
	const warnings: string[] = [];
	const history: PracticeHistory = { rounds: [], unreadable: [] };
	if (raw === undefined || raw === null) return { history, warnings, newlyUnreadable: 0, changed: false };
	const source = typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : { rounds: raw };
	const rounds = source.rounds;
	if (rounds !== undefined && !Array.isArray(rounds)) {
		history.unreadable.push(rounds);
		warnings.push("The stored practice history was not a list; it is kept aside unchanged.");
		return { history, warnings, newlyUnreadable: 1, changed: false };
	}
	const read: PracticeRound[] = [];
	for (const entry of rounds ?? []) {
		const round = readRound(entry);
		if (round) read.push(round);
		else history.unreadable.push(entry);
	}
	const bad = history.unreadable.length;
	if (bad > 0)
		warnings.push(`${plural(bad, "practice entry", "practice entries")} could not be read; kept unchanged in the plugin's data.`);
	if (Array.isArray(source.unreadable)) history.unreadable.push(...(source.unreadable as unknown[]));
	if (str(source.clearedAt) && !Number.isNaN(Date.parse(source.clearedAt))) history.clearedAt = source.clearedAt;
	const joined = joinRounds(read);
	history.rounds = joined.rounds;
	warnings.push(...joined.warnings);
	return { history, warnings, newlyUnreadable: bad, changed: joined.merged + joined.renamed > 0 };
}

/**
 * Joins two histories (ours and a copy a sync tool brought in): every round
 * of either, once, by id, in date order. Two copies of one round merge by
 * revision (see `joinRounds`), never by which side came first.
 */
export function mergeHistories(a: PracticeHistory, b: PracticeHistory): PracticeHistory {
	const unreadable = [...a.unreadable];
	const known = new Set(a.unreadable.map((u) => JSON.stringify(u)));
	for (const u of b.unreadable) if (!known.has(JSON.stringify(u))) unreadable.push(u);
	const merged: PracticeHistory = { rounds: joinRounds([...a.rounds, ...b.rounds]).rounds, unreadable };
	const clearedAt = [a.clearedAt, b.clearedAt].filter(str).sort().pop();
	if (clearedAt !== undefined) merged.clearedAt = clearedAt;
	return merged;
}

/** What joining rounds did: the rounds in date order, and how many same-id copies were merged or kept under a new id. */
export interface JoinedRounds {
	rounds: PracticeRound[];
	/** Copies of a round replaced by a newer revision of it (or identical to it). */
	merged: number;
	/** Different rounds that shared an id at the same revision: both kept, the second under a derived id. */
	renamed: number;
	/** One sentence per kind of join, for the notice; none when only identical copies met. */
	warnings: string[];
}

/** A round as text with its keys sorted, so two equal copies give equal text whatever order their keys were set in. */
function canonicalText(round: PracticeRound): string {
	return JSON.stringify(Object.fromEntries(Object.entries(round).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/**
 * One round per id. Two copies of an id: identical ones are one; else the
 * higher revision wins, then the later `updatedAt`. Two different rounds that
 * tie on both are both kept: the one whose text sorts first keeps the id, the
 * other gets the id plus a hash of its content, so two devices resolving the
 * same clash reach the same ids.
 */
export function joinRounds(list: readonly PracticeRound[]): JoinedRounds {
	const byId = new Map<string, PracticeRound>();
	let merged = 0;
	let superseded = 0;
	let renamed = 0;
	const add = (round: PracticeRound): void => {
		const held = byId.get(round.id);
		if (!held) {
			byId.set(round.id, round);
			return;
		}
		merged++;
		const order = compareRevisions(held, round);
		if (order !== 0) {
			superseded++;
			if (order < 0) byId.set(round.id, round);
			return;
		}
		// Compared key by key in one order: a copy read back from data.json lists its keys in another order than the one in memory.
		const [heldText, roundText] = [canonicalText(held), canonicalText(round)];
		if (heldText === roundText) return;
		merged--;
		renamed++;
		const [keeper, other, otherText] = heldText < roundText ? [held, round, roundText] : [round, held, heldText];
		byId.set(keeper.id, keeper);
		add({ ...other, id: `${other.id}-${hashString(otherText)}` });
	};
	for (const round of list) add(round);
	const warnings: string[] = [];
	if (superseded > 0)
		warnings.push(
			`${plural(superseded, "practice round was", "practice rounds were")} stored twice; the newer revision of each is kept.`,
		);
	if (renamed > 0)
		warnings.push(`${plural(renamed, "practice round shared", "practice rounds shared")} an id with another round; both are kept.`);
	const rounds = [...byId.values()].sort((x, y) => x.practisedAt.localeCompare(y.practisedAt) || x.id.localeCompare(y.id));
	return { rounds, merged, renamed, warnings };
}

/** Positive when `a` is the newer copy of a round, negative when `b` is, 0 when neither. */
function compareRevisions(a: PracticeRound, b: PracticeRound): number {
	const byRevision = (a.revision ?? 1) - (b.revision ?? 1);
	if (byRevision !== 0) return byRevision;
	return Date.parse(a.updatedAt ?? a.practisedAt) - Date.parse(b.updatedAt ?? b.practisedAt);
}
