import type { CoverageModel } from "../../core/coverage/coverage";
import { renderDisclosure } from "./disclosure";
import type { KeyedItem } from "./keyed-list";
import { onActivate } from "./keyboard";
import type { StoryHandlers } from "./story-item";
import { renderStories, storiesSignature } from "./story-list";

/** Keys of the two sections below the competencies; they cannot clash with a competency id (no spaces in those). */
export const UNFILED_KEY = "not matched";
export const SKIPPED_KEY = "skipped notes";
export const PARTIAL_KEY = "read in part";

/** How the sections open and what their stories do. */
export interface SectionOptions {
	expanded: (key: string) => boolean;
	toggle: (key: string) => () => void;
	/** How many stories an open section draws. */
	limit: (key: string) => number;
	showMore: (key: string) => () => void;
	story: StoryHandlers;
}

/**
 * The sections under the competencies, when there is something to say:
 * stories no competency claimed (with how to file them), and notes the index
 * left out, each with its reason.
 */
export function renderExtraSections(listEl: HTMLElement, model: CoverageModel, options: SectionOptions): KeyedItem[] {
	const items: KeyedItem[] = [];
	/** One section, shown only when it has entries; its count is the number of entries. */
	const section = (
		key: string,
		title: string,
		entries: readonly unknown[],
		fill: (body: HTMLElement) => void,
		contents: () => string,
	): void => {
		if (entries.length === 0) return;
		const expanded = options.expanded(key);
		items.push({
			key,
			// A closed section shows only its count: what it holds is looked at only when it is open.
			signature: expanded ? `open\u0002${contents()}` : `closed\u0002${entries.length}`,
			render: () => {
				const d = renderDisclosure(listEl, {
					id: key,
					title,
					expanded,
					onToggle: options.toggle(key),
					cls: ["isb-coverage-section"],
				});
				d.header.setAttr("data-focus-key", `row:${key}`);
				d.header.createSpan({ cls: "isb-competency-count", text: String(entries.length) });
				if (d.body) fill(d.body);
				return d.el;
			},
		});
	};
	if (model.kind === "coverage") {
		const limit = options.limit(UNFILED_KEY);
		section(
			UNFILED_KEY,
			"Not matched to a competency",
			model.unfiled,
			(body) => {
				body.createDiv({
					cls: "isb-competency-description",
					text: "Add #competency/<id> to a story or its question to file it, or map a highlight colour in settings.",
				});
				renderStories(body, model.unfiled, {
					limit,
					focusKey: (s) => `story:${UNFILED_KEY}:${s.key}`,
					moreKey: `more:${UNFILED_KEY}`,
					onShowMore: options.showMore(UNFILED_KEY),
					story: options.story,
					withSource: false,
				});
			},
			() => storiesSignature(model.unfiled, limit),
		);
	}
	section(
		SKIPPED_KEY,
		"Skipped notes",
		model.skipped,
		(body) => {
			for (const note of model.skipped)
				renderNoteRow(
					body,
					{ label: note.path, reason: note.reason, place: { path: note.path, line: 1 }, focusKey: `skipped:${note.path}` },
					options.story,
				);
		},
		() => JSON.stringify(model.skipped),
	);
	section(
		PARTIAL_KEY,
		"Notes read in part",
		model.partial,
		(body) => {
			body.createDiv({
				cls: "isb-competency-description",
				text: "These notes are indexed as far as they could be read. Fix the line named to read the rest.",
			});
			for (const note of model.partial) {
				for (const problem of note.problems) {
					const place = { path: note.path, line: problem.line };
					renderNoteRow(
						body,
						{
							label: `${note.path}, line ${problem.line}`,
							reason: problem.message,
							place,
							focusKey: `problem:${note.path}:${problem.line}`,
						},
						options.story,
					);
				}
			}
		},
		() => JSON.stringify(model.partial),
	);
	return items;
}

/** A note the index left out, or a line it could not read: where, why, and a click that opens it there. */
function renderNoteRow(
	parent: HTMLElement,
	row: { label: string; reason: string; place: { path: string; line: number }; focusKey: string },
	story: StoryHandlers,
): void {
	const el = parent.createDiv({
		cls: "isb-skipped",
		attr: { role: "button", tabindex: "0", "data-nav": "", "data-focus-key": row.focusKey },
	});
	el.createDiv({ cls: "isb-story-label", text: row.label });
	el.createDiv({ cls: "isb-skipped-reason", text: row.reason });
	el.addEventListener("click", (evt) => story.open(row.place, evt));
	onActivate(el, (evt) => story.open(row.place, evt));
}
