import { App } from "obsidian-test-mocks/obsidian";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { StoryIndex } from "../../src/core/index/story-index";
import { IndexSync } from "../../src/obsidian/index-sync";
import { StoryBankEvents } from "../../src/obsidian/story-bank-events";
import { DataStore } from "../../src/obsidian/data-store";
import { carriedQuestionIds } from "../../src/core/practice/question-carry-over";
import type { PracticeRound } from "../../src/core/practice/practice-round";
import { settle } from "../helpers/vault";
import { pluginHost } from "../helpers/plugin-host";

// Why ids survive markers: a question's id is the hash of its words with TODO marks, star runs and
// (nickname) / [[link]] pointers read off first, so adding or removing a marker never changes it.
// These tests go through the vault index and the data store, the way a user's edits reach them.

const PREP = [
	"# Platform prep",
	"",
	"## Questions mainly asked",
	"",
	"- Tell me about a disagreement with your tech lead?",
	"- What is the riskiest launch you owned?",
	"- Tell me about a disagreement with your tech lead?",
	"",
].join("\n");

const NOW = new Date("2026-12-01T09:00:00.000Z");

async function setup() {
	const mock = App.createConfigured__({ files: { "Interview/Prep.md": PREP } });
	const app = mock.asOriginalType__();
	const index = new StoryIndex();
	const sync = new IndexSync(app, index, () => ({ ...DEFAULT_SETTINGS }), new StoryBankEvents());
	sync.load();
	mock.workspace.setLayoutReady__();
	await sync.whenScanned();
	const host = pluginHost({});
	await host.list();
	const store = new DataStore(host.plugin, () => undefined, { wait: () => Promise.resolve(), now: () => NOW });
	await store.load();
	const file = app.vault.getFileByPath("Interview/Prep.md")!;
	const rewrite = async (edit: (text: string) => string) => {
		await app.vault.modify(file, edit(await app.vault.read(file)));
		await settle();
	};
	return { index, store, rewrite };
}

function roundFor(id: string, questionId: string, questionText: string): PracticeRound {
	return {
		id,
		questionId,
		questionText,
		competencyId: "conflict",
		source: "vault",
		storyIds: [],
		rating: "at",
		note: "",
		seconds: 140,
		practisedAt: "2026-11-20T10:00:00.000Z",
	};
}

/** The note's questions in line order. */
const byLine = (ctx: Awaited<ReturnType<typeof setup>>) => [...ctx.index.questions()].sort((a, b) => a.line - b.line);

/** The question each saved round now belongs to, as "line: text". */
function historyOwners(ctx: Awaited<ReturnType<typeof setup>>): string[] {
	return ctx.store.data.history.rounds.map((r) => {
		const q = ctx.index.question(r.questionId);
		return q ? `${q.line}: ${q.text}` : "lost";
	});
}

describe("practice history when a question's markers change", () => {
	it("stays on the question when TODO, stars and a nickname are added, then stripped again", async () => {
		const ctx = await setup();
		const [first, riskiest, repeat] = byLine(ctx);
		await ctx.store.putRound(roundFor("r1", first!.id, first!.text));
		await ctx.store.putRound(roundFor("r2", riskiest!.id, riskiest!.text));
		const idsBefore = [first!.id, riskiest!.id, repeat!.id];
		expect(new Set(idsBefore).size).toBe(3);
		expect(historyOwners(ctx)).toEqual([
			"5: Tell me about a disagreement with your tech lead?",
			"6: What is the riskiest launch you owned?",
		]);

		await ctx.rewrite((t) =>
			t
				.replace("your tech lead?\n- What", "your tech lead? (TODO: find the numbers) (maxim)\n- What")
				.replace("you owned?", "you owned? ★★"),
		);
		const marked = byLine(ctx);
		expect(marked.map((q) => q.id)).toEqual(idsBefore);
		expect(marked[0]).toMatchObject({ todo: true, pointers: [expect.objectContaining({ name: "maxim" })] });
		expect(marked[1]).toMatchObject({ starred: true });
		expect(historyOwners(ctx)).toEqual([
			"5: Tell me about a disagreement with your tech lead?",
			"6: What is the riskiest launch you owned?",
		]);
		// Nothing for the carry-over to move: the ids the rounds were saved with are still known.
		expect(carriedQuestionIds(ctx.store.data.history.rounds, (id) => ctx.index.question(id) !== undefined).size).toBe(0);

		await ctx.rewrite(() => PREP);
		expect(byLine(ctx).map((q) => q.id)).toEqual(idsBefore);
		expect(historyOwners(ctx)).toEqual([
			"5: Tell me about a disagreement with your tech lead?",
			"6: What is the riskiest launch you owned?",
		]);
	});

	it("never hands a repeated question's id to its twin when only the twin gains a marker", async () => {
		const ctx = await setup();
		const [first, , repeat] = byLine(ctx);
		await ctx.store.putRound(roundFor("r1", repeat!.id, repeat!.text));

		await ctx.rewrite((t) => t.replace(/your tech lead\?\n$/, "your tech lead? (TODO)\n"));
		const after = byLine(ctx);
		expect(after[0]).toMatchObject({ id: first!.id, todo: false, line: 5 });
		expect(after[2]).toMatchObject({ id: repeat!.id, todo: true, line: 7 });
		expect(historyOwners(ctx)).toEqual(["7: Tell me about a disagreement with your tech lead?"]);
	});
});
