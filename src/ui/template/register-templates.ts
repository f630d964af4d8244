import type InterviewStoryBankPlugin from "../../main";

/** Registers this feature's views, commands and ribbon icons. (Filled in by its issue.) */
export function registerTemplates(_plugin: InterviewStoryBankPlugin): void {}
