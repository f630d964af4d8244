import { keyPhraseOf } from "../../../src/core/template/key-phrase";
import { questionMarkup } from "../../../src/core/template/question-line";
import { parseNote, splitLines } from "../../../src/core/parser/note-parser";
import { detectNoteStyle } from "../../../src/core/template/note-style";
import type { NoteStyle, StoryTopic } from "../../../src/core/template/types";

function styleOf(note: string): NoteStyle {
	return detectNoteStyle(splitLines(note), parseNote(note), { format: "star", listStyle: "numbered", indent: "tab" });
}

const STORY = "\n\t- **Situation**: s\n\t- **Task**: t\n\t- **Action**: a";
const STYLE_MODE = styleOf(
	`- Tell me about a <mark style="background: #BBFABBA6;">fix</mark> you made?${STORY}\n- Describe a <mark ` +
		`style="background: #BBFABBA6;">rewrite</mark> you led${STORY}\n- Tell me about a <mark style="background: ` +
		`#FF5582A6;">loss</mark>?${STORY}`,
);
const CLASS_MODE = styleOf(`- Tell me about a <mark class="hltr-purple">call</mark> you made?${STORY}`);
const EQUALS = styleOf(`- Tell me about a ==call== you made?${STORY}`);
const PLAIN = styleOf(`- Tell me about a call you made?${STORY}`);

function topic(over: Partial<StoryTopic> = {}): StoryTopic {
	return {
		kind: "bank",
		question: "Tell me about a time you disagreed with your manager",
		keyPhrase: "disagreed with your manager",
		colourName: null,
		competencyId: "conflict",
		competencyName: "Conflict",
		...over,
	};
}

describe("the key phrase of a question", () => {
	it.each([
		["Tell me about a time you disagreed with your manager. How did you handle it?", "disagreed with your manager"],
		["Describe a situation where you had to influence without authority", "influence without authority"],
		["Give me an example of a difficult decision you had to make", "difficult decision"],
		["What is the riskiest project you have led or owned? What made it risky?", "riskiest project"],
		["How do you handle conflict in your team?", "handle conflict in your team"],
		["What are your weaknesses?", "weaknesses"],
		["Walk me through your career so far, then go deep on one project", "career so far"],
		["Tell me about a time you went above and beyond for a customer who was about to leave", "went above and beyond"],
	])("of %j is %j", (question, phrase) => {
		expect(keyPhraseOf(question)).toBe(phrase);
	});

	it("is nothing when only framing is left", () => {
		expect(keyPhraseOf("Tell me about")).toBeNull();
		expect(keyPhraseOf("???")).toBeNull();
	});
});

describe("the question line of a new entry", () => {
	it("highlights the key phrase in the colour the settings map to its competency, in the note's syntax", () => {
		expect(questionMarkup(topic(), STYLE_MODE, { red: "conflict" })).toEqual({
			text: 'Tell me about a time you <mark style="background: #FF5582A6;">disagreed with your manager</mark>',
			tag: null,
			highlight: { phrase: "disagreed with your manager", colourName: "red" },
		});
		expect(questionMarkup(topic(), CLASS_MODE, { blue: "conflict" }).text).toBe(
			'Tell me about a time you <mark class="hltr-blue">disagreed with your manager</mark>',
		);
		expect(questionMarkup(topic(), EQUALS, { blue: "conflict" }).text).toBe("Tell me about a time you ==disagreed with your manager==");
	});

	it(
		"uses the note's most used colour when no colour is mapped, skipping colours mapped to other competencies, " +
			"and then tags the competency",
		() => {
			expect(questionMarkup(topic(), STYLE_MODE, {})).toMatchObject({
				highlight: { colourName: "green" },
				tag: "#competency/conflict",
			});
			expect(questionMarkup(topic(), STYLE_MODE, { green: "ownership" })).toMatchObject({
				highlight: { colourName: "red" },
				tag: "#competency/conflict",
			});
		},
	);

	it("keeps the colour a question from the user's notes already had", () => {
		const own = topic({ kind: "vault", colourName: "purple", competencyId: null, competencyName: null });
		expect(questionMarkup(own, STYLE_MODE, {}).text).toContain('<mark style="background: #D2B3FFA6;">');
	});

	it("writes Highlightr's inline style in a note without highlights only when a colour is mapped to the competency", () => {
		expect(questionMarkup(topic(), PLAIN, { orange: "conflict" }).text).toContain(
			'<mark style="background: #FFB86CA6;">disagreed with your manager</mark>',
		);
		expect(questionMarkup(topic(), PLAIN, {})).toEqual({
			text: "Tell me about a time you disagreed with your manager",
			tag: "#competency/conflict",
			highlight: null,
		});
	});

	it("never highlights text typed in the picker, and gives it a Q: prefix when it does not read as a question", () => {
		const typed = topic({ kind: "free", question: "the billing migration", keyPhrase: null, competencyId: null, competencyName: null });
		expect(questionMarkup(typed, STYLE_MODE, {})).toEqual({ text: "Q: the billing migration", tag: null, highlight: null });
		const asked = topic({
			kind: "free",
			question: "Why did the billing migration slip?",
			keyPhrase: null,
			competencyId: null,
			competencyName: null,
		});
		expect(questionMarkup(asked, STYLE_MODE, {}).text).toBe("Why did the billing migration slip?");
	});

	it(
		"needs no Q: prefix in a note of question callouts, which the parser reads as questions whatever their title, " +
			"and reads back as one",
		() => {
			const callouts = styleOf(`> [!FAQ] Tell me about a call you made?\n> - **Situation**: s\n> - **Task**: t\n> - **Action**: a\n`);
			expect(callouts.shape).toBe("callout");
			const typed = topic({
				kind: "free",
				question: "the billing migration",
				keyPhrase: null,
				competencyId: null,
				competencyName: null,
			});
			expect(questionMarkup(typed, callouts, {}).text).toBe("the billing migration");
			expect(parseNote(`> [!faq] the billing migration\n> - **Situation**: s\n`).questions.map((q) => q.text)).toEqual([
				"the billing migration",
			]);
		},
	);

	it("tags the competency whenever the note tags its entries, even when the colour says it", () => {
		const tagged = styleOf(`- Tell me about a <mark style="background: #FF5582A6;">loss</mark>? #competency/failure${STORY}`);
		expect(questionMarkup(topic(), tagged, { red: "conflict" }).tag).toBe("#competency/conflict");
	});
});
