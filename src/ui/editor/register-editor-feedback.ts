import { ViewPlugin, type EditorView } from "@codemirror/view";
import { editorInfoField, Notice, type Plugin } from "obsidian";
import { correctionKey } from "../../core/competencies/corrections";
import { planMissingPartInNote } from "../../core/feedback/missing-part";
import type { StoryVerdict } from "../../core/feedback/story-verdict";
import type { StoryBankServices } from "../../obsidian/services";
import { startPractice, startPracticeForCompetency, startPracticeOfQuestion } from "../practice/practice-launcher";
import { renderDetail, type DetailActions } from "./feedback-detail";
import { FeedbackSource, type FeedbackHost } from "./feedback-source";
import { entryAt, feedbackField, openDetail } from "./feedback-state";
import { readingHeader } from "./reading-header";

/**
 * Story feedback where the user writes: a verdict on each story's first line
 * in the editor (source and live preview), its detail with actions, the
 * command "Show story feedback at cursor", and a header above each story in
 * reading view. Notes that are not story notes get nothing.
 */
export function registerEditorFeedback(plugin: Plugin, services: StoryBankServices): void {
	const live = new Set<FeedbackSource>();
	const host = feedbackHost(services);
	const sourceOf = (view: EditorView): FeedbackSource | undefined => [...live].find((s) => s.view === view);
	const actions: DetailActions = {
		correct(view, verdict, competencyId, choice) {
			const source = sourceOf(view);
			if (!source?.path) return;
			const from = view.state.doc.line(Math.min(view.state.doc.lines, verdict.line)).from;
			void services.store.setVerdict({ path: source.path, storyId: verdict.storyId }, competencyId, choice).then(() => {
				// The panel redraws on this event; every open editor of the note reads the story again.
				services.events.triggerHistoryChanged();
				source.rereadAt(from);
			});
		},
		insertPart(view, verdict, part) {
			const plan = planMissingPartInNote(view.state.doc.toString(), verdict.line, part, {
				format: services.settings.templateFormat === "senior" ? "senior" : "star",
				listStyle: services.settings.templateListStyle,
				indent: services.settings.templateIndent,
			});
			if (!plan) {
				new Notice("The story changed since its feedback was shown; try again in a moment.");
				return;
			}
			const { doc } = view.state;
			// One transaction: one step of undo. The cursor and scroll are mapped, not moved.
			const change =
				plan.before >= doc.lines
					? { from: doc.length, insert: `\n${plan.text}` }
					: { from: doc.line(plan.before + 1).from, insert: `${plan.text}\n` };
			view.dispatch({ changes: change, userEvent: "input.story-feedback" });
		},
		practise: (verdict) => void practiseWith(services, verdict, live),
	};
	const field = feedbackField((view, entry) => renderDetail(view, entry.verdict, actions));
	const source = ViewPlugin.define((view) => new FeedbackSource(view, pathOf(view), host, field, live));
	plugin.registerEditorExtension([field, source]);

	const refresh = (paths: readonly string[]): void => {
		for (const s of live) if (paths.length === 0 || (s.path !== null && paths.includes(s.path))) s.refresh();
	};
	plugin.register(services.index.onChange((change) => refresh(change.paths)));
	plugin.registerEvent(services.events.onSettingsChanged(() => refresh([])));
	plugin.registerEvent(services.events.onHistoryChanged(() => refresh([])));
	plugin.registerEvent(services.competencies.onChanged(() => refresh([])));

	plugin.addCommand({
		id: "show-story-feedback",
		name: "Show story feedback at cursor",
		editorCallback: (_editor, info) => {
			const path = info.file?.path;
			const candidates = [...live].filter((s) => s.path === path);
			const source = candidates.find((s) => s.view.hasFocus) ?? candidates[0];
			const view = source?.view;
			const entry = view ? entryAt(view.state, field, view.state.selection.main.head) : null;
			if (!view || !entry) {
				new Notice(
					services.settings.editorFeedback === "off"
						? "Story feedback is off in the settings."
						: "The cursor is in no story. Put it on a story's lines and try again.",
				);
				return;
			}
			view.dispatch({ effects: openDetail.of(entry.from) });
			// The detail is drawn with the next measure: focus its first control then, for keyboard users.
			window.requestAnimationFrame(() => view.dom.querySelector<HTMLElement>(".isb-feedback-detail button")?.focus());
		},
	});

	plugin.registerMarkdownPostProcessor(readingHeader(services, host));
}

/** The note an editor shows, from Obsidian's editor info; `null` for an editor of no note. */
function pathOf(view: EditorView): string | null {
	return view.state.field(editorInfoField, false)?.file?.path ?? null;
}

/** What the editor's feedback reads of the plugin, read through so settings and corrections are always current. */
function feedbackHost(services: StoryBankServices): FeedbackHost {
	return {
		detail: () => services.settings.editorFeedback,
		note: (path) => services.index.note(path),
		wordsPerMinute: () => services.settings.wordsPerMinute,
		context(path) {
			const list = services.store.data.corrections ?? [];
			const byKey = new Map(list.filter((c) => c.path === path).map((c) => [correctionKey(c.path, c.storyId), c]));
			return {
				matcher: services.competencies.current().matcher,
				correction: (storyId) => byKey.get(correctionKey(path, storyId)),
				targetSeconds: services.settings.targetAnswerSeconds,
			};
		},
	};
}

/** A round on a question this story answers, else on its first competency, else the scheduler's pick. */
function practiseWith(services: StoryBankServices, verdict: StoryVerdict, live: ReadonlySet<FeedbackSource>): Promise<void> {
	const path = [...live].find(
		(s) => s.path !== null && services.index.note(s.path)?.stories.some((st) => st.id === verdict.storyId),
	)?.path;
	const story = path ? services.index.note(path)?.stories.find((s) => s.id === verdict.storyId) : undefined;
	const question = story?.questionIds[0];
	if (question) return startPracticeOfQuestion(services, question);
	const competency = verdict.competencies[0];
	if (competency) return startPracticeForCompetency(services, competency.id);
	return startPractice(services);
}
