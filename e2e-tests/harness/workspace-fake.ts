import type { Extension } from "@codemirror/state";
import type { MarkdownFileInfo, OpenViewState, View, ViewCreator, ViewState } from "obsidian";
import { editorInfoField, Plugin, setIcon, WorkspaceLeaf, Workspace, type App, type TFile } from "obsidian-test-mocks/obsidian";
import { CodeMirrorEditor } from "./codemirror-editor";

/** A note the plugin asked the workspace to open, and where. */
export interface OpenedNote {
	path: string;
	/** The 0-based line of `eState.line`, or null when none was asked for. */
	line: number | null;
	active: boolean;
	/** Which leaf: the sidebar's, or a tab of the main area. */
	side: "right" | "main";
}

type Side = "right" | "main";
type Leaf = WorkspaceLeaf;

/**
 * The workspace on the page: a ribbon, the main area (tabs, one shown at a
 * time) and the right sidebar. The mock keeps leaves as data only; here a
 * leaf given a registered view type gets that view built, opened, handed its
 * state and put on the page, and a leaf asked to open a note shows it in a
 * CodeMirror 6 editor with the cursor on the requested line, as Obsidian
 * does. Every `openFile` is recorded.
 */
export class FakeWorkspace {
	readonly ribbonEl: HTMLElement;
	readonly mainEl: HTMLElement;
	readonly rightEl: HTMLElement;
	readonly opened: OpenedNote[] = [];
	private readonly sides = new WeakMap<Leaf, Side>();
	private readonly leafEls = new WeakMap<Leaf, HTMLElement>();
	private readonly editors = new WeakMap<Leaf, { editor: CodeMirrorEditor; file: TFile }>();
	private views: ReadonlyMap<string, ViewCreator> = new Map();
	private editorExtensions: readonly Extension[] = [];

	constructor(
		root: HTMLElement,
		private readonly app: App,
	) {
		const container = root.createDiv({ cls: "app-container" });
		this.ribbonEl = container.createDiv({ cls: "workspace-ribbon side-dock-ribbon mod-left" });
		this.mainEl = container.createDiv({ cls: "workspace-split mod-root" });
		this.rightEl = container.createDiv({ cls: "workspace-split mod-right-split" });
	}

	/** The views a plugin registered, by type. */
	useViews(views: ReadonlyMap<string, ViewCreator>): void {
		this.views = views;
	}

	/** The editor extensions a plugin registered: every note's editor gets them, as in Obsidian. */
	useEditorExtensions(extensions: readonly Extension[]): void {
		this.editorExtensions = extensions;
	}

	/** The editor of the active note tab, with its file. */
	activeEditor(): { editor: CodeMirrorEditor; file: TFile } | null {
		const leaf = this.app.workspace.activeLeaf;
		return (leaf && this.editors.get(leaf)) ?? null;
	}

