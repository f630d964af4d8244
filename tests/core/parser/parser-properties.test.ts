import fc from "fast-check";
import { matchLabel } from "../../../src/core/parser/labels";
import { parseNote } from "../../../src/core/parser/note-parser";
import { partsOf } from "../../../src/core/parser/story-parts";
import type { ParsedNote } from "../../../src/core/types";

// Properties that must hold for ANY text a vault can hold. The generators mix
// free Unicode with fragments of every note shape, so both noise and
// near-misses of real structure are covered.

const indent = fc.constantFrom("", "", "", "\t", "\t\t", "  ", "    ", "   ", "\t  ");
const marker = fc.constantFrom(
	"",
	"",
	"- ",
	"- ",
	"* ",
	"1. ",
	"3) ",
	"> ",
	"> > ",
	"## ",
	"### ",
	"#### ",
	"> [!question] ",
	"> [!example] ",
	"- [ ] ",
);
const label = fc.constantFrom(
	"**Situation**: ",
	"**Task:** ",
	"Action — ",
	"R: ",
	"S：",
	"**Result**",
	"T - ",
	"**Takeaways**: ",
	"Context: ",
	"**Decision and trade-off:** ",
	"**Stakeholders:** ",
	"**📋 S** : ",
	"situation: ",
	"Use for: ",
);
const question = fc.constantFrom(
	"Tell me about a time you failed?",
	"*Give me an example of conflict*/Tell me about a disagreement",
	'A time when you <mark style="background: #FF5582A6;">led</mark> a team',
	'<mark class="hltr-blue">Describe</mark> your riskiest project',
	"**Q:** why here?",
	"Question: what went wrong / What would you change next time",
	"Walk me through a launch ==under pressure== ^q-launch",
	"What is your biggest weakness?",
);
const word = fc.constantFrom(
	"we",
	"I",
	"my",
	"shipped",
	"40%",
	"3x",
	"the",
	"team",
	"and/or",
	"[[note|alias]]",
	"[x](http://a.b/c?d)",
	"#competency/conflict",
	"==key==",
	"TBD",
	"[YOUR METRICS]",
	"😀",
	"\u200b",
	"\u202e",
	"`code`",
	"<script>alert(1)</script>",
	"<mark",
	"\u0000",
	"面试",
	"?",
	"/",
	"---",
);
const words = fc.array(word, { maxLength: 8 }).map((w) => w.join(" "));
const content = fc.oneof(
	{ weight: 3, arbitrary: question },
	{ weight: 4, arbitrary: fc.tuple(label, words).map(([l, w]) => l + w) },
	{ weight: 3, arbitrary: words },
	{ weight: 2, arbitrary: fc.constantFrom("", "", "---", "```", "~~~", "<!-- note -->", "<!--", "-->", "%% x %%", "%%", "<hr/>", "***") },
	{ weight: 1, arbitrary: fc.string({ maxLength: 10, unit: "grapheme" }) },
);
const line = fc.tuple(indent, marker, content).map(([i, m, c]) => i + m + c);
const eol = fc.constantFrom("\n", "\n", "\n", "\r\n", "\n\n");
/** A note built line by line from the shapes real notes use, with noise. */
const noteLike = fc
	.tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { maxLength: 40 }))
	.map(
		([frontmatter, lines]) =>
			(frontmatter ? "---\ntitle: x\ntags: [#a, b]\ndate:: 1\n---\n" : "") + lines.map(([l, e]) => l + e).join(""),
	);

const anyText = fc.oneof(noteLike, fc.string({ maxLength: 300, unit: "binary" }));

function lineCount(text: string): number {
	return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length;
}

function allLines(note: ParsedNote): number[] {
	const lines: number[] = [];
	for (const p of note.problems) lines.push(p.line);
	for (const q of note.questions) {
		lines.push(q.line, q.endLine);
		if (q.answer) lines.push(q.answer.line, q.answer.endLine);
	}
	for (const s of note.stories) {
		lines.push(s.line, s.endLine);
		for (const p of s.partList) lines.push(p.line, p.endLine);
	}
	if (note.legend) lines.push(note.legend.line, note.legend.endLine);
	return lines;
}

/** Two readings of one note find the same questions, stories and legend. */
function expectSameReading(quick: ParsedNote, thorough: ParsedNote): void {
	expect(quick.questions).toEqual(thorough.questions);
	expect(quick.stories).toEqual(thorough.stories);
	expect(quick.legend).toEqual(thorough.legend);
}

