import type { StateField } from "@codemirror/state";
import type { EditorView, ViewUpdate } from "@codemirror/view";
import type { FeedbackContext, PlacedVerdict } from "../../core/feedback/note-verdicts";
import { verdictFor } from "../../core/feedback/note-verdicts";
import { parseRegion } from "../../core/feedback/story-region";
import type { VerdictDetail } from "../../core/feedback/story-verdict";
import type { IndexedNote } from "../../core/index/story-index";
import { openDetail, replaceVerdicts, setVerdicts, type FeedbackValue } from "./feedback-state";
import { OPEN_DETAIL_EVENT } from "./verdict-widget";

/** What the editor's feedback needs from the plugin; built in `registerEditorFeedback`. */
export interface FeedbackHost {
	/** How much to show: everything, warnings only, or nothing. */
	detail(): VerdictDetail | "off";
	/** The note as the index holds it, or `undefined` when it is no story note. */
	note(path: string): IndexedNote | undefined;
	/** The matcher, the user's corrections for the note and the target length. */
	context(path: string): FeedbackContext;
	wordsPerMinute(): number;
}

/** How long typing pauses before the edited story is read again. */
export const REREAD_DELAY_MS = 300;
/** The most lines read after an edit past the last story (text typed at the end of a note). */
const TAIL_LINES = 200;

/**
 * One editor's feedback: fills the field from the index when the note is
 * opened or saved, and after typing pauses reads again only the edited
 * story's lines (never the whole note). It dispatches effects only: the
 * cursor, the selection and the scroll stay where the user left them.
 */
export class FeedbackSource {
	private timer: number | null = null;
	/** Offsets touched since the last read, in the current text. */
	private dirty: { from: number; to: number } | null = null;
	/** The note's legend lines and frontmatter competencies, from the index, for reading one story on its own. */
	private legend: string[] = [];
	private noteCompetencies: readonly string[] = [];
	private readonly onOpen = (evt: Event): void => {
		const from = (evt as CustomEvent<{ from: number }>).detail.from;
		this.view.dispatch({ effects: openDetail.of(from) });
	};

	constructor(
		readonly view: EditorView,
		readonly path: string | null,
		private readonly host: FeedbackHost,
		private readonly field: StateField<FeedbackValue>,
		private readonly live: Set<FeedbackSource>,
	) {
		live.add(this);
		view.dom.addEventListener(OPEN_DETAIL_EVENT, this.onOpen);
		// A view cannot be updated while it is being built.
		window.setTimeout(() => this.refresh(), 0);
	}

	update(update: ViewUpdate): void {
		// Only story notes (those in the index) are read again: an ordinary note never gets a verdict.
		if (!update.docChanged || this.path === null || !this.host.note(this.path)) return;
		let dirty = this.dirty ? { from: update.changes.mapPos(this.dirty.from, -1), to: update.changes.mapPos(this.dirty.to, 1) } : null;
		update.changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
			dirty = dirty ? { from: Math.min(dirty.from, fromB), to: Math.max(dirty.to, toB) } : { from: fromB, to: toB };
		});
		this.dirty = dirty;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => this.reread(), REREAD_DELAY_MS);
	}

	destroy(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.view.dom.removeEventListener(OPEN_DETAIL_EVENT, this.onOpen);
		this.live.delete(this);
	}

	/**
	 * Takes every verdict from the index, when it holds the note as the editor
	 * shows it (same line count); otherwise the edited stories are read again.
	 */
	refresh(): void {
		const detail = this.host.detail();
		const note = this.path === null || detail === "off" ? undefined : this.host.note(this.path);
		const { doc } = this.view.state;
		if (!note || detail === "off") {
			if (this.view.state.field(this.field).entries.length > 0)
				this.view.dispatch({ effects: setVerdicts.of({ verdicts: [], detail: "all" }) });
			return;
		}
		if (note.lineCount !== doc.lines) {
			this.reread();
			return;
		}
		this.legend = note.legend ? linesOf(this.view, note.legend.line, note.legend.endLine) : [];
		this.noteCompetencies = note.meta.competencies;
		const context = this.host.context(note.path);
		const byId = new Map(note.questions.map((q) => [q.id, q]));
		const verdicts = note.stories.map((story) =>
			verdictFor(
				story,
				story.questionIds.map((id) => byId.get(id)).filter((q) => q !== undefined),
				note.meta.competencies,
				context,
			),
		);
		this.view.dispatch({ effects: setVerdicts.of({ verdicts, detail }) });
	}

	/** Reads the edited stories again, from their question's line to the next story's, and replaces their verdicts. */
	reread(): void {
		this.timer = null;
		const dirty = this.dirty;
		this.dirty = null;
		const detail = this.host.detail();
		if (!dirty || this.path === null || detail === "off") return;
		const { state } = this.view;
		const { doc } = state;
		const entries = state.field(this.field).entries;
		const before = [...entries].reverse().find((e) => e.context <= dirty.from);
		const after = entries.find((e) => e.context > dirty.to);
		const fromLine = before ? doc.lineAt(before.context).number : Math.max(1, doc.lineAt(dirty.from).number - 1);
		const toLine = after ? doc.lineAt(after.context).number - 1 : Math.min(doc.lines, doc.lineAt(dirty.to).number + TAIL_LINES);
		if (toLine < fromLine) return;
		const region = linesOf(this.view, fromLine, toLine);
		const context = this.host.context(this.path);
		const previous = new Map(entries.map((e) => [doc.lineAt(e.from).number, e.verdict.storyId]));
		const verdicts: PlacedVerdict[] = parseRegion(region, fromLine, this.legend, this.host.wordsPerMinute()).map(
			({ story, questions }) => verdictFor(story, questions, this.noteCompetencies, context, previous.get(story.line) ?? story.id),
		);
		this.view.dispatch({
			effects: replaceVerdicts.of({ from: doc.line(fromLine).from, to: doc.line(toLine).to, verdicts }),
		});
	}

	/** Reads one story again now (after a correction), keeping everything else. */
	rereadAt(from: number): void {
		this.dirty = { from, to: from };
		this.reread();
	}
}

/** The text of 1-based lines `from` to `to`. */
function linesOf(view: EditorView, from: number, to: number): string[] {
	const { doc } = view.state;
	const out: string[] = [];
	for (let n = Math.max(1, from); n <= Math.min(doc.lines, to); n++) out.push(doc.line(n).text);
	return out;
}
