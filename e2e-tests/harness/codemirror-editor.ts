import { defaultKeymap, history, historyKeymap, undoDepth } from "@codemirror/commands";
import { EditorSelection, EditorState, type ChangeSpec, type Extension, type Text } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import type { Editor, EditorPosition, EditorRange, EditorRangeOrCaret, EditorTransaction } from "obsidian";

/** The members of Obsidian's `Editor` this adapter provides: all the plugin uses, and their close relatives. */
export type EditorSubset = Pick<
	Editor,
	| "getValue"
	| "setValue"
	| "getLine"
	| "lineCount"
	| "lastLine"
	| "getCursor"
	| "setCursor"
	| "getSelection"
	| "somethingSelected"
	| "getRange"
	| "replaceRange"
	| "replaceSelection"
	| "transaction"
	| "scrollIntoView"
	| "focus"
	| "blur"
	| "hasFocus"
	| "posToOffset"
	| "offsetToPos"
>;

/**
 * Obsidian's `Editor` over a real CodeMirror 6 view, as Obsidian builds it:
 * positions are 0-based lines and characters, and `transaction` is one
 * CodeMirror transaction, so the history records it as one undo step.
 */
export class CodeMirrorEditor implements EditorSubset {
	readonly view: EditorView;

	/** `extensions`: what Obsidian adds to every note's editor (its editor info, the plugins' editor extensions). */
	constructor(parent: HTMLElement, text: string, extensions: Extension[] = []) {
		this.view = new EditorView({
			parent,
			state: EditorState.create({
				doc: text,
				extensions: [
					history(),
					keymap.of([...defaultKeymap, ...historyKeymap]),
					EditorView.lineWrapping,
					EditorView.contentAttributes.of({ "aria-label": "Note text" }),
					...extensions,
				],
			}),
		});
	}

	private get doc(): Text {
		return this.view.state.doc;
	}

	/** How many steps CodeMirror's undo would take back. */
	undoDepth(): number {
		return undoDepth(this.view.state);
	}

	getValue(): string {
		return this.doc.toString();
	}

	setValue(content: string): void {
		this.view.dispatch({ changes: { from: 0, to: this.doc.length, insert: content } });
	}

	getLine(line: number): string {
		return line >= 0 && line < this.doc.lines ? this.doc.line(line + 1).text : "";
	}

	lineCount(): number {
		return this.doc.lines;
	}

	lastLine(): number {
		return this.doc.lines - 1;
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const range = this.view.state.selection.main;
		return this.offsetToPos(range[side]);
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const at = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.view.dispatch({ selection: { anchor: this.posToOffset(at) } });
	}

	getSelection(): string {
		const { from, to } = this.view.state.selection.main;
		return this.doc.sliceString(from, to);
	}

	somethingSelected(): boolean {
		return !this.view.state.selection.main.empty;
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.doc.sliceString(this.posToOffset(from), this.posToOffset(to));
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		this.view.dispatch({ changes: { from: this.posToOffset(from), to: this.posToOffset(to ?? from), insert: replacement } });
	}

	replaceSelection(replacement: string): void {
		this.view.dispatch(this.view.state.replaceSelection(replacement));
	}

	/** Changes in the note's coordinates before the edit, the selection in its coordinates after, as Obsidian's does. */
	transaction(tx: EditorTransaction): void {
		const changes: ChangeSpec[] = (tx.changes ?? []).map((c) => ({
			from: this.posToOffset(c.from),
			to: this.posToOffset(c.to ?? c.from),
			insert: c.text,
		}));
		if (tx.replaceSelection !== undefined) {
			const { from, to } = this.view.state.selection.main;
			changes.push({ from, to, insert: tx.replaceSelection });
		}
		const changeSet = this.view.state.changes(changes);
		const after = changeSet.apply(this.doc);
		const ranges = tx.selections ?? (tx.selection ? [tx.selection] : []);
		const selection =
			ranges.length > 0
				? EditorSelection.create(
						ranges.map((r: EditorRangeOrCaret) =>
							EditorSelection.range(offsetIn(after, r.from), offsetIn(after, r.to ?? r.from)),
						),
					)
				: undefined;
		this.view.dispatch({ changes: changeSet, ...(selection ? { selection } : {}), userEvent: "input" });
	}

	scrollIntoView(range: EditorRange, center?: boolean): void {
		this.view.dispatch({ effects: EditorView.scrollIntoView(this.posToOffset(range.from), { y: center ? "center" : "nearest" }) });
	}

	focus(): void {
		this.view.focus();
	}

	blur(): void {
		this.view.contentDOM.blur();
	}

	hasFocus(): boolean {
		return this.view.hasFocus;
	}

	posToOffset(pos: EditorPosition): number {
		return offsetIn(this.doc, pos);
	}

	offsetToPos(offset: number): EditorPosition {
		const line = this.doc.lineAt(Math.max(0, Math.min(offset, this.doc.length)));
		return { line: line.number - 1, ch: offset - line.from };
	}
}

/** A position as an offset, clamped into the document as CodeMirror's Obsidian adapter does. */
function offsetIn(doc: Text, pos: EditorPosition): number {
	if (pos.line < 0) return 0;
	if (pos.line >= doc.lines) return doc.length;
	const line = doc.line(pos.line + 1);
	return line.from + Math.max(0, Math.min(pos.ch, line.length));
}
