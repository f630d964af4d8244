import type { Command, Editor as EditorOriginal, MarkdownView as MarkdownViewOriginal, Plugin } from "obsidian";
import { App, Editor, MarkdownView, Notice } from "obsidian-test-mocks/obsidian";
import { DEFAULT_SETTINGS, type StoryBankSettings } from "../../../src/core/settings";
import { StoryIndex } from "../../../src/core/index/story-index";
import { CompetencyActionRegistry } from "../../../src/obsidian/competency-actions";
import { CompetencyService } from "../../../src/obsidian/competency-service";
import { StoryBankEvents } from "../../../src/obsidian/story-bank-events";
import { planInsertion } from "../../../src/core/template/plan-insertion";
import type { StoryTopic } from "../../../src/core/template/types";
import type { StoryBankServices } from "../../../src/obsidian/services";
import { applyEdit } from "../../../src/obsidian/editor-adapter";
import { draftStoryForCompetency } from "../../../src/ui/template/draft-story";
import { draftStoryForQuestion } from "../../../src/ui/practice/draft-for-question";
import { insertStory } from "../../../src/ui/template/insert-story";
import { createStoryNote } from "../../../src/ui/template/new-story-note";
import { registerTemplates } from "../../../src/ui/template/register-templates";
import { md } from "../../helpers/md";
import { TOPIC } from "../../helpers/template-text";

const NOTE = md`
	# Bank

	- *Tell me about a time you rescued a release?*
		1. **Situation**: the release was late
		2. **Task**: ship it anyway
		3. **Action**: I cut scope
		4. **Result**: shipped on the day
	- *Describe a time you changed your mind?*
`;

function setup(files: Record<string, string> = {}, settings: Partial<StoryBankSettings> = {}) {
	const mock = App.createConfigured__({ files });
	const app = mock.asOriginalType__();
	const commands: Command[] = [];
	const host = {
		app,
		settings: { ...DEFAULT_SETTINGS, highlightCompetencies: {}, ...settings },
		index: new StoryIndex(),
		events: new StoryBankEvents(),
		updateSettings: () => Promise.resolve([]),
		notes: { watch: () => () => {} },
		actions: new CompetencyActionRegistry(),
		clock: () => Date.parse("2026-11-21T10:00:00Z"),
		addCommand: (command: Command) => {
			commands.push(command);
			return command;
		},
	};
	const services = Object.assign(host, { competencies: new CompetencyService(host) }) as unknown as StoryBankServices;
	return { mock, app, plugin: host as unknown as Plugin, services, commands };
}

function noticesDuring(): { messages: string[]; restore: () => void } {
	const messages: string[] = [];
	const spy = jest.spyOn(Notice.prototype, "constructor__").mockImplementation((message: DocumentFragment | string) => {
		messages.push(typeof message === "string" ? message : (message.textContent ?? ""));
	});
	return { messages, restore: () => spy.mockRestore() };
}

/**
 * A markdown view of a note, with an editor holding its text, as the most recent leaf;
 * its save() writes the editor to disk as Obsidian's does.
 */
function openInEditor(ctx: ReturnType<typeof setup>, path: string): { view: MarkdownViewOriginal; editor: EditorOriginal } {
	const leaf = ctx.mock.workspace.getLeaf(true);
	const view = MarkdownView.create2__(leaf);
	const file = ctx.app.vault.getFileByPath(path)!;
	Object.assign(view, { file, save: async () => ctx.app.vault.modify(file, view.editor.getValue()) });
	Object.assign(leaf, { view });
	return { view: view.asOriginalType7__(), editor: view.editor };
}

/** The mock editor: the Editor API over a string, with undo. */
class TestEditor extends Editor {}

