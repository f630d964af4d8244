import { Component, debounce, Notice } from "obsidian";
import { nonceFrom } from "../../core/clock";
import type { PracticeRound, Rating } from "../../core/practice/practice-round";
import { PRE_ANSWER_CHECKLIST } from "../../core/practice/checklist";
import { newPracticeRound } from "../../core/practice/new-round";
import type { AskedQuestion } from "../../core/practice/practice-question";
import { probeFor } from "../../core/practice/probes";
import type { PracticeHost } from "./practice-host";
import { renderQuestionHeader } from "./round-header";
import { RoundClock } from "./round-clock";
import { RatingControls } from "./round-rating";
import { RoundRecording } from "./round-recording";
import { renderStories } from "./round-stories";

/** What the owner of a round (a tab or a pop-up) provides. */
export interface RoundPanelOptions {
	host: PracticeHost;
	asked: AskedQuestion;
	/** "Next question": the round has been saved; the owner shows the next one. */
	onNext(): void;
	/** Set in a pop-up: shows a "Close" button at the end of the round. */
	onClose?: () => void;
}

/** Keys that work anywhere in the round except while typing in a text field. */
const KEYS: Readonly<Record<string, (panel: RoundPanel) => void>> = {
	p: (p) => p.togglePause(),
	s: (p) => p.toggleStories(),
	f: (p) => p.showProbe(),
	r: (p) => void p.toggleRecording(),
	n: (p) => void p.next(),
	"1": (p) => p.rate("below"),
	"2": (p) => p.rate("at"),
	"3": (p) => p.rate("above"),
};

/**
 * One practice round, drawn into a container: the question, the countdown,
 * the checklist, "Show my stories", the follow-up probe and the rating. The
 * same component runs in the practice tab and in the pop-up. A rated round
 * is saved at once and updated as the note changes; its log line is written
 * once, when the user moves on or closes the round.
 */
export class RoundPanel extends Component {
	readonly root: HTMLElement;
	private clock!: RoundClock;
	private rating!: RatingControls;
	private recording!: RoundRecording;
	private storiesButton!: HTMLButtonElement;
	private storiesEl!: HTMLElement;
	private probeButton!: HTMLButtonElement;
	private probeEl!: HTMLElement;
	private readonly used = new Set<string>();
	private probe: string | null = null;
	private saved: PracticeRound | null = null;
	private finished = false;
	private readonly saveNoteSoon = debounce(() => void this.saveChanges(), 600, true);

	constructor(
		container: HTMLElement,
		private readonly options: RoundPanelOptions,
	) {
		super();
		this.root = container.createDiv({ cls: "isb-practice", attr: { tabindex: "-1" } });
	}

	/** The question being practised. */
	get asked(): AskedQuestion {
		return this.options.asked;
	}

	override onload(): void {
		const { host, asked } = this.options;
		const settings = host.settings();
		renderQuestionHeader(this.root, asked, host);
		this.clock = new RoundClock(
			this.root,
			{ prepSeconds: settings.prepSeconds, targetSeconds: settings.targetSeconds, now: host.clock },
			{ onTimeUp: () => this.showProbe() },
		);
		this.recording = new RoundRecording(this.root, {
			recorder: host.recorder(),
			targetSeconds: settings.targetSeconds,
			save: (answer) => host.saveRecording(answer, asked),
			playUrl: (path) => host.recordingUrl(path),
			onStart: () => {
				// Recording starts the answer: preparation ends, a paused clock runs.
				const reading = this.clock.clock.read();
				if (reading.phase === "prep") this.clock.skipPrep();
				else if (reading.paused) this.clock.togglePause();
				return this.clock.clock.read().answerSeconds;
			},
			onSaved: (path) => this.attachRecording(path),
			usedStories: () => [...this.used].map((id) => host.story(id)).filter((s) => s !== undefined),
		});
		this.renderChecklist();
		this.renderStoriesSection();
		this.renderProbeSection();
		this.rating = new RatingControls(this.root, {
			onRate: (rating) => this.rate(rating),
			onNoteChange: () => this.saveNoteSoon(),
			onNext: () => void this.next(),
			onClose: this.options.onClose,
		});
		this.root.createDiv({
			cls: "isb-practice-keys",
			text: "Keys: P pause or resume · R record · S stories · F follow-up · 1 2 3 rate · N next question",
		});
		this.registerDomEvent(this.root, "keydown", (evt) => this.onKey(evt));
		this.registerInterval(window.setInterval(() => this.recording.tick(this.clock.render()), 250));
	}

	override onunload(): void {
		this.saveNoteSoon.cancel();
		void this.finish();
	}

	focus(): void {
		this.root.focus({ preventScroll: true });
	}

	togglePause(): void {
		this.clock.togglePause();
	}

	/** Starts recording the spoken answer, or stops and saves it. */
	async toggleRecording(): Promise<void> {
		if (this.finished || (!this.recording.recording && this.clock.clock.read().phase === "stopped")) return;
		await this.recording.toggle();
	}

	toggleStories(): void {
		const open = this.storiesEl.hasClass("is-hidden");
		if (open) {
			renderStories(this.storiesEl, this.options.host.storiesFor(this.options.asked), {
				questionText: (id) => this.options.host.questionText(id),
				open: (story, evt) => {
					this.used.add(story.id);
					this.syncUsedBoxes();
					void this.options.host.openStory(story, evt);
				},
				used: this.used,
				onUsedChange: () => {
					this.recording.refreshStories();
					this.saveNoteSoon();
				},
			});
		}
		this.storiesEl.toggleClass("is-hidden", !open);
		this.storiesButton.setText(open ? "Hide my stories" : "Show my stories");
		this.storiesButton.setAttr("aria-expanded", String(open));
	}

