import { plural } from "../display-text";

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
}

/** Stored practice history: readable rounds, plus anything unreadable kept as it was. */
export interface PracticeHistory {
	rounds: PracticeRound[];
	/** Entries that did not read as rounds. Kept and written back untouched, never dropped. */
	unreadable: unknown[];
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
	};
}

/**
 * Reads stored history: every round that reads, the rest kept as it was.
 * Only entries found unreadable now are reported; those already kept under
 * `unreadable` were reported when they were first set aside.
 */
export function readHistory(raw: unknown): { history: PracticeHistory; warnings: string[]; newlyUnreadable: number } {
	const warnings: string[] = [];
	const history: PracticeHistory = { rounds: [], unreadable: [] };
	if (raw === undefined || raw === null) return { history, warnings, newlyUnreadable: 0 };
	const source = typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : { rounds: raw };
	const rounds = source.rounds;
	if (rounds !== undefined && !Array.isArray(rounds)) {
		history.unreadable.push(rounds);
		warnings.push("The stored practice history was not a list; it is kept aside unchanged.");
		return { history, warnings, newlyUnreadable: 1 };
	}
	const seen = new Set<string>();
	for (const entry of rounds ?? []) {
		const round = readRound(entry);
		if (round && !seen.has(round.id)) {
			seen.add(round.id);
			history.rounds.push(round);
		} else if (!round) {
			history.unreadable.push(entry);
		}
	}
	const bad = history.unreadable.length;
	if (bad > 0)
		warnings.push(`${plural(bad, "practice entry", "practice entries")} could not be read; kept unchanged in the plugin's data.`);
	if (Array.isArray(source.unreadable)) history.unreadable.push(...(source.unreadable as unknown[]));
	history.rounds.sort((a, b) => a.practisedAt.localeCompare(b.practisedAt));
	return { history, warnings, newlyUnreadable: bad };
}

/**
 * Joins two histories (ours and a copy a sync tool brought in): every round
 * of either, once, by id, in date order. Nothing from either side is lost.
 */
export function mergeHistories(a: PracticeHistory, b: PracticeHistory): PracticeHistory {
	const byId = new Map<string, PracticeRound>();
	for (const round of [...a.rounds, ...b.rounds]) if (!byId.has(round.id)) byId.set(round.id, round);
	const unreadable = [...a.unreadable];
	const known = new Set(a.unreadable.map((u) => JSON.stringify(u)));
	for (const u of b.unreadable) if (!known.has(JSON.stringify(u))) unreadable.push(u);
	return { rounds: [...byId.values()].sort((x, y) => x.practisedAt.localeCompare(y.practisedAt)), unreadable };
}
