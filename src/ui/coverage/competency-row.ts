import type { CompetencyRow } from "../../core/coverage/coverage";
import { MAX_POINTS } from "../../core/competencies/story-strength";
import type { CompetencyActions } from "../../obsidian/competency-actions";
import { renderDisclosure } from "./disclosure";
import { renderStories } from "./story-list";
import { renderAskingQuestions } from "./asking-questions";
import type { AskingQuestion } from "../../core/coverage/coverage-questions";
import type { StoryHandlers } from "./story-item";

/** How a competency row behaves. */
export interface RowOptions {
	expanded: boolean;
	/** How many stories an open row draws; "Show N more" draws the next ones. */
	limit: number;
	onShowMore: () => void;
	onToggle: () => void;
	story: StoryHandlers;
	actions: Readonly<CompetencyActions>;
	/** The questions of the notes that ask for this competency (read when a row with no story is opened). */
	questions?: () => readonly AskingQuestion[];
}

/** Ids for the statements the row headers point to; unique even with two panels open. */
let nextStatementId = 1;

/**
 * One competency: name, story count and a strength bar (the best story's
 * points out of five); a plain statement below; "Draft a story" and
 * "Practice" on empty and thin competencies when those features are there;
 * expanded, what the panel looks for and the stories, strongest first.
 */
export function renderCompetencyRow(parent: HTMLElement, row: CompetencyRow, options: RowOptions): HTMLElement {
	const { el, header, body } = renderDisclosure(parent, {
		id: row.id,
		title: row.name,
		expanded: options.expanded,
		onToggle: options.onToggle,
		cls: ["isb-competency", `is-${row.level}`],
	});
	el.setAttr("data-competency", row.id);
	header.setAttr("data-focus-key", `row:${row.id}`);
	// The header's name is its visible title (a voice user says what they see); the statement below describes it.
	const statementId = `isb-statement-${nextStatementId++}`;
	header.setAttr("aria-describedby", statementId);
	if (row.key) header.createSpan({ cls: "isb-competency-key", text: "Key", attr: { "aria-label": "A key signal of your set" } });
	header.createSpan({ cls: "isb-competency-count", text: String(row.storyCount), attr: { "aria-hidden": "true" } });
	const bar = header.createSpan({ cls: "isb-strength-bar", attr: { "aria-hidden": "true" } });
	bar.createSpan({ cls: "isb-strength-fill" }).setCssProps({ "--isb-strength": `${Math.round((row.best / MAX_POINTS) * 100)}%` });

	const statement = row.practised ? `${row.statement} Practised ${row.practised}.` : row.statement;
	const statementEl = el.createDiv({ cls: "isb-competency-statement", attr: { id: statementId } });
	// On the statement line, not in the header, so a narrow sidebar does not cut the competency's name short.
	if (row.keyGap) statementEl.createSpan({ cls: "isb-competency-key-gap", text: "Key — no strong story yet. " });
	statementEl.appendText(statement);
	const { draft, practice } = options.actions;
	if (row.level !== "strong" && (draft || practice)) {
		const actions = el.createDiv({ cls: "isb-competency-actions" });
		if (draft) actions.createEl("button", { text: "Draft a story", cls: "mod-cta" }).addEventListener("click", () => draft(row.id));
		if (practice) actions.createEl("button", { text: "Practice" }).addEventListener("click", () => practice(row.id));
	}
	if (body) {
		// The body sits after the statement and actions, so move it to the end.
		el.appendChild(body);
		if (row.description) body.createDiv({ cls: "isb-competency-description", text: row.description });
		if (row.storyCount === 0 && row.questionCount > 0 && options.questions)
			renderAskingQuestions(body, options.questions(), {
				open: options.story.open,
				focusKey: (q) => `question:${row.id}:${q.id}:${q.path}`,
			});
		renderStories(body, row.stories, {
			limit: options.limit,
			focusKey: (story) => `story:${row.id}:${story.key}`,
			onShowMore: options.onShowMore,
			moreKey: `more:${row.id}`,
			story: options.story,
		});
	}
	return el;
}