describe("inserting through the editor", () => {
	it("is one transaction: the cursor lands on the first part, and a single undo removes the whole entry", () => {
		const editor = new TestEditor();
		editor.setValue(NOTE);
		const plan = planInsertion({
			text: NOTE,
			cursorLine: 4,
			topic: TOPIC,
			options: { format: "star", listStyle: "numbered", indent: "tab", highlightCompetencies: {} },
			date: new Date(2025, 0, 1),
			title: "Bank",
			userTemplate: null,
		});
		applyEdit(editor.asOriginalType__(), plan.edit);
		expect(editor.getValue().split("\n").slice(7, 13)).toEqual([
			"- *Tell me about a time you missed a deadline* #competency/failure",
			"\t1. **Situation**: ",
			"\t2. **Task**: ",
			"\t3. **Action**: ",
			"\t4. **Result**: ",
			"- *Describe a time you changed your mind?*",
		]);
		expect(editor.getCursor()).toEqual({ line: 8, ch: "\t1. **Situation**: ".length });
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});
});

describe("the commands", () => {
	it("registers an editor command to insert and a command for a new note, neither with a hotkey", () => {
		const ctx = setup();
		registerTemplates(ctx.plugin, ctx.services);
		expect(ctx.commands.map((c) => [c.id, c.name, typeof c.editorCallback, typeof c.callback, c.hotkeys])).toEqual([
			["insert-star-template", "Insert STAR template", "function", "undefined", undefined],
			["new-story-note", "New story note", "undefined", "function", undefined],
		]);
	});

	it('offers the coverage panel a "Draft a story" action', () => {
		const ctx = setup();
		expect(ctx.services.actions.current().draft).toBeUndefined();
		registerTemplates(ctx.plugin, ctx.services);
		expect(typeof ctx.services.actions.current().draft).toBe("function");
	});
});

describe("a new story note", () => {
	it("is created in the story folder, made when missing, with properties and the entry, and opened", async () => {
		const ctx = setup({}, { newStoryFolder: "Interview/Stories/" });
		const file = await createStoryNote(ctx.services, TOPIC);
		expect(file?.path).toBe("Interview/Stories/Tell me about a time you missed a deadline.md");
		expect(ctx.app.vault.getFolderByPath("Interview/Stories")).not.toBeNull();
		const text = await ctx.app.vault.read(file!);
		expect(text.startsWith("---\ncreated: 2026-11-21\n")).toBe(true);
		expect(text).toContain(
			"competencies: [failure]\n---\n\n- *Tell me about a time you missed a deadline* #competency/failure\n\t1. **Situation**: ",
		);
		expect(ctx.mock.workspace.getMostRecentLeaf()?.file__?.path).toBe(file?.path);
	});

	it("never overwrites: a taken name gets the next number, whatever its case", async () => {
		const ctx = setup({ "Stories/Story.md": "mine", "Stories/story 2.md": "mine too" }, { newStoryFolder: "Stories" });
		const typed: StoryTopic = { ...TOPIC, kind: "free", question: "???", keyPhrase: null, competencyId: null, competencyName: null };
		const file = await createStoryNote(ctx.services, typed);
		expect(file?.path).toBe("Stories/Story 3.md");
		expect(await ctx.app.vault.read(ctx.app.vault.getFileByPath("Stories/Story.md")!)).toBe("mine");
	});

	it("merges created and competencies into a user template's own properties, the template's values winning", async () => {
		const template = "---\ncompetencies: [growth]\ntype: story\n---\n- {{question}}\n\t- **Situation**: \n";
		const ctx = setup({ "Templates/Story.md": template }, { templateFormat: "user", userTemplateNote: "Templates/Story" });
		const file = await createStoryNote(ctx.services, TOPIC);
		const text = await ctx.app.vault.read(file!);
		expect(text.match(/^---$/gm)).toHaveLength(2);
		expect(text).toMatch(/^---\ncompetencies:\n\s+- growth\ntype: story\ncreated: "?2026-11-21"?\n---\n/);
		expect(text).toContain("- Tell me about a time you missed a deadline\n\t- **Situation**: ");
	});
});

