import { App } from "obsidian-test-mocks/obsidian";
import { DEFAULT_SETTINGS, type StoryBankSettings } from "../../src/core/settings";
import { StoryIndex } from "../../src/core/index/story-index";
import { IndexSync } from "../../src/obsidian/index-sync";
import { StoryBankEvents } from "../../src/obsidian/story-bank-events";
import { settle } from "../helpers/vault";

const STORY =
	"- Tell me about a time you led a migration?\n\t- Billing move\n\t\t- S: old system\n\t\t- A: I planned it\n\t\t- R: 0 downtime\n";

function setup(files: Record<string, string>, overrides: Partial<StoryBankSettings> = {}) {
	const mock = App.createConfigured__({ files });
	const app = mock.asOriginalType__();
	const index = new StoryIndex();
	const events = new StoryBankEvents();
	const settings: StoryBankSettings = { ...DEFAULT_SETTINGS, ...overrides };
	const sync = new IndexSync(app, index, () => settings, events);
	return { mock, app, index, events, sync, settings };
}

async function ready(ctx: ReturnType<typeof setup>): Promise<void> {
	ctx.sync.load();
	ctx.mock.workspace.setLayoutReady__();
	await ctx.sync.whenScanned();
}

describe("the vault index", () => {
	it("reads nothing before the layout is ready, then finds the story notes and drops ordinary ones", async () => {
		const ctx = setup({ "Interview/Bank.md": STORY, "Groceries.md": "- milk\n- eggs\n" });
		ctx.sync.load();
		await settle();
		expect(ctx.index.notes()).toEqual([]);
		ctx.mock.workspace.setLayoutReady__();
		await ctx.sync.whenScanned();
		expect(ctx.index.notes().map((n) => n.path)).toEqual(["Interview/Bank.md"]);
		expect(ctx.index.stories().map((s) => s.title)).toEqual(["Billing move"]);
	});

	it("updates one note when it changes, keeping the others", async () => {
		const ctx = setup({ "a.md": STORY, "b.md": STORY.replace("Billing move", "Search rewrite") });
		await ready(ctx);
		const file = ctx.app.vault.getFileByPath("a.md")!;
		await ctx.app.vault.modify(file, STORY.replace("Billing move", "Ledger move"));
		await settle();
		expect(ctx.index.stories().map((s) => s.title)).toEqual(["Ledger move", "Search rewrite"]);
	});

	it("follows a rename and keeps the ids, so practice history stays attached", async () => {
		const ctx = setup({ "a.md": STORY });
		await ready(ctx);
		const before = ctx.index.stories()[0]!.id;
		await ctx.app.fileManager.renameFile(ctx.app.vault.getFileByPath("a.md")!, "Archive/a2.md");
		await settle();
		expect(ctx.index.notes().map((n) => n.path)).toEqual(["Archive/a2.md"]);
		expect(ctx.index.stories()[0]).toMatchObject({ id: before, path: "Archive/a2.md" });
	});

	it("follows a question's link into another note, and lets go when that note is renamed or deleted", async () => {
		const prep = "- Tell me about a time you took over a failing project? [[Bank#billing move]]\n";
		const ctx = setup({ "Stories/Bank.md": STORY, "Prep/Acme.md": prep });
		await ready(ctx);
		const linked = () => ctx.index.storiesOfQuestion(ctx.index.note("Prep/Acme.md")!.questions[0]!.id).map((s) => s.path);
		expect(linked()).toEqual(["Stories/Bank.md"]);
		await ctx.app.fileManager.renameFile(ctx.app.vault.getFileByPath("Stories/Bank.md")!, "Stories/Old bank.md");
		await settle();
		expect(linked()).toEqual([]);
		await ctx.app.fileManager.renameFile(ctx.app.vault.getFileByPath("Stories/Old bank.md")!, "Archive/Bank.md");
		await settle();
		expect(linked()).toEqual(["Archive/Bank.md"]);
		await ctx.app.vault.delete(ctx.app.vault.getFileByPath("Archive/Bank.md")!);
		await settle();
		expect(linked()).toEqual([]);
	});

	it("forgets a deleted note", async () => {
		const ctx = setup({ "a.md": STORY, "b.md": STORY });
		await ready(ctx);
		await ctx.app.vault.delete(ctx.app.vault.getFileByPath("a.md")!);
		await settle();
		expect(ctx.index.notes().map((n) => n.path)).toEqual(["b.md"]);
	});

	it("indexes a note created after start-up", async () => {
		const ctx = setup({ "a.md": STORY });
		await ready(ctx);
		await ctx.app.vault.create("new.md", STORY);
		await settle();
		expect(ctx.index.notes().map((n) => n.path)).toEqual(["a.md", "new.md"]);
	});

	it("only reads the story folder when one is set, and follows notes moved in and out", async () => {
		const ctx = setup({ "Stories/a.md": STORY, "Elsewhere/b.md": STORY }, { storyFolder: "Stories" });
		await ready(ctx);
		expect(ctx.index.notes().map((n) => n.path)).toEqual(["Stories/a.md"]);
		await ctx.app.fileManager.renameFile(ctx.app.vault.getFileByPath("Stories/a.md")!, "Elsewhere/a.md");
		await settle();
		expect(ctx.index.notes()).toEqual([]);
		await ctx.app.fileManager.renameFile(ctx.app.vault.getFileByPath("Elsewhere/b.md")!, "Stories/b.md");
		await settle();
		expect(ctx.index.notes().map((n) => n.path)).toEqual(["Stories/b.md"]);
	});

	it("skips a note over the size limit and says why", async () => {
		const ctx = setup({ "big.md": STORY + "x".repeat(20 * 1024), "a.md": STORY }, { maxNoteSizeKb: 16 });
		await ready(ctx);
		expect(ctx.index.notes().map((n) => n.path)).toEqual(["a.md"]);
		expect(ctx.index.skipped().map((s) => s.path)).toEqual(["big.md"]);
		expect(ctx.index.skipped()[0]!.reason).toContain("16 KB");
	});

	it("tells views once for a burst of changes", async () => {
		jest.useFakeTimers();
		try {
			const ctx = setup({ "a.md": STORY });
			ctx.sync.load();
			ctx.mock.workspace.setLayoutReady__();
			await jest.runAllTimersAsync();
			let told = 0;
			ctx.events.onIndexChanged(() => told++);
			const file = ctx.app.vault.getFileByPath("a.md")!;
			for (let i = 0; i < 50; i++) await ctx.app.vault.modify(file, STORY.replace("Billing move", `Move ${i}`));
			await jest.advanceTimersByTimeAsync(1000);
			expect(told).toBe(1);
			expect(ctx.index.stories()[0]!.title).toBe("Move 49");
		} finally {
			jest.useRealTimers();
		}
	});
});
