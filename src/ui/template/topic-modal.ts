import { prepareFuzzySearch, SuggestModal, type App } from "obsidian";
import { rankChoices } from "../../core/template/rank-choices";
import type { TopicChoice } from "../../core/template/topics";
import type { StoryTopic } from "../../core/template/types";

/** What the picker shows and what it does with the choice. */
export interface TopicModalParams {
	choices: readonly TopicChoice[];
	/** Called with the chosen topic; not called when the picker is dismissed. */
	onChoose: (topic: StoryTopic) => void;
	/** What the Enter key does, for the instructions line ("to insert", "to create the note"). */
	action: string;
}

/**
 * The fuzzy picker that asks what a new story is about: one of the user's
 * questions (those without a story first, and marked), a question from the
 * built-in bank, a competency, or whatever is typed, used as written.
 */
export class TopicModal extends SuggestModal<TopicChoice> {
	constructor(
		app: App,
		private readonly params: TopicModalParams,
	) {
		super(app);
		this.limit = 50;
		this.emptyStateText = "Type a question to use it as written.";
		this.setPlaceholder("Pick a question or competency, or type your own question");
		this.setInstructions([
			{ command: "↑↓", purpose: "to navigate" },
			{ command: "↵", purpose: params.action },
			{ command: "esc", purpose: "to dismiss" },
		]);
	}

	override getSuggestions(query: string): TopicChoice[] {
		const trimmed = query.trim();
		const fuzzy = trimmed === "" ? null : prepareFuzzySearch(trimmed);
		return rankChoices(this.params.choices, query, (text) => fuzzy?.(text)?.score ?? null, this.limit);
	}

	override renderSuggestion(choice: TopicChoice, el: HTMLElement): void {
		el.addClass("isb-topic-suggestion");
		const title = el.createDiv({ cls: "isb-topic-title", text: choice.title });
		if (choice.unanswered) title.createSpan({ cls: "isb-topic-badge", text: "No story yet" });
		el.createEl("small", { cls: "isb-topic-detail", text: choice.detail });
	}

	override onChooseSuggestion(choice: TopicChoice): void {
		this.params.onChoose(choice.topic);
	}
}
