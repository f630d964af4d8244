import type { EditorView } from "@codemirror/view";
import type { CompetencyVerdict } from "../../core/competencies/corrections";
import type { StoryVerdict, VerdictCompetency } from "../../core/feedback/story-verdict";
import type { PartName } from "../../core/types";
import { openDetail } from "./feedback-state";

/** What the detail's buttons do; the shell gives them (corrections service, editor edit, practice round). */
export interface DetailActions {
	/** Records the user's word on a competency of the story. */
	correct(view: EditorView, verdict: StoryVerdict, competencyId: string, verdict_: CompetencyVerdict): void;
	/** Writes a missing part's label into the story, as one undoable edit. */
	insertPart(view: EditorView, verdict: StoryVerdict, part: PartName): void;
	/** Starts a mock question this story answers. */
	practise(verdict: StoryVerdict): void;
}

/**
 * The detail of a story's verdict: its parts, strength, every warning with
 * its fix (and, for a missing part, a button that writes its label), the
 * competencies with the phrases behind each guess and buttons to confirm or
 * remove them, and a button to practise. Escape or Close returns to the text.
 */
export function renderDetail(view: EditorView, verdict: StoryVerdict, actions: DetailActions): HTMLElement {
	const root = createDiv({ cls: "isb-feedback-detail", attr: { role: "dialog", "aria-label": "Story feedback" } });
	const close = (): void => {
		view.dispatch({ effects: openDetail.of(null) });
		view.focus();
	};
	root.addEventListener("keydown", (evt) => {
		if (evt.key === "Escape") {
			evt.preventDefault();
			evt.stopPropagation();
			close();
		}
	});

	const head = root.createDiv({ cls: "isb-feedback-head" });
	head.createSpan({ cls: "isb-feedback-title", text: verdict.title ?? `Story on line ${verdict.line}` });
	const score = verdict.level === "sketch" ? "Sketch" : `${verdict.score}/5, ${verdict.level}`;
	head.createSpan({ cls: "isb-feedback-score", text: score, attr: { "aria-label": `Strength ${score}` } });
	const closeButton = head.createEl("button", {
		cls: "isb-feedback-close",
		text: "Close",
		attr: { "aria-label": "Close story feedback" },
	});
	closeButton.addEventListener("click", close);

	const parts = root.createDiv({ cls: "isb-chips isb-feedback-parts" });
	for (const chip of verdict.chips) {
		if (chip.state === "optional") continue;
		const state = chip.state === "present" ? "written" : "missing";
		parts.createSpan({
			cls: `isb-chip is-${chip.state}`,
			text: chip.letter,
			attr: { "aria-label": `${chip.name}: ${state}`, title: `${chip.name}: ${state}` },
		});
	}

	const warnings = root.createDiv({ cls: "isb-feedback-section" });
	warnings.createDiv({ cls: "isb-feedback-heading", text: verdict.warnings.length > 0 ? "To improve" : "No warnings" });
	const list = warnings.createEl("ul", { cls: "isb-feedback-warnings" });
	for (const warning of verdict.warnings) {
		const item = list.createEl("li", { cls: "isb-feedback-warning", attr: { "data-kind": warning.kind } });
		item.createDiv({ cls: "isb-feedback-warning-text", text: warning.text });
		item.createDiv({ cls: "isb-feedback-fix", text: warning.fix });
		const part = warning.part;
		if (part) {
			const insert = item.createEl("button", {
				cls: "isb-feedback-insert",
				text: `Insert ${warning.text.replace(/^No /, "")} label`,
			});
			insert.addEventListener("click", () => actions.insertPart(view, verdict, part));
		}
	}

	const competencies = root.createDiv({ cls: "isb-feedback-section" });
	competencies.createDiv({ cls: "isb-feedback-heading", text: verdict.competencies.length > 0 ? "Shows" : "No competency found" });
	const shows = competencies.createEl("ul", { cls: "isb-feedback-competencies" });
	for (const c of verdict.competencies) renderCompetency(shows, c, (v) => actions.correct(view, verdict, c.id, v));

	const practise = root.createEl("button", { cls: "isb-feedback-practise mod-cta", text: "Practise a question with this story" });
	practise.addEventListener("click", () => {
		close();
		actions.practise(verdict);
	});
	return root;
}

function renderCompetency(list: HTMLElement, c: VerdictCompetency, correct: (verdict: CompetencyVerdict) => void): void {
	const item = list.createEl("li", { cls: "isb-feedback-competency", attr: { "data-competency": c.id } });
	const line = item.createDiv({ cls: "isb-feedback-competency-line" });
	line.createSpan({ cls: "isb-feedback-competency-name", text: c.name });
	line.createSpan({ cls: `isb-feedback-state isb-feedback-${c.state}`, text: c.state });
	if (c.state === "suggested") {
		const confirm = line.createEl("button", { text: "Confirm", attr: { "aria-label": `Confirm ${c.name}` } });
		confirm.addEventListener("click", () => correct("confirmed"));
	}
	const remove = line.createEl("button", { text: "Remove", attr: { "aria-label": `Remove ${c.name}` } });
	remove.addEventListener("click", () => correct("removed"));
	if (c.evidence.length > 0)
		item.createDiv({ cls: "isb-feedback-evidence", text: `From: ${c.evidence.map((e) => `“${e}”`).join(", ")}` });
}
