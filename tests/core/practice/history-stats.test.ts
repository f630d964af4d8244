import { historyStats } from "../../../src/core/practice/history-stats";
import { formatLogLine, isUsableDateFormat } from "../../../src/core/practice/practice-log-line";
import { newPracticeRound } from "../../../src/core/practice/new-round";
import { parseDataText, readPluginData, serializePluginData } from "../../../src/core/plugin-data";
import { question, rated } from "../../helpers/practice";

const NOW = new Date("2026-11-21T18:00:00Z");
const competencies = [
	{ id: "conflict", name: "Conflict" },
	{ id: "failure", name: "Failure" },
];
const at = (day: number, hour = 10): string => `2026-11-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00Z`;

describe("the practice history", () => {
	const rounds = [
		rated("q-a", "below", at(21), { competencyId: "failure" }),
		rated("q-b", "at", at(20), { competencyId: "conflict" }),
		rated("q-a", "above", at(19), { competencyId: "failure" }),
		rated("q-gone", "below", at(18), { competencyId: "scope" }),
		rated("q-c", "above", at(10), { competencyId: null }),
		rated("q-c", "above", at(9), { competencyId: null }),
	];
	const stats = historyStats(rounds, { now: NOW, competencies, questionExists: (id) => id !== "q-gone" });

	it("counts rounds by competency, in the set's order, other sets' competencies and unfiled rounds last", () => {
		expect(stats.byCompetency.map((g) => [g.name, g.rounds, g.ratings])).toEqual([
			["Conflict", 1, { below: 0, at: 1, above: 0 }],
			["Failure", 2, { below: 1, at: 0, above: 1 }],
			["Scope", 1, { below: 1, at: 0, above: 0 }],
			["No competency", 2, { below: 0, at: 0, above: 2 }],
		]);
		expect(stats.byCompetency[1]?.last.rating).toBe("below");
	});

	it("counts the streak of days in a row up to today, and the longest one", () => {
		expect(stats).toMatchObject({ total: 6, streak: 4, longestStreak: 4, practisedToday: true });
	});

	it("keeps a streak alive until a whole day is missed", () => {
		const yesterday = historyStats([rated("q-a", "at", at(20)), rated("q-a", "at", at(19))], {
			now: NOW,
			competencies,
			questionExists: () => true,
		});
		expect(yesterday).toMatchObject({ streak: 2, practisedToday: false });
		const broken = historyStats([rated("q-a", "at", at(19))], { now: NOW, competencies, questionExists: () => true });
		expect(broken.streak).toBe(0);
	});

	it("lists the weakest recent answers, one per question, below the bar first", () => {
		expect(stats.weakest.map((e) => [e.round.questionId, e.round.rating, e.removed])).toEqual([
			["q-a", "below", false],
			["q-gone", "below", true],
			["q-b", "at", false],
		]);
	});

	it("shows the rounds of a removed question as removed, and keeps them", () => {
		expect(stats.recent.filter((e) => e.removed).map((e) => e.round.questionId)).toEqual(["q-gone"]);
		expect(stats.recent).toHaveLength(6);
	});

	it("has nothing to show before the first round", () => {
		expect(historyStats([], { now: NOW, competencies, questionExists: () => true })).toMatchObject({
			total: 0,
			streak: 0,
			byCompetency: [],
			weakest: [],
			recent: [],
		});
	});
});

describe("a new round in the stored history", () => {
	const round = newPracticeRound({
		question: question("q-1", { competencyId: "conflict", phrasings: ["Tell me about a conflict?", "Describe a disagreement"] }),
		text: "Describe a disagreement",
		rating: "at",
		note: "  Too long on the\nsituation ",
		seconds: 171.4,
		targetSeconds: 150,
		storyIds: ["s-1", "s-1", "s-2"],
		probe: "What if the data had been ambiguous?",
		now: NOW,
		nonce: "x",
	});

	it("records what was asked, how it went and when", () => {
		expect(round.id).toMatch(/^r-[a-z0-9]+-[a-z0-9]+$/);
		expect(round).toEqual({
			id: round.id,
			questionId: "q-1",
			questionText: "Describe a disagreement",
			competencyId: "conflict",
			source: "vault",
			storyIds: ["s-1", "s-2"],
			rating: "at",
			note: "Too long on the situation",
			seconds: 171,
			practisedAt: NOW.toISOString(),
			targetSeconds: 150,
			probe: "What if the data had been ambiguous?",
			revision: 1,
			updatedAt: NOW.toISOString(),
		});
	});

	it("survives a save and a load next to rounds stored before probes and targets were recorded", () => {
		const old = {
			id: "r-old",
			questionId: "q-0",
			questionText: "Old",
			competencyId: null,
			source: "builtin",
			storyIds: [],
			rating: "below",
			note: "",
			seconds: 90,
			practisedAt: "2026-01-01T00:00:00.000Z",
		};
		const stored = { schemaVersion: 1, settings: {}, history: { rounds: [old] } };
		const first = readPluginData(stored).data;
		first.history.rounds.push(round);
		const text = JSON.stringify(serializePluginData(first));
		const back = readPluginData(parseDataText(text).value);
		expect(back.warnings).toEqual([]);
		// A round stored before revisions existed reads as its first revision, saved when it was practised.
		expect(back.data.history.rounds).toEqual([{ ...old, source: "builtin", revision: 1, updatedAt: old.practisedAt }, round]);
		expect(back.data.history.rounds[0]).not.toHaveProperty("probe");
	});
});

describe("the practice log line", () => {
	const round = rated("q-1", "below", "2026-11-21T09:05:00Z", {
		questionText: "Tell me about a time\nyou failed",
		seconds: 171,
		targetSeconds: 150,
		note: "Missed the number",
	});

	it.each([
		[
			"yyyy-MM-dd HH:mm",
			"- 2026-11-21 09:05 · Below the bar · 2:51 (over by 0:21) · Failure · Tell me about a time you failed · Missed the number",
		],
		[
			"d MMM yyyy",
			"- 21 Nov 2026 · Below the bar · 2:51 (over by 0:21) · Failure · Tell me about a time you failed · Missed the number",
		],
		[
			"not a format at all",
			"- 2026-11-21 09:05 · Below the bar · 2:51 (over by 0:21) · Failure · Tell me about a time you failed · Missed the number",
		],
	])("writes one line in the date format %s", (dateFormat, line) => {
		expect(formatLogLine(round, { dateFormat, competencyName: "Failure" })).toBe(line);
	});

	it("leaves out what the round does not have", () => {
		const plain = rated("q-1", "above", "2026-11-21T09:05:00Z", { questionText: "Why us?", seconds: 100 });
		expect(formatLogLine(plain, { dateFormat: "yyyy-MM-dd", competencyName: null })).toBe(
			"- 2026-11-21 · Above the bar · 1:40 · Why us?",
		);
	});

	it.each([
		["yyyy-MM-dd", true],
		["HH:mm", true],
		["not a format", false],
		["", false],
	])("knows whether %j is a usable date format", (pattern, usable) => {
		expect(isUsableDateFormat(pattern)).toBe(usable);
	});
});
