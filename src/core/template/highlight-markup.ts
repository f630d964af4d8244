import { HIGHLIGHTR_PALETTE } from "../parser/highlights";
import type { HighlightSyntax } from "../types";
import { escapeRegExp } from "./markdown-lines";
import type { HighlightStyle, StoryTopic } from "./types";
import { ownValue } from "../own-key";

/** A highlight to write: the syntax, and the colour's palette name and value as the syntax needs it. */
export interface HighlightChoice {
	syntax: HighlightSyntax;
	/** Palette name (`red`), or `null` for `==…==` and a bare `<mark>`. */
	colourName: string | null;
	/** `#FF5582A6` for Highlightr's inline style, `red` for its class mode, `null` otherwise. */
	value: string | null;
}

/**
 * Decides how a topic's key phrase is highlighted. The colour is the one the
 * settings map to the topic's competency, else the colour the question
 * already had, else the note's most used colour that no other competency
 * claims. The syntax is the note's; a note without highlights gets
 * Highlightr's inline style only when a colour is mapped to the competency.
 * Text typed in the picker is never highlighted. `null` when nothing fits.
 */
export function chooseHighlight(
	topic: StoryTopic,
	style: HighlightStyle,
	colourToCompetency: Readonly<Record<string, string>>,
): HighlightChoice | null {
	if (topic.kind === "free" || !topic.keyPhrase) return null;
	const claimedByOther = (name: string): boolean => {
		const owner = ownValue(colourToCompetency, name.toLowerCase());
		return owner !== undefined && owner !== topic.competencyId;
	};
	const mapped = topic.competencyId ? mappedColours(topic.competencyId, colourToCompetency) : [];
	const preferred = mapped.find((name) => style.coloursByUse.includes(name)) ?? mapped[0] ?? null;
	const own = topic.colourName && !claimedByOther(topic.colourName) ? topic.colourName : null;
	const common = style.coloursByUse.find((name) => !claimedByOther(name)) ?? null;
	const colourName = preferred ?? own ?? common;

	const syntax = style.syntax ?? (preferred ? "mark-style" : null);
	if (syntax === null) return null;
	if (syntax === "equals" || syntax === "mark") return { syntax, colourName: null, value: null };
	if (colourName === null) return null;
	const value =
		syntax === "mark-style"
			? (ownValue(style.written, colourName) ?? ownValue(HIGHLIGHTR_PALETTE, colourName) ?? null)
			: (ownValue(style.written, colourName) ?? colourName);
	return value === null ? null : { syntax, colourName, value };
}

/** Colour names the settings map to a competency, in the order they were set. */
export function mappedColours(competencyId: string, colourToCompetency: Readonly<Record<string, string>>): string[] {
	return Object.entries(colourToCompetency)
		.filter(([, id]) => id === competencyId)
		.map(([name]) => name.toLowerCase());
}

/** A phrase wrapped in a highlight, written exactly as Highlightr (or Obsidian) writes it. */
export function highlightMarkup(phrase: string, choice: HighlightChoice): string {
	switch (choice.syntax) {
		case "mark-style":
			return `<mark style="background: ${choice.value ?? ""};">${phrase}</mark>`;
		case "mark-class":
			return `<mark class="hltr-${choice.value ?? ""}">${phrase}</mark>`;
		case "mark":
			return `<mark>${phrase}</mark>`;
		case "equals":
			return `==${phrase}==`;
	}
}

/** The text with the first occurrence of `phrase` (any case) highlighted; unchanged when the phrase is not in it. */
export function highlightIn(text: string, phrase: string, choice: HighlightChoice): string {
	if (phrase.trim() === "") return text;
	const m = new RegExp(escapeRegExp(phrase), "iu").exec(text);
	if (!m) return text;
	const end = m.index + m[0].length;
	return `${text.slice(0, m.index)}${highlightMarkup(m[0], choice)}${text.slice(end)}`;
}
