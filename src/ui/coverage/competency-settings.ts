import { normalizePath, Notice, Setting } from "obsidian";
import { CUSTOM_SET_HELP_URL } from "../../constants";
import { BUILT_IN_SETS, DEFAULT_SET } from "../../core/competencies/built-in-sets";
import { CUSTOM_SET_EXAMPLE } from "../../core/competencies/custom-set";
import type { CompetencySetId } from "../../core/settings";
import { plural } from "../../core/display-text";
import type { StoryBankServices } from "../../obsidian/services";
import { checkedText } from "../setting-fields";
import { renderColourSettings } from "./colour-settings";

/** Where "Create example note" puts the note when no path is set. */
const EXAMPLE_PATH = "Competencies.md";

/**
 * The "Competencies" section of the settings tab: the set to score against,
 * the custom set's note (checked, with what was read from it), the target
 * answer length, and the highlight colour → competency mapping.
 */
export function renderCompetencySettings(container: HTMLElement, services: StoryBankServices): void {
	new Setting(container).setName("Competencies").setHeading();
	const s = services.settings;

	new Setting(container)
		.setName("Competency set")
		.setDesc("The signals the coverage panel scores your stories against.")
		.addDropdown((dropdown) => {
			for (const set of BUILT_IN_SETS) dropdown.addOption(set.id, set.name);
			dropdown.addOption("custom", "Your own, from a note");
			dropdown.setValue(s.competencySet).onChange(async (value) => {
				await services.updateSettings({ competencySet: value as CompetencySetId });
				refresh();
			});
		});

	const noteSetting = checkedText(container, {
		name: "Custom competency note",
		desc: createFragment((desc) => {
			desc.appendText('Each "## Name" heading in this note is a competency; "Keywords:" and "Id:" lines under it are optional. ');
			desc.appendText(
				'A list of "Name: what it means" lines works too, with "*" after a name for a key signal; ' +
					'"Note#Heading" reads one section. ',
			);
			desc.createEl("a", { text: "The full format", href: CUSTOM_SET_HELP_URL, cls: "external-link" });
			desc.appendText(".");
		}),
		placeholder: EXAMPLE_PATH,
		value: s.customCompetencyNote,
		fallback: "",
		// A note that does not exist yet is kept: it is read as soon as it appears. The line below says what was read.
		check: (value) =>
			/(?:^|[\\/])\.\.(?:[\\/]|$)/.test(value)
				? `"${value}" points outside the vault; the ${DEFAULT_SET.name} set is used instead.`
				: null,
		save: (value) => services.updateSettings({ customCompetencyNote: value === "" ? "" : normalizePath(value) }),
	});
	const status = noteSetting.descEl.createDiv({ cls: "isb-competency-status" });
	noteSetting.addButton((button) =>
		button
			.setButtonText("Create example note")
			.setTooltip("Writes a note in the documented format that you can edit")
			.onClick(() => void createExample(services)),
	);

	const colours = container.createDiv({ cls: "isb-colour-settings" });

	const refresh = (): void => {
		const custom = services.settings.competencySet === "custom";
		noteSetting.settingEl.toggle(custom);
		showStatus(status, services);
		colours.empty();
		renderColourSettings(colours, services);
	};
	refresh();
	// The tab has no unload of its own: the listener lets go once the tab's content is gone.
	const ref = services.competencies.onChanged(() => {
		if (status.isConnected) refresh();
		else services.competencies.offChanged(ref);
	});
}

/** What the service made of the custom note: its error, or how many competencies it read and what it skipped. */
function showStatus(el: HTMLElement, services: StoryBankServices): void {
	el.empty();
	if (services.settings.competencySet !== "custom") return;
	const state = services.competencies.current();
	if (state.error) {
		el.createDiv({ cls: "isb-setting-error", text: state.error });
	} else if (state.set.id === "custom") {
		const n = state.set.competencies.length;
		el.createDiv({
			cls: "isb-competency-ok",
			text: `Read ${plural(n, "competency", "competencies")}: ${state.set.competencies.map((c) => c.name).join(", ")}.`,
		});
	}
	for (const warning of state.warnings) el.createDiv({ cls: "isb-setting-error", text: warning });
}

/** Writes the example note (never over an existing one), points the setting at it, and opens it. */
async function createExample(services: StoryBankServices): Promise<void> {
	const { vault, workspace } = services.app;
	const configured = services.competencies.customNotePath();
	const path = configured === "" ? EXAMPLE_PATH : configured;
	let file = vault.getFileByPath(path);
	if (file) {
		new Notice(`"${path}" already exists; it was left as it is.`);
	} else {
		const folder = path.split("/").slice(0, -1).join("/");
		try {
			if (folder !== "" && !vault.getFolderByPath(folder)) await vault.createFolder(folder);
			file = await vault.create(path, CUSTOM_SET_EXAMPLE);
		} catch (error) {
			new Notice(`Could not create "${path}": ${error instanceof Error ? error.message : String(error)}`);
			return;
		}
	}
	await services.updateSettings({ competencySet: "custom", customCompetencyNote: path });
	await workspace.getLeaf("tab").openFile(file);
}
