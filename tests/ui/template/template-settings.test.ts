import { App } from "obsidian-test-mocks/obsidian";
import { DEFAULT_SETTINGS, type StoryBankSettings } from "../../../src/core/settings";
import type { TopicChoice } from "../../../src/core/template/topics";
import type { StoryTopic } from "../../../src/core/template/types";
import type { StoryBankServices } from "../../../src/obsidian/services";
import { renderTemplateSettings } from "../../../src/ui/template/template-settings";
import { TopicModal } from "../../../src/ui/template/topic-modal";

function choice(title: string, over: Partial<TopicChoice> = {}): TopicChoice {
	const topic: StoryTopic = {
		kind: "bank",
		question: title,
		keyPhrase: null,
		colourName: null,
		competencyId: null,
		competencyName: null,
	};
	return { topic, title, detail: "Question bank", unanswered: false, group: 1, ...over };
}

describe("the Templates settings section", () => {
	function render(settings: Partial<StoryBankSettings> = {}) {
		const app = App.createConfigured__({ files: { "Templates/Story.md": "- {{question}}" } }).asOriginalType__();
		const plugin = {
			app,
			settings: { ...DEFAULT_SETTINGS, ...settings },
			updateSettings: () => Promise.resolve([]),
		} as unknown as StoryBankServices;
		const el = createDiv();
		renderTemplateSettings(el, plugin);
		return { el };
	}

	it("has a heading and every template setting, in sentence case", () => {
		const { el } = render();
		expect(el.querySelector(".setting-item-heading")?.textContent).toContain("Templates");
		const text = el.textContent ?? "";
		for (const name of ["Template format", "Template note", "New story folder", "List style", "Indentation"])
			expect(text).toContain(name);
		for (const placeholder of ["{{question}}", "{{competency}}", "{{date:FORMAT}}", "{{cursor}}"]) expect(text).toContain(placeholder);
	});

	it("offers the three formats and shows the chosen one", () => {
		const { el } = render({ templateFormat: "senior" });
		const select = el.querySelector("select");
		expect([...(select?.options ?? [])].map((o) => o.value)).toEqual(["star", "senior", "user"]);
		expect(select?.value).toBe("senior");
	});
});

describe("the topic picker", () => {
	const app = App.createConfigured__({ files: {} }).asOriginalType__();

	it("suggests what matches the typed text, and the typed text itself", () => {
		const modal = new TopicModal(app, {
			choices: [choice("Tell me about a conflict"), choice("Describe a failure")],
			onChoose: () => undefined,
			action: "to insert",
		});
		expect(modal.getSuggestions("conflict").map((c) => c.title)).toEqual(["Tell me about a conflict", "conflict"]);
	});

	it("marks a question that has no story yet", () => {
		const modal = new TopicModal(app, { choices: [], onChoose: () => undefined, action: "to insert" });
		const el = createDiv();
		modal.renderSuggestion(choice("Why this company?", { unanswered: true, detail: "Your question, no story yet · Bank.md" }), el);
		expect(el.querySelector(".isb-topic-badge")?.textContent).toBe("No story yet");
		expect(el.querySelector(".isb-topic-detail")?.textContent).toBe("Your question, no story yet · Bank.md");
	});

	it("hands the chosen topic to its caller", () => {
		const chosen: StoryTopic[] = [];
		const modal = new TopicModal(app, { choices: [], onChoose: (t) => chosen.push(t), action: "to insert" });
		modal.onChooseSuggestion(choice("Describe a failure"));
		expect(chosen.map((t) => t.question)).toEqual(["Describe a failure"]);
	});
});
