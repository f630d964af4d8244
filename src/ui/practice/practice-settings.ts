import { Setting } from "obsidian";
import { formatDate, isUsableDateFormat } from "../../core/practice/practice-log-line";
import { plural } from "../../core/display-text";
import { DEFAULT_SETTINGS, isValidSetting, SETTING_RANGES, type QuestionSource } from "../../core/settings";
import type { StoryBankServices } from "../../obsidian/services";
import { practiceLogPath } from "../../obsidian/practice-log";
import { checkedText } from "../setting-fields";
import { formatBytes } from "../../core/recording/recording-age";
import { recordingStorage } from "./recording-store";

const SOURCES: Readonly<Record<QuestionSource, string>> = {
	both: "My notes and the built-in bank",
	vault: "My notes only",
	builtin: "The built-in bank only",
};

/** The "Practice" section of the settings tab. */
export function renderPracticeSettings(container: HTMLElement, services: StoryBankServices): void {
	const s = services.settings;
	const prep = SETTING_RANGES.prepSeconds;
	new Setting(container).setName("Practice").setHeading();

	new Setting(container)
		.setName("Questions from")
		.setDesc(
			"Where mock questions come from. With your notes only, the built-in bank still stands in for a " +
				"competency your notes never ask about.",
		)
		.addDropdown((d) =>
			d
				.addOptions(SOURCES)
				.setValue(s.questionSource)
				.onChange((value) => void services.updateSettings({ questionSource: value as QuestionSource })),
		);

	new Setting(container)
		.setName("Practise in")
		.setDesc("A tab keeps your notes, the command palette and hotkeys at hand while you answer. A pop-up keeps the round in front.")
		.addDropdown((d) =>
			d
				.addOptions({ tab: "A tab", modal: "A pop-up" })
				.setValue(s.practiceIn)
				.onChange((value) => void services.updateSettings({ practiceIn: value === "modal" ? "modal" : "tab" })),
		);

	checkedText(container, {
		name: "Preparation time",
		desc: "Seconds to gather your thoughts before the answer countdown starts. 0 starts the answer at once.",
		value: String(s.prepSeconds),
		fallback: String(DEFAULT_SETTINGS.prepSeconds),
		check: (value) =>
			/^\d+$/.test(value) && isValidSetting("prepSeconds", value)
				? null
				: `Use a whole number of seconds from ${prep.min} to ${prep.max}; ${DEFAULT_SETTINGS.prepSeconds} is used meanwhile.`,
		save: (value) => services.updateSettings({ prepSeconds: Number(value) }),
	});

	checkedText(container, {
		name: "Practice log note",
		desc:
			"Each rated round adds one line at the end of this note, which is created when missing. " +
			"Earlier lines are never changed. Leave empty for no log.",
		placeholder: "Interview prep/Practice log",
		value: s.practiceLogNote,
		fallback: "",
		check: (value) => {
			const path = practiceLogPath(value);
			if (path === null) return null;
			return services.app.vault.getFolderByPath(path) || services.app.vault.getFolderByPath(path.replace(/\.md$/i, ""))
				? `"${value}" is a folder; name a note inside it.`
				: null;
		},
		save: (value) => services.updateSettings({ practiceLogNote: value }),
	});

	checkedText(container, {
		name: "Practice log date format",
		desc:
			`How each log line starts, in date-fns format (yyyy year, MM month, dd day, HH:mm time). Now it reads: ` +
			`${formatDate(new Date(services.clock()), s.practiceLogDateFormat)}.`,
		placeholder: DEFAULT_SETTINGS.practiceLogDateFormat,
		value: s.practiceLogDateFormat,
		fallback: DEFAULT_SETTINGS.practiceLogDateFormat,
		check: (value) =>
			isUsableDateFormat(value)
				? null
				: `"${value}" is not a date format date-fns can use; ${DEFAULT_SETTINGS.practiceLogDateFormat} is used meanwhile.`,
		save: (value) => services.updateSettings({ practiceLogDateFormat: value === "" ? DEFAULT_SETTINGS.practiceLogDateFormat : value }),
	});

	const stored = recordingStorage(services.app, services.store.data.history.rounds);
	checkedText(container, {
		name: "Recordings folder",
		desc:
			"Where recorded answers are saved. Leave empty to use Obsidian's default location for new attachments " +
			`(Files and links). Your practice history links ${plural(stored.count, "recording")}, ${formatBytes(stored.bytes)} in all.`,
		placeholder: "Interview prep/Recordings",
		value: s.recordingFolder,
		fallback: "",
		check: (value) =>
			!isValidSetting("recordingFolder", value)
				? `"${value}" cannot be a folder in this vault; recordings go where attachments go meanwhile.`
				: services.app.vault.getFileByPath(value)
					? `"${value}" is a file; name a folder.`
					: null,
		save: (value) => services.updateSettings({ recordingFolder: value }),
	});
}
