import { Modal, type App } from "obsidian";
import type { AskedQuestion } from "../../core/practice/practice-question";
import type { PracticeHost } from "./practice-host";
import { RoundPanel } from "./round-panel";

/** What the pop-up needs: the host, the first question and how to get the next one. */
export interface PracticeModalParams {
	host: PracticeHost;
	asked: AskedQuestion;
	nextQuestion(avoidId: string): Promise<AskedQuestion | null>;
}

/**
 * The practice round in a pop-up, for users who prefer it (a setting). The
 * same round component as the tab; it is loaded on open and unloaded on
 * close, which stops its clock. A "Close" button ends the round even where
 * the pop-up's own close button is hard to reach (phones).
 */
export class PracticeModal extends Modal {
	private panel: RoundPanel | null = null;
	private asked: AskedQuestion;

	constructor(
		app: App,
		private readonly params: PracticeModalParams,
	) {
		super(app);
		this.asked = params.asked;
	}

	override onOpen(): void {
		this.modalEl.addClass("isb-practice-modal");
		this.setTitle("Mock question");
		this.mount();
	}

	override onClose(): void {
		this.unmount();
		this.contentEl.empty();
	}

	private mount(): void {
		this.contentEl.empty();
		const panel = new RoundPanel(this.contentEl, {
			host: this.params.host,
			asked: this.asked,
			onNext: () => void this.next(),
			onClose: () => this.close(),
		});
		panel.load();
		panel.focus();
		this.panel = panel;
	}

	/** Saves the round (the panel starts that) and stops its clock at once. */
	private unmount(): void {
		const panel = this.panel;
		this.panel = null;
		if (!panel) return;
		void panel.finish();
		panel.unload();
	}

	private async next(): Promise<void> {
		const next = await this.params.nextQuestion(this.asked.question.id);
		this.unmount();
		if (!next) {
			this.close();
			return;
		}
		this.asked = next;
		this.mount();
	}
}