describe("parser properties", () => {
	it("draws notes that hold questions and stories often enough to test them", () => {
		const notes = fc.sample(noteLike, { numRuns: 600, seed: 7 }).map((text) => parseNote(text));
		expect(notes.filter((n) => n.questions.length > 0).length).toBeGreaterThan(60);
		expect(notes.filter((n) => n.stories.some((s) => !s.sketch)).length).toBeGreaterThan(30);
	});

	it("never throws, on any text", () => {
		fc.assert(
			fc.property(anyText, (text) => {
				parseNote(text);
			}),
			{ numRuns: 2000 },
		);
	});

	it("puts every line number inside the note, and every range in order", () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const note = parseNote(text);
				const max = lineCount(text);
				for (const line of allLines(note)) {
					expect(line).toBeGreaterThanOrEqual(1);
					expect(line).toBeLessThanOrEqual(max);
				}
				for (const s of note.stories) expect(s.endLine).toBeGreaterThanOrEqual(s.line);
				for (const q of note.questions) expect(q.endLine).toBeGreaterThanOrEqual(q.line);
			}),
			{ numRuns: 1500 },
		);
	});

	it("nests each story's range inside the range of the question it sits under", () => {
		fc.assert(
			fc.property(noteLike, (text) => {
				const note = parseNote(text);
				for (const q of note.questions) {
					if (q.form === "answers-line") continue; // named by the story, not around it
					for (const id of q.storyIds) {
						const s = note.stories.find((x) => x.id === id && x.questionIds[0] === q.id);
						if (!s) continue;
						expect(s.line).toBeGreaterThanOrEqual(q.line);
						expect(s.endLine).toBeLessThanOrEqual(q.endLine);
					}
				}
			}),
			{ numRuns: 1500 },
		);
	});

	it("takes each part's text from the note as written (notes without comments)", () => {
		fc.assert(
			fc.property(noteLike, (raw) => {
				const text = raw.replace(/<!--|%%/g, "");
				const note = parseNote(text);
				const source = text.replace(/\r\n?/g, "\n");
				for (const s of note.stories) {
					for (const p of s.partList) {
						for (const line of p.text.split("\n")) if (line !== "") expect(source).toContain(line);
					}
				}
			}),
			{ numRuns: 1500 },
		);
	});

	it("reads CRLF, CR and LF line endings alike", () => {
		fc.assert(
			fc.property(noteLike, (raw) => {
				const lf = raw.replace(/\r\n?/g, "\n");
				expect(parseNote(lf.replace(/\n/g, "\r\n"))).toEqual(parseNote(lf));
				expect(parseNote(lf.replace(/\n/g, "\r"))).toEqual(parseNote(lf));
			}),
			{ numRuns: 800 },
		);
	});

	it("never skips a story note: the quick look agrees with a thorough read", () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const quick = parseNote(text);
				const thorough = parseNote(text, { thorough: true });
				expect(quick.isStoryNote).toBe(thorough.isStoryNote);
				if (thorough.isStoryNote) expectSameReading(quick, thorough);
			}),
			{ numRuns: 3000 },
		);
	});

	it("keeps every question of a note in the user's story scope, worded like an interview question or not", () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const quick = parseNote(text, { anyQuestion: true });
				const thorough = parseNote(text, { anyQuestion: true, thorough: true });
				expectSameReading(quick, thorough);
			}),
			{ numRuns: 3000 },
		);
	});

	it("gives every question and story of a note a distinct id", () => {
		fc.assert(
			fc.property(noteLike, (text) => {
				const note = parseNote(text);
				expect(new Set(note.questions.map((q) => q.id)).size).toBe(note.questions.length);
				expect(new Set(note.stories.map((s) => s.id)).size).toBe(note.stories.length);
			}),
			{ numRuns: 1000 },
		);
	});

	it("holds each canonical part once per story, so the index can rebuild the parts by name from the list", () => {
		fc.assert(
			fc.property(noteLike, (text) => {
				for (const s of parseNote(text).stories) {
					const written = s.partList.flatMap((p) => (p.part ? [p.part] : []));
					expect(new Set(written).size).toBe(written.length);
					expect(Object.entries(partsOf(s))).toEqual(Object.entries(s.parts));
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it("links stories and questions both ways", () => {
		fc.assert(
			fc.property(noteLike, (text) => {
				const note = parseNote(text);
				const questionIds = new Set(note.questions.map((q) => q.id));
				for (const s of note.stories) {
					for (const id of s.questionIds) {
						expect(questionIds.has(id)).toBe(true);
						expect(note.questions.find((q) => q.id === id)!.storyIds).toContain(s.id);
					}
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it("reads a label inside a story as it reads it outside one, whenever it reads one outside", () => {
		// The walker reuses the label read outside a story for the same line inside one.
		const labelLine = fc
			.tuple(marker, label, words, fc.constantFrom("", ":", " —", "**", " **"))
			.map(([m, l, w, tail]) => m.replace(/^[-*> #\d.)[\]!a-z]+/, "") + l + w + tail);
		const candidates = fc.oneof(labelLine, content, fc.string({ maxLength: 40 }));
		fc.assert(
			fc.property(candidates, fc.boolean(), (text, heading) => {
				const outside = matchLabel(text, { inStory: false, heading });
				if (outside) expect(matchLabel(text, { inStory: true, heading })).toEqual(outside);
			}),
			{ numRuns: 3000 },
		);
	});
});
