import { parseNote } from "../../src/core/note-parser";
import { StoryIndex } from "../../src/core/story-index";

const note = (title: string, question = "Tell me about a time you led a migration?") => parseNote(`- ${question}\n\t- ${title}\n\t\t- S: a\n\t\t- A: b\n\t\t- R: 2x c\n`);

function titles(index: StoryIndex): string[] {
	return index.stories().map((s) => `${s.path}:${s.title ?? ""}`);
}

describe("the story index", () => {
	it("lists stories in path order whatever order notes arrive in", () => {
		const index = new StoryIndex();
		index.update("m.md", note("M"));
		index.update("a.md", note("A"));
		index.update("z.md", note("Z"));
		expect(titles(index)).toEqual(["a.md:A", "m.md:M", "z.md:Z"]);
		expect(index.notes().map((n) => n.path)).toEqual(["a.md", "m.md", "z.md"]);
	});

	it("replaces a changed note's entries in place, and drops a note that no longer holds a story", () => {
		const index = new StoryIndex();
		for (const p of ["a.md", "b.md", "c.md"]) index.update(p, note(p.toUpperCase()));
		index.update("b.md", note("B2"));
		expect(titles(index)).toEqual(["a.md:A.MD", "b.md:B2", "c.md:C.MD"]);
		index.update("b.md", parseNote("just prose"));
		expect(titles(index)).toEqual(["a.md:A.MD", "c.md:C.MD"]);
		expect(index.story(note("B2").stories[0]!.id)).toBeUndefined();
	});

	it("moves a renamed note to its new place and keeps its ids", () => {
		const index = new StoryIndex();
		index.update("a.md", note("A"));
		index.update("b.md", note("B"));
		const id = index.stories()[0]!.id;
		index.rename("a.md", "z.md");
		expect(titles(index)).toEqual(["b.md:B", "z.md:A"]);
		expect(index.story(id)?.path).toBe("z.md");
	});

	it("answers a question id written in two notes with the first note by path, and knows both", () => {
		const index = new StoryIndex();
		index.update("b.md", note("B"));
		index.update("a.md", note("A"));
		const id = index.questions()[0]!.id;
		expect(index.question(id)?.path).toBe("a.md");
		expect(index.questionOccurrences(id).map((q) => q.path)).toEqual(["a.md", "b.md"]);
		expect(index.storiesOfQuestion(id).map((s) => s.title)).toEqual(["A", "B"]);
		index.remove("a.md");
		expect(index.question(id)?.path).toBe("b.md");
	});

	it("hands out one list per revision, so a cache keyed by the list is never stale", () => {
		const index = new StoryIndex();
		index.update("a.md", note("A"));
		const first = index.stories();
		expect(index.stories()).toBe(first);
		index.update("b.md", note("B"));
		expect(index.stories()).not.toBe(first);
		expect(first.map((s) => s.title)).toEqual(["A"]);
	});

	it("takes a note with thousands of stories", () => {
		const index = new StoryIndex();
		const big = parseNote(Array.from({ length: 5000 }, (_, i) => `- Tell me about time ${i}?\n\t- S: a\n\t- R: b`).join("\n"));
		index.update("b.md", big);
		index.update("a.md", note("A"));
		expect(index.stories()).toHaveLength(5001);
		expect(index.stories()[0]!.path).toBe("a.md");
		index.remove("b.md");
		expect(index.stories()).toHaveLength(1);
	});
});
