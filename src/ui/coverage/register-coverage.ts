import type { App } from "obsidian";
import { COVERAGE_VIEW_TYPE } from "../../constants";
import type { Plugin } from "obsidian";
import type { StoryBankServices } from "../../obsidian/services";
import { COVERAGE_ICON, CoverageView } from "./coverage-view";
import { CoverageWarmer } from "./coverage-warmer";

/**
 * Registers the coverage panel (view, ribbon icon, command, page previews)
 * and loads the competency service with the plugin, and the warmer that works
 * the panel's coverage out ahead (returned). Nothing opens at
 * start-up: Obsidian restores the panel where the user left it.
 */
export function registerCoverage(plugin: Plugin, services: StoryBankServices): CoverageWarmer {
	plugin.addChild(services.competencies);
	// Coverage is worked out in the background after the first scan, so opening the panel only draws.
	const warmer = plugin.addChild(new CoverageWarmer(services));
	plugin.registerView(COVERAGE_VIEW_TYPE, (leaf) => new CoverageView(leaf, services, warmer.cache));
	plugin.registerHoverLinkSource(COVERAGE_VIEW_TYPE, { display: "Interview coverage", defaultMod: true });
	plugin.addRibbonIcon(COVERAGE_ICON, "Open coverage panel", () => void openCoveragePanel(services.app));
	plugin.addCommand({ id: "open-coverage-panel", name: "Open coverage panel", callback: () => void openCoveragePanel(services.app) });
	return warmer;
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
