import type { AskingQuestion } from "../../core/coverage/coverage-questions";

interface AskingOptions {
	open: (target: { path: string; line: number }, evt: MouseEvent | KeyboardEvent) => void;
	focusKey: (question: AskingQuestion) => string;
}

/**
 * Under a competency with no story yet: the questions of the notes that ask
 * for it, each a button that opens its note at the question. A question
 * marked TODO says it is to prepare; one with a story the user planned to
 * tell that matches none yet says which ("you planned to tell: maxim").
 */
export function renderAskingQuestions(body: HTMLElement, questions: readonly AskingQuestion[], options: AskingOptions): void {
	if (questions.length === 0) return;
	const list = body.createDiv({
		cls: "isb-asking-questions",
		attr: { role: "list", "aria-label": "Questions in your notes that ask for it" },
	});
	list.createDiv({ cls: "isb-asking-title", text: "Asked in your notes:" });
	for (const q of questions) {
		const item = list.createDiv({ cls: "isb-asking-question", attr: { role: "listitem" } });
		const button = item.createEl("button", {
			cls: "isb-asking-open",
			text: q.text,
			attr: { "data-nav": "", "data-focus-key": options.focusKey(q), "aria-label": `${q.text}: open ${q.path} at line ${q.line}` },
		});
		button.addEventListener("click", (evt) => options.open({ path: q.path, line: q.line }, evt));
		const notes: string[] = [];
		if (q.todo) notes.push("to prepare");
		if (q.planned.length > 0) notes.push(`you planned to tell: ${q.planned.join(", ")}`);
		const where = `${q.path}, line ${q.line}`;
		item.createDiv({ cls: "isb-asking-meta", text: notes.length > 0 ? `${notes.join("; ")} · ${where}` : where });
	}
}