	/** Shows the follow-up probe (once time is up, or when asked for). */
	showProbe(): void {
		if (this.probe === null)
			this.probe = probeFor(this.options.asked.question.theme, this.options.host.roundsOf(this.options.asked.question.id));
		const hadFocus = this.probeButton.ownerDocument.activeElement === this.probeButton;
		this.probeEl.setText(this.probe);
		this.probeEl.removeClass("is-hidden");
		this.probeButton.addClass("is-hidden");
		// The button goes away; a keyboard user who pressed it lands on the question it revealed.
		if (hadFocus) this.probeEl.focus();
	}

	/** Rates the answer: stops the clock and saves the round (rating again changes the saved round). */
	rate(rating: Rating): void {
		if (this.finished) return;
		const seconds = this.saved ? this.saved.seconds : this.clock.stop();
		// The answer is over: a recording still running stops and is saved, then linked to the round.
		void this.recording.stop();
		this.rating.show(rating);
		if (this.saved) {
			this.saved = { ...this.saved, rating };
		} else {
			const { asked, host } = this.options;
			this.saved = newPracticeRound({
				question: asked.question,
				text: asked.text,
				rating,
				note: this.rating.note(),
				seconds,
				targetSeconds: host.settings().targetSeconds,
				storyIds: [...this.used],
				probe: this.probe,
				now: new Date(host.clock()),
				nonce: nonceFrom(host.chance),
			});
			if (this.recording.savedPath !== null) this.saved.recording = this.recording.savedPath;
		}
		void this.saveChanges();
	}

	/** Saves the round and writes its log line (once), then asks the owner for the next question. */
	async next(): Promise<void> {
		await this.finish();
		this.options.onNext();
	}

	/** Saves what is pending and writes the log line; safe to call more than once. */
	async finish(): Promise<void> {
		if (this.finished) return;
		this.finished = true;
		this.saveNoteSoon.cancel();
		const recorded = await this.recording.close();
		if (!this.saved) {
			if (recorded !== null)
				new Notice(`Your recording is saved as ${recorded}. The round was not rated, so it is not in the practice history.`);
			return;
		}
		await this.saveChanges(true);
		await this.options.host.logRound(this.saved);
	}

	private async saveChanges(force = false): Promise<void> {
		if (!this.saved || (this.finished && !force)) return;
		this.saved = {
			...this.saved,
			note: this.rating.note().replace(/\s+/g, " ").trim(),
			storyIds: [...this.used],
			...(this.probe ? { probe: this.probe } : {}),
			...(this.recording.savedPath !== null ? { recording: this.recording.savedPath } : {}),
		};
		this.rating.showSaved(this.saved);
		await this.options.host.saveRound(this.saved);
	}

	/** Links a saved recording to a rated round (a round rated later takes it from `savedPath`). */
	private attachRecording(path: string): void {
		if (!this.saved) return;
		this.saved = { ...this.saved, recording: path };
		void this.saveChanges(true);
	}

	/** Ticks "used in my answer" on the stories opened from the list. */
	private syncUsedBoxes(): void {
		for (const box of Array.from(this.storiesEl.querySelectorAll<HTMLInputElement>("input[data-story]")))
			box.checked = this.used.has(box.dataset.story ?? "");
	}

	private renderChecklist(): void {
		const section = this.root.createDiv({ cls: "isb-practice-section" });
		section.createEl("h3", { text: "Before you answer" });
		for (const item of PRE_ANSWER_CHECKLIST) {
			const label = section.createEl("label", { cls: "isb-practice-check" });
			label.createEl("input", { type: "checkbox", attr: { "data-check": item.id } });
			const text = label.createSpan();
			text.createSpan({ cls: "isb-practice-check-label", text: item.label });
			text.createSpan({ cls: "isb-practice-check-hint", text: item.hint });
		}
	}

	private renderStoriesSection(): void {
		const section = this.root.createDiv({ cls: "isb-practice-section" });
		this.storiesButton = section.createEl("button", {
			text: "Show my stories",
			attr: { "aria-expanded": "false", "aria-keyshortcuts": "S" },
		});
		this.storiesButton.addEventListener("click", () => this.toggleStories());
		this.storiesEl = section.createDiv({ cls: "isb-practice-stories is-hidden" });
	}

	private renderProbeSection(): void {
		const section = this.root.createDiv({ cls: "isb-practice-section" });
		this.probeButton = section.createEl("button", { text: "Ask me a follow-up", attr: { "aria-keyshortcuts": "F" } });
		this.probeButton.addEventListener("click", () => this.showProbe());
		this.probeEl = section.createDiv({ cls: "isb-practice-probe is-hidden", attr: { "aria-live": "polite", tabindex: "-1" } });
	}

	private onKey(evt: KeyboardEvent): void {
		if (evt.ctrlKey || evt.metaKey || evt.altKey || evt.isComposing) return;
		const target = evt.target;
		if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== "checkbox")) return;
		const action = KEYS[evt.key.toLowerCase()];
		if (!action) return;
		evt.preventDefault();
		action(this);
	}
}
