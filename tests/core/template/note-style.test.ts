import { parseNote, splitLines } from "../../../src/core/parser/note-parser";
import { detectNoteStyle, type StyleFallback } from "../../../src/core/template/note-style";
import type { NoteStyle } from "../../../src/core/template/types";
import { md } from "../../helpers/md";

const FALLBACK: StyleFallback = { format: "star", listStyle: "numbered", indent: "tab" };

function styleOf(note: string, fallback: StyleFallback = FALLBACK): NoteStyle {
	return detectNoteStyle(splitLines(note), parseNote(note), fallback);
}

/** A two-entry list note; `{i}` is one level of indentation, `{m}` the part marker, `{n}` the question marker. */
function listNote(indent: string, partMarker: (n: number) => string, questionMarker = "-"): string {
	const parts = (texts: string[]) => texts.map((t, i) => `${indent}${partMarker(i + 1)} ${t}`).join("\n");
	return [
		`${questionMarker} Tell me about a time you simplified a deploy?`,
		parts([
			"**Situation**: releases took a full afternoon",
			"**Task**: cut that to minutes",
			"**Action**: I scripted the checklist",
			"**Result**: ten-minute releases",
		]),
		`${questionMarker} Describe a time you owned an outage?`,
		parts([
			"**Situation**: the cache fell over at peak",
			"**Task**: restore checkout",
			"**Action**: I failed over by hand",
			"**Result**: back in twelve minutes",
		]),
	].join("\n");
}

describe("note style: lists", () => {
	it.each([
		["a tab", "\t"],
		["two spaces", "  "],
		["four spaces", "    "],
	])("copies indentation by %s", (_name, indent) => {
		expect(styleOf(listNote(indent, (n) => `${n}.`)).parts.indentUnit).toBe(indent);
	});

	it.each([
		["numbered with dots", (n: number) => `${n}.`, "1."],
		["numbered with parentheses", (n: number) => `${n})`, "1)"],
		["bulleted with dashes", () => "-", "-"],
		["bulleted with stars", () => "*", "*"],
	])("copies parts %s", (_name, marker, expected) => {
		expect(styleOf(listNote("\t", marker)).parts.marker).toBe(expected);
	});

	it("copies the question marker, numbered questions included", () => {
		expect(styleOf(listNote("\t", () => "-", "*")).question.marker).toBe("*");
		expect(styleOf(listNote("\t", () => "-", "1.")).question.marker).toBe("1.");
	});

	it("reads the question emphasis from entries that have stories, not from bare prompts", () => {
		const note = md`
			- *Tell me about a time you mentored someone?*
				- **Situation**: a new graduate joined
				- **Task**: get her shipping alone
				- **Action**: weekly pairing
			- What motivates you?
			- Why this company?
			- Where do you see yourself in five years?
		`;
		expect(styleOf(note).question.emphasis).toBe("*");
	});

	it("uses the legend's labels and order, with the markup its entries use", () => {
		const note = md`
			1. **Context**: the setting
			2. **Decision and trade-off**: the call
			3. **Result**: the numbers
			4. **Reflection**: the lesson

			- Tell me about a time you picked a boring technology?
				1. **Context:** a queue for payment events
				2. **Decision and trade-off:** Postgres over Kafka
				3. **Result:** one less system to run
				4. **Reflection:** boring was right
		`;
		const style = styleOf(note);
		expect(style.labelSource).toBe("legend");
		expect(style.labels).toEqual([
			{ part: "situation", text: "Context", before: "**", after: ":** " },
			{ part: "action", text: "Decision and trade-off", before: "**", after: ":** " },
			{ part: "result", text: "Result", before: "**", after: ":** " },
			{ part: "takeaway", text: "Reflection", before: "**", after: ":** " },
		]);
	});

	it.each([
		["colon outside the bold", "**Situation**: a", { before: "**", after: "**: " }],
		["colon inside the bold", "**Situation:** a", { before: "**", after: ":** " }],
		["a plain label and a dash", "Situation — a", { before: "", after: " — " }],
		["a full-width colon", "**Situation**：a", { before: "**", after: "**：" + " " }],
	])("copies labels written with %s", (_name, situation, form) => {
		const note = md`
			- Tell me about a time you cut costs?
				- ${situation}
				- ${situation.replace("Situation", "Task")}
				- ${situation.replace("Situation", "Action")}
				- ${situation.replace("Situation", "Result")}
		`;
		expect(styleOf(note).labels[0]).toEqual({ part: "situation", text: "Situation", ...form });
	});

	it("copies single-letter labels and the order of the note's stories when it has no legend", () => {
		const note = md`
			### Question: How do you handle a teammate who misses commitments?
			- S: two missed sprints in a row
			- T: keep the release on track
			- A: I asked what was in the way
			- R: he asked for help earlier after that
			- L: ask before assuming
		`;
		const style = styleOf(note);
		expect(style.labelSource).toBe("entries");
		expect(style.labels.map((l) => `${l.before}${l.text}${l.after}`)).toEqual(["S: ", "T: ", "A: ", "R: ", "L: "]);
	});

	it("leaves out a part only one story in several has", () => {
		const entry = (n: number, extra = "") => md`
			- Tell me about a time you shipped change ${n}?
				- **Situation**: s
				- **Task**: t
				- **Action**: a
				- **Result**: r${extra}
		`;
		const note = [entry(1, "\n\t- **Learning**: l"), entry(2), entry(3), entry(4)].join("\n");
		expect(styleOf(note).labels.map((l) => l.text)).toEqual(["Situation", "Task", "Action", "Result"]);
	});

	it("never copies an empty label from a story told in unlabelled bullets under a Q: line", () => {
		const note = md`
			Q: Tell me about a time you cut a release checklist?
			- Releases took a whole afternoon of manual checks.
			- I scripted the checks and ran them in CI.
			- Releases now take ten minutes.
		`;
		expect(parseNote(note).stories[0]!.signals.partsPresent).toEqual(["situation", "action", "result"]);
		const labels = styleOf(note, { format: "senior", listStyle: "bulleted", indent: "4" }).labels;
		expect(labels.map((l) => l.text)).toEqual(["Context", "Decision and trade-off", "Result", "Reflection"]);
	});

	it("falls back to the settings when the note has no stories to copy", () => {
		const style = styleOf("# Empty prep note\n\nNothing yet.", { format: "senior", listStyle: "bulleted", indent: "4" });
		expect(style).toMatchObject({
			shape: "list",
			labelSource: "format",
			parts: { marker: "-", indentUnit: "    " },
			question: { emphasis: "*" },
		});
		expect(style.labels.map((l) => l.text)).toEqual(["Context", "Decision and trade-off", "Result", "Reflection"]);
	});
});

