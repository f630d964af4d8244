import type { CoverageModel } from "../../core/coverage";
import { renderDisclosure } from "./disclosure";
import type { KeyedItem } from "./keyed-list";
import { onActivate } from "./keyboard";
import { renderStory, type StoryHandlers } from "./story-item";

/** Keys of the two sections below the competencies; they cannot clash with a competency id (no spaces in those). */
export const UNFILED_KEY = "not matched";
export const SKIPPED_KEY = "skipped notes";
export const PARTIAL_KEY = "read in part";

/** How the sections open and what their stories do. */
export interface SectionOptions {
	expanded: (key: string) => boolean;
	toggle: (key: string) => () => void;
	story: StoryHandlers;
}

/**
 * The sections under the competencies, when there is something to say:
 * stories no competency claimed (with how to file them), and notes the index
 * left out, each with its reason.
 */
export function renderExtraSections(listEl: HTMLElement, model: CoverageModel, options: SectionOptions): KeyedItem[] {
	const items: KeyedItem[] = [];
	if (model.kind === "coverage" && model.unfiled.length > 0) {
		const expanded = options.expanded(UNFILED_KEY);
		items.push({
			key: UNFILED_KEY,
			signature: JSON.stringify([model.unfiled, expanded]),
			render: () => {
				const d = renderDisclosure(listEl, { id: UNFILED_KEY, title: "Not matched to a competency", expanded, onToggle: options.toggle(UNFILED_KEY), cls: ["isb-coverage-section"] });
				d.header.setAttr("data-focus-key", `row:${UNFILED_KEY}`);
				d.header.createSpan({ cls: "isb-competency-count", text: String(model.unfiled.length) });
				if (d.body) {
					d.body.createDiv({ cls: "isb-competency-description", text: "Add #competency/<id> to a story or its question to file it, or map a highlight colour in settings." });
					for (const s of model.unfiled) renderStory(d.body, s, options.story, false).setAttr("data-focus-key", `story:${UNFILED_KEY}:${s.key}`);
				}
				return d.el;
			},
		});
	}
	if (model.skipped.length > 0) {
		const expanded = options.expanded(SKIPPED_KEY);
		items.push({
			key: SKIPPED_KEY,
			signature: JSON.stringify([model.skipped, expanded]),
			render: () => {
				const d = renderDisclosure(listEl, { id: SKIPPED_KEY, title: "Skipped notes", expanded, onToggle: options.toggle(SKIPPED_KEY), cls: ["isb-coverage-section"] });
				d.header.setAttr("data-focus-key", `row:${SKIPPED_KEY}`);
				d.header.createSpan({ cls: "isb-competency-count", text: String(model.skipped.length) });
				const body = d.body;
				if (body) for (const note of model.skipped) renderSkipped(body, note, options.story);
				return d.el;
			},
		});
	}
	if (model.partial.length > 0) {
		const expanded = options.expanded(PARTIAL_KEY);
		items.push({
			key: PARTIAL_KEY,
			signature: JSON.stringify([model.partial, expanded]),
			render: () => {
				const d = renderDisclosure(listEl, { id: PARTIAL_KEY, title: "Notes read in part", expanded, onToggle: options.toggle(PARTIAL_KEY), cls: ["isb-coverage-section"] });
				d.header.setAttr("data-focus-key", `row:${PARTIAL_KEY}`);
				d.header.createSpan({ cls: "isb-competency-count", text: String(model.partial.length) });
				const body = d.body;
				if (body) {
					body.createDiv({ cls: "isb-competency-description", text: "These notes are indexed as far as they could be read. Fix the line named to read the rest." });
					for (const note of model.partial) for (const problem of note.problems) renderProblem(body, note.path, problem, options.story);
				}
				return d.el;
			},
		});
	}
	return items;
}

function renderProblem(parent: HTMLElement, path: string, problem: { line: number; message: string }, story: StoryHandlers): void {
	const place = { path, line: problem.line };
	const el = parent.createDiv({ cls: "isb-skipped", attr: { role: "button", tabindex: "0", "data-nav": "", "data-focus-key": `problem:${path}:${problem.line}` } });
	el.createDiv({ cls: "isb-story-label", text: `${path}, line ${problem.line}` });
	el.createDiv({ cls: "isb-skipped-reason", text: problem.message });
	el.addEventListener("click", (evt) => story.open(place, evt));
	onActivate(el, (evt) => story.open(place, evt));
}

function renderSkipped(parent: HTMLElement, note: { path: string; reason: string }, story: StoryHandlers): void {
	const place = { path: note.path, line: 1 };
	const el = parent.createDiv({ cls: "isb-skipped", attr: { role: "button", tabindex: "0", "data-nav": "", "data-focus-key": `skipped:${note.path}` } });
	el.createDiv({ cls: "isb-story-label", text: note.path });
	el.createDiv({ cls: "isb-skipped-reason", text: note.reason });
	el.addEventListener("click", (evt) => story.open(place, evt));
	onActivate(el, (evt) => story.open(place, evt));
}
