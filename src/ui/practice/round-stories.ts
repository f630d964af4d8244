import { formatClock } from "../../core/practice/answer-clock";
import type { RankedStory, StoryMatch } from "../../core/practice/story-ranking";
import { stripMarkup } from "../../core/parser/highlights";
import type { IndexedStory } from "../../core/index/story-index";
import { PART_TITLE } from "../../core/display-text";

/** What the story list needs from the round. */
export interface StoryListOptions {
	/** A story's first question, for stories without a title. */
	questionText(id: string): string | null;
	open(story: IndexedStory, evt: MouseEvent): void;
	/** The stories ticked as used in the answer. */
	used: Set<string>;
	onUsedChange(): void;
}

const MATCH_LABELS: Readonly<Record<StoryMatch, string>> = {
	linked: "Written for this question",
	competency: "Same competency",
	text: "Similar question",
};

/**
 * The ranked stories, each with its STAR parts as plain text (markup
 * removed, never parsed as HTML), a button that opens the note at the story,
 * and a "used in my answer" tick that is saved with the round.
 */
export function renderStories(list: HTMLElement, ranked: readonly RankedStory[], options: StoryListOptions): void {
	list.empty();
	if (ranked.length === 0) {
		list.createEl("p", {
			cls: "isb-practice-empty",
			text: "No story fits this question yet. Answer from memory, then write the story down while it is fresh.",
		});
		return;
	}
	const ul = list.createEl("ul", { cls: "isb-practice-story-list" });
	for (const { story, match } of ranked) {
		const li = ul.createEl("li", { cls: "isb-practice-story" });
		const head = li.createDiv({ cls: "isb-practice-story-head" });
		const label = story.title ?? (story.questionIds[0] ? options.questionText(story.questionIds[0]) : null) ?? "Untitled story";
		const open = head.createEl("button", {
			cls: "isb-practice-story-open",
			text: label,
			attr: { "aria-label": `Open "${label}" in ${story.path}, line ${story.line}` },
		});
		open.addEventListener("click", (evt) => options.open(story, evt));
		head.createSpan({ cls: "isb-practice-story-where", text: `${story.path}, line ${story.line}` });
		head.createSpan({ cls: `isb-practice-badge is-${match}`, text: MATCH_LABELS[match] });

		const used = li.createEl("label", { cls: "isb-practice-story-used" });
		const box = used.createEl("input", { type: "checkbox", attr: { "data-story": story.id } });
		box.checked = options.used.has(story.id);
		box.addEventListener("change", () => {
			if (box.checked) options.used.add(story.id);
			else options.used.delete(story.id);
			options.onUsedChange();
		});
		used.appendText("Used in my answer");

		renderStoryParts(li, story);
	}
}

/** A story's STAR parts as plain text, with how long it takes to tell and what it lacks. */
export function renderStoryParts(li: HTMLElement, story: IndexedStory): void {
	const entries = story.partList.filter((p) => p.text.trim() !== "");
	if (story.sketch || entries.length === 0) {
		li.createEl("p", { cls: "isb-practice-story-note", text: "A sketch: no parts written yet." });
		return;
	}
	const dl = li.createEl("dl", { cls: "isb-practice-story-parts" });
	for (const entry of entries) {
		dl.createEl("dt", { text: entry.part ? PART_TITLE[entry.part] : entry.label });
		const dd = dl.createEl("dd");
		for (const line of entry.text.split("\n")) {
			const text = stripMarkup(line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ""));
			if (text !== "") dd.createDiv({ text });
		}
	}
	const signals: string[] = [`About ${formatClock(story.signals.speakingSeconds)} to tell`];
	if (!story.signals.hasMetric) signals.push("no measured result yet");
	if (story.missing.length > 0) signals.push(`missing ${story.missing.map((p) => PART_TITLE[p].toLowerCase()).join(", ")}`);
	li.createEl("p", { cls: "isb-practice-story-note", text: signals.join(" · ") });
}
