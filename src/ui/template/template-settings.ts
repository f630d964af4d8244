import type InterviewStoryBankPlugin from "../../main";

/** The "Templates" section of the settings tab. (Filled in by its issue.) */
export function renderTemplateSettings(_container: HTMLElement, _plugin: InterviewStoryBankPlugin): void {}
