import { pickRecordingType, extensionForType } from "../../../src/core/recording/recording-format";
import { recordingFolder } from "../../../src/core/recording/recording-folder";
import { recordingBaseName, MAX_QUESTION_CHARS } from "../../../src/core/recording/recording-name";
import { freePath } from "../../../src/core/recording/recording-path";
import { planRecordingPath } from "../../../src/core/recording/recording-plan";

// Local-time constructor: the name uses the user's local time, whatever zone the tests run in.
const evening = new Date(2026, 11, 4, 19, 5);

describe("recording file names", () => {
	it("names a recording by local date, time and question", () => {
		expect(recordingBaseName(evening, "Tell me about a time you disagreed with your manager.")).toBe(
			"Practice 2026-12-04 1905 Tell me about a time you disagreed with your manager",
		);
	});

	it("drops characters that file systems or wikilinks refuse", () => {
		const name = recordingBaseName(evening, 'What did "ownership" mean at [[Acme]]: #1 | 2/3? *really*');
		expect(name).not.toMatch(/[\\/:*?"<>|#^[\]]/);
		expect(name).toBe("Practice 2026-12-04 1905 What did ownership mean at Acme 1 2 3 really");
	});

	it("cuts a long question at a word boundary", () => {
		const long = "Describe the most complex cross-team migration you led, including how you handled stakeholders who resisted it";
		const question = recordingBaseName(evening, long).slice("Practice 2026-12-04 1905 ".length);
		expect(question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
		expect(long.startsWith(question)).toBe(true);
		expect(long[question.length]).toMatch(/[ ,]/);
	});

	it("falls back to the date alone when the question has nothing usable", () => {
		expect(recordingBaseName(evening, " ??? // ")).toBe("Practice 2026-12-04 1905");
		expect(recordingBaseName(evening, "...hidden")).toBe("Practice 2026-12-04 1905 hidden");
	});
});

describe("recording container", () => {
	it("takes the first supported type of the preference list", () => {
		expect(pickRecordingType((t) => t === "audio/mp4" || t === "audio/ogg")).toBe("audio/mp4");
		expect(pickRecordingType((t) => t.startsWith("audio/webm"))).toBe("audio/webm;codecs=opus");
		expect(pickRecordingType(() => false)).toBeNull();
	});

	it("skips a type the platform throws on", () => {
		expect(
			pickRecordingType((t) => {
				if (t.startsWith("audio/webm")) throw new Error("unknown");
				return t === "audio/ogg";
			}),
		).toBe("audio/ogg");
	});

	it("chooses an extension Obsidian plays for each container", () => {
		expect(extensionForType("audio/webm;codecs=opus")).toBe("webm");
		expect(extensionForType("audio/mp4; codecs=mp4a.40.2")).toBe("m4a");
		expect(extensionForType("audio/ogg")).toBe("ogg");
		expect(extensionForType("")).toBe("webm");
		expect(extensionForType(null)).toBe("webm");
	});
});

describe("recording folder", () => {
	it("uses the plugin's own folder when one is set", () => {
		expect(recordingFolder(" /Practice/Audio/ ", "Attachments", "Jobs/Stories.md")).toBe("Practice/Audio");
	});

	it("follows Obsidian's attachment setting otherwise", () => {
		expect(recordingFolder("", undefined, "Jobs/Stories.md")).toBe("");
		expect(recordingFolder("", "/", "Jobs/Stories.md")).toBe("");
		expect(recordingFolder("", "Attachments", "Jobs/Stories.md")).toBe("Attachments");
		expect(recordingFolder("", "Files/Audio/", null)).toBe("Files/Audio");
	});

	it("reads './' as the current note's folder and './sub' as a folder under it", () => {
		expect(recordingFolder("", "./", "Jobs/Stories.md")).toBe("Jobs");
		expect(recordingFolder("", "./assets", "Jobs/2026/Stories.md")).toBe("Jobs/2026/assets");
		expect(recordingFolder("", "./assets", "Stories.md")).toBe("assets");
		expect(recordingFolder("", "./", null)).toBe("");
	});
});

describe("collisions", () => {
	it("never reuses a taken name: -1, -2, …", () => {
		const taken = new Set(["A/Practice.webm", "A/Practice-1.webm"]);
		expect(freePath("A", "Practice", "webm", (p) => taken.has(p))).toBe("A/Practice-2.webm");
		expect(freePath("", "Practice", "webm", (p) => taken.has(p))).toBe("Practice.webm");
	});

	it("gives up with an error rather than loop for ever", () => {
		expect(() => freePath("A", "x", "webm", () => true)).toThrow(/No free file name/);
	});

	it("plans folder, name and extension together", () => {
		const taken = new Set(["Jobs/Practice 2026-12-04 1905 Why this team.m4a"]);
		expect(
			planRecordingPath({
				now: evening.getTime(),
				questionText: "Why this team?",
				mimeType: "audio/mp4",
				pluginFolder: "",
				attachmentFolderPath: "./",
				currentFile: "Jobs/Stories.md",
				exists: (p) => taken.has(p),
			}),
		).toEqual({ folder: "Jobs", path: "Jobs/Practice 2026-12-04 1905 Why this team-1.m4a" });
	});
});
