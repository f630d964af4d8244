import { differenceInCalendarDays, startOfDay, subDays } from "date-fns";
import type { PracticeRound, Rating } from "./practice-round";
import type { PracticeCompetency } from "./competency-lookup";

/** One round as the history shows it. */
export interface HistoryEntry {
	round: PracticeRound;
	/** The question is no longer in the notes or the bank; its rounds are kept and shown as removed. */
	removed: boolean;
}

/** Rounds of one competency. */
export interface CompetencyHistory {
	/** `null` for rounds whose question had no competency. */
	competencyId: string | null;
	name: string;
	rounds: number;
	ratings: Record<Rating, number>;
	last: PracticeRound;
}

/** Everything "Show practice history" shows. */
export interface HistoryStats {
	total: number;
	/** Days in a row with at least one round, up to today (a streak stays alive until a day is missed). */
	streak: number;
	longestStreak: number;
	practisedToday: boolean;
	/** In the order of the chosen set, then competencies of other sets, then rounds without one. */
	byCompetency: CompetencyHistory[];
	/** The latest answer to each question practised recently, when it was below or at the bar; weakest first. */
	weakest: HistoryEntry[];
	/** The latest rounds, newest first. */
	recent: HistoryEntry[];
}

/** What the history needs besides the rounds. */
export interface HistoryContext {
	now: Date;
	competencies: readonly PracticeCompetency[];
	/** False for a question that is no longer in the notes or the bank. */
	questionExists: (questionId: string) => boolean;
	/** How far back "recent" reaches for weakest answers, in days. Default 30. */
	recentDays?: number;
	/** How many weakest answers and recent rounds to list. Defaults 5 and 20. */
	weakestLimit?: number;
	recentLimit?: number;
}

const RATING_ORDER: Readonly<Record<Rating, number>> = { below: 0, at: 1, above: 2 };

/** The statistics of a practice history: per competency, the streak, the weakest recent answers. */
export function historyStats(rounds: readonly PracticeRound[], context: HistoryContext): HistoryStats {
	const sorted = [...rounds].sort((a, b) => b.practisedAt.localeCompare(a.practisedAt));
	const entry = (round: PracticeRound): HistoryEntry => ({ round, removed: !context.questionExists(round.questionId) });
	const { streak, longest, today } = streaks(sorted, context.now);
	return {
		total: sorted.length,
		streak,
		longestStreak: longest,
		practisedToday: today,
		byCompetency: byCompetency(sorted, context.competencies),
		weakest: weakest(sorted, context).map(entry),
		recent: sorted.slice(0, context.recentLimit ?? 20).map(entry),
	};
}

/** A competency id from another set, readable: `riskiest-project` → "Riskiest project". */
export function competencyLabel(id: string, competencies: readonly PracticeCompetency[]): string {
	const known = competencies.find((c) => c.id === id);
	if (known) return known.name;
	const words = id.replace(/[-_]+/g, " ").trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function byCompetency(newestFirst: readonly PracticeRound[], competencies: readonly PracticeCompetency[]): CompetencyHistory[] {
	const groups = new Map<string | null, CompetencyHistory>();
	for (const round of newestFirst) {
		const id = round.competencyId;
		let group = groups.get(id);
		if (!group) {
			group = {
				competencyId: id,
				name: id === null ? "No competency" : competencyLabel(id, competencies),
				rounds: 0,
				ratings: { below: 0, at: 0, above: 0 },
				last: round,
			};
			groups.set(id, group);
		}
		group.rounds++;
		group.ratings[round.rating]++;
	}
	const order = new Map(competencies.map((c, i) => [c.id, i]));
	const rank = (g: CompetencyHistory): number =>
		g.competencyId === null ? Infinity : (order.get(g.competencyId) ?? competencies.length);
	return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

function weakest(newestFirst: readonly PracticeRound[], context: HistoryContext): PracticeRound[] {
	const since = startOfDay(subDays(context.now, context.recentDays ?? 30)).toISOString();
	const latest = new Map<string, PracticeRound>();
	for (const round of newestFirst) {
		if (round.practisedAt < since) break;
		if (!latest.has(round.questionId)) latest.set(round.questionId, round);
	}
	return [...latest.values()]
		.filter((r) => r.rating !== "above")
		.sort((a, b) => RATING_ORDER[a.rating] - RATING_ORDER[b.rating] || b.practisedAt.localeCompare(a.practisedAt))
		.slice(0, context.weakestLimit ?? 5);
}

function streaks(newestFirst: readonly PracticeRound[], now: Date): { streak: number; longest: number; today: boolean } {
	const days = [...new Set(newestFirst.map((r) => differenceInCalendarDays(now, new Date(r.practisedAt))))]
		.filter((d) => d >= 0)
		.sort((a, b) => a - b);
	let longest = 0;
	let run = 0;
	let previous: number | null = null;
	for (const day of days) {
		run = previous !== null && day === previous + 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = day;
	}
	let streak = 0;
	const first = days[0];
	if (first !== undefined && first <= 1) {
		streak = 1;
		for (let i = 1; i < days.length && days[i] === (days[i - 1] ?? 0) + 1; i++) streak++;
	}
	return { streak, longest, today: first === 0 };
}
