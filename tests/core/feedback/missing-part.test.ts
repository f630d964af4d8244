import { labelForPart, planMissingPart, planMissingPartInNote } from "../../../src/core/feedback/missing-part";
import { parseRegion } from "../../../src/core/feedback/story-region";
import { parseNote } from "../../../src/core/parser/note-parser";
import { detectNoteStyle } from "../../../src/core/template/note-style";
import { FEEDBACK_NOTE } from "./fixture-note";

const lines = FEEDBACK_NOTE.split("\n");
const note = parseNote(FEEDBACK_NOTE);
const style = detectNoteStyle(lines, note, { format: "star", listStyle: "numbered", indent: "tab" });
const search = note.stories[1]!;

function applied(at: { before: number; text: string }): string[] {
	return [...lines.slice(0, at.before), at.text, ...lines.slice(at.before)];
}

describe("inserting a missing part's label", () => {
	it("writes the Task after the Situation, numbered and indented like its neighbours, in the note's markup", () => {
		const plan = planMissingPart(lines, search, "task", labelForPart(style, "task"));
		expect(plan).toEqual({ before: 20, text: "\t2. **Task**:" });
	});

	it("gives a story the parser then reads with the Task label in place", () => {
		const plan = planMissingPart(lines, search, "task", labelForPart(style, "task"))!;
		const after = applied({ ...plan, text: `${plan.text} make search fast enough that users stop complaining` });
		const story = parseNote(after.join("\n")).stories[1]!;
		expect(story.missing).toEqual([]);
		expect(story.partList.map((p) => p.part)).toEqual(["situation", "task", "action", "result", "takeaway"]);
	});

	it("puts a missing first part before the first part written", () => {
		const noSituation = { partList: search.partList.filter((p) => p.part !== "situation") };
		expect(planMissingPart(lines, noSituation, "situation", labelForPart(style, "situation"))).toEqual({
			before: 20,
			text: "\t1. **Situation**:",
		});
	});

	it("uses the legend's wording for a part (Results, not Result)", () => {
		expect(labelForPart(style, "result").text).toBe("Results");
	});

	it("offers nothing for a story with no labelled part to stand beside", () => {
		expect(planMissingPart(lines, { partList: [] }, "task", labelForPart(style, "task"))).toBeNull();
	});

	it("copies heading labels at their level", () => {
		const text = ["## Tell me about a launch", "### Situation", "A launch slipped.", "### Action", "I cut scope."];
		const story = parseNote(text.join("\n"), { anyQuestion: true }).stories[0]!;
		const plan = planMissingPart(text, story, "task", { part: "task", text: "Task", before: "", after: "" });
		expect(plan).toEqual({ before: 3, text: "### Task" });
	});
});

describe("reading one story's lines", () => {
	it("finds the same story, in the note's line numbers, with the legend's expected parts", () => {
		const legend = lines.slice(note.legend!.line - 1, note.legend!.endLine);
		const [read] = parseRegion(lines.slice(18, 23), 19, legend, 150);
		expect(read?.story.line).toBe(search.line);
		expect(read?.story.endLine).toBe(search.endLine);
		expect(read?.story.missing).toEqual(["task"]);
		expect(read?.story.partList.map((p) => p.line)).toEqual(search.partList.map((p) => p.line));
		expect(read?.questions.map((q) => q.text)).toEqual(["Describe a project you led from start to finish."]);
	});

	it("sees a part typed into the story", () => {
		const legend = lines.slice(note.legend!.line - 1, note.legend!.endLine);
		const edited = [...lines.slice(0, 20), "\t2. **Task**: make search fast", ...lines.slice(20)];
		const [read] = parseRegion(edited.slice(18, 24), 19, legend, 150);
		expect(read?.story.missing).toEqual([]);
	});
});

describe("inserting a missing part into a whole note", () => {
	const fallback = { format: "star", listStyle: "numbered", indent: "tab" } as const;
	it("plans the Task of the story on line 20, and nothing for a part it has", () => {
		expect(planMissingPartInNote(FEEDBACK_NOTE, 20, "task", fallback)).toEqual({ before: 20, text: "\t2. **Task**:" });
		expect(planMissingPartInNote(FEEDBACK_NOTE, 20, "action", fallback)).toBeNull();
		expect(planMissingPartInNote(FEEDBACK_NOTE, 21, "task", fallback)).toBeNull();
	});
});
