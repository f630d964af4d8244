import fc from "fast-check";
import { parseNote } from "../../../src/core/parser/note-parser";
import { planInsertion } from "../../../src/core/template/plan-insertion";
import { planStoryNote } from "../../../src/core/template/story-note";
import type { StoryTopic, TemplateOptions } from "../../../src/core/template/types";
import type { ParsedNote, Question, Story } from "../../../src/core/types";
import { md } from "../../helpers/md";
import { applyToText, CARET } from "../../helpers/template-text";

const TOPIC: StoryTopic = {
	kind: "bank",
	question: "Tell me about a time you disagreed with your manager. How did you resolve it?",
	keyPhrase: "disagreed with your manager",
	colourName: null,
	competencyId: "conflict",
	competencyName: "Conflict",
};

const OPTIONS: TemplateOptions = { format: "star", listStyle: "numbered", indent: "tab", highlightCompetencies: { purple: "conflict" } };

const STORY_PARTS = {
	situation: "the roadmap had our team rebuilding search from scratch",
	task: "change the plan without losing the quarter",
	action: "I benchmarked the old index and proposed fixing the ranking only",
	result: "we shipped in six weeks and query latency fell by 40%",
	takeaway: "bring numbers before opinions",
};

/** Each note shows one style; the cursor goes on its last line. */
const NOTES: Record<string, string> = {
	"a legend, tabs, numbered parts, Highlightr inline style and --- separators": md`
		## Bank

		1. **Situation**: context
		2. **Task**: my job
		3. **Action**: what I did
		4. **Results**: the change
		5. **Takeaways**: the lesson

		---
		- *Tell me about a time you <mark style="background: #BBFABBA6;">fixed a slow build</mark>*
			1. **Situation**: builds took forty minutes
			2. **Task**: halve that
			3. **Action**: I cached the dependency layer
			4. **Results**: twelve-minute builds
			5. **Takeaways**: measure before tuning
	`,
	"two spaces, bulleted parts with the colon inside the bold, and Highlightr's class mode": md`
		- Tell me about a time you <mark class="hltr-purple">pushed back</mark> on a deadline?
		  - **Situation:** sales promised a date
		  - **Task:** keep the promise honest
		  - **Action:** I offered a smaller first release
		  - **Result:** the customer took it
	`,
	"four spaces, parts numbered with parentheses and ==highlights==": md`
		* Describe a time you ==learned a new domain== fast
		    1) Situation: moved to the tax team
		    2) Task: review rules in a month
		    3) Action: I paired with the analysts
		    4) Result: reviewing alone by week three
	`,
	"a heading per question with label headings": md`
		## Tell me about a time you <mark style="background: #FFB86CA6;">owned a launch</mark>?

		### Situation
		- a partner launch with a fixed date

		### Task
		- ship the integration

		### Action
		- daily syncs with their team

		### Result
		- launched on the day
	`,
	"story headings with bold labelled paragraphs": md`
		## Conflict

		### The ranking budget

		> Use for: "Tell me about a time you disagreed with another team"

		**Situation:** ads wanted a heavier model

		**Task:** keep p99 under budget

		**Action:** I proposed a two-week test with a kill threshold

		**Result:** it shipped inside the budget
	`,
	"callouts with dash labels and tags on their own line": md`
		> [!question] Tell me about a time you ==changed a senior leader's mind==?
		> **Situation** — a vendor contract was nearly signed
		> **Task** — write the integration plan
		> **Action** — I built a spike on our own stack
		> **Result** — we kept it in house
		> #competency/influence
	`,
	"single-letter labels under a question heading": md`
		### Question: How do you handle a teammate who misses commitments?
		- S: two missed sprints
		- T: keep the release on track
		- A: asked what was in the way
		- R: he asked for help earlier
		- L: ask before assuming
	`,
};

