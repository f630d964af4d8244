import { StateEffect, StateField, type EditorState, type Extension, type Text } from "@codemirror/state";
import { Decoration, EditorView, showTooltip, type DecorationSet, type Tooltip } from "@codemirror/view";
import type { PlacedVerdict } from "../../core/feedback/note-verdicts";
import { verdictLine, type VerdictDetail } from "../../core/feedback/story-verdict";
import { VerdictWidget } from "./verdict-widget";

/** A story's verdict where it sits in the editor's text: offsets, mapped through every edit. */
export interface FeedbackEntry {
	verdict: PlacedVerdict;
	/** Start of the story's first line. */
	from: number;
	/** End of the story's last line. */
	to: number;
	/** Start of the line it is read again from (its question's, when that comes first). */
	context: number;
}

/** What the field holds: the entries in text order, their markers, and the story whose detail is open. */
export interface FeedbackValue {
	entries: readonly FeedbackEntry[];
	detail: VerdictDetail;
	decorations: DecorationSet;
	/** The `from` of the story whose detail is open, or `null`. */
	open: number | null;
}

/** Every verdict of the note anew (from the index), or how much the markers show. */
export const setVerdicts = StateEffect.define<{ verdicts: readonly PlacedVerdict[]; detail: VerdictDetail }>();
/** The verdicts of the stories read again between two offsets (one edited story), replacing the ones there. */
export const replaceVerdicts = StateEffect.define<{ from: number; to: number; verdicts: readonly PlacedVerdict[] }>();
/** Opens the detail of the story that starts at an offset, or closes it (`null`). */
export const openDetail = StateEffect.define<number | null>();

const EMPTY: FeedbackValue = { entries: [], detail: "all", decorations: Decoration.none, open: null };

/** Builds the detail's DOM for a story; given by the shell (it holds the actions). */
export type DetailRenderer = (view: EditorView, entry: FeedbackEntry) => HTMLElement;

/**
 * The verdicts of the stories in the editor and their markers. An edit maps
 * offsets and markers through the change (no parsing, nothing redrawn); the
 * verdicts change only by the effects above, sent by `FeedbackSource` when
 * the index has the note anew or an edited story was read again.
 */
export function feedbackField(renderDetail: DetailRenderer): StateField<FeedbackValue> {
	let shown: { verdict: PlacedVerdict; tooltip: Tooltip } | null = null;
	return StateField.define<FeedbackValue>({
		create: () => EMPTY,
		update(value, tr) {
			let next = value;
			if (tr.docChanged) {
				const entries = next.entries.map((e) => ({
					verdict: e.verdict,
					from: tr.changes.mapPos(e.from, -1),
					to: tr.changes.mapPos(e.to, 1),
					context: tr.changes.mapPos(e.context, -1),
				}));
				const open = next.open === null ? null : tr.changes.mapPos(next.open, -1);
				next = { ...next, entries, decorations: next.decorations.map(tr.changes), open };
			}
			for (const effect of tr.effects) {
				if (effect.is(setVerdicts)) {
					const entries = effect.value.verdicts.map((v) => placed(tr.state.doc, v));
					next = {
						...next,
						entries,
						detail: effect.value.detail,
						decorations: markers(tr.state.doc, entries, effect.value.detail),
					};
				} else if (effect.is(replaceVerdicts)) {
					const { from, to } = effect.value;
					const kept = next.entries.filter((e) => e.from < from || e.from > to);
					const added = effect.value.verdicts.map((v) => placed(tr.state.doc, v));
					const entries = [...kept, ...added].sort((a, b) => a.from - b.from);
					next = { ...next, entries, decorations: markers(tr.state.doc, entries, next.detail) };
				} else if (effect.is(openDetail)) {
					next = { ...next, open: effect.value };
				}
			}
			if (next.open !== null && !next.entries.some((e) => e.from === next.open)) next = { ...next, open: null };
			return next;
		},
		provide: (field) => [
			EditorView.decorations.from(field, (value) => value.decorations),
			// The detail hangs from the marker, at the end of the story's first line, so the story's text stays readable.
			showTooltip.compute([field], (state): Tooltip | null => {
				const value = state.field(field);
				const entry = value.entries.find((e) => e.from === value.open);
				if (!entry) return null;
				const pos = state.doc.lineAt(entry.from).to;
				// The same verdict at the same place is the same tooltip: CodeMirror keeps its DOM (and focus) while typing.
				if (shown?.verdict === entry.verdict && shown.tooltip.pos === pos) return shown.tooltip;
				const tooltip: Tooltip = { pos, above: false, create: (view) => ({ dom: renderDetail(view, entry) }) };
				shown = { verdict: entry.verdict, tooltip };
				return tooltip;
			}),
		],
	});
}

/** The entry of the story that holds an offset (the innermost), or `null`. */
export function entryAt(state: EditorState, field: StateField<FeedbackValue>, pos: number): FeedbackEntry | null {
	let found: FeedbackEntry | null = null;
	for (const e of state.field(field).entries) if (e.from <= pos && pos <= e.to && (!found || e.from > found.from)) found = e;
	return found;
}

/** A verdict placed by its lines, clamped into the text. */
function placed(doc: Text, verdict: PlacedVerdict): FeedbackEntry {
	const line = (n: number) => doc.line(Math.max(1, Math.min(doc.lines, n)));
	return { verdict, from: line(verdict.line).from, to: line(verdict.endLine).to, context: line(verdict.contextLine).from };
}

/** A marker at the end of each story's first line (none in warnings-only mode for a story without warnings). */
function markers(doc: Text, entries: readonly FeedbackEntry[], detail: VerdictDetail): DecorationSet {
	const ranges = [];
	for (const entry of entries) {
		const text = verdictLine(entry.verdict, detail);
		if (text === null) continue;
		const end = doc.lineAt(entry.from).to;
		ranges.push(Decoration.widget({ widget: new VerdictWidget(entry.verdict, text), side: 1 }).range(end));
	}
	return Decoration.set(ranges, true);
}

/** The extension: the field. The source and the command are added by `registerEditorFeedback`. */
export function feedbackExtension(field: StateField<FeedbackValue>): Extension {
	return [field];
}
