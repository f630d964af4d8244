import type { Plugin } from "obsidian";
import { App } from "obsidian-test-mocks/obsidian";

export const PLUGIN_DIR = ".obsidian/plugins/interview-story-bank";

/**
 * Just enough of a Plugin for the data store: the in-memory vault's adapter,
 * a manifest with the plugin folder, and saveData writing data.json there as
 * Obsidian does.
 */
export interface PluginHost {
	plugin: Plugin;
	read: (name: string) => Promise<string | null>;
	write: (name: string, text: string) => Promise<void>;
	/** File names in the plugin folder. */
	list: () => Promise<string[]>;
}

export function pluginHost(files: Record<string, string> = {}): PluginHost {
	const app = App.createConfigured__({ files: {} }).asOriginalType__();
	const adapter = app.vault.adapter;
	const write = async (name: string, text: string): Promise<void> => {
		if (!(await adapter.exists(PLUGIN_DIR))) await adapter.mkdir(PLUGIN_DIR);
		await adapter.write(`${PLUGIN_DIR}/${name}`, text);
	};
	const read = async (name: string): Promise<string | null> =>
		(await adapter.exists(`${PLUGIN_DIR}/${name}`)) ? adapter.read(`${PLUGIN_DIR}/${name}`) : null;
	const plugin = {
		app,
		manifest: {
			id: "interview-story-bank",
			dir: PLUGIN_DIR,
			name: "Interview Story Bank",
			version: "0.1.0",
			minAppVersion: "1.7.2",
			description: "",
			author: "",
		},
		saveData: (data: unknown) => write("data.json", JSON.stringify(data, null, 2)),
	} as unknown as Plugin;
	const ready = Promise.all(Object.entries(files).map(([name, text]) => write(name, text)));
	return {
		plugin,
		read: async (name) => {
			await ready;
			return read(name);
		},
		write: async (name, text) => {
			await ready;
			await write(name, text);
		},
		list: async () => {
			await ready;
			return (await adapter.list(PLUGIN_DIR)).files.map((f) => f.split("/").pop() ?? f);
		},
	};
}
