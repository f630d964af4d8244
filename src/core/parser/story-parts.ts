import { stripMarkup } from "./highlights";
import type { PartEntry, PartName } from "../types";

/** A placeholder left to fill in: `[YOUR METRICS]`, `TBD`, `TODO`, `_Fill in: …_`, `…`, `?`, `【…】`. */
const PLACEHOLDER = /^(?:\[[^\]]*\]|\(?(?:tbd|tba|todo|fill in|fill me|n\/a|xxx)\b.*|\?+|…|\.{2,}|【[^】]*】|-+)$/i;

/** A part's text as plain words: markup and tag-only lines removed; "" when empty or a placeholder. */
export function plainPart(text: string): string {
	// Tags alone ("#competency/influence") are filing, not content.
	const untagged = text.indexOf("#") === -1 ? text : text.replace(/(^|\s)#[\p{L}\p{N}_/-]+/gu, "$1");
	const plain = stripMarkup(untagged, false);
	return plain === "" || (plain.length < 40 && PLACEHOLDER.test(plain.replace(/\s+/g, " "))) ? "" : plain;
}

/** What `partsOf` reads: the parts as written, and which canonical parts hold words. */
export interface StoryPartsSource {
	partList: readonly PartEntry[];
	signals: { partsPresent: readonly PartName[] };
}

/**
 * Text per canonical part, as the parser's `Story.parts` gives it: each part
 * that holds words (not only markup or a placeholder). A story never holds
 * one canonical part twice (a repeated label starts the next story), so the
 * index keeps only `partList` and this rebuilds the record from it, in the
 * same order.
 */
export function partsOf(story: StoryPartsSource): Partial<Record<PartName, string>> {
	const parts: Partial<Record<PartName, string>> = {};
	const present = story.signals.partsPresent;
	for (const entry of story.partList) {
		if (entry.part !== null && present.includes(entry.part)) parts[entry.part] = entry.text;
	}
	return parts;
}
