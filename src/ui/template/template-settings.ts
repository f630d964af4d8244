import { Setting } from "obsidian";
import type { StoryBankSettings, TemplateFormat } from "../../core/settings";
import { PLACEHOLDERS } from "../../core/template/user-template";
import type { StoryBankServices } from "../../obsidian/services";
import { checkedText } from "../setting-fields";
import { storyFolder } from "./new-story-note";
import { templateFile } from "./template-note";

const FORMATS: Record<TemplateFormat, string> = {
	star: "STAR with takeaways",
	senior: "Senior: context, decision and trade-off, result, reflection",
	user: "My template note",
};

/** The "Templates" section of the settings tab: format, template note, new story folder, and the fallback list style. */
export function renderTemplateSettings(container: HTMLElement, services: StoryBankServices): void {
	const s = services.settings;
	new Setting(container).setName("Templates").setHeading();

	new Setting(container)
		.setName("Template format")
		.setDesc("The parts a new story gets. A note with a format legend or stories of its own keeps its own labels.")
		.addDropdown((dropdown) => {
			for (const [value, label] of Object.entries(FORMATS)) dropdown.addOption(value, label);
			dropdown
				.setValue(s.templateFormat)
				.onChange((value) => void services.updateSettings({ templateFormat: value as TemplateFormat }));
		});

	const note = checkedText(container, {
		name: "Template note",
		desc:
			'The note used by the "my template note" format. It may have properties, ' +
			"which are added to the note it is inserted into without replacing any.",
		placeholder: "Templates/Story.md",
		value: s.userTemplateNote,
		fallback: "",
		check: (value) =>
			templateFile(services.app, value) ? null : `No note "${value}" in this vault: STAR with takeaways is used meanwhile.`,
		save: (value) => services.updateSettings({ userTemplateNote: value }),
	});
	const list = note.descEl.createEl("ul", { cls: "isb-placeholder-list" });
	for (const placeholder of PLACEHOLDERS) {
		const item = list.createEl("li");
		item.createEl("code", { text: placeholder.name });
		item.appendText(` ${placeholder.meaning}`);
	}

	checkedText(container, {
		name: "New story folder",
		desc: 'Where "new story note" creates notes. It is created if it does not exist. Leave empty for the vault root.',
		placeholder: "Interview prep/Stories",
		value: s.newStoryFolder,
		fallback: "",
		check: (value) => (/(?:^|\/)\.\.(?:\/|$)/.test(value) ? `"${value}" leaves the vault: the vault root is used instead.` : null),
		save: (value) => services.updateSettings({ newStoryFolder: storyFolder(value) }),
	});

	dropdown(container, services, {
		name: "List style",
		desc: "For a note with no stories to copy: numbered or bulleted parts.",
		options: { numbered: "Numbered", bulleted: "Bulleted" },
		key: "templateListStyle",
	});
	dropdown(container, services, {
		name: "Indentation",
		desc: "For a note with no stories to copy: how far parts sit under their question.",
		options: { tab: "Tab", "2": "2 spaces", "4": "4 spaces" },
		key: "templateIndent",
	});
}

function dropdown<K extends "templateListStyle" | "templateIndent">(
	container: HTMLElement,
	services: StoryBankServices,
	options: { name: string; desc: string; options: Readonly<Record<StoryBankSettings[K], string>>; key: K },
): void {
	new Setting(container)
		.setName(options.name)
		.setDesc(options.desc)
		.addDropdown((d) => {
			for (const [value, label] of Object.entries<string>(options.options)) d.addOption(value, label);
			d.setValue(services.settings[options.key]).onChange((value) => void services.updateSettings({ [options.key]: value }));
		});
}
