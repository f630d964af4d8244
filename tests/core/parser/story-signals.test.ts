import fc from "fast-check";
import { storySignals, type PlainPart } from "../../../src/core/parser/story-signals";

// The counter walks from separator to separator and reads only the words that
// may be I/we words. These properties hold it to the plain definition: split
// on spaces, tabs and line breaks; a word, once its trailing punctuation is
// cut, is first person when it is one of the listed words, in any case, with
// either apostrophe.

const I_WORDS = new Set(["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"]);
const WE_WORDS = new Set(["we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"]);

function reference(texts: readonly string[]): { words: number; i: number; we: number } {
	let words = 0;
	let i = 0;
	let we = 0;
	for (const text of texts) {
		for (const word of text.split(/[ \t\n\r]+/)) {
			if (word === "") continue;
			words++;
			if (word.length > 10) continue;
			const bare = word
				.replace(/(?<![^A-Za-z'’])[^A-Za-z'’]+$/, "")
				.toLowerCase()
				.replace(/’/g, "'");
			if (!/^[a-z']+$/.test(bare)) continue;
			if (I_WORDS.has(bare)) i++;
			else if (WE_WORDS.has(bare)) we++;
		}
	}
	return { words, i, we };
}

const token = fc.oneof(
	{
		weight: 3,
		arbitrary: fc.constantFrom(
			...I_WORDS,
			...WE_WORDS,
			"I’m",
			"We’ll",
			"OURSELVES",
			"Myself",
			"MY",
			"Us",
			"I'",
			"we'",
			"our's",
			"i’ve",
		),
	},
	{ weight: 3, arbitrary: fc.constantFrom("mine,", "I.", "(I", "we—", "us!", "our;", "me?", "my:", "we're.", "ourselves...........") },
	{
		weight: 3,
		arbitrary: fc.constantFrom(
			"in",
			"it",
			"is",
			"on",
			"of",
			"out",
			"own",
			"up",
			"use",
			"user",
			"me-too",
			"media",
			"mineral",
			"myth",
			"week",
			"were",
			"wed",
			"used",
			"ourself",
			"outlined",
			"mentored",
			"weighed",
		),
	},
	{ weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
	{ weight: 1, arbitrary: fc.constantFrom("—", "-", "40%", "😀", "面试", "\u00a0", "\u200b") },
);
const separator = fc.constantFrom(" ", " ", " ", "  ", "\t", "\n", "\n\t", " \n ");
const text = fc.array(fc.tuple(token, separator), { maxLength: 30 }).map((pairs) => pairs.map(([t, s]) => t + s).join(""));

describe("story signals: words and first-person words", () => {
	it("match the plain definition on any text", () => {
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
				const parts: PlainPart[] = texts.map((plain) => ({ part: "action", plain }));
				const signals = storySignals(parts, [], 150);
				expect({ words: signals.wordCount, i: signals.iCount, we: signals.weCount }).toEqual(reference(texts));
			}),
			{ numRuns: 500 },
		);
	});

	it("reads a measured change in the result, or in the takeaway when there is no result", () => {
		const withResult = storySignals([{ part: "result", plain: "Latency fell by 40%." }], [], 150);
		const takeawayOnly = storySignals([{ part: "takeaway", plain: "It halved our pages." }], [], 150);
		const year = storySignals([{ part: "result", plain: "Shipped in 2023." }], [], 150);
		expect([withResult.hasMetric, takeawayOnly.hasMetric, year.hasMetric]).toEqual([true, true, false]);
	});
});
