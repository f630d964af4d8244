import { buildQuestionPool, questionsForCompetency } from "../../../src/core/practice/question-pool";
import { lastQuestionId, pickQuestion, scoreQuestions } from "../../../src/core/practice/scheduler";
import { intervalDays, questionRecords } from "../../../src/core/practice/spacing";
import type { Rating } from "../../../src/core/practice/practice-round";
import { md } from "../../helpers/md";
import { indexOf, question, rated, stubLookup } from "../../helpers/practice";

const NOW = new Date("2026-11-21T09:00:00Z");
const strong = (): "strong" => "strong";
const context = (rounds = [] as ReturnType<typeof rated>[], now = NOW, levelOf: (id: string) => "strong" | "thin" | "empty" = strong) => ({
	rounds,
	now,
	levelOf,
});
const daysAgo = (days: number): string => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe("the user's own questions and skipping", () => {
	const written = { storyIds: ["s-1"] };

	it("asks the user's own unpractised question before a built-in one, even of a weaker competency", () => {
		const levels: Record<string, "strong" | "empty"> = { conflict: "strong", failure: "empty" };
		const qs = [
			question("bank-failure", { source: "builtin", competencyId: "failure", path: null }),
			question("q-mine", { competencyId: "conflict", ...written }),
		];
		const picked = pickQuestion(
			qs,
			context([], NOW, (id) => levels[id] ?? "strong"),
		);
		expect(picked).toMatchObject({ question: { id: "q-mine" }, reasons: ["own-question", "never-practised"] });
	});

	it("among the user's own questions, the weakest competency comes first", () => {
		const levels: Record<string, "strong" | "thin" | "empty"> = { conflict: "strong", failure: "empty" };
		const qs = [
			question("q-conflict", { competencyId: "conflict", ...written }),
			question("q-failure", { competencyId: "failure", ...written }),
		];
		expect(
			pickQuestion(
				qs,
				context([], NOW, (id) => levels[id] ?? "strong"),
			)?.question.id,
		).toBe("q-failure");
	});

	it("walks through the pool when questions are skipped, never alternating between two", () => {
		const qs = ["q-1", "q-2", "q-3"].map((id) => question(id, written));
		const asked: string[] = [];
		let recent: string[] = [];
		for (let i = 0; i < 6; i++) {
			const id = pickQuestion(qs, context(), recent.slice(-(qs.length - 1)))!.question.id;
			asked.push(id);
			recent = [...recent.filter((q) => q !== id), id];
		}
		expect(asked.slice(0, 3).sort()).toEqual(["q-1", "q-2", "q-3"]);
		for (let i = 2; i < asked.length; i++) expect(asked[i]).not.toBe(asked[i - 2]);
	});

	it("marks a question of the user's with no story as one to prepare", () => {
		expect(pickQuestion([question("q-empty")], context())?.reasons).toContain("to-prepare");
		expect(pickQuestion([question("q-full", written)], context())?.reasons).not.toContain("to-prepare");
	});

	it("marks a question the user flagged TODO as one to prepare, even with a story under it", () => {
		expect(pickQuestion([question("q-todo", { ...written, todo: true })], context())?.reasons).toContain("to-prepare");
	});
});

