import fc from "fast-check";
import { parseCustomSet } from "../../../src/core/competencies/custom-set";
import { buildBlockTree } from "../../../src/core/parser/block-tree";
import { readFrontmatter } from "../../../src/core/parser/frontmatter";
import { scanHighlights, stripMarkup } from "../../../src/core/parser/highlights";
import { matchLabel } from "../../../src/core/parser/labels";
import { parseNote, splitLines } from "../../../src/core/parser/note-parser";
import { cleanQuestion, questionShape, soundsLikeInterview, splitAlternates } from "../../../src/core/parser/question-text";
import { mightHoldStories } from "../../../src/core/parser/story-prefilter";
import { fill, HOSTILE_CASES } from "../../../scripts/bench/hostile-notes";

// Issue 22: one note could freeze Obsidian, because patterns and loops took
// time quadratic (or worse) in the length of ordinary-looking text. Here each
// parser entry point reads hostile text of 25 KB and of 250 KB (10 KB sits in
// the processor's caches and ran ~35× faster than 100 KB for linear readers): linear time
// makes the second about 10 times the first, quadratic about 100 times. The
// bound (30×) is generous for a busy two-core machine; each time is the median
// of a few runs after a warm-up, and a slow sample is measured again before
// the test fails, so one busy spell is not a failure.

const SMALL = 25_000;
const LARGE = 250_000;
const BOUND = 30;

/** Median milliseconds of `runs` calls. */
function medianMs(run: () => unknown, runs: number): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = process.hrtime.bigint();
		run();
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	times.sort((a, b) => a - b);
	return times[times.length >> 1] ?? 0;
}

/**
 * t(250 KB) ÷ t(25 KB) for one reader and one text builder. The small text is
 * timed as ten calls in a row, so both sides do the same work when time is
 * linear and timer resolution does not swamp a fast reader.
 */
function growth(read: (text: string) => unknown, make: (chars: number) => string): number {
	const small = make(SMALL);
	const large = make(LARGE);
	read(make(2_000));
	read(small);
	const ratio = (): number => {
		const smallMs = medianMs(() => {
			for (let i = 0; i < 10; i++) read(small);
		}, 3);
		const largeMs = medianMs(() => read(large), 3);
		// Below a millisecond for 100 KB there is nothing to fear, whatever the ratio.
		return largeMs < 1 ? 1 : (10 * largeMs) / Math.max(smallMs, 0.01);
	};
	const first = ratio();
	return first < BOUND ? first : Math.min(first, ratio(), ratio());
}

/** Every entry point of the parser, on the text it is given (a line, a note, or its lines). */
const READERS: [string, (text: string) => unknown][] = [
	["parseNote", (text) => parseNote(text, { thorough: true })],
	["the prefilter", (text) => mightHoldStories(splitLines(text), 0, false)],
	["frontmatter", (text) => readFrontmatter(["---", ...splitLines(text), "---"])],
	["highlights", (text) => scanHighlights(text)],
	["stripMarkup", (text) => stripMarkup(text)],
	["question text", (text) => [questionShape(text, false), questionShape(text, true), cleanQuestion(text), splitAlternates(text)]],
	["interview wording", (text) => soundsLikeInterview(text)],
	["labels", (text) => [matchLabel(text, { inStory: true, heading: false }), matchLabel(text, { inStory: false, heading: true })]],
	["block tree", (text) => buildBlockTree(splitLines(text), 1, [])],
	["custom competency set", (text) => parseCustomSet(text, "Mine")],
];

/** Units whose repetition once went quadratic somewhere, each as a single line and as a note body. */
const UNITS = [
	"[[",
	"a / ",
	" ",
	"<a",
	" #a",
	"<mark ",
	"<",
	"<b",
	"[a](",
	"`a",
	"_ ",
	"==a",
	"](",
	"![",
	"((",
	"?(",
	"Q ",
	"**",
	"\t",
	"- ",
	"> ",
	"#",
	":",
	"/",
	"<><>",
	"``a```",
];

/** Generated units: markup characters, openers and words in short runs (fixed seed, so every run tests the same). */
const PIECE = fc.constantFrom(..."<>[]()`*_=~#:/?!^|\\-. \t".split(""), "<mark ", "[[", "]]", "Q", "a", "tell me ", "S:", "**");
const GENERATED = fc.sample(
	fc.array(PIECE, { minLength: 1, maxLength: 4 }).map((p) => p.join("")),
	{ numRuns: 6, seed: 22 },
);

describe("parser time grows linearly with the text", () => {
	describe.each(HOSTILE_CASES.map((c) => [c.id, c] as const))("hostile note %s", (_id, hostile) => {
		const read: (text: string) => unknown =
			hostile.reader === "note" ? (text) => parseNote(text) : (text) => parseCustomSet(text, "Mine");
		it(`reads 100 KB in under ${BOUND} times the time of 10 KB`, () => {
			expect(growth(read, (n) => hostile.make(n))).toBeLessThan(BOUND);
		});
	});

	describe.each(READERS)("%s", (_name, read) => {
		it.each(UNITS)("on %j repeated", (unit) => {
			expect(growth(read, (n) => fill("Tell me about a time ", unit, "x!", n))).toBeLessThan(BOUND);
		});

		it.each(GENERATED)("on generated %j repeated", (unit) => {
			expect(growth(read, (n) => fill("- ", unit, "x!", n))).toBeLessThan(BOUND);
		});
	});
});
