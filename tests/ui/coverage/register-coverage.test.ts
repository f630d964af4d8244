import type { Command, Plugin, ViewCreator } from "obsidian";
import { Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { COVERAGE_VIEW_TYPE } from "../../../src/constants";
import type { StoryBankServices } from "../../../src/obsidian/services";
import { CoverageView } from "../../../src/ui/coverage/coverage-view";
import { openCoveragePanel, registerCoverage } from "../../../src/ui/coverage/register-coverage";
import { coverageApp, type CoverageApp } from "../../helpers/coverage-app";

class Host extends MockPlugin {}

describe("registering the coverage panel", () => {
	let ctx: CoverageApp;
	let plugin: Host & StoryBankServices;
	beforeEach(async () => {
		ctx = await coverageApp({
			"a.md": "- Tell me about a conflict?\n\t1. **Situation**: x\n\t2. **Action**: I y\n\t3. **Result**: 2x\n",
		});
		const host = new Host(ctx.mock, {
			id: "interview-story-bank",
			name: "Interview Story Bank",
			version: "0.1.0",
			minAppVersion: "1.7.2",
			description: "",
			author: "",
		});
		plugin = Object.assign(host, {
			index: ctx.index,
			events: ctx.events,
			competencies: ctx.competencies,
			actions: ctx.actions,
			settings: ctx.settings,
			store: { data: { history: { rounds: ctx.rounds } } },
			whenIndexed: () => Promise.resolve(),
			clock: () => ctx.now,
		}) as unknown as Host & StoryBankServices;
		// One fake is both: the plugin registers, its services are read.
		registerCoverage(plugin as unknown as Plugin, plugin);
	});
	afterEach(() => ctx.close());

	it("adds a command and a ribbon icon, without a default hotkey or the plugin id in the command id", () => {
		const command = (plugin as unknown as { commands__: Map<string, Command> }).commands__.get("open-coverage-panel");
		expect(command).toMatchObject({ id: "open-coverage-panel", name: "Open coverage panel" });
		expect(command?.hotkeys).toBeUndefined();
		expect((plugin as unknown as { ribbonActions__: HTMLElement[] }).ribbonActions__).toHaveLength(1);
	});

	it("opens nothing at start-up", () => {
		expect(ctx.app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)).toEqual([]);
	});

	it("opens one panel in the right sidebar, and reveals the same one the next time", async () => {
		const getRightLeaf = jest.spyOn(ctx.app.workspace, "getRightLeaf");
		await openCoveragePanel(ctx.app);
		await openCoveragePanel(ctx.app);
		expect(getRightLeaf).toHaveBeenCalledTimes(1);
		expect(ctx.app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)).toHaveLength(1);
	});

	it("creates a coverage view for its leaves, and opens a competency's row when asked", async () => {
		const creator = (plugin as unknown as { views__: Map<string, ViewCreator> }).views__.get(COVERAGE_VIEW_TYPE)!;
		await openCoveragePanel(ctx.app);
		const leaf = ctx.app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0]!;
		const view = creator(leaf);
		expect(view).toBeInstanceOf(CoverageView);
		await leaf.open(view);
		document.body.appendChild(view.containerEl);
		view.load();
		await (view as CoverageView).onOpen();
		await openCoveragePanel(ctx.app, "conflict");
		expect(view.containerEl.querySelector('[data-competency="conflict"] [aria-expanded]')?.getAttribute("aria-expanded")).toBe("true");
		view.unload();
		view.containerEl.remove();
	});
});
