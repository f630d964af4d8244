import { normalizePath, PluginSettingTab, type App, type Plugin } from "obsidian";
import { ANSWER_LENGTH_RANGE, parseAnswerLength } from "../core/practice/answer-length";
import { DEFAULT_SETTINGS, isValidSetting, SETTING_RANGES, TAG_NAME } from "../core/settings";
import { formatDuration } from "../core/display-text";
import type { StoryBankServices } from "../obsidian/services";
import { renderCompetencySettings } from "./coverage/competency-settings";
import { renderEditorFeedbackSettings } from "./editor/editor-settings";
import { renderPracticeSettings } from "./practice/practice-settings";
import { checkedText } from "./setting-fields";
import { renderTemplateSettings } from "./template/template-settings";

/**
 * The settings tab. The general section (which notes are story notes, how
 * stories are timed) lives here; each feature renders its own section.
 */
export class StoryBankSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly services: StoryBankServices,
	) {
		super(app, plugin);
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		this.renderStoryNotes(containerEl);
		renderCompetencySettings(containerEl, this.services);
		renderPracticeSettings(containerEl, this.services);
		renderTemplateSettings(containerEl, this.services);
		renderEditorFeedbackSettings(containerEl, this.services);
	}

	private renderStoryNotes(el: HTMLElement): void {
		const services = this.services;
		const s = services.settings;
		const { wordsPerMinute: wpm, maxNoteSizeKb: size } = SETTING_RANGES;
		checkedText(el, {
			name: "Story folder",
			desc: "Only notes in this folder are read. Leave empty to read the whole vault.",
			placeholder: "Interview prep",
			value: s.storyFolder,
			fallback: "",
			check: (value, inForce) => {
				if (this.app.vault.getFolderByPath(normalizePath(value))) return null;
				// A typed folder that does not exist is not saved; one stored earlier (since renamed or deleted)
				// still limits the notes read.
				return inForce
					? `No folder "${value}" in this vault, so no note is read. Choose an existing folder, ` +
							`or clear this to read the whole vault.`
					: `No folder "${value}" in this vault: the whole vault is read instead.`;
			},
			save: (value) => services.updateSettings({ storyFolder: value === "" ? "" : normalizePath(value) }),
		});
		checkedText(el, {
			name: "Story tag",
			desc: "Only notes with this tag are read (nested tags count). Leave empty for any note.",
			placeholder: "interview",
			value: s.storyTag,
			fallback: "",
			check: (value) =>
				TAG_NAME.test(value.replace(/^#/, ""))
					? null
					: `"${value}" is not a tag: tags have no spaces or punctuation other than - _ and /.`,
			save: (value) => services.updateSettings({ storyTag: value.replace(/^#/, "") }),
		});
		checkedText(el, {
			name: "Frontmatter key",
			desc: "Only notes whose properties include this key are read. Leave empty for any note.",
			placeholder: "story-bank",
			value: s.storyFrontmatterKey,
			fallback: "",
			check: (value) => (/[:\s]/.test(value) ? `"${value}" cannot be a property name (no spaces or colons).` : null),
			save: (value) => services.updateSettings({ storyFrontmatterKey: value }),
		});
		checkedText(el, {
			name: "Speaking rate",
			desc: "Words per minute used to time your stories. A calm interview pace is about 150.",
			value: String(s.wordsPerMinute),
			fallback: String(DEFAULT_SETTINGS.wordsPerMinute),
			check: (value) =>
				isValidSetting("wordsPerMinute", value)
					? null
					: `Use a number from ${wpm.min} to ${wpm.max}; ${DEFAULT_SETTINGS.wordsPerMinute} is used meanwhile.`,
			save: (value) => services.updateSettings({ wordsPerMinute: Number(value) }),
		});
		checkedText(el, {
			name: "Target answer length",
			desc:
				"How long a spoken answer should take, as seconds (150) or minutes and seconds (2:30): " +
				"the practice countdown, and a soft warning on stories that run longer. " +
				"Stories over 3:00 are too long whatever this is set to, unless it is longer. " +
				"A senior panel expects a core answer of 2 to 3 minutes.",
			placeholder: formatDuration(DEFAULT_SETTINGS.targetAnswerSeconds),
			value: formatDuration(s.targetAnswerSeconds),
			fallback: String(DEFAULT_SETTINGS.targetAnswerSeconds),
			check: (value) =>
				parseAnswerLength(value) === null
					? `Use a length from ${formatDuration(ANSWER_LENGTH_RANGE.min)} to ` +
						`${formatDuration(ANSWER_LENGTH_RANGE.max)}, such as 2:30; ` +
						`${formatDuration(DEFAULT_SETTINGS.targetAnswerSeconds)} is used meanwhile.`
					: null,
			save: (value) =>
				services.updateSettings({ targetAnswerSeconds: parseAnswerLength(value) ?? DEFAULT_SETTINGS.targetAnswerSeconds }),
		});
		checkedText(el, {
			name: "Largest note to read",
			desc: "In kilobytes. Larger notes are skipped, and the coverage panel says which and why.",
			value: String(s.maxNoteSizeKb),
			fallback: String(DEFAULT_SETTINGS.maxNoteSizeKb),
			check: (value) =>
				isValidSetting("maxNoteSizeKb", value)
					? null
					: `Use a number from ${size.min} to ${size.max}; ${DEFAULT_SETTINGS.maxNoteSizeKb} is used meanwhile.`,
			save: (value) => services.updateSettings({ maxNoteSizeKb: Number(value) }),
		});
	}
}
