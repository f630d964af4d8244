import { storyVerdict, verdictAtLine, verdictLabel, verdictLine, type CompetencyInput } from "../../../src/core/feedback/story-verdict";
import { PART_FIXES, WARNING_FIXES } from "../../../src/core/feedback/warning-fixes";
import { parseNote } from "../../../src/core/parser/note-parser";
import { FEEDBACK_NOTE } from "./fixture-note";

const note = parseNote(FEEDBACK_NOTE);
const [billing, search, releases] = note.stories;
const TARGET = 150;

const suggested: CompetencyInput = { id: "ownership", name: "Ownership", source: "story", evidence: ["nobody owned it"] };
const confirmed: CompetencyInput = { id: "failure", name: "Failure", source: "corrected", evidence: [] };
const tagged: CompetencyInput = { id: "conflict", name: "Conflict", source: "tag", evidence: [] };

describe("the verdict on a story", () => {
	it("finds the three stories of the note", () => {
		expect(note.stories.map((s) => s.line)).toEqual([13, 20, 26]);
	});

	it("gives a complete, measured story no part warning and a high score", () => {
		const verdict = storyVerdict(billing!, [confirmed], TARGET);
		expect(verdict.chips.map((c) => c.state)).toEqual(["present", "present", "present", "present", "present"]);
		expect(verdict.warnings.map((w) => w.kind)).not.toContain("missing-part");
		expect(verdict.warnings.map((w) => w.kind)).not.toContain("unmeasured");
		expect(verdict.score).toBeGreaterThanOrEqual(4);
		expect(verdict.competencies).toEqual([{ id: "failure", name: "Failure", state: "confirmed", evidence: [] }]);
	});

	it("leads with the missing Task, then the unmeasured result, each with its fix", () => {
		const verdict = storyVerdict(search!, [suggested], TARGET);
		expect(verdict.top).toMatchObject({ kind: "missing-part", part: "task", text: "No Task", fix: PART_FIXES.task });
		expect(verdict.warnings.map((w) => w.kind)).toEqual(["missing-part", "unmeasured", "staff-level"]);
		expect(verdict.warnings[1]?.fix).toBe(WARNING_FIXES.unmeasured);
		for (const w of verdict.warnings) expect(w.fix).toMatch(/^[A-Z].*\.$/);
		expect(verdict.chips.find((c) => c.part === "task")?.state).toBe("missing");
	});

	it("marks a guessed competency as suggested and keeps its evidence; a stated one has none", () => {
		const verdict = storyVerdict(releases!, [suggested, tagged], TARGET);
		expect(verdict.competencies).toEqual([
			{ id: "ownership", name: "Ownership", state: "suggested", evidence: ["nobody owned it"] },
			{ id: "conflict", name: "Conflict", state: "stated", evidence: [] },
		]);
	});

	it("warns a story told as “we” with a fix that asks for the speaker's own decisions", () => {
		const verdict = storyVerdict(releases!, [], TARGET);
		const voice = verdict.warnings.find((w) => w.kind === "hidden-voice");
		expect(voice?.short).toBe("Mostly “we”");
		expect(voice?.fix).toContain("personally decided");
	});

	it("shortens a length warning to its duration", () => {
		const long = { ...billing!, signals: { ...billing!.signals, speakingSeconds: 220 } };
		const verdict = storyVerdict(long, [], TARGET);
		expect(verdict.warnings.find((w) => w.kind === "too-long")?.short).toBe("3:40 to tell");
	});
});

describe("the marker's words", () => {
	it("shows parts, first competency, score and top warning", () => {
		const line = verdictLine(storyVerdict(search!, [suggested], TARGET), "all");
		expect(line).toBe("S T? A R L · Ownership (suggested) · 2/5 · No Task");
	});

	it("shows only the top warning in warnings-only mode, and nothing for a story without one", () => {
		expect(verdictLine(storyVerdict(search!, [], TARGET), "warnings")).toBe("No Task");
		const clean = { ...storyVerdict(billing!, [], TARGET), top: null, warnings: [] };
		expect(verdictLine(clean, "warnings")).toBeNull();
	});

	it("says the same in words for a screen reader", () => {
		const label = verdictLabel(storyVerdict(search!, [suggested], TARGET));
		expect(label).toContain("missing: Task");
		expect(label).toContain("Ownership (suggested)");
		expect(label).toContain("top warning: No Task");
	});
});

describe("the story at a line", () => {
	const verdicts = note.stories.map((s) => storyVerdict(s, [], TARGET));
	it("is the story whose lines hold it, or none between stories", () => {
		expect(verdictAtLine(verdicts, 21)?.line).toBe(20);
		expect(verdictAtLine(verdicts, 29)?.line).toBe(26);
		expect(verdictAtLine(verdicts, 19)).toBeNull();
	});
});
