import { FORMATS_HELP_URL } from "../../constants";
import { hasScope, type StoryBankSettings } from "../../core/settings";

const EXAMPLE = `- Tell me about a time you disagreed with your manager?
\t1. **Situation**: …
\t2. **Task**: …
\t3. **Action**: …
\t4. **Result**: …`;

/** While the first scan runs: say so, rather than claim there is nothing. */
export function renderReading(parent: HTMLElement): void {
	parent.createDiv({ cls: "isb-coverage-empty", text: "Reading your notes…" });
}

/**
 * With no story notes: how to start, instead of a panel of zeros. Says which
 * notes are read when the settings narrow it, since that is the usual cause,
 * and points at the skipped notes when some could not be read.
 */
export function renderNoNotes(parent: HTMLElement, settings: StoryBankSettings, skipped = 0): void {
	const el = parent.createDiv({ cls: "isb-coverage-empty" });
	if (skipped > 0) {
		// The user's stories may well be in those notes: do not greet them as if they had none.
		el.createDiv({ cls: "isb-coverage-empty-title", text: "No story note could be read" });
		el.createEl("p", { text: `${skipped === 1 ? "1 note was" : `${skipped} notes were`} skipped; "Skipped notes" below says why.` });
	} else {
		el.createDiv({ cls: "isb-coverage-empty-title", text: "No interview stories yet" });
	}
	el.createEl("p", {
		text: "Write a question and the STAR story that answers it in any note, and it appears here as you type. For example:",
	});
	el.createEl("pre", { cls: "isb-coverage-example" }).createEl("code", { text: EXAMPLE });
	if (hasScope(settings)) {
		const limits: string[] = [];
		if (settings.storyFolder) limits.push(`in the folder "${settings.storyFolder}"`);
		if (settings.storyTag) limits.push(`tagged #${settings.storyTag}`);
		if (settings.storyFrontmatterKey) limits.push(`with the property "${settings.storyFrontmatterKey}"`);
		el.createEl("p", { text: `Only notes ${limits.join(", ")} are read; you can change this in the plugin's settings.` });
	}
	const help = el.createEl("p");
	help.appendText("Headings, callouts and single-letter labels work too. ");
	help.createEl("a", { text: "Supported note formats", href: FORMATS_HELP_URL, cls: "external-link" });
}

/** With story notes, but none left by the filters. */
export function renderNoMatch(parent: HTMLElement): void {
	parent.createDiv({ cls: "isb-coverage-empty", text: "No story notes match these filters." });
}
