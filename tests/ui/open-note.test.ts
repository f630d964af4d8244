import type { WorkspaceLeaf } from "obsidian";
import { App, MarkdownView, Notice } from "obsidian-test-mocks/obsidian";
import { openNoteAtLine, type NoteOpener } from "../../src/ui/open-note";

const NOTE = [
	"# Bank",
	"",
	"- Tell me about a conflict?",
	"\t1. **Situation**: two teams wanted one sprint",
	"\t2. **Result**: one plan",
].join("\n");

/**
 * An in-memory vault whose workspace hands out leaves that show a note in a
 * markdown view in editing mode, recording where each note was opened.
 */
function workspaceWithNote() {
	const mock = App.createConfigured__({ files: { "Bank.md": NOTE } });
	const app = mock.asOriginalType__();
	const opened: { kind: unknown; active: boolean | undefined; line: unknown }[] = [];
	const panel = { view: null } as unknown as WorkspaceLeaf;
	let recent: WorkspaceLeaf | null = null;
	const newLeaf = (kind: unknown): WorkspaceLeaf => {
		const leaf = {
			view: null as unknown,
			openFile: async (_file: unknown, state: { active?: boolean; eState?: { line?: number } }) => {
				const view = MarkdownView.create2__(mock.workspace.getLeaf(true));
				view.editor.setValue(NOTE);
				Object.assign(view, { getMode: () => "source" });
				leaf.view = view;
				recent = leaf as unknown as WorkspaceLeaf;
				opened.push({ kind, active: state.active, line: state.eState?.line });
			},
		};
		return leaf as unknown as WorkspaceLeaf;
	};
	Object.assign(app.workspace, {
		getLeaf: (kind: unknown) => (kind === false && !recent ? panel : newLeaf(kind)),
		getMostRecentLeaf: () => recent,
		getLeavesOfType: () => [],
	});
	const cursorIn = (leaf: WorkspaceLeaf | null) => (leaf?.view as MarkdownView | undefined)?.editor.getCursor();
	return { app, panel, opened, cursor: () => cursorIn(recent) };
}

const PLAIN = new MouseEvent("click");
const OPENERS: [string, (panel: WorkspaceLeaf) => NoteOpener][] = [
	["the coverage panel", (panel) => ({ kind: "panel", leaf: panel })],
	["a practice round in a tab", () => ({ kind: "round", inModal: false })],
	["a practice round in a pop-up", () => ({ kind: "round", inModal: true })],
];

describe("opening a note at a line", () => {
	it.each(OPENERS)("from %s, puts the cursor at the start of the line", async (_name, opener) => {
		const { app, panel, opened, cursor } = workspaceWithNote();
		await openNoteAtLine(app, { path: "Bank.md", line: 4 }, PLAIN, opener(panel));
		expect(opened).toHaveLength(1);
		expect(opened[0]?.line).toBe(3);
		expect(cursor()).toEqual({ line: 3, ch: 0 });
	});

	it("never replaces the panel it was opened from, and gives the note focus", async () => {
		const { app, panel, opened } = workspaceWithNote();
		await openNoteAtLine(app, { path: "Bank.md", line: 3 }, PLAIN, { kind: "panel", leaf: panel });
		expect(opened[0]).toMatchObject({ kind: "tab", active: true });
	});

	it("from a round, splits beside it (a tab from a pop-up) and leaves the focus on the round", async () => {
		const inTab = workspaceWithNote();
		await openNoteAtLine(inTab.app, { path: "Bank.md", line: 3 }, PLAIN, { kind: "round", inModal: false });
		expect(inTab.opened[0]).toMatchObject({ kind: "split", active: false });
		const inPopUp = workspaceWithNote();
		await openNoteAtLine(inPopUp.app, { path: "Bank.md", line: 3 }, PLAIN, { kind: "round", inModal: true });
		expect(inPopUp.opened[0]).toMatchObject({ kind: "tab", active: false });
	});

	it("says so when the note is gone", async () => {
		const { app, panel, opened } = workspaceWithNote();
		const told: string[] = [];
		const spy = jest.spyOn(Notice.prototype, "constructor__").mockImplementation((message: DocumentFragment | string) => {
			told.push(typeof message === "string" ? message : (message.textContent ?? ""));
		});
		await openNoteAtLine(app, { path: "Gone.md", line: 1 }, PLAIN, { kind: "panel", leaf: panel });
		spy.mockRestore();
		expect(opened).toEqual([]);
		expect(told).toEqual(['"Gone.md" is no longer in the vault.']);
	});
});
