import type { CoverageView } from "../../../src/ui/coverage/coverage-view";
import { SKIPPED_KEY } from "../../../src/ui/coverage/extra-sections";
import { md } from "../../helpers/md";
import { coveragePanel } from "../../helpers/plugin-ui";
import { loadPlugin, textOf } from "../../helpers/practice-app";
import { eventually } from "../../helpers/coverage-app";

// A note larger than "Largest note to read" is never parsed. The user must
// see which note it is and why its stories are missing, in the panel itself.

const STORY = md`
	- Tell me about a time you failed? #competency/failure
		- Export outage
			1. **Situation**: the nightly export failed
			2. **Task**: make it reliable
			3. **Action**: I rewrote the retry logic
			4. **Result**: 0 failed exports in 6 months
`;
const CONFLICT = STORY.replace("a time you failed? #competency/failure", "a conflict with a peer? #competency/conflict").replace(
	"Export outage",
	"Roadmap tug of war",
);
/** Text that takes a note past 16 KB. */
const PADDING = `\n${"A long pasted meeting transcript line.\n".repeat(600)}`;
/** How long a change may take to reach the panel on a busy machine (it takes well under a second). */
const WAIT = 5000;
const REASON = "Larger than 16 KB, the limit set in settings, so it was not read.";

const skippedNotes = (view: CoverageView) =>
	Array.from(view.contentEl.querySelectorAll(".isb-skipped")).map(
		(el) => `${textOf(el as HTMLElement, ".isb-story-label")}: ${textOf(el as HTMLElement, ".isb-skipped-reason")}`,
	);
const statement = (view: CoverageView, id: string) => textOf(view.contentEl, `[data-competency="${id}"] .isb-competency-statement`);

async function panel(files: Record<string, string>, maxNoteSizeKb = 16) {
	const ctx = await loadPlugin(files, { maxNoteSizeKb });
	const view = await coveragePanel(ctx.app);
	await view.setState({ expanded: [SKIPPED_KEY], scope: "", company: "" }, { history: false });
	return { ...ctx, view };
}

afterEach(() => {
	jest.restoreAllMocks();
	document.body.empty();
});

describe("notes over the size limit", () => {
	it("are listed in the panel with the reason, and their stories are not counted", async () => {
		const { view } = await panel({ "Bank.md": STORY, "Transcript bank.md": CONFLICT + PADDING });
		expect(textOf(view.contentEl, `[data-key="${SKIPPED_KEY}"] .isb-disclosure-title`)).toBe("Skipped notes");
		expect(textOf(view.contentEl, `[data-key="${SKIPPED_KEY}"] .isb-competency-count`)).toBe("1");
		expect(skippedNotes(view)).toEqual([`Transcript bank.md: ${REASON}`]);
		expect(textOf(view.contentEl, ".isb-coverage-summary")).toBe("1 question · 1 story · 1 complete");
		expect(statement(view, "conflict")).toBe("No story yet.");
	});

	it("do not leave the panel claiming there are no stories yet when every story note was skipped", async () => {
		const { view } = await panel({ "Transcript bank.md": STORY + PADDING, "Groceries.md": "- milk\n" });
		expect(textOf(view.contentEl, ".isb-coverage-empty-title")).toBe("No story note could be read");
		expect(textOf(view.contentEl, ".isb-coverage-empty p")).toBe('1 note was skipped; "Skipped notes" below says why.');
		expect(skippedNotes(view)).toEqual([`Transcript bank.md: ${REASON}`]);
	});

	it("leave the rows when an edit takes them over the limit, and come back when it is undone", async () => {
		const { view, app } = await panel({ "Bank.md": STORY, "Conflicts.md": CONFLICT });
		expect(statement(view, "conflict")).toMatch(/^1 story/);
		const file = app.vault.getFileByPath("Conflicts.md")!;
		await app.vault.modify(file, CONFLICT + PADDING);
		await eventually(() => expect(skippedNotes(view)).toEqual([`Conflicts.md: ${REASON}`]), WAIT);
		expect(statement(view, "conflict")).toBe("No story yet.");
		await app.vault.modify(file, CONFLICT);
		await eventually(() => expect(view.contentEl.querySelector(`[data-key="${SKIPPED_KEY}"]`)).toBeNull(), WAIT);
		expect(statement(view, "conflict")).toMatch(/^1 story/);
	});

	it("follow the setting: a lower limit skips a note at once, a higher one reads it again", async () => {
		const { view, plugin } = await panel({ "Bank.md": STORY, "Transcript bank.md": CONFLICT + PADDING }, 64);
		expect(skippedNotes(view)).toEqual([]);
		expect(statement(view, "conflict")).toMatch(/^1 story/);
		await plugin.updateSettings({ maxNoteSizeKb: 16 });
		await eventually(() => expect(skippedNotes(view)).toEqual([`Transcript bank.md: ${REASON}`]), WAIT);
		await plugin.updateSettings({ maxNoteSizeKb: 32 });
		await eventually(() => expect(statement(view, "conflict")).toMatch(/^1 story/), WAIT);
		expect(skippedNotes(view)).toEqual([]);
	});
});
