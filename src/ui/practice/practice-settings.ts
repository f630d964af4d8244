import type InterviewStoryBankPlugin from "../../main";

/** The "Practice" section of the settings tab. (Filled in by its issue.) */
export function renderPracticeSettings(_container: HTMLElement, _plugin: InterviewStoryBankPlugin): void {}
