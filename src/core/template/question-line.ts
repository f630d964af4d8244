import { questionShape } from "../parser/question-text";
import { isCalloutQuestion } from "../parser/story-walker";
import { chooseHighlight, highlightIn, mappedColours } from "./highlight-markup";
import type { NoteStyle, StoryTopic } from "./types";

/** The question of a new entry, ready to write: its text with the key phrase highlighted, and the competency tag. */
export interface QuestionMarkup {
	/** The question text with highlight markup, without list marker, emphasis or heading hashes. */
	text: string;
	/** `#competency/<id>` to write with the entry, or `null`. */
	tag: string | null;
	/** The highlighted phrase and its palette colour, when one was written. */
	highlight: { phrase: string; colourName: string | null } | null;
}

/**
 * Writes a topic's question the note's way. The key phrase is highlighted in
 * the note's syntax and colour (see `chooseHighlight`). Text that does not
 * read as a question gets a `Q:` prefix, so the index still finds it. The
 * competency is recorded as a `#competency/<id>` tag when the note tags its
 * entries, or when no mapped highlight colour already says it.
 */
export function questionMarkup(topic: StoryTopic, style: NoteStyle, colourToCompetency: Readonly<Record<string, string>>): QuestionMarkup {
	const plain = topic.question.replace(/\s+/g, " ").trim();
	const choice = chooseHighlight(topic, style.highlight, colourToCompetency);
	const phrase = topic.keyPhrase?.trim() ?? "";
	const highlighted = choice && phrase !== "" ? highlightIn(plain, phrase, choice) : plain;
	const wrote = highlighted !== plain && choice !== null;

	// The parser's own test, so the entry is read back as a question.
	const shaped = (): boolean => questionShape(plain, false).isQuestion;
	const readsAsQuestion =
		style.shape === "callout" ? isCalloutQuestion(style.question.calloutType.toLowerCase(), plain, shaped) : shaped();
	const text = readsAsQuestion ? highlighted : `Q: ${highlighted}`;

	let tag: string | null = null;
	if (topic.competencyId) {
		const colourSaysIt =
			wrote &&
			choice.colourName !== null &&
			mappedColours(topic.competencyId, colourToCompetency).includes(choice.colourName.toLowerCase());
		if (style.competencyTags !== "none" || !colourSaysIt) tag = `#competency/${topic.competencyId}`;
	}
	return { text, tag, highlight: wrote ? { phrase, colourName: choice.colourName } : null };
}
