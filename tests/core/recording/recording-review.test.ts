import {
	pacingMarks,
	partAt,
	durationVerdict,
	durationSentence,
	overtimeAllowance,
	recordingTimeIsUp,
} from "../../../src/core/recording/pacing";
import { recordingsOlderThan, formatBytes } from "../../../src/core/recording/recording-age";
import { recordingEmbed, withRecordingEmbed } from "../../../src/core/recording/recording-link";

describe("pacing marks", () => {
	it("puts Situation, Action and Result at 20 / 60 / 20 of a 2½ minute answer", () => {
		expect(pacingMarks(150).map((m) => [m.label, m.start, m.end])).toEqual([
			["Situation", 0, 30],
			["Action", 30, 120],
			["Result", 120, 150],
		]);
	});

	it("says which part a moment falls in, and nothing past the target", () => {
		const marks = pacingMarks(180);
		expect(partAt(10, marks)).toBe("situation");
		expect(partAt(100, marks)).toBe("action");
		expect(partAt(170, marks)).toBe("result");
		expect(partAt(200, marks)).toBeNull();
	});

	it("compares the real duration with the target", () => {
		expect(durationVerdict(75, 150)).toBe("short");
		expect(durationVerdict(140, 150)).toBe("on target");
		expect(durationVerdict(190, 150)).toBe("long");
	});
});

describe("old recordings", () => {
	const now = Date.parse("2026-12-04T12:00:00Z");
	const recs = [
		{ path: "a.webm", recordedAt: "2026-12-03T12:00:00Z" },
		{ path: "b.webm", recordedAt: "2026-11-01T12:00:00Z" },
		{ path: "c.webm", recordedAt: "not a date" },
	];

	it("selects only recordings older than the number of days", () => {
		expect(recordingsOlderThan(recs, 30, now).map((r) => r.path)).toEqual(["b.webm"]);
		// Exactly one day old is not older than one day.
		expect(recordingsOlderThan(recs, 1, now).map((r) => r.path)).toEqual(["b.webm"]);
		expect(recordingsOlderThan(recs, 1, now + 1).map((r) => r.path)).toEqual(["a.webm", "b.webm"]);
	});

	it("selects nothing for a day count that is not a positive number", () => {
		expect(recordingsOlderThan(recs, 0, now)).toEqual([]);
		expect(recordingsOlderThan(recs, Number.NaN, now)).toEqual([]);
	});

	it("shows sizes the way settings do", () => {
		expect(formatBytes(900)).toBe("900 B");
		expect(formatBytes(512 * 1024)).toBe("512 KB");
		expect(formatBytes(3.4 * 1024 * 1024)).toBe("3.4 MB");
	});
});

describe("recording links", () => {
	it("embeds the full vault path so Obsidian plays it", () => {
		expect(recordingEmbed("Jobs/Practice 2026-12-04 1905 Why this team.webm")).toBe(
			"![[Jobs/Practice 2026-12-04 1905 Why this team.webm]]",
		);
		expect(withRecordingEmbed("- 2026-12-04 · Solid", "a.webm")).toBe("- 2026-12-04 · Solid · ![[a.webm]]");
		expect(withRecordingEmbed("- 2026-12-04 · Solid", undefined)).toBe("- 2026-12-04 · Solid");
	});
});

describe("when a recording stops itself, and what the review says of its length", () => {
	it("gives a fifth of the target as overtime, at most half a minute", () => {
		expect(overtimeAllowance(30)).toBe(6);
		expect(overtimeAllowance(150)).toBe(30);
		expect(overtimeAllowance(600)).toBe(30);
		expect(recordingTimeIsUp(155, 150)).toBe(false);
		expect(recordingTimeIsUp(180, 150)).toBe(true);
	});

	it("says the real duration against the target, with what to do about it", () => {
		expect(durationSentence(161, 150)).toBe(
			"Your answer ran 2:41 against a target of 2:30: long: cut the setting first, then any step that did not change the outcome.",
		);
		expect(durationSentence(140.4, 150)).toBe("Your answer ran 2:20 against a target of 2:30: on target.");
		expect(durationSentence(62, 150)).toMatch(/^Your answer ran 1:02 against a target of 2:30: short/);
	});
});
