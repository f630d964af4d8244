import type { EditorPosition } from "obsidian";
import type { PracticeRound } from "../../src/core/practice/practice-round";
import type { StoryBankSettings } from "../../src/core/settings";
import type { OpenedNote } from "./workspace-fake";

export type { OpenedNote };

/** How a test starts the app: which notes, which settings. */
export interface StartOptions {
	/** Load the notes of example-vault/ (the default), or start from an empty vault. */
	exampleVault?: boolean;
	/** More notes, `{ path: text }`, added to (or replacing) the example vault's. */
	notes?: Record<string, string>;
	settings?: Partial<StoryBankSettings>;
	/** The date the plugin's clock starts at (ISO 8601); it then runs at the real pace. 2026-11-21 10:00 UTC by default. */
	now?: string;
	/** The seed of the plugin's random draws (1 by default). */
	seed?: number;
	/** Obsidian's "Default location for new attachments" (`attachmentFolderPath`); the vault root by default. */
	attachmentFolder?: string;
}

/** The page's side of the tests: what `window.__e2e` offers to `page.evaluate`. */
export interface E2EApi {
	/** Builds the vault, loads the plugin (onload, then layout ready) and waits for the first scan. */
	start(options?: StartOptions): Promise<void>;
	setTheme(theme: "light" | "dark"): void;
	/** The sidebar's width in pixels, or a phone (the sidebar as wide as the screen). */
	setLayout(layout: { sidebarWidth?: number; phone?: boolean }): void;
	/** Opens a note in a new tab, as a click in the file explorer does. */
	openNote(path: string): Promise<void>;
	/** Runs a command as the command palette does; an editor command gets the active note's editor. */
	runCommand(id: string): void;
	/** Every note the plugin asked the workspace to open, in order. */
	opened(): OpenedNote[];
	notices(): string[];
	/** Rewrites a note through the plugin's vault, as an edit in Obsidian does. */
	modifyNote(path: string, text: string): Promise<void>;
	readNote(path: string): Promise<string>;
	/** Every file of the vault with its size in bytes, notes and attachments alike. */
	files(): Promise<{ path: string; bytes: number }[]>;
	/** The practice history as the plugin holds it (`plugin.store.data.history.rounds`). */
	rounds(): PracticeRound[];
	/** The active note tab's editor: its text, cursor and how many undo steps it holds. */
	editor(): { text: string; cursor: EditorPosition; undoDepth: number } | null;
}

declare global {
	interface Window {
		__e2e?: E2EApi;
		/** Set by a script that should never run (the hostile-note scenario). */
		__pwned?: unknown;
	}
}
