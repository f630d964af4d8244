import type { AskedQuestion, PickReason } from "../../core/practice/practice-question";
import type { PracticeHost } from "./practice-host";

const REASONS: Readonly<Record<PickReason, (competency: string) => string>> = {
	"no-stories": (c) => `no story yet for ${c}`,
	"thin-stories": (c) => `only thin stories for ${c}`,
	"never-practised": () => "never practised",
	"own-question": () => "one of your own questions",
	"to-prepare": () => "to prepare",
	"below-last-time": () => "below the bar last time",
	"at-last-time": () => "at the bar last time",
	due: () => "due for another go",
	overdue: () => "overdue",
	"not-due": () => "everything else was practised more recently",
	"only-choice": () => "the only question to choose from",
	chosen: () => "you chose it",
};

/**
 * The top of the round: what the question practises and where it comes
 * from (competency, company and level from the note's properties), the
 * question itself, and why the scheduler chose it.
 */
export function renderQuestionHeader(root: HTMLElement, asked: AskedQuestion, host: PracticeHost): void {
	const q = asked.question;
	const competency = host.competencyName(q.competencyId);
	const meta = root.createDiv({ cls: "isb-practice-meta" });
	meta.createSpan({ cls: "isb-practice-chip", text: competency ?? "No competency" });
	if (q.company) meta.createSpan({ cls: "isb-practice-chip", text: q.company });
	if (q.level) meta.createSpan({ cls: "isb-practice-chip", text: q.level });
	if (q.source === "vault" && q.path !== null) {
		const from = meta.createEl("button", {
			cls: "isb-practice-source",
			text: `From ${q.path}`,
			attr: { "aria-label": `From ${q.path}: open it at the question` },
		});
		from.addEventListener("click", (evt) => void host.openQuestion(q, evt));
	} else {
		meta.createSpan({ cls: "isb-practice-source", text: "Built-in question" });
	}

	root.createDiv({ cls: "isb-practice-question", text: asked.text, attr: { role: "heading", "aria-level": "2" } });

	const why = asked.reasons.map((r) => REASONS[r](competency ?? "its competency"));
	if (why.length > 0) root.createDiv({ cls: "isb-practice-why", text: `Why this question: ${why.join(", ")}.` });
	renderPreparation(root, asked, host);
	if (q.source === "builtin" && host.settings().questionSource === "vault") {
		root.createDiv({
			cls: "isb-practice-why",
			text: "Your notes have no question for this yet, so this one is from the built-in bank.",
		});
	}
}

/**
 * For a question of the user's still to prepare (marked TODO, or with no
 * story yet): what they noted they would tell, and a button that drafts the
 * story in their note.
 */
function renderPreparation(root: HTMLElement, asked: AskedQuestion, host: PracticeHost): void {
	const q = asked.question;
	const planned = q.plannedStories ?? [];
	if (planned.length > 0) root.createDiv({ cls: "isb-practice-why", text: `You planned to tell: ${planned.join(", ")}.` });
	if (!asked.reasons.includes("to-prepare") || q.path === null || !host.draftStory) return;
	const box = root.createDiv({ cls: "isb-practice-prepare" });
	box.createSpan({ text: q.todo ? "You marked this question TODO in your note." : "No story is written for this question yet." });
	const draft = box.createEl("button", { text: "Draft a story", attr: { "aria-label": `Draft a story for this question in ${q.path}` } });
	draft.addEventListener("click", () => void host.draftStory?.(q));
}
