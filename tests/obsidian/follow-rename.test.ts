import { loadPlugin } from "../helpers/practice-app";
import { eventually } from "../helpers/coverage-app";

const STORY =
	"- Tell me about a time you led a migration?\n\t- Billing move\n\t\t- S: old system\n\t\t- A: I planned it\n\t\t- R: 0 downtime\n";

describe("settings that name a folder", () => {
	it("follow the story folder when it is renamed, and its notes stay indexed", async () => {
		const ctx = await loadPlugin(
			{ "Stories/Bank.md": STORY, "Elsewhere/Other.md": STORY },
			{ storyFolder: "Stories", newStoryFolder: "Stories" },
		);
		await ctx.plugin.whenIndexed();
		expect(ctx.plugin.index.notes().map((n) => n.path)).toEqual(["Stories/Bank.md"]);
		await ctx.app.fileManager.renameFile(ctx.app.vault.getFolderByPath("Stories")!, "Interviews");
		await eventually(() => expect(ctx.plugin.settings).toMatchObject({ storyFolder: "Interviews", newStoryFolder: "Interviews" }));
		await eventually(() => expect(ctx.plugin.index.notes().map((n) => n.path)).toEqual(["Interviews/Bank.md"]), 3000);
	});
});

describe("a note named like a folder setting", () => {
	it("leaves the story folder alone when the note Interview.md is renamed, and every story stays indexed", async () => {
		const ctx = await loadPlugin(
			{ "Interview/Bank.md": STORY, "Interview.md": STORY },
			{ storyFolder: "Interview", newStoryFolder: "Interview" },
		);
		await ctx.plugin.whenIndexed();
		expect(ctx.plugin.index.notes().map((n) => n.path)).toEqual(["Interview/Bank.md"]);
		await ctx.app.fileManager.renameFile(ctx.app.vault.getFileByPath("Interview.md")!, "Interview notes.md");
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(ctx.plugin.settings).toMatchObject({ storyFolder: "Interview", newStoryFolder: "Interview" });
		expect(ctx.plugin.index.notes().map((n) => n.path)).toEqual(["Interview/Bank.md"]);
	});
});

describe("competency corrections", () => {
	it("follow their note when it is renamed, keeping their story ids", async () => {
		const ctx = await loadPlugin({ "Stories/Bank.md": STORY });
		const story = ctx.plugin.index.notes()[0]!.stories[0]!;
		await ctx.plugin.store.setVerdict({ path: "Stories/Bank.md", storyId: story.id }, "ownership", "confirmed");
		await ctx.app.fileManager.renameFile(ctx.app.vault.getFileByPath("Stories/Bank.md")!, "Stories/Answers.md");
		await eventually(() =>
			expect(ctx.plugin.store.data.corrections.map((c) => [c.path, c.storyId])).toEqual([["Stories/Answers.md", story.id]]),
		);
		expect(ctx.plugin.index.notes()[0]?.stories[0]?.id).toBe(story.id);
	});
});
