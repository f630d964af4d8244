import { parseNote } from "../../../src/core/parser/note-parser";
import { planInsertion } from "../../../src/core/template/plan-insertion";
import type { TemplateOptions } from "../../../src/core/template/types";
import { applyToText, CARET, TOPIC, withoutCaret } from "../../helpers/template-text";

const OPTIONS: TemplateOptions = { format: "star", listStyle: "numbered", indent: "tab", highlightCompetencies: {} };

/** Insert STAR template for the topic's question, cursor on `cursorLine`, in the note's own style. */
function planFor(text: string, cursorLine: number, title: string): ReturnType<typeof planInsertion> {
	return planInsertion({ text, cursorLine, topic: TOPIC, options: OPTIONS, date: new Date(2025, 2, 1), title, userTemplate: null });
}

const NOTE = [
	"# Bank",
	"",
	"- *Tell me about a time you missed a deadline*",
	"\t1. **Situation**: The export API slipped a week.",
	"\t2. **Task**: Tell the partner and replan.",
	"\t3. **Action**: I called them the same day with a new date.",
	"\t4. **Result**: They kept the contract.",
	"",
	"- *Describe a time you disagreed with your manager*",
	"",
].join("\n");

describe("Insert STAR template on a question the note already asks", () => {
	const plan = planFor(NOTE, 9, "Bank");
	const after = applyToText(NOTE, plan.edit);

	it("adds one titled story under it in the note's labels, cursor on its first part, and no second copy of the question", () => {
		expect(after.split("\n").slice(2, 13)).toEqual([
			"- *Tell me about a time you missed a deadline*",
			"\t1. **Situation**: The export API slipped a week.",
			"\t2. **Task**: Tell the partner and replan.",
			"\t3. **Action**: I called them the same day with a new date.",
			"\t4. **Result**: They kept the contract.",
			"\t- New story",
			`\t\t1. **Situation**: ${CARET}`,
			"\t\t2. **Task**: ",
			"\t\t3. **Action**: ",
			"\t\t4. **Result**: ",
			"",
		]);
		expect(after.match(/missed a deadline/g)).toHaveLength(1);
	});

	it("keeps every id where it was, and one undo of the single edit gives the note back byte for byte", () => {
		const before = parseNote(NOTE);
		const changed = parseNote(withoutCaret(after));
		expect(changed.questions.map((q) => q.id)).toEqual(before.questions.map((q) => q.id));
		expect(changed.stories[0]?.id).toBe(before.stories[0]?.id);
		expect(changed.stories.map((s) => s.title)).toEqual([null, "New story"]);
		expect(changed.questions[0]?.storyIds).toEqual([before.stories[0]?.id, changed.stories[1]?.id]);
		// The edit only inserts: undoing it is removing exactly its text.
		expect(plan.edit.from).toEqual(plan.edit.to);
		const text = withoutCaret(after);
		const at = NOTE.split("\n").slice(0, plan.edit.from.line).join("\n").length + 1 + plan.edit.from.ch;
		expect(text.slice(0, at) + text.slice(at + plan.edit.text.length)).toBe(NOTE);
	});
});

describe("Insert STAR template on a question the note asks as a heading", () => {
	const HEADINGS = [
		"# Loop prep",
		"",
		"## Tell me about a time you missed a deadline",
		"",
		"**Situation:** The export API slipped a week.",
		"**Action:** I called the partner the same day with a new date.",
		"**Result:** They kept the contract.",
		"",
		"## Describe a time you disagreed with your manager",
		"",
		"**Situation:** We split on a freeze.",
		"**Action:** I wrote up both options.",
		"**Result:** We froze for a week.",
		"",
	].join("\n");
	const plan = planFor(HEADINGS, 12, "Loop prep");
	const after = applyToText(HEADINGS, plan.edit);

	it("adds a titled sub-heading story at the end of its section, in the note's labels, and no second copy of the heading", () => {
		expect(after.match(/missed a deadline/g)).toHaveLength(1);
		expect(after.split("\n").slice(2, 16)).toEqual([
			"## Tell me about a time you missed a deadline",
			"",
			"**Situation:** The export API slipped a week.",
			"**Action:** I called the partner the same day with a new date.",
			"**Result:** They kept the contract.",
			"",
			"### New story",
			"",
			`**Situation:** ${CARET}`,
			"**Action:** ",
			"**Result:** ",
			"",
			"## Describe a time you disagreed with your manager",
			"",
		]);
	});

	it("is read back as a second story of the same question, every id kept", () => {
		const before = parseNote(HEADINGS);
		const changed = parseNote(withoutCaret(after));
		expect(changed.questions.map((q) => q.id)).toEqual(before.questions.map((q) => q.id));
		expect(changed.stories[0]?.id).toBe(before.stories[0]?.id);
		expect(changed.questions[0]?.storyIds).toHaveLength(2);
		expect(plan.edit.from).toEqual(plan.edit.to);
	});
});

describe("Insert STAR template on a question the note asks as a callout", () => {
	const CALLOUTS = [
		"# Onsite prep",
		"",
		"> [!question] Tell me about a time you missed a deadline?",
		"> **Situation** — The export API slipped a week.",
		"> **Action** — I phoned the partner that morning with a new date.",
		"> **Result** — They renewed for another year.",
		"",
		"> [!question] Describe a time you disagreed with your manager",
		"> **Situation** — We split on a release freeze.",
		"> **Result** — We froze for a week and shipped clean.",
		"",
	].join("\n");
	const plan = planFor(CALLOUTS, 10, "Onsite prep");
	const after = applyToText(CALLOUTS, plan.edit);

	it("adds a nested titled callout story at the end of the callout, in the note's labels, and no second copy of the question", () => {
		expect(after.match(/missed a deadline/g)).toHaveLength(1);
		expect(after.split("\n").slice(2, 13)).toEqual([
			"> [!question] Tell me about a time you missed a deadline?",
			"> **Situation** — The export API slipped a week.",
			"> **Action** — I phoned the partner that morning with a new date.",
			"> **Result** — They renewed for another year.",
			">",
			"> > [!example] New story",
			`> > **Situation** — ${CARET}`,
			"> > **Action** — ",
			"> > **Result** — ",
			"",
			"> [!question] Describe a time you disagreed with your manager",
		]);
	});

	it("is read back as a second story of the same question, every id kept, and undone byte for byte", () => {
		const before = parseNote(CALLOUTS);
		const changed = parseNote(withoutCaret(after));
		expect(changed.questions.map((q) => q.id)).toEqual(before.questions.map((q) => q.id));
		expect(changed.stories[0]?.id).toBe(before.stories[0]?.id);
		expect(changed.stories.map((s) => s.title)).toContain("New story");
		expect(changed.questions[0]?.storyIds).toHaveLength(2);
		expect(plan.edit.from).toEqual(plan.edit.to);
		const text = withoutCaret(after);
		const at = CALLOUTS.split("\n").slice(0, plan.edit.from.line).join("\n").length + 1 + plan.edit.from.ch;
		expect(text.slice(0, at) + text.slice(at + plan.edit.text.length)).toBe(CALLOUTS);
	});
});
