import type { MarkdownPostProcessor, MarkdownPostProcessorContext } from "obsidian";
import { loadPlugin } from "../../helpers/practice-app";
import { FEEDBACK_NOTE } from "../../core/feedback/fixture-note";

// Reading view: the verdict as a small header above the block that starts a story, and nothing where it should not be.

const NOTE = "Stories/Feedback.md";
const PLAIN = "Meetings/Standup.md";

async function setUp(settings = {}) {
	const loaded = await loadPlugin({ [NOTE]: FEEDBACK_NOTE, [PLAIN]: "# Standup\n\n- Shipped the login fix.\n" }, settings);
	const processors = (loaded.plugin as unknown as { markdownPostProcessors__: MarkdownPostProcessor[] }).markdownPostProcessors__;
	expect(processors).toHaveLength(1);
	/** Runs the post-processor on a block of `path` spanning 0-based lines `start`..`end`, as reading view does. */
	const render = (path: string, start: number, end: number): HTMLElement => {
		const el = createDiv();
		el.createEl("p", { text: "the rendered block" });
		const ctx = {
			sourcePath: path,
			docId: "doc",
			frontmatter: undefined,
			getSectionInfo: () => ({ text: FEEDBACK_NOTE, lineStart: start, lineEnd: end }),
			addChild: () => {},
		} as unknown as MarkdownPostProcessorContext;
		void processors[0]!(el, ctx);
		return el;
	};
	return { ...loaded, render };
}

describe("the reading view header", () => {
	it("puts the verdict above the block that starts a story, with the words in full for screen readers", async () => {
		const { render } = await setUp();
		// The list of the second entry: its question on line 19, its story from line 20 (0-based 18..22).
		const el = render(NOTE, 18, 22);
		const header = el.querySelector(".isb-reading-verdict");
		expect(header?.textContent).toMatch(/^S T\? A R L · .+ · 2\/5 · No Task$/);
		expect(header?.getAttribute("aria-label")).toContain("missing: Task");
		expect(el.firstElementChild).toBe(header);
	});

	it("adds nothing to a block with no story start, to an ordinary note, or when the user chose nothing", async () => {
		const { render, plugin } = await setUp();
		expect(render(NOTE, 0, 9).querySelector(".isb-reading-verdict")).toBeNull();
		expect(render(PLAIN, 0, 3).querySelector(".isb-reading-verdict")).toBeNull();
		await plugin.updateSettings({ readingFeedback: "none" });
		expect(render(NOTE, 18, 22).querySelector(".isb-reading-verdict")).toBeNull();
	});

	it("shows only the top warning in warnings-only mode", async () => {
		const { render } = await setUp({ editorFeedback: "warnings" });
		expect(render(NOTE, 18, 22).querySelector(".isb-reading-verdict")?.textContent).toBe("No Task");
	});
});
