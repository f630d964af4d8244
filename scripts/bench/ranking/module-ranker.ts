import type { IndexedQuestion, StoryIndex } from "../../../src/core/index/story-index";
import * as candidate from "./story-ranking-stub";

/** What the mock question asks with: a vault question, or a built-in one that only has text. */
export type MockQuestion = Pick<IndexedQuestion, "text"> & Partial<Pick<IndexedQuestion, "id" | "alternates" | "highlights" | "storyIds">>;

/** A ranking ready to answer queries, and how it was called. */
export interface BuiltRanker {
	/** How the bench calls the module, printed with the figures. */
	call: string;
	rank: (question: MockQuestion) => unknown;
}

type AnyFunction = (...args: unknown[]) => unknown;
type AnyClass = new (...args: unknown[]) => unknown;

const exported = (): Array<[string, AnyFunction]> =>
	Object.entries(candidate as Record<string, unknown>).filter((e): e is [string, AnyFunction] => typeof e[1] === "function");

/** Whether src/core/practice/story-ranking.ts was bundled in place of the stub. */
export function rankingModuleFound(): boolean {
	return !Object.prototype.hasOwnProperty.call(candidate, "benchStub");
}

function rankMethod(made: unknown): ((q: MockQuestion) => unknown) | null {
	if (typeof made === "function") return (q) => (made as AnyFunction)(q);
	const rank = (made as { rank?: unknown } | null)?.rank;
	return typeof rank === "function" ? (q) => (rank as AnyFunction).call(made, q) : null;
}

/**
 * Adapts the mock question's ranking module to the bench, whatever shape its
 * API takes: a function `rank…(question, index)` or `rank…(question, stories)`,
 * a factory `create…Rank…(stories, index)` returning a function or an object
 * with `rank(question)`, or a class with `rank`. Each is tried on one
 * question; the first that returns a list is used. Adjust this file when the
 * module's API moves.
 */
export function buildModuleRanker(index: StoryIndex, probe: MockQuestion): BuiltRanker | { error: string } {
	const stories = index.stories();
	const attempts: Array<[string, () => ((q: MockQuestion) => unknown) | null]> = [];
	for (const [name, fn] of exported()) {
		if (/^rank/i.test(name)) {
			attempts.push([`${name}(question, index)`, () => (q) => fn(q, index)]);
			attempts.push([`${name}(question, stories)`, () => (q) => fn(q, stories)]);
		} else if (/^(?:create|build|make)\w*rank/i.test(name)) {
			attempts.push([`${name}(stories, index)(question)`, () => rankMethod(fn(stories, index))]);
		} else if (/^[A-Z]\w*Rank/.test(name)) {
			attempts.push([
				`new ${name}(stories, index).rank(question)`,
				() => rankMethod(new (fn as unknown as AnyClass)(stories, index)),
			]);
		}
	}
	const failures: string[] = [];
	for (const [call, make] of attempts) {
		try {
			const rank = make();
			if (rank && Array.isArray(rank(probe))) return { call, rank };
			failures.push(`${call} did not return a list`);
		} catch (error) {
			failures.push(`${call} threw "${String(error).slice(0, 80)}"`);
		}
	}
	const names =
		exported()
			.map(([n]) => n)
			.join(", ") || "none";
	return {
		error:
			`story-ranking.ts has no ranking the bench could call (functions: ` +
			`${names}${failures.length > 0 ? `; ${failures.join("; ")}` : ""})`,
	};
}
