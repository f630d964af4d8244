import { App } from "obsidian-test-mocks/obsidian";
import { appendToPracticeLog, practiceLogPath } from "../../src/obsidian/practice-log";

function vault(files: Record<string, string>) {
	return App.createConfigured__({ files }).asOriginalType__().vault;
}

describe("the practice log note", () => {
	it("is created, with its folder, by the first round", async () => {
		const v = vault({});
		await appendToPracticeLog(v, "Interview prep/Practice log", "- 2026-11-21 · At the bar");
		expect(await v.read(v.getFileByPath("Interview prep/Practice log.md")!)).toBe("- 2026-11-21 · At the bar\n");
	});

	it("gets one line per round at the end, never rewriting what was there", async () => {
		const before = "# Practice log\n\nMy own words, edited by hand.\n- 2026-11-20 · Below the bar\n";
		const v = vault({ "Log.md": before });
		await appendToPracticeLog(v, "Log.md", "- 2026-11-21 · At the bar");
		await appendToPracticeLog(v, "Log", "- 2026-11-22 · Above the bar");
		const after = await v.read(v.getFileByPath("Log.md")!);
		expect(after.startsWith(before)).toBe(true);
		expect(after.slice(before.length)).toBe("- 2026-11-21 · At the bar\n- 2026-11-22 · Above the bar\n");
	});

	it("starts a new line when the note does not end with one", async () => {
		const v = vault({ "Log.md": "- earlier line" });
		await appendToPracticeLog(v, "Log.md", "- new line");
		expect(await v.read(v.getFileByPath("Log.md")!)).toBe("- earlier line\n- new line\n");
	});

	it("keeps a round on one line", async () => {
		const v = vault({});
		await appendToPracticeLog(v, "Log.md", "- a note\nwith a break");
		expect(await v.read(v.getFileByPath("Log.md")!)).toBe("- a note with a break\n");
	});

	it("refuses to write over a folder", async () => {
		const v = vault({ "Log.md/": "" });
		await expect(appendToPracticeLog(v, "Log.md", "- x")).rejects.toThrow(/folder/);
	});

	it.each([
		["", null],
		["  ", null],
		["Practice log", "Practice log.md"],
		["/Prep//Log.md", "Prep/Log.md"],
		["Prep\\Log.MD", "Prep/Log.MD"],
	])("reads the setting %j as the note %j", (setting, path) => {
		expect(practiceLogPath(setting)).toBe(path);
	});
});
