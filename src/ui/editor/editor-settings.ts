import { Setting } from "obsidian";
import type { EditorFeedback } from "../../core/settings";
import type { StoryBankServices } from "../../obsidian/services";

const EDITOR_CHOICES: Record<EditorFeedback, string> = {
	all: "The whole verdict",
	warnings: "Warnings only",
	off: "Off",
};

/** The settings of story feedback in the editor and in reading view. */
export function renderEditorFeedbackSettings(container: HTMLElement, services: StoryBankServices): void {
	const s = services.settings;
	new Setting(container).setName("Story feedback").setHeading();
	new Setting(container)
		.setName("In the editor")
		.setDesc("A short verdict at the end of each story's first line in story notes: parts, competencies, strength and the top warning.")
		.addDropdown((d) =>
			d
				.addOptions(EDITOR_CHOICES)
				.setValue(s.editorFeedback)
				.onChange((value) => void services.updateSettings({ editorFeedback: value as EditorFeedback })),
		);
	new Setting(container)
		.setName("In reading view")
		.setDesc("The same verdict as a small header above each story.")
		.addDropdown((d) =>
			d
				.addOptions({ header: "A header above each story", none: "Nothing" })
				.setValue(s.readingFeedback)
				.onChange((value) => void services.updateSettings({ readingFeedback: value === "none" ? "none" : "header" })),
		);
}