	install(): void {
		const { sides, opened } = this;
		const views = (): ReadonlyMap<string, ViewCreator> => this.views;
		const mount = (leaf: Leaf, content: HTMLElement, view: View | null): void => this.mount(leaf, content, view);
		const showNote = (leaf: Leaf, file: TFile, line: number | null): Promise<void> => this.showNote(leaf, file, line);
		const activate = (leaf: Leaf): void => this.activate(leaf);
		const unmount = (leaf: Leaf): void => this.leafEls.get(leaf)?.remove();
		const app = this.app;
		const ribbon = this.ribbonEl;

		const getRightLeaf = method<(this: Workspace, split: boolean) => Leaf | null>(Workspace.prototype, "getRightLeaf");
		Workspace.prototype.getRightLeaf = function (this: Workspace, split: boolean) {
			const leaf = getRightLeaf.call(this, split);
			if (leaf) sides.set(leaf, "right");
			return leaf;
		};

		const leafProto = WorkspaceLeaf.prototype;
		const setViewState = method<(this: Leaf, state: ViewState, eState?: Record<string, unknown>) => Promise<void>>(
			leafProto,
			"setViewState",
		);
		const openFile = method<(this: Leaf, file: TFile, openState?: OpenViewState) => Promise<void>>(leafProto, "openFile");
		const detach = method<(this: Leaf) => void>(leafProto, "detach");

		leafProto.setViewState = async function (this: Leaf, state: ViewState, eState?: Record<string, unknown>): Promise<void> {
			await setViewState.call(this, state, eState);
			const create = views().get(state.type);
			if (!create) return;
			if (this.view?.getViewType() !== state.type) {
				const view = create(this.asOriginalType3__());
				await this.open(view);
				mount(this, view.containerEl, view);
				view.load();
				await (view as View & { onOpen(): Promise<void> }).onOpen();
			}
			await this.view?.setState(state.state ?? {}, { history: false });
			if (state.active) activate(this);
			app.workspace.trigger("layout-change");
		};

		leafProto.openFile = async function (this: Leaf, file: TFile, openState?: OpenViewState): Promise<void> {
			const line = typeof openState?.eState?.line === "number" ? openState.eState.line : null;
			opened.push({ path: file.path, line, active: openState?.active ?? false, side: sides.get(this) ?? "main" });
			await openFile.call(this, file, openState);
			await setViewState.call(this, { type: "markdown", state: { file: file.path } });
			await showNote(this, file, line);
			activate(this);
		};

		leafProto.detach = function (this: Leaf): void {
			this.view?.unload();
			unmount(this);
			detach.call(this);
		};

		Plugin.prototype.addRibbonIcon = function (
			this: Plugin,
			icon: string,
			title: string,
			callback: (evt: MouseEvent) => unknown,
		): HTMLElement {
			// Obsidian's ribbon buttons are divs with a label and a tooltip.
			const el = ribbon.createDiv({
				cls: "side-dock-ribbon-action clickable-icon",
				attr: { "aria-label": title, "data-tooltip-position": "right" },
			});
			setIcon(el, icon);
			el.addEventListener("click", (evt) => void callback(evt));
			this.ribbonActions__.push(el);
			return el;
		};
	}

	/** Puts a leaf's content on the page: in the sidebar, or as the main area's shown tab. */
	private mount(leaf: Leaf, content: HTMLElement, view: View | null, title?: string): void {
		const side = this.sides.get(leaf) ?? "main";
		this.sides.set(leaf, side);
		let el = this.leafEls.get(leaf);
		if (!el) {
			el = createDiv({ cls: "workspace-leaf" });
			this.leafEls.set(leaf, el);
			(side === "right" ? this.rightEl : this.mainEl).appendChild(el);
		}
		el.empty();
		content.addClass("workspace-leaf-content");
		content.setAttr("data-type", view?.getViewType() ?? "markdown");
		const header = createDiv({ cls: "view-header" });
		header.createDiv({ cls: "view-header-title", text: title ?? view?.getDisplayText() ?? "" });
		content.prepend(header);
		if (view && "contentEl" in view && view.contentEl instanceof HTMLElement) view.contentEl.addClass("view-content");
		el.appendChild(content);
	}

	/** A note tab: the note in an editor, the cursor on `line` (0-based), scrolled into view. */
	private async showNote(leaf: Leaf, file: TFile, line: number | null): Promise<void> {
		const content = createDiv();
		const body = content.createDiv({ cls: "view-content" }).createDiv({ cls: "markdown-source-view" });
		// Obsidian's editor info names the note an editor shows; editor extensions read it.
		const info = { app: this.app.asOriginalType__(), file: file.asOriginalType2__() } as unknown as MarkdownFileInfo;
		const editor = new CodeMirrorEditor(body, await this.app.vault.read(file), [
			editorInfoField.init(() => info),
			...this.editorExtensions,
		]);
		this.editors.set(leaf, { editor, file });
		this.mount(leaf, content, null, file.basename);
		if (line !== null) {
			editor.setCursor({ line, ch: 0 });
			editor.scrollIntoView({ from: { line, ch: 0 }, to: { line, ch: 0 } }, true);
		}
	}

	/** Makes a leaf the active one; in the main area, its tab is the one shown. */
	private activate(leaf: Leaf): void {
		if (this.sides.get(leaf) === "main") {
			for (const el of Array.from(this.mainEl.children)) el.toggleClass("is-hidden-tab", el !== this.leafEls.get(leaf));
		}
		this.app.workspace.setActiveLeaf(leaf);
	}
}

/** A prototype's own method, kept to be called with another `this` once the prototype's is replaced. */
function method<F>(proto: object, name: string): F {
	const fn: unknown = Object.getOwnPropertyDescriptor(proto, name)?.value;
	if (typeof fn !== "function") throw new Error(`the mock has no method ${name}`);
	return fn as F;
}
