// The page's script: the real plugin (src/main.ts) in an in-memory Obsidian.
// esbuild bundles it with `obsidian` aliased to obsidian-test-mocks; the
// fakes here fill what the mock leaves out (a workspace on the page, modals
// that stay open, an editor). dom-setup must stay the first import.
import "./dom-setup";
import type { Extension } from "@codemirror/state";
import type { Command, MarkdownFileInfo, PluginManifest, ViewCreator } from "obsidian";
import { App, type Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import EXAMPLE_VAULT from "e2e:example-vault";
import { clockFrom, seededChance } from "../../src/core/clock";
import InterviewStoryBankPlugin from "../../src/main";
import type { E2EApi, StartOptions } from "./api";
import { registerIcons } from "./icons";
import { installModalFakes, type ModalLog } from "./modal-fakes";
import { FakeWorkspace } from "./workspace-fake";

const MANIFEST: PluginManifest = {
	id: "interview-story-bank",
	dir: ".obsidian/plugins/interview-story-bank",
	name: "Interview Story Bank",
	version: "0.1.0",
	minAppVersion: "1.7.2",
	description: "",
	author: "",
};

/** The date every page's clock starts at, unless a test names another. */
const DEFAULT_NOW = "2026-11-21T10:00:00Z";

/** What the plugin registered, which the mock keeps in fields of its own. */
type Registered = MockPlugin & {
	commands__: Map<string, Command>;
	views__: Map<string, ViewCreator>;
	editorExtensions__: Extension[];
};

registerIcons();
const log: ModalLog = { notices: [] };
installModalFakes(log);

let started: { plugin: InterviewStoryBankPlugin; registered: Registered; workspace: FakeWorkspace; app: App } | null = null;

function current(): NonNullable<typeof started> {
	if (!started) throw new Error("call __e2e.start() first");
	return started;
}

async function start(options: StartOptions = {}): Promise<void> {
	if (started) throw new Error("__e2e.start() runs once per page");
	const files = { ...(options.exampleVault === false ? {} : EXAMPLE_VAULT), ...(options.notes ?? {}) };
	const app = App.createConfigured__({ files });
	const workspace = new FakeWorkspace(activeDocument.body, app);
	workspace.install();
	playableAttachments(app, options.attachmentFolder ?? "/");

	const plugin = new InterviewStoryBankPlugin(app.asOriginalType__(), MANIFEST);
	// A page never depends on the day it runs or on luck: a fixed start date, real durations, seeded draws.
	plugin.clock = clockFrom(Date.parse(options.now ?? DEFAULT_NOW));
	plugin.chance = seededChance(options.seed ?? 1);
	const registered = plugin as unknown as Registered;
	const adapter = app.vault.adapter;
	const dataPath = `${MANIFEST.dir ?? ""}/data.json`;
	// As Obsidian does: data.json in the plugin's folder.
	plugin.saveData = async (data: unknown) => {
		if (!(await adapter.exists(MANIFEST.dir ?? ""))) await adapter.mkdir(MANIFEST.dir ?? "");
		await adapter.write(dataPath, JSON.stringify(data, null, 2));
	};
	workspace.useViews(registered.views__);
	workspace.useEditorExtensions(registered.editorExtensions__);
	started = { plugin, registered, workspace, app };

	// Obsidian awaits onload, then marks the layout ready.
	const onload = plugin.onload.bind(plugin);
	let loading: Promise<void> = Promise.resolve();
	plugin.onload = () => (loading = onload());
	plugin.load();
	await loading;
	if (options.settings) await plugin.updateSettings(options.settings);
	app.workspace.setLayoutReady__();
	await plugin.whenIndexed();
}

/**
 * What Obsidian gives attachments and the mock leaves out: the attachment
 * folder setting (read with `vault.getConfig`), and a URL the page's audio
 * player can load for a binary file (Obsidian's `app://` resource URL; here a
 * blob URL made when the file is written).
 */
function playableAttachments(app: App, attachmentFolder: string): void {
	const vault = app.vault as unknown as {
		getConfig: (key: string) => unknown;
		createBinary: (path: string, data: ArrayBuffer, options?: unknown) => Promise<{ path: string }>;
		getResourcePath: (file: { path: string }) => string;
	};
	const urls = new Map<string, string>();
	vault.getConfig = (key) => (key === "attachmentFolderPath" ? attachmentFolder : undefined);
	const createBinary = vault.createBinary.bind(vault);
	vault.createBinary = async (path, data, options) => {
		const file = await createBinary(path, data, options);
		const type = path.endsWith(".m4a") ? "audio/mp4" : path.endsWith(".ogg") ? "audio/ogg" : "audio/webm";
		urls.set(file.path, URL.createObjectURL(new Blob([data], { type })));
		return file;
	};
	vault.getResourcePath = (file) => urls.get(file.path) ?? "";
}

const api: E2EApi = {
	start,
	setTheme(theme) {
		activeDocument.body.toggleClass("theme-dark", theme === "dark");
		activeDocument.body.toggleClass("theme-light", theme === "light");
	},
	setLayout({ sidebarWidth, phone }) {
		const body = activeDocument.body;
		if (sidebarWidth !== undefined) body.setCssProps({ "--e2e-sidebar-width": `${sidebarWidth}px` });
		if (phone !== undefined) {
			body.toggleClass("is-mobile", phone);
			body.toggleClass("is-phone", phone);
		}
		current().app.workspace.trigger("resize");
	},
	async openNote(path) {
		const { app } = current();
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no note "${path}"`);
		await app.workspace.getLeaf("tab").openFile(file, { active: true });
	},
	runCommand(id) {
		const { registered, workspace, app } = current();
		const command = registered.commands__.get(id);
		if (!command) throw new Error(`no command "${id}"`);
		if (command.editorCallback) {
			const active = workspace.activeEditor();
			if (!active) throw new Error(`"${id}" needs a note open in the editor`);
			const editor = active.editor as unknown as Parameters<NonNullable<Command["editorCallback"]>>[0];
			const info = { app: app.asOriginalType__(), file: active.file.asOriginalType2__(), editor } as unknown as MarkdownFileInfo;
			void command.editorCallback(editor, info);
		} else if (command.callback) {
			void command.callback();
		} else if (command.checkCallback) {
			command.checkCallback(false);
		}
	},
	opened: () => current().workspace.opened.map((o) => ({ ...o })),
	notices: () => [...log.notices],
	async modifyNote(path, text) {
		const { app } = current();
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no note "${path}"`);
		await app.vault.modify(file, text);
	},
	async readNote(path) {
		const { app } = current();
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no note "${path}"`);
		return app.vault.read(file);
	},
	async files() {
		const { app } = current();
		return Promise.all(
			// The in-memory vault keeps text and binary files apart.
			app.vault.getFiles().map(async (file) => ({
				path: file.path,
				bytes:
					file.extension === "md"
						? new TextEncoder().encode(await app.vault.read(file)).byteLength
						: (await app.vault.readBinary(file)).byteLength,
			})),
		);
	},
	rounds: () => JSON.parse(JSON.stringify(current().plugin.store.data.history.rounds)) as ReturnType<E2EApi["rounds"]>,
	editor() {
		const active = current().workspace.activeEditor();
		if (!active) return null;
		const { editor } = active;
		return { text: editor.getValue(), cursor: editor.getCursor(), undoDepth: editor.undoDepth() };
	},
};

window.__e2e = api;