describe("choosing the next mock question", () => {
	it("starts with the competency that has no story, then the one with only thin stories", () => {
		const levels: Record<string, "strong" | "thin" | "empty"> = { conflict: "strong", failure: "empty", influence: "thin" };
		const qs = [
			question("q-conflict", { competencyId: "conflict" }),
			question("q-influence", { competencyId: "influence" }),
			question("q-failure", { competencyId: "failure" }),
		];
		const order = scoreQuestions(
			qs,
			context([], NOW, (id) => levels[id] ?? "strong"),
		).map((s) => s.question.id);
		expect(order).toEqual(["q-failure", "q-influence", "q-conflict"]);
	});

	it("asks a question never practised before one that is not yet due", () => {
		const qs = [question("q-done"), question("q-new")];
		const picked = pickQuestion(qs, context([rated("q-done", "above", daysAgo(1))]));
		expect(picked?.question.id).toBe("q-new");
		expect(picked?.reasons).toContain("never-practised");
	});

	it("brings a poor answer back sooner than a good one", () => {
		const qs = [question("q-good"), question("q-poor")];
		const rounds = [rated("q-good", "above", daysAgo(2)), rated("q-poor", "below", daysAgo(2.1))];
		expect(pickQuestion(qs, context(rounds))?.question.id).toBe("q-poor");
	});

	it("favours the longest gap among answers rated alike", () => {
		const qs = [question("q-recent"), question("q-old")];
		const rounds = [rated("q-old", "at", daysAgo(30)), rated("q-recent", "at", daysAgo(4))];
		const [first, second] = scoreQuestions(qs, context(rounds));
		expect(first?.question.id).toBe("q-old");
		expect(first?.reasons).toContain("overdue");
		expect(second?.reasons).toContain("due");
	});

	it("still asks questions that are not due when nothing else is left, the longest unpractised first", () => {
		const qs = [question("q-a"), question("q-b")];
		const rounds = [rated("q-a", "above", daysAgo(1)), rated("q-b", "above", daysAgo(2))];
		expect(pickQuestion(qs, context(rounds))).toMatchObject({ question: { id: "q-b" }, reasons: ["not-due", "to-prepare"] });
	});

	it("never asks the same question twice in a row, even when it needs practice most", () => {
		const qs = [question("q-weak", { competencyId: "failure" }), question("q-other")];
		const levelOf = (id: string): "empty" | "strong" => (id === "failure" ? "empty" : "strong");
		expect(pickQuestion(qs, context([], NOW, levelOf))?.question.id).toBe("q-weak");
		// Skipped without a rating, it still needs practice most; the next question is another one.
		expect(pickQuestion(qs, context([], NOW, levelOf), "q-weak")?.question.id).toBe("q-other");
	});

	it("takes the question of the latest round as the one not to repeat", () => {
		const rounds = [rated("q-2", "at", daysAgo(3)), rated("q-1", "below", daysAgo(1)), rated("q-3", "above", daysAgo(2))];
		expect(lastQuestionId(rounds)).toBe("q-1");
		expect(lastQuestionId([])).toBeNull();
	});

	it("asks the only question again, and says so, when there is no other", () => {
		const picked = pickQuestion([question("q-only")], context([rated("q-only", "at", daysAgo(0))]), "q-only");
		expect(picked).toMatchObject({ question: { id: "q-only" }, reasons: ["only-choice"] });
	});

	it("picks the same question for the same history and clock", () => {
		const qs = ["a", "b", "c", "d", "e"].map((id) => question(`q-${id}`));
		expect(pickQuestion(qs, context())?.question.id).toBe(pickQuestion([...qs].reverse(), context())?.question.id);
	});

	it("asks each phrasing of a question in turn", () => {
		const q = question("q-1", { phrasings: ["Tell me about a conflict?", "Describe a disagreement with a peer"] });
		expect(pickQuestion([q], context())?.text).toBe("Tell me about a conflict?");
		expect(pickQuestion([q], context([rated("q-1", "below", daysAgo(3))]))?.text).toBe("Describe a disagreement with a peer");
		expect(pickQuestion([q], context([rated("q-1", "below", daysAgo(5)), rated("q-1", "below", daysAgo(3))]))?.text).toBe(
			"Tell me about a conflict?",
		);
	});

	it("has nothing to ask from an empty list", () => {
		expect(pickQuestion([], context())).toBeNull();
	});
});

describe("the spaced schedule", () => {
	it.each<[Rating[], number]>([
		[["below"], 1],
		[["at"], 3],
		[["above"], 7],
		[["at", "at"], 6],
		[["at", "above"], 14],
		[["above", "above", "above"], 28],
		[["above", "above", "above", "above", "above"], 60],
		[["above", "below"], 1],
		[["above", "above", "below", "at"], 3],
	])("after %j the question waits %i days", (ratings, days) => {
		const rounds = ratings.map((rating, i) => rated("q-1", rating, daysAgo(100 - i * 10)));
		const record = questionRecords(rounds).get("q-1");
		expect(record?.intervalDays).toBe(days);
		expect(record?.dueAt.getTime()).toBe(new Date(rounds[rounds.length - 1]!.practisedAt).getTime() + days * 86_400_000);
	});

	it.each<[Rating, number, boolean]>([
		["below", 0.9, false],
		["below", 1, true],
		["at", 2.9, false],
		["at", 3, true],
		["above", 6.9, false],
		["above", 7, true],
	])("a question rated %s is due again after %f days: %s", (rating, days, due) => {
		const [scored] = scoreQuestions([question("q-1")], context([rated("q-1", rating, daysAgo(days))]));
		expect(scored?.reasons.includes("not-due")).toBe(!due);
	});

	it("caps the wait at 60 days however often the answer was good", () => {
		expect(intervalDays("above", 40)).toBe(60);
	});
});

