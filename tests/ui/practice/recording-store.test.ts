import { TFile, type App } from "obsidian";
import { App as MockApp } from "obsidian-test-mocks/obsidian";
import { recordingStorage, saveRecording, trashRecordings } from "../../../src/ui/practice/recording-store";
import { microphoneMessage } from "../../../src/ui/practice/recorder";
import { rated } from "../../helpers/practice";

const evening = new Date(2026, 11, 4, 19, 5).getTime();
const answer = { data: new Uint8Array([1, 2, 3, 4, 5]).buffer, mimeType: "audio/webm;codecs=opus", seconds: 142 };

function appWith(attachmentFolderPath: string | undefined): App {
	const mock = MockApp.createConfigured__({ files: { "Jobs/Stories.md": "# Stories\n" } });
	const app = mock.asOriginalType__();
	// Obsidian reads the setting with vault.getConfig; the mock names it getConfig__.
	(app.vault as unknown as { getConfig: (k: string) => unknown }).getConfig = (k) =>
		k === "attachmentFolderPath" ? attachmentFolderPath : undefined;
	return app;
}

const input = (pluginFolder = "") => ({
	answer,
	questionText: "Why this team?",
	currentFile: "Jobs/Stories.md",
	pluginFolder,
	now: evening,
});

describe("saving a recorded answer in the vault", () => {
	it("writes it into Obsidian's attachment folder, creating the folder, named by date and question", async () => {
		const app = appWith("Attachments");
		const path = await saveRecording(app, input());
		expect(path).toBe("Attachments/Practice 2026-12-04 1905 Why this team.webm");
		expect(new Uint8Array(await app.vault.adapter.readBinary(path))).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
	});

	it("never overwrites: a second answer to the same question in the same minute gets -1", async () => {
		const app = appWith("./");
		const first = await saveRecording(app, input());
		const second = await saveRecording(app, input());
		expect([first, second]).toEqual([
			"Jobs/Practice 2026-12-04 1905 Why this team.webm",
			"Jobs/Practice 2026-12-04 1905 Why this team-1.webm",
		]);
	});

	it("counts a name as taken whatever its case, as macOS and Windows do", async () => {
		const app = appWith("Attachments");
		await app.vault.createFolder("Attachments");
		await app.vault.createBinary("Attachments/practice 2026-12-04 1905 why this team.webm", new ArrayBuffer(1));
		expect(await saveRecording(app, input())).toBe("Attachments/Practice 2026-12-04 1905 Why this team-1.webm");
	});

	it("uses the plugin's own folder when set", async () => {
		const path = await saveRecording(appWith("Attachments"), input("Practice/Audio"));
		expect(path).toBe("Practice/Audio/Practice 2026-12-04 1905 Why this team.webm");
	});

	it("counts the recordings the history links and their size, and trashes only those asked for", async () => {
		const app = appWith("");
		const a = await saveRecording(app, input());
		const b = await saveRecording(app, { ...input(), questionText: "Tell me about a failure" });
		const rounds = [
			rated("q-1", "at", "2026-12-04T19:05:00Z", { recording: a }),
			rated("q-2", "at", "2026-12-04T19:05:00Z", { recording: b }),
		];
		// The mock vault leaves stat.size at 0 on createBinary; Obsidian fills it in. Give each file its size.
		for (const p of [a, b]) {
			const file = app.vault.getAbstractFileByPath(p);
			if (file instanceof TFile) file.stat.size = 5;
		}
		expect(recordingStorage(app, rounds)).toEqual({ count: 2, bytes: 10 });
		expect(await trashRecordings(app, [a, "missing.webm"])).toEqual([a]);
		expect(app.vault.getAbstractFileByPath(a)).toBeNull();
		expect(recordingStorage(app, rounds)).toEqual({ count: 1, bytes: 5 });
	});
});

describe("a microphone that cannot be used", () => {
	it("says why in words the user can act on, and that the round goes on", () => {
		expect(microphoneMessage(Object.assign(new Error("x"), { name: "NotAllowedError" }))).toMatch(/refused.*round goes on/);
		expect(microphoneMessage({ name: "NotFoundError" })).toMatch(/No microphone was found/);
		expect(microphoneMessage("odd")).toMatch(/could not be started/);
	});
});
