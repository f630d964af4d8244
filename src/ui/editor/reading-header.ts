import type { MarkdownPostProcessor } from "obsidian";
import { noteVerdicts } from "../../core/feedback/note-verdicts";
import { verdictLabel, verdictLine } from "../../core/feedback/story-verdict";
import type { StoryBankServices } from "../../obsidian/services";
import type { FeedbackHost } from "./feedback-source";

/**
 * Reading view: a small header above each block that starts a story, with
 * the same words as the editor's marker. Nothing when the user turned it off,
 * in notes that are not story notes, or when the editor's feedback is off.
 */
export function readingHeader(services: StoryBankServices, host: FeedbackHost): MarkdownPostProcessor {
	return (el, ctx) => {
		const detail = host.detail();
		if (services.settings.readingFeedback === "none" || detail === "off") return;
		const note = host.note(ctx.sourcePath);
		const section = ctx.getSectionInfo(el);
		if (!note || !section) return;
		// getSectionInfo is 0-based; the index's lines are 1-based.
		const first = section.lineStart + 1;
		const last = section.lineEnd + 1;
		const stories = note.stories.filter((s) => s.line >= first && s.line <= last);
		if (stories.length === 0) return;
		const verdicts = noteVerdicts({ ...note, stories }, host.context(note.path));
		for (const verdict of [...verdicts].reverse()) {
			const text = verdictLine(verdict, detail);
			if (text === null) continue;
			const header = createDiv({ cls: "isb-reading-verdict", text, attr: { "aria-label": verdictLabel(verdict) } });
			if (stories.length > 1)
				header.prepend(createSpan({ cls: "isb-reading-verdict-title", text: `${verdict.title ?? `Line ${verdict.line}`}: ` }));
			el.prepend(header);
		}
	};
}
