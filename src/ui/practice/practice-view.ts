import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { PRACTICE_VIEW_TYPE } from "../../constants";
import type { AskedQuestion, PickReason } from "../../core/practice/practice-question";
import type { StoryBankServices } from "../../obsidian/services";
import { chooseQuestion, practiceHost, type PracticeHost } from "./practice-host";
import { RoundPanel } from "./round-panel";

/** What the practice tab remembers across restarts: the question on screen and why it was chosen. */
export interface PracticeViewState extends Record<string, unknown> {
	questionId?: string;
	text?: string;
	reasons?: PickReason[];
}

/**
 * The practice round in a workspace tab (the default): the user keeps their
 * notes, the command palette and hotkeys while answering. The tab remembers
 * its question, so a restart brings the same one back (with a fresh clock).
 */
export class PracticeView extends ItemView {
	private panel: RoundPanel | null = null;
	private readonly host: PracticeHost;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: StoryBankServices,
	) {
		super(leaf);
		this.host = practiceHost(services, false);
	}

	override getViewType(): string {
		return PRACTICE_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return "Mock question";
	}

	override getIcon(): string {
		return "mic";
	}

	/** The question on screen, if any. */
	get round(): RoundPanel | null {
		return this.panel;
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("isb-practice-view");
		if (!this.panel) this.renderIdle();
	}

	override async onClose(): Promise<void> {
		await this.closePanel();
	}

	override getState(): Record<string, unknown> {
		const asked = this.panel?.asked;
		const state: PracticeViewState = asked ? { questionId: asked.question.id, text: asked.text, reasons: [...asked.reasons] } : {};
		return { ...super.getState(), ...state };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		await super.setState(state, result);
		const wanted = readState(state);
		const current = this.panel?.asked;
		if (current && wanted.questionId === current.question.id && wanted.text === current.text) return;
		// A question that is gone (removed from the notes) gives way to the scheduler's pick.
		const asked = await chooseQuestion(this.services, wanted.questionId === undefined ? {} : { questionId: wanted.questionId });
		if (asked && asked.question.id === wanted.questionId) {
			const text = asked.question.phrasings.find((p) => p === wanted.text) ?? asked.text;
			await this.show({ ...asked, text, reasons: wanted.reasons ?? [] });
		} else {
			await this.show(asked);
		}
	}

	/** Shows a question, after saving the round on screen. */
	async show(asked: AskedQuestion | null): Promise<void> {
		await this.closePanel();
		this.contentEl.empty();
		if (!asked) {
			this.renderIdle();
			return;
		}
		this.panel = this.addChild(new RoundPanel(this.contentEl, { host: this.host, asked, onNext: () => void this.nextQuestion() }));
		this.app.workspace.requestSaveLayout();
		this.panel.focus();
	}

	/** Moves on to the question that most needs practice, never the one just asked. */
	async nextQuestion(): Promise<void> {
		await this.show(await chooseQuestion(this.services, { avoidId: this.panel?.asked.question.id ?? null }));
	}

	private async closePanel(): Promise<void> {
		const panel = this.panel;
		if (!panel) return;
		this.panel = null;
		await panel.finish();
		this.removeChild(panel);
	}

	private renderIdle(): void {
		this.contentEl.empty();
		const box = this.contentEl.createDiv({ cls: "isb-practice isb-practice-idle" });
		box.createEl("p", { text: "No question on screen." });
		box.createEl("button", { cls: "mod-cta", text: "Start mock question" }).addEventListener("click", () => void this.nextQuestion());
	}
}

const REASONS: readonly PickReason[] = [
	"no-stories",
	"thin-stories",
	"never-practised",
	"own-question",
	"to-prepare",
	"below-last-time",
	"at-last-time",
	"due",
	"overdue",
	"not-due",
	"only-choice",
	"chosen",
];

function readState(state: unknown): PracticeViewState {
	if (typeof state !== "object" || state === null) return {};
	const s = state as Record<string, unknown>;
	return {
		...(typeof s.questionId === "string" ? { questionId: s.questionId } : {}),
		...(typeof s.text === "string" ? { text: s.text } : {}),
		...(Array.isArray(s.reasons) ? { reasons: s.reasons.filter((r): r is PickReason => REASONS.includes(r as PickReason)) } : {}),
	};
}
