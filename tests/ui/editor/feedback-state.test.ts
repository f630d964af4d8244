import { EditorState } from "@codemirror/state";
import { builtInSet } from "../../../src/core/competencies/built-in-sets";
import { CompetencyMatcher } from "../../../src/core/competencies/competency-matcher";
import { noteVerdicts } from "../../../src/core/feedback/note-verdicts";
import { parseNote } from "../../../src/core/parser/note-parser";
import { entryAt, feedbackField, openDetail, replaceVerdicts, setVerdicts } from "../../../src/ui/editor/feedback-state";
import { FEEDBACK_NOTE } from "../../core/feedback/fixture-note";

// The editor's verdicts follow the text through every edit by mapping offsets, with no parse.

const verdicts = noteVerdicts(parseNote(FEEDBACK_NOTE), {
	matcher: new CompetencyMatcher(builtInSet("senior")),
	correction: () => undefined,
	targetSeconds: 150,
});
const field = feedbackField(() => createDiv());

function start(): EditorState {
	const state = EditorState.create({ doc: FEEDBACK_NOTE, extensions: [field] });
	return state.update({ effects: setVerdicts.of({ verdicts, detail: "all" }) }).state;
}

const lineOf = (state: EditorState, pos: number): number => state.doc.lineAt(pos).number;

describe("the verdicts in the editor", () => {
	it("sit on each story's first line, one marker each", () => {
		const state = start();
		const value = state.field(field);
		expect(value.entries.map((e) => lineOf(state, e.from))).toEqual([13, 20, 26]);
		expect(value.decorations.size).toBe(3);
	});

	it("move with their lines when a line is added above, and keep their verdicts", () => {
		const before = start();
		const after = before.update({ changes: { from: 0, insert: "A new first line\n" } }).state;
		const value = after.field(field);
		expect(value.entries.map((e) => lineOf(after, e.from))).toEqual([14, 21, 27]);
		expect(value.entries.map((e) => e.verdict)).toEqual(before.field(field).entries.map((e) => e.verdict));
		expect(value.decorations.size).toBe(3);
	});

	it("stretch over text typed at a story's end, so the story at the cursor is still found", () => {
		const before = start();
		const end = before.doc.line(23).to;
		const after = before.update({ changes: { from: end, insert: "\n\t6. more words" } }).state;
		expect(entryAt(after, field, end + 5)?.verdict.line).toBe(20);
	});

	it("replace only the stories read again, and close a detail whose story went", () => {
		let state = start();
		state = state.update({ effects: openDetail.of(state.field(field).entries[1]!.from) }).state;
		const from = state.doc.line(19).from;
		const to = state.doc.line(24).to;
		state = state.update({ effects: replaceVerdicts.of({ from, to, verdicts: [] }) }).state;
		expect(state.field(field).entries.map((e) => lineOf(state, e.from))).toEqual([13, 26]);
		expect(state.field(field).open).toBeNull();
	});

	it("show only stories with a warning in warnings-only mode", () => {
		const state = EditorState.create({ doc: FEEDBACK_NOTE, extensions: [field] });
		const clean = { ...verdicts[0]!, warnings: [], top: null };
		const next = state.update({ effects: setVerdicts.of({ verdicts: [clean, verdicts[1]!], detail: "warnings" }) }).state;
		expect(next.field(field).decorations.size).toBe(1);
	});
});