describe("a user template with properties, inserted into a note", () => {
	const TEMPLATE = "---\ntype: story\ntitle: From the template\n---\n- {{question}}\n\t- **Situation**: {{cursor}}\n\t- **Task**: \n";

	it("merges its properties into the note's through processFrontMatter: the note's values win, no second block", async () => {
		const ctx = setup(
			{ "Bank.md": `---\ntitle: My bank\n---\n${NOTE}`, "Templates/Story.md": TEMPLATE },
			{ templateFormat: "user", userTemplateNote: "Templates/Story.md" },
		);
		const { view, editor } = openInEditor(ctx, "Bank.md");
		editor.setValue(`---\ntitle: My bank\n---\n${NOTE}`);
		editor.setCursor({ line: 4, ch: 0 });
		await insertStory(ctx.services, editor, view, TOPIC);
		const text = await ctx.app.vault.read(ctx.app.vault.getFileByPath("Bank.md")!);
		expect(text.match(/^---$/gm)).toHaveLength(2);
		expect(text).toMatch(/^---\ntitle: My bank\ntype: story\n---\n/);
		expect(text).toContain("- Tell me about a time you missed a deadline\n\t- **Situation**: \n\t- **Task**: ");
	});

	it("leaves properties it cannot read alone and says so, keeping the inserted entry", async () => {
		const ctx = setup(
			{ "Bank.md": NOTE, "Templates/Story.md": TEMPLATE },
			{ templateFormat: "user", userTemplateNote: "Templates/Story.md" },
		);
		const { view, editor } = openInEditor(ctx, "Bank.md");
		editor.setValue(NOTE);
		editor.setCursor({ line: 4, ch: 0 });
		// What Obsidian's processFrontMatter does with a note whose properties are not valid YAML.
		const process = jest
			.spyOn(ctx.app.fileManager, "processFrontMatter")
			.mockRejectedValue(new Error("Flow sequence must end with a ]\nat line 1"));
		const notices = noticesDuring();
		try {
			await insertStory(ctx.services, editor, view, TOPIC);
		} finally {
			notices.restore();
		}
		expect(process).toHaveBeenCalledTimes(1);
		expect(notices.messages).toEqual([
			'The properties of "Bank" are not valid YAML, so the template\'s properties were not added. ' +
				"Fix them in source mode and try again. (Flow sequence must end with a ])",
		]);
		expect(await ctx.app.vault.read(ctx.app.vault.getFileByPath("Bank.md")!)).toContain("- Tell me about a time you missed a deadline");
	});

	it("says so when the template's own properties are not keys and values, and adds none", async () => {
		const listTemplate = "---\n- story\n- draft\n---\n- {{question}}\n";
		const ctx = setup(
			{ "Bank.md": NOTE, "Templates/Story.md": listTemplate },
			{ templateFormat: "user", userTemplateNote: "Templates/Story.md" },
		);
		const { view, editor } = openInEditor(ctx, "Bank.md");
		editor.setValue(NOTE);
		const process = jest.spyOn(ctx.app.fileManager, "processFrontMatter");
		const notices = noticesDuring();
		try {
			await insertStory(ctx.services, editor, view, TOPIC);
		} finally {
			notices.restore();
		}
		expect(process).not.toHaveBeenCalled();
		expect(notices.messages).toEqual([
			'The properties of the template note "Templates/Story.md" are not a list of keys and values, so they were not added.',
		]);
		expect(editor.getValue()).toContain("- Tell me about a time you missed a deadline");
	});

	it("falls back to STAR with takeaways, and says why, when the template note is missing", async () => {
		const ctx = setup({ "Bank.md": NOTE }, { templateFormat: "user", userTemplateNote: "Templates/Gone.md" });
		const { view, editor } = openInEditor(ctx, "Bank.md");
		editor.setValue(NOTE);
		const notices = noticesDuring();
		try {
			await insertStory(ctx.services, editor, view, TOPIC);
		} finally {
			notices.restore();
		}
		expect(notices.messages).toEqual([expect.stringContaining('The template note "Templates/Gone.md" was not found') as string]);
		expect(editor.getValue()).toContain("\t4. **Result**: ");
	});
});

