import { setTooltip } from "obsidian";
import type { StoryEntry } from "../../core/coverage/coverage";
import { matchKind, type MatchSource } from "../../core/competencies/types";
import { MAX_POINTS } from "../../core/competencies/story-strength";
import { onActivate } from "./keyboard";
import { renderCorrection, type CorrectionHandlers } from "./story-corrections";

/** What a story row can do: open its note at its line, and show a page preview on hover. */
export interface StoryHandlers {
	open: (target: { path: string; line: number }, evt: MouseEvent | KeyboardEvent) => void;
	hover?: (target: { path: string; line: number }, evt: MouseEvent, el: HTMLElement) => void;
	/** Confirm, remove or add a competency: the row's "suggested" mark and correction menu. */
	correct?: CorrectionHandlers;
}

const WHY: Record<MatchSource, string> = {
	corrected: "Filed here by you.",
	tag: "Filed here by its #competency tag.",
	frontmatter: "Filed here by the note's competencies property.",
	colour: "Filed here by its highlight colour (see settings).",
	highlight: "Suggested by the question's highlighted phrase.",
	question: "Suggested by the question's words.",
	story: "Suggested by what the story and its questions say.",
	fuzzy: "Suggested by a word close to one of this competency's cues.",
};

/** The hover text of a story's label: why it is filed here, with the phrases that suggested it. */
export function filingHint(entry: Pick<StoryEntry, "source" | "evidence">): string {
	if (matchKind(entry.source) !== "inferred") return WHY[entry.source];
	const phrases = entry.evidence.slice(0, 4).map((p) => `“${p}”`);
	return phrases.length > 0 ? `Suggested, from ${phrases.join(", ")}.` : WHY[entry.source];
}

/** Ids for the rows' descriptions; unique even with two panels open. */
let nextDescriptionId = 1;

/**
 * One story under a competency: its title (or question), STAR chips, its
 * points, its warnings. A button for the keyboard and screen readers: Enter
 * or Space opens the note at the story's line, as a click does.
 */
export function renderStory(parent: HTMLElement, entry: StoryEntry, handlers: StoryHandlers, withSource = true): HTMLElement {
	const target = { path: entry.path, line: entry.line };
	const el = parent.createDiv({
		cls: ["isb-story", `is-${entry.level}`],
		attr: { role: "button", tabindex: "0", "data-nav": "", "data-story": entry.key },
	});
	const main = el.createDiv({ cls: "isb-story-main" });
	const label = main.createSpan({ cls: "isb-story-label", text: entry.label });
	if (withSource) setTooltip(label, filingHint(entry));
	const points = main.createSpan({
		cls: "isb-story-points",
		text: entry.level === "sketch" ? "sketch" : `${entry.points}/${MAX_POINTS}`,
	});
	setTooltip(points, entry.checks.map((c) => `${c.passed ? "✓" : "✗"} ${c.label}`).join("\n"));
	if (handlers.correct) renderCorrection(main, parent.createDiv({ cls: "isb-story-actions" }), entry, handlers.correct);

	const meta = el.createDiv({ cls: "isb-story-meta" });
	const chips = meta.createSpan({ cls: "isb-chips" });
	for (const chip of entry.chips) {
		const state = chip.state === "present" ? "written" : chip.state === "missing" ? "missing" : "not in this note's format";
		chips.createSpan({ cls: ["isb-chip", `is-${chip.state}`], text: chip.letter, attr: { "aria-label": `${chip.name}: ${state}` } });
	}
	meta.createSpan({ cls: "isb-story-place", text: `${entry.path.replace(/\.md$/, "")}, line ${entry.line}` });
	if (entry.practised) meta.createSpan({ cls: "isb-story-practised", text: `practised ${entry.practised}` });

	if (entry.question) el.createDiv({ cls: "isb-story-question", text: entry.question });
	if (entry.warnings.length > 0) {
		const list = el.createEl("ul", { cls: "isb-story-warnings" });
		for (const w of entry.warnings) list.createEl("li", { text: w });
	}
	// The row's name is what it shows; what it does and why it is here is its description, read after
	// the name. The description is hidden: it does not repeat on screen, and stays out of the name.
	const why = withSource ? ` ${filingHint(entry)}` : "";
	const descriptionId = `isb-story-description-${nextDescriptionId++}`;
	el.createSpan({
		text:
			`${entry.level === "sketch" ? "Sketch" : `${entry.points} of ${MAX_POINTS} points`}. ` +
			`Opens line ${entry.line} of ${entry.path}.${why}`,
		attr: { id: descriptionId, hidden: "" },
	});
	el.setAttr("aria-describedby", descriptionId);
	el.setAttr("data-tooltip-position", "left");

	el.addEventListener("click", (evt) => handlers.open(target, evt));
	// A middle click opens a new tab, as in the file explorer.
	el.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) handlers.open(target, evt);
	});
	onActivate(el, (evt) => handlers.open(target, evt));
	if (handlers.hover) {
		const hover = handlers.hover;
		el.addEventListener("mouseover", (evt) => hover(target, evt, el));
	}
	return el;
}