describe("note style: separators between entries", () => {
	const entry = (n: number) => md`
		- Tell me about a time you fixed flaky test ${n}?
			- **Situation**: s
			- **Task**: t
			- **Action**: a
			- **Result**: r
	`;
	it.each([
		["---", [entry(1), "---", entry(2), "---", entry(3)].join("\n"), { separator: "---", blankBetween: false }],
		[
			"*** with blank lines",
			[entry(1), "", "***", "", entry(2), "", "***", "", entry(3)].join("\n"),
			{ separator: "***", blankBetween: true },
		],
		["nothing", [entry(1), entry(2), entry(3)].join("\n"), { separator: null, blankBetween: false }],
		["blank lines only", [entry(1), "", entry(2), "", entry(3)].join("\n"), { separator: null, blankBetween: true }],
	])("copies %s between entries", (_name, note, expected) => {
		expect(styleOf(note).entries).toEqual(expected);
	});
});

describe("note style: highlights", () => {
	it.each([
		["Highlightr's inline style", '<mark style="background: #ADCCFFA6;">hard call</mark>', "mark-style", { blue: "#ADCCFFA6" }],
		[
			"Highlightr's inline style with an old 6-digit colour",
			'<mark style="background: #ADCCFF;">hard call</mark>',
			"mark-style",
			{ blue: "#ADCCFF" },
		],
		["Highlightr's class mode", '<mark class="hltr-blue">hard call</mark>', "mark-class", { blue: "blue" }],
		["Obsidian's ==", "==hard call==", "equals", {}],
	])("reads %s", (_name, markup, syntax, written) => {
		const note = `- Tell me about a ${markup} you made?\n\t- **Situation**: s\n\t- **Task**: t\n\t- **Action**: a`;
		expect(styleOf(note).highlight).toMatchObject({ syntax, written });
	});

	it("ranks colours by use and knows when the note has none", () => {
		const note = md`
			- Tell me about a time you <mark style="background: #FF5582A6;">failed</mark>?
			- Tell me about a time you <mark style="background: #BBFABBA6;">fixed</mark> a process?
			- Describe a time you <mark style="background: #BBFABBA6;">unblocked</mark> a team
		`;
		expect(styleOf(note).highlight.coloursByUse).toEqual(["green", "red"]);
		expect(styleOf("- Tell me about a time you failed?").highlight).toEqual({ syntax: null, written: {}, coloursByUse: [] });
	});
});

describe("note style: headings and callouts", () => {
	it("copies a heading per question with label headings and bullets under them", () => {
		const note = md`
			## "Tell me about a time you earned trust quickly"

			### Situation
			- joined as lead mid-project

			### Task
			- restart the stalled work

			### Action
			- paired with everyone for two weeks

			### Result
			- shipped five weeks later
		`;
		expect(styleOf(note)).toMatchObject({
			shape: "heading",
			question: { headingLevel: 2 },
			parts: { layout: "heading", headingBody: "- ", blankBetween: true },
		});
	});

	it("copies story headings with bold labelled paragraphs and blank lines between them", () => {
		const note = md`
			## Ownership

			### The export nobody owned

			> Use for: "Tell me about a time you took ownership"

			**Situation:** a nightly export failed silently

			**Task:** make it reliable for good

			**Action:** alerts first, then an idempotent rewrite

			**Result:** no manual patching since
		`;
		expect(styleOf(note)).toMatchObject({
			shape: "heading",
			question: { headingLevel: 3 },
			parts: { layout: "line", blankBetween: true },
			labels: [{ text: "Situation", before: "**", after: ":** " }, { text: "Task" }, { text: "Action" }, { text: "Result" }],
		});
	});

	it("copies callouts: type, fold marker, dash labels and competency tags on their own line", () => {
		const note = md`
			> [!question]- Tell me about a time you changed a leader's mind?
			> **Situation** — a vendor was about to be signed
			> **Task** — write the integration plan
			> **Action** — built a two-day spike instead
			> **Result** — we kept it in house
			> #competency/influence
		`;
		expect(styleOf(note)).toMatchObject({
			shape: "callout",
			question: { calloutType: "question", calloutFold: "-" },
			parts: { layout: "line", blankBetween: false },
			competencyTags: "own-line",
			labels: [{ text: "Situation", before: "**", after: "** — " }, { text: "Task" }, { text: "Action" }, { text: "Result" }],
		});
	});

	it("notices competency tags written on question lines", () => {
		const note =
			"- Tell me about a time you led without authority? #competency/influence\n\t- **Situation**: " +
			"s\n\t- **Task**: t\n\t- **Action**: a";
		expect(styleOf(note).competencyTags).toBe("question-line");
	});
});
