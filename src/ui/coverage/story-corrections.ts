import { Menu, setIcon } from "obsidian";
import type { CompetencyVerdict } from "../../core/competencies/corrections";
import type { MatchSource } from "../../core/competencies/types";
import { isSuggested } from "../../core/coverage/coverage-corrections";

/** What a story row needs to take the user's word on its competencies. */
export interface CorrectionHandlers {
	/** The competency of the row the story is drawn under; `null` under "Not matched". */
	competencyId: string | null;
	/** The competencies of the set in use, in the set's order. */
	competencies(): readonly { id: string; name: string }[];
	/** Records the user's verdict on one competency of a story; `null` takes it back ("suggested" again). */
	correct(target: { path: string; storyId: string }, competencyId: string, verdict: CompetencyVerdict | null): void;
}

/** One entry of a story's correction menu. */
export interface CorrectionChoice {
	title: string;
	competencyId: string;
	verdict: CompetencyVerdict | null;
}

/**
 * What the menu offers for a story under a row: confirm a suggestion, take
 * back a confirmation, remove the story from the row, or file it under
 * another competency as well.
 */
export function correctionChoices(
	source: MatchSource,
	rowId: string | null,
	competencies: readonly { id: string; name: string }[],
): CorrectionChoice[] {
	const choices: CorrectionChoice[] = [];
	const row = competencies.find((c) => c.id === rowId);
	if (row) {
		if (isSuggested(source)) choices.push({ title: `Confirm ${row.name}`, competencyId: row.id, verdict: "confirmed" });
		if (source === "corrected") choices.push({ title: `Undo my choice of ${row.name}`, competencyId: row.id, verdict: null });
		choices.push({ title: `Remove from ${row.name}`, competencyId: row.id, verdict: "removed" });
	}
	for (const c of competencies)
		if (c.id !== rowId) choices.push({ title: `Also file under ${c.name}`, competencyId: c.id, verdict: "confirmed" });
	return choices;
}

/**
 * The row's "suggested" mark (for a competency the plugin guessed) and a
 * button that opens the correction menu: any correction is two clicks. The
 * button sits beside the row (`actions`), not inside it: the row is itself a
 * button, and a control inside a control is lost to screen readers.
 */
export function renderCorrection(
	main: HTMLElement,
	actions: HTMLElement,
	story: { path: string; storyId: string; source: MatchSource },
	handlers: CorrectionHandlers,
): void {
	if (handlers.competencyId !== null && isSuggested(story.source)) main.createSpan({ cls: "isb-story-suggested", text: "suggested" });
	const button = actions.createEl("button", {
		cls: ["clickable-icon", "isb-story-correct"],
		attr: { "aria-label": "Correct competencies", "data-tooltip-position": "left" },
	});
	setIcon(button, "more-horizontal");
	button.addEventListener("keydown", (evt) => evt.stopPropagation());
	button.addEventListener("click", (evt) => {
		evt.stopPropagation();
		const menu = new Menu();
		for (const choice of correctionChoices(story.source, handlers.competencyId, handlers.competencies())) {
			menu.addItem((item) =>
				item
					.setTitle(choice.title)
					.onClick(() => handlers.correct({ path: story.path, storyId: story.storyId }, choice.competencyId, choice.verdict)),
			);
		}
		// Opened from the keyboard, a click has no pointer position: the menu opens under the button.
		if (evt.detail === 0) {
			const box = button.getBoundingClientRect();
			menu.showAtPosition({ x: box.left, y: box.bottom });
		} else menu.showAtMouseEvent(evt);
	});
}
