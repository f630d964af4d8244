import { join } from "node:path";
import { main } from "../../src/cli/story-bank";
import { VAULTS } from "../helpers/fixtures";

interface JsonQuestion {
	line: number;
	text: string;
	pointers: { name: string; via: string; storyId: string | null; path?: string }[];
	todo: boolean;
	starred: boolean;
}

function questionsOf(file: string): JsonQuestion[] {
	const out: string[] = [];
	const code = main(
		["index", join(VAULTS, file), "--json"],
		(t) => out.push(t),
		() => undefined,
	);
	expect(code).toBe(0);
	const notes = (JSON.parse(out.join("\n")) as { notes: { questions: JsonQuestion[] }[] }).notes;
	return notes[0]?.questions ?? [];
}

describe("story-bank index --json: what a question line carries besides its words", () => {
	it("gives every question its pointers, to-do and priority flags, an unresolved pointer with a null story", () => {
		const questions = questionsOf("company-prep.md");
		for (const q of questions) {
			expect(Array.isArray(q.pointers)).toBe(true);
			expect(typeof q.todo).toBe("boolean");
			expect(typeof q.starred).toBe("boolean");
		}
		const hardest = questions.find((q) => q.line === 16);
		expect(hardest).toMatchObject({ text: "hardest bug chased", todo: true, starred: true, pointers: [] });
		expect(questions.find((q) => q.line === 14)?.pointers).toEqual([{ name: "ledger rewrite", via: "nickname", storyId: null }]);
		const dana = questions.find((q) => q.line === 13)?.pointers[0];
		expect(dana).toMatchObject({ name: "dana", via: "nickname" });
		expect(dana?.storyId).toMatch(/^s-/);
	});
});

describe("story-bank index --json: links to a story in another note", () => {
	it("gives a question's link the story and note it resolves to, and the story the linking question", () => {
		const out: string[] = [];
		expect(
			main(
				["index", join(VAULTS, "linked-notes"), "--json"],
				(t) => out.push(t),
				() => undefined,
			),
		).toBe(0);
		type Note = {
			path: string;
			questions: (JsonQuestion & { id: string })[];
			stories: { id: string; title: string; questionIds: string[] }[];
		};
		const notes = (JSON.parse(out.join("\n")) as { notes: Note[] }).notes;
		const prep = notes.find((n) => n.path.endsWith("Northwind.md"))!;
		const bank = notes.find((n) => n.path.endsWith("Platform stories.md"))!;
		const [flags, schema] = bank.stories;
		expect(prep.questions.map((q) => q.pointers.map((p) => [p.storyId, p.path?.split("/").pop() ?? null]))).toEqual([
			[[flags!.id, "Platform stories.md"]],
			[[schema!.id, "Platform stories.md"]],
			[[null, null]],
		]);
		expect(bank.stories.map((s) => s.questionIds)).toEqual([[prep.questions[0]!.id], [prep.questions[1]!.id]]);
	});
});
