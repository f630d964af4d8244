import { followCorrections, mergeCorrections, readCorrections, setVerdict } from "../../../src/core/competencies/correction-store";
import type { StoryCorrection } from "../../../src/core/competencies/corrections";

const mine = (verdicts: StoryCorrection["verdicts"], updatedAt: number, storyId = "s-roadmap", path = "Prep/Bank.md"): StoryCorrection => ({
	path,
	storyId,
	verdicts,
	updatedAt,
});

describe("stored competency corrections", () => {
	it("reads good entries, drops unknown verdicts, and says how many entries it could not read", () => {
		const { corrections, warnings } = readCorrections([
			mine({ conflict: "confirmed" }, 10),
			{ path: "Prep/Bank.md", storyId: "s-other", verdicts: { scope: "maybe", ownership: "removed" }, updatedAt: 5 },
			{ path: "", storyId: "s-x", verdicts: {}, updatedAt: 1 },
			"not a correction",
		]);
		expect(corrections.map((c) => [c.storyId, c.verdicts])).toEqual([
			["s-other", { ownership: "removed" }],
			["s-roadmap", { conflict: "confirmed" }],
		]);
		expect(warnings).toEqual(["2 competency corrections could not be read and were ignored."]);
	});

	it("keeps a competency id that is an object property name as data", () => {
		const { corrections } = readCorrections(
			JSON.parse('[{"path":"a.md","storyId":"s","verdicts":{"__proto__":"confirmed"},"updatedAt":1}]'),
		);
		expect(Object.keys(corrections[0]!.verdicts)).toEqual(["__proto__"]);
	});

	it("merges two devices' copies story by story, the one changed last winning", () => {
		const here = [mine({ conflict: "removed" }, 20), mine({ scope: "confirmed" }, 5, "s-migration")];
		const there = [mine({ conflict: "confirmed" }, 10), mine({ failure: "confirmed" }, 30, "s-outage")];
		const merged = mergeCorrections(there, here);
		expect(merged.map((c) => [c.storyId, c.verdicts])).toEqual([
			["s-migration", { scope: "confirmed" }],
			["s-outage", { failure: "confirmed" }],
			["s-roadmap", { conflict: "removed" }],
		]);
		expect(mergeCorrections(here, there)).toEqual(merged);
	});

	it("records a verdict with a time later than the last, and keeps an emptied entry so the change still wins a merge", () => {
		let list = setVerdict([], { path: "Prep/Bank.md", storyId: "s-roadmap" }, "conflict", "confirmed", 100);
		list = setVerdict(list, { path: "Prep/Bank.md", storyId: "s-roadmap" }, "conflict", null, 100);
		expect(list).toEqual([mine({}, 101)]);
		expect(mergeCorrections([mine({ conflict: "confirmed" }, 100)], list)).toEqual(list);
	});

	it("follows a renamed note or folder and never moves a correction to another story", () => {
		const list = [mine({ conflict: "confirmed" }, 1), mine({ scope: "removed" }, 2, "s-2", "Other/Notes.md")];
		expect(followCorrections(list, "Prep/Bank.md", "Prep/Stories.md", "file")?.map((c) => [c.path, c.storyId])).toEqual([
			["Other/Notes.md", "s-2"],
			["Prep/Stories.md", "s-roadmap"],
		]);
		expect(followCorrections(list, "Prep", "Interview", "folder")?.map((c) => c.path)).toEqual(["Interview/Bank.md", "Other/Notes.md"]);
		// A note named like the folder moves nothing inside the folder.
		expect(followCorrections(list, "Prep.md", "Old prep.md", "file")).toBeNull();
	});
});