function insertInto(note: string, options: TemplateOptions = OPTIONS, userTemplate: string | null = null): string {
	const cursorLine = note.split("\n").length - 1;
	const plan = planInsertion({ text: note, cursorLine, topic: TOPIC, options, date: new Date(2025, 2, 1), title: "Bank", userTemplate });
	return applyToText(note, plan.edit).replace(CARET, "");
}

function newEntry(parsed: ParsedNote, topic: StoryTopic = TOPIC): { question: Question; story: Story } {
	const question = parsed.questions.find((q) => q.text === topic.question);
	if (!question) throw new Error(`no question "${topic.question}" in the note`);
	const stories = parsed.stories.filter((s) => question.storyIds.includes(s.id));
	expect(stories).toHaveLength(1);
	return { question, story: stories[0]! };
}

/** Writes text into every part of the new story, where a person would type it. */
function fillIn(text: string, topic: StoryTopic = TOPIC, parts: Record<string, string> = STORY_PARTS): string {
	const lines = text.split("\n");
	const { story } = newEntry(parseNote(text), topic);
	for (const entry of story.partList) {
		if (entry.part === null) continue;
		const labelLine = entry.line - 1;
		const isHeading = /^(?:>\s*)?#{1,6}\s/.test(lines[labelLine] ?? "");
		const target = isHeading ? labelLine + 1 : labelLine;
		lines[target] = `${lines[target] ?? ""}${parts[entry.part] ?? ""}`;
	}
	return lines.join("\n");
}

describe("round trip: insert, fill in, parse back", () => {
	it.each(Object.entries(NOTES))("in a note with %s", (_style, note) => {
		const inserted = insertInto(note);
		const sketch = newEntry(parseNote(inserted));
		expect(sketch.story.sketch).toBe(true);
		expect(sketch.story.missing.length).toBeGreaterThan(0);

		const filled = parseNote(fillIn(inserted));
		const { question, story } = newEntry(filled);
		expect(story.sketch).toBe(false);
		expect(story.missing).toEqual([]);
		expect(story.signals.complete).toBe(true);
		expect(story.parts.action).toContain(STORY_PARTS.action);
		expect(question.alternates).toEqual([]);
		expect(question.highlights.map((h) => h.text)).toEqual(["disagreed with your manager"]);
		const colour = question.highlights[0]?.colorName;
		if (question.highlights[0]?.syntax !== "equals") expect(colour).toBe("purple");
		const tagged = question.tags.includes("competency/conflict") || story.tags.includes("competency/conflict");
		// The competency is recorded by the mapped colour, or by a tag where the colour cannot say it.
		expect(tagged || colour === "purple").toBe(true);
		// The rest of the note reads as before.
		const others = (parsed: ParsedNote) => parsed.stories.filter((s) => s.id !== story.id && !s.sketch).map((s) => s.parts);
		expect(others(filled)).toEqual(others(parseNote(note)));
	});

	it.each([
		["a list note", NOTES["a legend, tabs, numbered parts, Highlightr inline style and --- separators"]!],
		["a heading note", NOTES["a heading per question with label headings"]!],
	])("holds in %s for text typed in the picker that does not read as a question", (_name, note) => {
		const typed: StoryTopic = {
			kind: "free",
			question: "the billing migration",
			keyPhrase: null,
			colourName: null,
			competencyId: null,
			competencyName: null,
		};
		const cursorLine = note.split("\n").length - 1;
		const plan = planInsertion({
			text: note,
			cursorLine,
			topic: typed,
			options: OPTIONS,
			date: new Date(2025, 2, 1),
			title: "Bank",
			userTemplate: null,
		});
		const parsed = parseNote(applyToText(note, plan.edit).replace(CARET, ""));
		const question = parsed.questions.find((q) => q.text === "the billing migration");
		expect(question?.highlights).toEqual([]);
		expect(parsed.stories.find((s) => question?.storyIds.includes(s.id))?.sketch).toBe(true);
	});

	it("holds for a user template", () => {
		const template =
			"- *{{question}}* {{competency:tag}}\n\t- **Situation**: {{cursor}}\n\t- **Task**: \n\t- **Action**: \n\t- **Result**: \n";
		const inserted = insertInto("# Bank\n", { ...OPTIONS, format: "user" }, template);
		const { question, story } = newEntry(parseNote(fillIn(inserted)));
		expect(story.missing).toEqual([]);
		expect(question.tags).toEqual(["competency/conflict"]);
	});

	it.each([
		["STAR with takeaways", "star"],
		["the senior format, whose legend makes Task optional", "senior"],
	] as const)("holds for a new story note in %s", (_name, format) => {
		const plan = planStoryNote({
			topic: TOPIC,
			options: { ...OPTIONS, format },
			date: new Date(2025, 2, 1),
			title: "Story",
			userTemplate: null,
		});
		expect(newEntry(parseNote(plan.content)).story.sketch).toBe(true);
		const filled = parseNote(fillIn(plan.content));
		const { question, story } = newEntry(filled);
		expect(story.missing).toEqual([]);
		expect(question.highlights).toEqual([
			{ text: "disagreed with your manager", color: "#D2B3FFA6", colorName: "purple", syntax: "mark-style" },
		]);
		expect(filled.meta).toMatchObject({ created: "2025-03-01", competencies: ["conflict"] });
	});
});