describe("drafting a story for a competency from the coverage panel", () => {
	it("inserts into the note being edited, at its cursor", async () => {
		const ctx = setup({ "Bank.md": NOTE }, { competencySet: "senior" });
		const { editor } = openInEditor(ctx, "Bank.md");
		editor.setValue(NOTE);
		editor.setCursor({ line: 7, ch: 0 });
		const notices = noticesDuring();
		try {
			await draftStoryForCompetency(ctx.services, "failure");
		} finally {
			notices.restore();
		}
		const lines = editor.getValue().split("\n");
		expect(lines.slice(0, 8)).toEqual(NOTE.split("\n"));
		expect(lines[8]).toBe(
			"- *Tell me about a project that failed. What happened, what did you learn, and what changed afterwards?* #competency/failure",
		);
		expect(editor.getCursor()).toEqual({ line: 9, ch: "\t1. **Situation**: ".length });
		expect(notices.messages).toEqual([expect.stringContaining("Added a story for") as string]);
	});

	it("creates a story note when no note is open for editing", async () => {
		const ctx = setup({}, { competencySet: "senior" });
		await draftStoryForCompetency(ctx.services, "failure");
		const created = ctx.app.vault.getMarkdownFiles();
		expect(created).toHaveLength(1);
		expect(await ctx.app.vault.read(created[0]!)).toContain("#competency/failure");
	});
});

/** A question of the user's marked TODO, as the round holds it. */
const TODO_QUESTION = {
	id: "q-x",
	source: "vault" as const,
	phrasings: ["Describe a time you changed your mind?"],
	competencyId: "judgment",
	theme: "judgment" as const,
	highlights: [],
	storyIds: [],
	path: "Bank.md",
	line: 8,
	company: null,
	level: null,
	todo: true,
};

describe("drafting a story for a question still to prepare, from the practice round", () => {
	const TODO_NOTE = md`
		# Bank

		- *Tell me about a time you rescued a release?*
			1. **Situation**: the release was late
			2. **Task**: ship it anyway
			3. **Action**: I cut scope
			4. **Result**: shipped on the day
		- *Describe a time you changed your mind?* (TODO)
		- *What is the hardest bug you chased?*
	`;
	const question = TODO_QUESTION;

	it("adds a titled story under the question in the note's labels, as one undo, without writing the question again", async () => {
		const ctx = setup({ "Bank.md": TODO_NOTE }, { competencySet: "senior" });
		const { editor } = openInEditor(ctx, "Bank.md");
		editor.setValue(TODO_NOTE);
		const notices = noticesDuring();
		try {
			await draftStoryForQuestion(ctx.services, question, "Judgment", false);
		} finally {
			notices.restore();
		}
		const lines = editor.getValue().split("\n");
		expect(lines.filter((l) => l.includes("changed your mind"))).toHaveLength(1);
		expect(lines.slice(7, 14)).toEqual([
			"- *Describe a time you changed your mind?* (TODO)",
			"\t- New story",
			"\t\t1. **Situation**: ",
			"\t\t2. **Task**: ",
			"\t\t3. **Action**: ",
			"\t\t4. **Result**: ",
			"- *What is the hardest bug you chased?*",
		]);
		expect(editor.getCursor()).toEqual({ line: 9, ch: "\t\t1. **Situation**: ".length });
		expect(notices.messages).toEqual([expect.stringContaining("Added a story to fill in") as string]);
		editor.undo();
		expect(editor.getValue()).toBe(TODO_NOTE);
	});
});

describe("drafting from the round when the note opens in reading view", () => {
	it("switches the note to editing view, then adds the story", async () => {
		const text = "# Bank\n\n- *Describe a time you changed your mind?* (TODO)\n";
		const ctx = setup({ "Bank.md": text }, { competencySet: "senior" });
		const { view, editor } = openInEditor(ctx, "Bank.md");
		editor.setValue(text);
		Object.assign(view, { mode: "preview" });
		const switchTo = jest.spyOn(view.leaf, "setViewState").mockImplementation(async (state) => {
			Object.assign(view, { mode: (state.state as { mode?: string } | undefined)?.mode ?? "preview" });
		});
		const notices = noticesDuring();
		try {
			await draftStoryForQuestion(ctx.services, { ...TODO_QUESTION, line: 3 }, "Judgment", false);
		} finally {
			notices.restore();
		}
		expect(switchTo.mock.calls.map(([state]) => (state.state as { mode?: string } | undefined)?.mode)).toEqual(["source"]);
		expect(editor.getValue()).toContain("\t- New story");
	});
});
