import { parseNote } from "../../../src/core/parser/note-parser";
import type { StoryIndex } from "../../../src/core/index/story-index";
import { buildIndex, type BenchContext, type BenchSection } from "../context";
import { median, timeMs } from "../harness";
import { noteSeed, Random } from "../prng";
import { buildModuleRanker, rankingModuleFound, type MockQuestion } from "../ranking/module-ranker";
import { ReferenceRanker, REFERENCE_OPTIONS, storyFields } from "../ranking/reference-ranker";
import { figure, fmt, type Row } from "../report";
import { plainQuestion, questionText } from "../story-text";
import type { SyntheticNote } from "../vault";

/** The vault's story notes, in order, up to the first that brings the count to `stories` stories. */
function storyNotesFor(ctx: BenchContext, stories: number): SyntheticNote[] {
	let want = Math.ceil(stories / 8);
	let list = ctx.vault.storyNotes(want);
	const chosen: SyntheticNote[] = [];
	let count = 0;
	for (let i = 0; count < stories; i++) {
		if (i >= list.length) {
			want = Math.ceil(want * 1.3);
			list = ctx.vault.storyNotes(want);
		}
		const note = list[i];
		if (!note) break;
		count += parseNote(note.text).stories.length;
		chosen.push(note);
	}
	return chosen;
}

/** Prompts as the mock question asks them: vault questions (with their links) and built-in ones (text only), alternating. */
function mockQuestions(index: StoryIndex, seed: number, count: number): MockQuestion[] {
	const all = index.questions();
	const step = Math.max(1, Math.floor(all.length / count));
	const rng = new Random(noteSeed(seed, -2));
	const out: MockQuestion[] = [];
	for (let i = 0; i < count; i++)
		out.push(i % 2 === 0 ? (all[i * step] ?? all[0] ?? { text: "" }) : { text: plainQuestion(questionText(rng)) });
	return out;
}

/** Median ms per query: a warm-up query, then rounds over all queries until the time budget is spent or 40 samples are in. */
function timeQueries(
	rank: (q: MockQuestion) => unknown,
	queries: readonly MockQuestion[],
	budgetMs: number,
): { ms: number; samples: number } {
	if (queries[1]) rank(queries[1]);
	const samples: number[] = [];
	const start = Date.now();
	do {
		for (const q of queries) samples.push(timeMs(() => rank(q)));
	} while (Date.now() - start < budgetMs && samples.length < 40);
	return { ms: median(samples), samples: samples.length };
}

/** 5. Question-to-story matching: the mock question's ranking module, or a reference fuse.js setup while it does not exist. */
export const matchSection: BenchSection = {
	number: "5",
	id: "match",
	title: "Question-to-story matching",
	run(ctx: BenchContext) {
		const rows: Row[] = [];
		const largest = Math.max(...ctx.options.matchSizes);
		const queryCount = ctx.options.mode === "quick" ? 4 : 6;
		let measured = "";

		for (const size of ctx.options.matchSizes) {
			ctx.progress(`5. matching against ${size.toLocaleString("en-US")} stories`);
			const notes = storyNotesFor(ctx, size);
			const index = buildIndex(notes);
			const n = index.stories().length.toLocaleString("en-US");
			const queries = mockQuestions(index, ctx.options.seed, queryCount);
			const probe = queries[0] ?? { text: "" };
			// A new revision of the index, as after any edit: the lists are rebuilt, so a ranking cached per list starts over.
			const first = notes[0];
			const firstParsed = first ? parseNote(first.text) : null;
			const touch = (): void => {
				if (first && firstParsed) index.update(first.path, firstParsed);
				index.stories();
				index.questions();
			};

			let rank: ((q: MockQuestion) => unknown) | null = null;
			let firstQuery: () => unknown = () => null;
			if (rankingModuleFound() && !ctx.options.referenceRanking) {
				const built = buildModuleRanker(index, probe);
				if ("error" in built) measured = `the reference fuse.js setup, because ${built.error}`;
				else {
					rank = built.rank;
					firstQuery = () => built.rank(probe);
					measured = `src/core/practice/story-ranking.ts, called as ${built.call}`;
				}
			} else {
				measured =
					`the reference fuse.js setup ` +
					`(${rankingModuleFound() ? "--reference-ranking" : "src/core/practice/story-ranking.ts does not exist"})`;
			}
			if (!rank) {
				const reference = new ReferenceRanker(storyFields(index, index.stories()));
				rank = (q) => reference.rank(q);
				firstQuery = () => new ReferenceRanker(storyFields(index, index.stories())).rank(probe);
			}

			const firstTimes: number[] = [];
			for (let i = 0; i < 3; i++) {
				touch();
				firstTimes.push(timeMs(firstQuery));
			}
			touch();
			const { ms, samples } = timeQueries(rank, queries, size === largest ? 2000 : 1000);
			const target = size === largest ? { op: "<" as const, bound: 16, text: "< 16 ms" } : undefined;
			rows.push(
				figure(
					`match.first_query_ms.${size}`,
					`${n} stories: first query after an edit`,
					median(firstTimes),
					"ms",
					`${fmt(median(firstTimes))} ms`,
				),
			);
			rows.push(figure(`match.query_ms.${size}`, `${n} stories: median per query`, ms, "ms", `${fmt(ms)} ms (${samples} q)`, target));
		}

		const notes = [`Measured: ${measured}.`];
		if (measured.startsWith("the reference")) {
			const keys = (REFERENCE_OPTIONS.keys ?? [])
				.map((k) => (typeof k === "object" && "name" in k ? `${String(k.name)}×${k.weight ?? 1}` : String(k)))
				.join(", ");
			notes.push(
				`Reference: fuse.js over short fields only (${keys}), useTokenSearch, ignoreLocation, threshold 0.4, ` +
					`limit 10, no pre-filter; the query is the question's text.`,
			);
		}
		notes.push(
			`Queries: ${queryCount} prompts, half vault questions (with their linked stories), ` +
				`half built-in-style questions with text only. "First query after an edit" includes whatever the ` +
				`ranking builds per index revision.`,
		);
		return { rows, notes };
	},
};