describe("round trip, for any question, cursor and answer", () => {
	const word = fc.constantFrom(
		"release",
		"team",
		"latency",
		"budget",
		"migration",
		"vendor",
		"roadmap",
		"customer",
		"schema",
		"incident",
		"pipeline",
		"design",
	);
	const cue = fc.constantFrom(
		"Tell me about a time you",
		"Describe a time you",
		"Give me an example of when you",
		"Walk me through how you",
	);
	const verb = fc.constantFrom("rescued", "simplified", "delayed", "owned", "questioned", "rebuilt");
	const topic = fc.tuple(cue, verb, fc.array(word, { minLength: 1, maxLength: 4 })).map(([c, v, words]): StoryTopic => ({
		kind: "bank",
		question: `${c} ${v} the ${words.join(" ")}`,
		keyPhrase: `${v} the ${words[0] ?? ""}`.trim(),
		colourName: null,
		competencyId: "conflict",
		competencyName: "Conflict",
	}));
	const sentence = fc
		.array(fc.oneof(word, fc.constantFrom("I", "we", "the", "and", "with", "40%", "3x", "in 2 weeks")), { minLength: 2, maxLength: 12 })
		.map((w) => w.join(" "));
	const parts = fc.record({ situation: sentence, task: sentence, action: sentence, result: sentence, takeaway: sentence });

	it(
		"inserts a sketch that reads back, once filled in, as a complete story with the question, " +
			"leaving the note's other stories as they were",
		() => {
			fc.assert(
				fc.property(fc.constantFrom(...Object.values(NOTES)), topic, parts, fc.nat(), (note, chosen, answer, at) => {
					const cursorLine = at % note.split("\n").length;
					const plan = planInsertion({
						text: note,
						cursorLine,
						topic: chosen,
						options: OPTIONS,
						date: new Date(2025, 2, 1),
						title: "Bank",
						userTemplate: null,
					});
					const inserted = applyToText(note, plan.edit).replace(CARET, "");
					expect(newEntry(parseNote(inserted), chosen).story.sketch).toBe(true);

					const filled = parseNote(fillIn(inserted, chosen, answer));
					const { question, story } = newEntry(filled, chosen);
					expect(story.missing).toEqual([]);
					expect(story.parts.action).toContain(answer.action);
					expect(question.highlights.map((h) => h.text)).toEqual([chosen.keyPhrase]);
					const others = (parsed: ParsedNote) => parsed.stories.filter((s) => s.id !== story.id && !s.sketch).map((s) => s.parts);
					expect(others(filled)).toEqual(others(parseNote(note)));
				}),
				{ numRuns: 300 },
			);
		},
	);
});
