import type { PluginManifest, ViewCreator, ViewState, WorkspaceLeaf as LeafType } from "obsidian";
import { App, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { PRACTICE_VIEW_TYPE } from "../../src/constants";
import type { StoryBankSettings } from "../../src/core/settings";
import { seededChance } from "../../src/core/clock";
import InterviewStoryBankPlugin from "../../src/main";
import { PracticeView } from "../../src/ui/practice/practice-view";
import { PLUGIN_DIR } from "./plugin-host";
import { settle } from "./vault";

const MANIFEST: PluginManifest = {
	id: "interview-story-bank",
	dir: PLUGIN_DIR,
	name: "Interview Story Bank",
	version: "0.1.0",
	minAppVersion: "1.7.2",
	description: "",
	author: "",
};

/**
 * The plugin, loaded in an in-memory Obsidian with the given notes, indexed
 * and ready. saveData writes data.json as Obsidian does, and a leaf given a
 * view type gets the registered view, opened and handed its state, which is
 * what Obsidian does and the mock leaves out.
 */
export async function loadPlugin(files: Record<string, string>, settings: Partial<StoryBankSettings> = {}) {
	const mock = App.createConfigured__({ files });
	const app = mock.asOriginalType__();
	const plugin = new InterviewStoryBankPlugin(app, MANIFEST);
	// Seeded draws; the clock stays Date.now, which the tests that need a date fix with jest's fake timers.
	plugin.chance = seededChance(21);
	const adapter = app.vault.adapter;
	plugin.saveData = async (data: unknown) => {
		if (!(await adapter.exists(PLUGIN_DIR))) await adapter.mkdir(PLUGIN_DIR);
		await adapter.write(`${PLUGIN_DIR}/data.json`, JSON.stringify(data, null, 2));
	};
	const views = (plugin as unknown as { views__: Map<string, ViewCreator> }).views__;
	jest.spyOn(WorkspaceLeaf.prototype, "setViewState").mockImplementation(async function (this: WorkspaceLeaf, state: ViewState) {
		const leaf = this as unknown as LeafType & { view: unknown; viewState: ViewState };
		leaf.viewState = { ...state };
		const create = views.get(state.type);
		if (!create) return;
		if (!(leaf.view instanceof PracticeView)) {
			const view = create(leaf);
			await this.open(view);
			view.load();
			await (view as unknown as { onOpen(): Promise<void> }).onOpen();
		}
		await (leaf.view as PracticeView).setState(state.state ?? {}, { history: false });
	});
	plugin.load();
	await settle();
	if (Object.keys(settings).length > 0) await plugin.updateSettings(settings);
	mock.workspace.setLayoutReady__();
	await plugin.whenIndexed();
	await settle();
	return {
		mock,
		app,
		plugin,
		/** Runs a command by id, as the palette would. */
		run: (id: string): void => {
			const command = (
				plugin as unknown as {
					commands__: Map<string, { callback?: () => unknown; checkCallback?: (checking: boolean) => unknown }>;
				}
			).commands__.get(id);
			if (!command) throw new Error(`no command ${id}`);
			if (command.callback) command.callback();
			else command.checkCallback?.(false);
		},
		/** The practice tab's view, found as the plugin finds it. */
		practiceView: (): PracticeView | null => {
			const leaf = app.workspace.getLeavesOfType(PRACTICE_VIEW_TYPE)[0];
			return leaf?.view instanceof PracticeView ? leaf.view : null;
		},
		readData: async (): Promise<string | null> =>
			(await adapter.exists(`${PLUGIN_DIR}/data.json`)) ? adapter.read(`${PLUGIN_DIR}/data.json`) : null,
	};
}

/** A button in an element, by its visible text. */
export function button(root: HTMLElement, text: string | RegExp): HTMLButtonElement {
	const found = Array.from(root.querySelectorAll("button")).find((b) =>
		typeof text === "string" ? b.textContent?.trim() === text : text.test(b.textContent ?? ""),
	);
	if (!found)
		throw new Error(
			`no button "${String(text)}" in: ${Array.from(root.querySelectorAll("button"))
				.map((b) => b.textContent)
				.join(" | ")}`,
		);
	return found;
}

/** Text of the first element matching a selector. */
export function textOf(root: HTMLElement, selector: string): string {
	return root.querySelector(selector)?.textContent ?? "";
}

/** Presses a key inside an element, as a keyboard user would. */
export function press(target: HTMLElement, key: string): void {
	target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}
