import { WidgetType, type EditorView } from "@codemirror/view";
import { verdictLabel, type StoryVerdict } from "../../core/feedback/story-verdict";

/** Tells the source to open a story's detail: the marker's clicks and keys. */
export const OPEN_DETAIL_EVENT = "isb-open-story-feedback";

/** How long the pointer rests on a marker before its detail opens, as Obsidian's page previews wait. */
const HOVER_DELAY_MS = 400;

/**
 * The compact verdict at the end of a story's first line: a small button
 * with the verdict in words for screen readers. A click, a tap or Enter
 * opens the detail (the editor's source listens for the event).
 */
export class VerdictWidget extends WidgetType {
	constructor(
		readonly verdict: StoryVerdict,
		readonly text: string,
	) {
		super();
	}

	override eq(other: VerdictWidget): boolean {
		// The same words and label mean the same DOM: nothing is redrawn while typing elsewhere.
		return other.text === this.text && verdictLabel(other.verdict) === verdictLabel(this.verdict);
	}

	override toDOM(view: EditorView): HTMLElement {
		const button = createEl("button");
		button.className = `isb-verdict isb-verdict-${this.verdict.top ? "warn" : "ok"} isb-verdict-${this.verdict.level}`;
		// The name starts with the words on screen (voice control users say what they see), then the verdict in full.
		button.setAttribute("aria-label", `${this.text}. ${verdictLabel(this.verdict)}`);
		button.setAttribute("aria-haspopup", "dialog");
		button.setAttribute("data-story-line", String(this.verdict.line));
		button.textContent = this.text;
		// The story's first line is found where the marker is now: its offset moves as the user types.
		const open = (): void => {
			const from = view.state.doc.lineAt(view.posAtDOM(button)).from;
			view.dom.dispatchEvent(new CustomEvent(OPEN_DETAIL_EVENT, { detail: { from } }));
		};
		let hover: number | null = null;
		button.addEventListener("mousedown", (evt) => evt.preventDefault());
		button.addEventListener("click", (evt) => {
			evt.preventDefault();
			evt.stopPropagation();
			open();
		});
		button.addEventListener("mouseenter", () => (hover = window.setTimeout(open, HOVER_DELAY_MS)));
		button.addEventListener("mouseleave", () => {
			if (hover !== null) window.clearTimeout(hover);
		});
		return button;
	}

	override ignoreEvent(): boolean {
		return true;
	}
}
