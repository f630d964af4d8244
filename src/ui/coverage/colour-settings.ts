import { Setting } from "obsidian";
import { HIGHLIGHTR_PALETTE } from "../../core/parser/highlights";
import type { StoryBankServices } from "../../obsidian/services";

/**
 * One dropdown per Highlightr palette colour: the competency a question
 * highlighted in that colour belongs to. A mapped colour beats inferred
 * matches (tags and the competencies property still beat it). A mapping to a
 * competency the current set does not have is kept and shown as such.
 */
export function renderColourSettings(container: HTMLElement, services: StoryBankServices): void {
	const { set } = services.competencies.current();
	new Setting(container)
		.setName("Highlight colours")
		.setDesc(
			"If you colour-code question highlights by competency, say which colour means which. " +
				"Leave a colour unmapped to let the words decide.",
		);
	for (const [colour, hex] of Object.entries(HIGHLIGHTR_PALETTE)) {
		const current = services.settings.highlightCompetencies[colour] ?? "";
		const setting = new Setting(container).setName(capitalise(colour)).setClass("isb-colour-setting");
		// The swatch shows the user's own highlight colour, which is data, not theme.
		setting.nameEl.prepend(createSpan({ cls: "isb-colour-swatch", attr: { "aria-hidden": "true" } }));
		setting.nameEl.querySelector<HTMLElement>(".isb-colour-swatch")?.setCssProps({ "--isb-swatch": hex });
		setting.addDropdown((dropdown) => {
			dropdown.addOption("", "No competency");
			for (const c of set.competencies) dropdown.addOption(c.id, c.name);
			if (current !== "" && !set.competencies.some((c) => c.id === current))
				dropdown.addOption(current, `${current} (not in this set)`);
			dropdown.setValue(current).onChange(async (value) => {
				const next = { ...services.settings.highlightCompetencies };
				if (value === "") delete next[colour];
				else next[colour] = value;
				await services.updateSettings({ highlightCompetencies: next });
			});
		});
	}
}

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}
