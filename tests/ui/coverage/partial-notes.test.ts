import { PARTIAL_KEY } from "../../../src/ui/coverage/extra-sections";
import { md } from "../../helpers/md";
import { coveragePanel, recordOpenedNotes } from "../../helpers/plugin-ui";
import { loadPlugin, textOf } from "../../helpers/practice-app";
import { eventually } from "../../helpers/coverage-app";

// A story note the parser reads only in part (an unclosed code block hides
// everything after it) must say so where the user looks: in the panel.

const READABLE = md`
	- Tell me about a time you failed? #competency/failure
		1. **Situation**: the nightly export failed
		2. **Result**: 0 failed exports in 6 months
`;
const BROKEN =
	`${READABLE}\n\`\`\`text\nnotes I never closed\n\n- Tell me about a conflict? ` +
	`#competency/conflict\n\t1. **Situation**: hidden below the fence\n`;

afterEach(() => {
	jest.restoreAllMocks();
	document.body.empty();
});

describe("notes read in part", () => {
	it("are listed with the line and what went wrong, and open at that line", async () => {
		const ctx = await loadPlugin({ "Bank.md": BROKEN, "Fine.md": READABLE.replace("failed", "failed again") });
		const view = await coveragePanel(ctx.app);
		await view.setState({ expanded: [PARTIAL_KEY], scope: "", company: "" }, { history: false });
		await eventually(() => expect(view.contentEl.querySelector(`[data-key="${PARTIAL_KEY}"]`)).not.toBeNull());
		expect(textOf(view.contentEl, `[data-key="${PARTIAL_KEY}"] .isb-disclosure-title`)).toBe("Notes read in part");
		const problem = view.contentEl.querySelector<HTMLElement>(`[data-key="${PARTIAL_KEY}"] .isb-skipped`)!;
		expect(textOf(problem, ".isb-story-label")).toBe("Bank.md, line 4");
		expect(textOf(problem, ".isb-skipped-reason")).toMatch(/^The code block opened on line 4 never closes/);

		const { opened: openedNotes } = recordOpenedNotes(ctx.mock);
		const opened = () => openedNotes.map(({ path, state }) => ({ path, state }));
		// Obsidian counts editor lines from 0: line 4 of the note is line 3 there.
		problem.click();
		await eventually(() => expect(opened()).toEqual([{ path: "Bank.md", state: { active: true, eState: { line: 3 } } }]));
	});

	it("is not shown when every note reads in full", async () => {
		const ctx = await loadPlugin({ "Fine.md": READABLE });
		const view = await coveragePanel(ctx.app);
		expect(view.contentEl.querySelector(`[data-key="${PARTIAL_KEY}"]`)).toBeNull();
	});
});
