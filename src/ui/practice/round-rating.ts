import type { PracticeRound, Rating } from "../../core/practice/practice-round";
import { RATINGS } from "../../core/practice/practice-round";
import { formatClock } from "../../core/practice/answer-clock";
import { RATING_HINTS, RATING_LABELS } from "../../core/practice/ratings";

/** What the rating controls report to the round. */
export interface RatingCallbacks {
	onRate(rating: Rating): void;
	onNoteChange(): void;
	onNext(): void;
	onClose?: () => void;
}

/**
 * The end of the round: the panel's three-step scale as toggle buttons, a
 * one-line note, "Next question", and a live line that says what was saved.
 * The note field sits right above the buttons so that, on a phone, the
 * on-screen keyboard never hides the way on.
 */
export class RatingControls {
	private readonly buttons = new Map<Rating, HTMLButtonElement>();
	private readonly noteEl: HTMLInputElement;
	private readonly savedEl: HTMLElement;

	constructor(root: HTMLElement, callbacks: RatingCallbacks) {
		const section = root.createDiv({ cls: "isb-practice-section isb-practice-rating" });
		section.createEl("h3", { text: "How did it go?" });
		const group = section.createDiv({
			cls: "isb-practice-ratings",
			attr: { role: "group", "aria-label": "Rate your answer against the bar" },
		});
		RATINGS.forEach((rating, i) => {
			const button = group.createEl("button", {
				cls: "isb-practice-rate",
				attr: { "aria-pressed": "false", "aria-keyshortcuts": String(i + 1), "data-rating": rating },
			});
			button.createSpan({ cls: "isb-practice-rate-label", text: RATING_LABELS[rating] });
			button.createSpan({ cls: "isb-practice-rate-hint", text: RATING_HINTS[rating] });
			button.addEventListener("click", () => callbacks.onRate(rating));
			this.buttons.set(rating, button);
		});
		this.noteEl = section.createEl("input", {
			cls: "isb-practice-note",
			type: "text",
			attr: { placeholder: "One line for next time (optional)", "aria-label": "Note for next time", enterkeyhint: "next" },
		});
		this.noteEl.addEventListener("input", () => callbacks.onNoteChange());
		this.noteEl.addEventListener("keydown", (evt) => {
			if (evt.key === "Enter" && !evt.isComposing) {
				evt.preventDefault();
				callbacks.onNext();
			}
		});
		// On a phone the keyboard covers the bottom half: keep the field and the buttons under it in view.
		this.noteEl.addEventListener("focus", () => window.setTimeout(() => this.noteEl.scrollIntoView({ block: "center" }), 300));
		const actions = section.createDiv({ cls: "isb-practice-actions" });
		const next = actions.createEl("button", { cls: "mod-cta", text: "Next question", attr: { "aria-keyshortcuts": "N" } });
		next.addEventListener("click", () => callbacks.onNext());
		const close = callbacks.onClose;
		if (close) actions.createEl("button", { text: "Close" }).addEventListener("click", () => close());
		this.savedEl = section.createDiv({
			cls: "isb-practice-saved",
			attr: { "aria-live": "polite" },
			text: "Rate your answer to save this round; an unrated round is not kept.",
		});
	}

	/** The note as typed. */
	note(): string {
		return this.noteEl.value;
	}

	/** Marks the chosen rating as pressed. */
	show(rating: Rating): void {
		for (const [r, button] of this.buttons) {
			button.setAttr("aria-pressed", String(r === rating));
			button.toggleClass("is-active", r === rating);
		}
	}

	showSaved(round: PracticeRound): void {
		this.savedEl.setText(
			`Saved: ${RATING_LABELS[round.rating].toLowerCase()}, ${formatClock(round.seconds)}. ` +
				`Change the rating or the note any time before you move on.`,
		);
	}
}
