import type { App } from "obsidian";
import { COVERAGE_VIEW_TYPE } from "../../constants";
import type InterviewStoryBankPlugin from "../../main";
import { COVERAGE_ICON, CoverageView, type CoverageHost } from "./coverage-view";

/**
 * Registers the coverage panel (view, ribbon icon, command, page previews)
 * and loads the competency service with the plugin. Nothing opens at
 * start-up: Obsidian restores the panel where the user left it.
 */
export function registerCoverage(plugin: InterviewStoryBankPlugin): void {
	plugin.addChild(plugin.competencies);
	const host = coverageHost(plugin);
	plugin.registerView(COVERAGE_VIEW_TYPE, (leaf) => new CoverageView(leaf, host));
	plugin.registerHoverLinkSource(COVERAGE_VIEW_TYPE, { display: "Interview coverage", defaultMod: true });
	plugin.addRibbonIcon(COVERAGE_ICON, "Open coverage panel", () => void openCoveragePanel(plugin.app));
	plugin.addCommand({ id: "open-coverage-panel", name: "Open coverage panel", callback: () => void openCoveragePanel(plugin.app) });
}

/**
 * Shows the coverage panel: the one already in the workspace (loading it if
 * it is deferred), or a new one in the right sidebar. With a competency id,
 * opens that competency's row and scrolls to it.
 */
export async function openCoveragePanel(app: App, competencyId?: string): Promise<void> {
	const { workspace } = app;
	let leaf = workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: COVERAGE_VIEW_TYPE, active: true });
	}
	// Revealing a deferred leaf loads its view; only then is it a CoverageView.
	await workspace.revealLeaf(leaf);
	if (competencyId && leaf.view instanceof CoverageView) leaf.view.revealCompetency(competencyId);
}

/** What the panel reads from the plugin, read at the moment it is needed (settings are replaced on change). */
function coverageHost(plugin: InterviewStoryBankPlugin): CoverageHost {
	return {
		index: plugin.index,
		events: plugin.events,
		competencies: plugin.competencies,
		settings: () => plugin.settings,
		rounds: () => plugin.store.data.history.rounds,
		whenIndexed: () => plugin.whenIndexed(),
		now: plugin.clock,
	};
}