describe("the questions practice draws from", () => {
	const lookup = stubLookup({
		competencies: { conflict: "Conflict", failure: "Failure" },
		words: { conflict: "conflict", fail: "failure" },
	});
	const notes = indexOf({
		"Bank.md": md`
			---
			company: Lumen Freight
			level: IC6
			---
			- Tell me about a conflict with a peer?/Describe a disagreement you worked through
				- S: two teams wanted the same sprint
				- A: I proposed a shared roadmap
				- R: both launched on time
		`,
	}).notes();

	it("uses the built-in bank when the notes hold no question", () => {
		const pool = buildQuestionPool([], "vault", lookup);
		expect(pool.usedBankFallback).toBe(true);
		expect(pool.questions.length).toBeGreaterThan(30);
		expect(pool.questions.every((q) => q.source === "builtin")).toBe(true);
		expect(pickQuestion(pool.questions, context())?.question.source).toBe("builtin");
	});

	it.each([
		["vault", ["vault"]],
		["builtin", ["builtin"]],
		["both", ["builtin", "vault"]],
	] as const)("takes questions from %s", (source, sources) => {
		const pool = buildQuestionPool(notes, source, lookup);
		expect(pool.usedBankFallback).toBe(false);
		expect([...new Set(pool.questions.map((q) => q.source))].sort()).toEqual(sources);
	});

	it("reads a note's question with its phrasings, competency, company, level and stories", () => {
		const [q] = buildQuestionPool(notes, "vault", lookup).questions;
		expect(q).toMatchObject({
			phrasings: ["Tell me about a conflict with a peer?", "Describe a disagreement you worked through"],
			competencyId: "conflict",
			theme: "conflict",
			company: "Lumen Freight",
			level: "IC6",
			path: "Bank.md",
		});
		expect(q?.storyIds).toHaveLength(1);
	});

	it("gives built-in questions the competency of the chosen set", () => {
		const bank = buildQuestionPool([], "builtin", lookup).questions;
		expect(bank.find((q) => q.id === "bank-work-conflict")?.competencyId).toBe("conflict");
		expect(bank.find((q) => q.id === "bank-failed-project")?.competencyId).toBe("failure");
	});

	it("falls back to built-in questions for a competency the notes do not ask about", () => {
		const pool = buildQuestionPool(notes, "vault", lookup).questions;
		expect(questionsForCompetency(pool, "conflict", lookup).map((q) => q.source)).toEqual(["vault"]);
		const failure = questionsForCompetency(pool, "failure", lookup);
		expect(failure.length).toBeGreaterThan(0);
		expect(failure.every((q) => q.source === "builtin" && q.competencyId === "failure")).toBe(true);
	});
});

describe("key signals of the set", () => {
	const written = { storyIds: ["s-1"] };
	const levels: Record<string, "strong" | "thin" | "empty"> = { craft: "thin", ownership: "thin", growth: "empty", scope: "strong" };
	const qs = [
		question("q-craft", { competencyId: "craft", ...written }),
		question("q-ownership", { competencyId: "ownership", ...written }),
		question("q-growth", { competencyId: "growth", ...written }),
		question("q-scope", { competencyId: "scope", ...written }),
	];
	const pickWith = (keys: string[], pool = qs) =>
		pickQuestion(pool, { ...context([], NOW, (id) => levels[id] ?? "strong"), isKey: (id) => keys.includes(id) })?.question.id;

	it("ask a key signal with thin stories before another competency with thin stories, whichever is key", () => {
		const thin = qs.slice(0, 2);
		expect(pickWith(["ownership"], thin)).toBe("q-ownership");
		expect(pickWith(["craft"], thin)).toBe("q-craft");
	});

	it("weigh only a gap: a key signal already covered by a strong story scores as any other", () => {
		const scores = (keys: string[]): Record<string, number> =>
			Object.fromEntries(
				scoreQuestions(qs, { ...context([], NOW, (id) => levels[id] ?? "strong"), isKey: (id) => keys.includes(id) }).map(
					(s) => [s.question.id, s.score] as const,
				),
			);
		const plain = scores([]);
		const keyed = scores(["craft", "ownership", "growth", "scope"]);
		expect(Object.keys(keyed).map((id) => (keyed[id] ?? 0) - (plain[id] ?? 0))).toEqual(
			Object.keys(keyed).map((id) => (id === "q-scope" ? 0 : 1)),
		);
	});
});
