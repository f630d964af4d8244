import { parseNote } from "../../../src/core/parser/note-parser";
import { StoryIndex } from "../../../src/core/index/story-index";

// Notes pasted from everywhere: each must parse to an answer (never a throw,
// never a hang). Linear time is measured by `npm run bench`; here a note only
// has to finish.

const STORY =
	"- Tell me about a time you shipped under pressure?\n\t1. **Situation**: a\n\t2. **Task**: b\n\t3. **Action**: " +
	"I c\n\t4. **Result**: 40% d\n";

const HOSTILE: [string, () => string][] = [
	["a 5 MB story note", () => STORY.repeat(Math.ceil((5 * 1024 * 1024) / STORY.length))],
	["a 100,000-line list", () => Array.from({ length: 100_000 }, (_, i) => `- item ${i}`).join("\n")],
	[
		"50 levels of nested bullets",
		() => Array.from({ length: 50 }, (_, i) => `${"\t".repeat(i)}- level ${i} **Situation**: x`).join("\n"),
	],
	["5,000 levels of nested bullets", () => Array.from({ length: 5000 }, (_, i) => `${" ".repeat(i)}- level ${i}`).join("\n")],
	["5,000 levels of nested quotes", () => `${">".repeat(5000)} Tell me about a time?\n${">".repeat(5000)} S: a`],
	["10,000-character lines", () => `- Tell me about ${"a ".repeat(5000)}?\n\t- **Situation**: ${"word ".repeat(2000)}\n`],
	["an unclosed <mark", () => `- Tell me about a <mark style="background: #FF5582A6;">time ${"x".repeat(10000)}`],
	["many unclosed <mark tags", () => `- Tell me about ${'<mark style="background: red;">'.repeat(3000)}?`],
	["a slash-heavy question", () => `- Tell me about ${"a/b/".repeat(3000)} time?`],
	["markup-heavy labels", () => `- Tell me?\n${"\t- **".repeat(2000)}Situation**: x\n`],
	["only --- lines", () => "---\n".repeat(20_000)],
	["frontmatter that never closes", () => `---\ntitle: x\n${"key: value\n".repeat(10_000)}`],
	["NUL bytes", () => `- Tell me about a time?\u0000\n\t- S: \u0000a\u0000\n`.repeat(500)],
	["zero-width and bidirectional overrides", () => `- Tell\u200b me about a\u202e time?\n\t- S\u200d: a\u2066b\u2069\n`.repeat(500)],
	["emoji everywhere", () => `- 🧗 Tell me about a 🚀 time? 😀\n\t- **📋 S** : 🎯\n\t- **🛠 A** : 💡\n`.repeat(500)],
	["an unclosed code fence at the top", () => `\`\`\`\n${STORY.repeat(1000)}`],
	["an unclosed comment at the top", () => `<!--\n${STORY.repeat(1000)}`],
	["CR-only line endings", () => STORY.repeat(1000).replace(/\n/g, "\r")],
	["a huge table", () => `| a | b |\n|---|---|\n${"| **Situation** | x |\n".repeat(20_000)}`],
];

describe("hostile notes", () => {
	it.each(HOSTILE)("parses %s", (_name, make) => {
		const text = make();
		const note = parseNote(text);
		expect(note.lineCount).toBeGreaterThan(0);
		// The index takes the result like any other note.
		const index = new StoryIndex();
		index.update("hostile.md", note);
		expect(index.stories().length).toBe(note.isStoryNote ? note.stories.length : 0);
	});

	it("finds the stories of a 5 MB note, not just survives it", () => {
		const text = STORY.repeat(Math.ceil((5 * 1024 * 1024) / STORY.length));
		const note = parseNote(text);
		expect(note.stories.length).toBe(Math.ceil((5 * 1024 * 1024) / STORY.length));
		expect(note.stories.every((s) => s.missing.length === 0)).toBe(true);
	});

	it("keeps script and handler text as plain text, never as markup", () => {
		const note = parseNote(
			'- Tell me about <mark style="background: red;" onclick="alert(1)">a hack</mark> ' +
				'<script>alert(2)</script><img src=x onerror="alert(3)"> [x](javascript:alert(4))?\n\t- ' +
				"**Situation**: <img src=x onerror=alert(5)>\n\t- **Result**: <script>alert(6)</script> 40%\n",
		);
		const q = note.questions[0]!;
		expect(q.text).not.toMatch(/<|onclick|onerror/);
		expect(q.highlights).toEqual([{ text: "a hack", color: "red", colorName: null, syntax: "mark-style" }]);
		// Part text keeps the note as written (the UI shows it as text, see the view tests);
		// a part that is only a tag holds no words, so it counts as missing.
		expect(note.stories[0]!.partList[0]!.text).toBe("<img src=x onerror=alert(5)>");
		expect(note.stories[0]!.missing).toEqual(["situation", "task", "action"]);
	});
});
