import { Component, debounce, getAllTags, TFile, TFolder, Vault, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { parseNote } from "../core/parser/note-parser";
import { inScope } from "../core/note-scope";
import { hasScope, type StoryBankSettings } from "../core/settings";
import type { StoryIndex } from "../core/index/story-index";
import type { ParsedNote, ParseOptions } from "../core/types";
import type { NoteCache, NoteStamp } from "./note-cache";
import type { StoryBankEvents } from "./story-bank-events";

/** How long the first scan works before it gives the UI a frame back. */
const SLICE_MS = 12;
/** Unchanged story notes are taken from the cache this many at a time. */
const CACHE_BATCH = 64;
/** Quiet time after the last indexed note before the cache is written. */
const CACHE_FLUSH_MS = 2000;
/** Quiet time after the last change before views are told. */
const NOTIFY_DELAY_MS = 250;

/** What IndexSync may be given beyond the vault and the index. */
export interface IndexSyncOptions {
	/** Parses a note: at once, or later (a large note, in a worker). */
	parser?: { parse(text: string, options: ParseOptions): ParsedNote | Promise<ParsedNote> };
	/** Where parsed notes are kept between sessions; none, and every start reads every note. */
	cache?: NoteCache;
	/** Names the parser's code: a new parser never reuses what an older one stored. */
	parserVersion?: string;
}

/** What another component may hear of a note, through the index's vault listener. */
export interface NoteListener {
	/** A note's text changed (or a note was created): the text, as the metadata cache hands it over. */
	changed?(file: TFile, data: string): void;
	deleted?(file: TAbstractFile): void;
	renamed?(file: TAbstractFile, oldPath: string): void;
}

/** Where a component subscribes to notes' changes; the function returned unsubscribes. */
export interface NoteWatch {
	watch(listener: NoteListener): () => void;
}

/**
 * The one listener to the vault. After the layout is ready it scans every
 * markdown note in short slices; from then on it updates one note per event:
 * metadata `changed` (which hands over the text), vault `rename` (which the
 * metadata cache does not report) and `delete`. Views listen to the index.
 */
export class IndexSync extends Component implements NoteWatch {
	private scanGeneration = 0;
	private scanning: Promise<void> | null = null;
	private readonly notify = debounce(() => this.events.triggerIndexChanged(), NOTIFY_DELAY_MS, true);
	/** The latest indexing started for each note; an older one still reading gives way to it. */
	private readonly latest = new WeakMap<TFile, number>();
	private tickets = 0;
	private readonly parser: NonNullable<IndexSyncOptions["parser"]>;
	private readonly cache: NoteCache | null;
	private readonly flushSoon = debounce(() => void this.cache?.flush(), CACHE_FLUSH_MS, true);
	/** Others who hear of notes through this listener (the custom competency note's reader). */
	private readonly watchers = new Set<NoteListener>();

	constructor(
		private readonly app: App,
		private readonly index: StoryIndex,
		private readonly settings: () => StoryBankSettings,
		private readonly events: StoryBankEvents,
		/** Told when a file or folder moves, so settings (and corrections) that name it can follow. */
		private readonly onMoved?: (oldPath: string, newPath: string, kind: "file" | "folder") => void,
		/** How notes are parsed, and where their results are kept between sessions. */
		private readonly options: IndexSyncOptions = {},
	) {
		super();
		this.parser = options.parser ?? { parse: parseNote };
		this.cache = options.cache ?? null;
	}

	override onload(): void {
		this.register(this.index.onChange(() => this.notify()));
		this.app.workspace.onLayoutReady(() => {
			this.registerEvent(
				this.app.metadataCache.on("changed", (file, data, cache) => {
					this.onChanged(file, data, cache);
					for (const watcher of this.watchers) watcher.changed?.(file, data);
				}),
			);
			// Renames do not set off the metadata cache; catch them here.
			this.registerEvent(
				this.app.vault.on("rename", (file, oldPath) => {
					this.onRename(file, oldPath);
					for (const watcher of this.watchers) watcher.renamed?.(file, oldPath);
				}),
			);
			this.registerEvent(
				this.app.vault.on("delete", (file) => {
					this.onDelete(file);
					for (const watcher of this.watchers) watcher.deleted?.(file);
				}),
			);
			void this.rescan();
		});
	}

	override onunload(): void {
		this.scanGeneration++;
		this.notify.cancel();
		this.flushSoon.cancel();
		void this.cache?.flush();
	}

	/** Tells `listener` of every note changed, deleted or renamed once the layout is ready, after the index has taken it in. */
	watch(listener: NoteListener): () => void {
		this.watchers.add(listener);
		return () => this.watchers.delete(listener);
	}

	/** Resolves when the scan under way (if any) has finished. */
	whenScanned(): Promise<void> {
		return this.scanning ?? Promise.resolve();
	}

	/** Reads every note again (after the scope or speaking rate changed). A newer scan supersedes an older one. */
	rescan(): Promise<void> {
		const generation = ++this.scanGeneration;
		this.scanning = this.scan(generation);
		return this.scanning;
	}

	private async scan(generation: number): Promise<void> {
		const files = this.app.vault.getMarkdownFiles();
		const seen = new Set<string>();
		// What the last session read, under the parser and settings of now: unchanged notes are not read again.
		const key = this.cacheKey();
		const known = this.cache ? await this.cache.open(key) : new Map<string, NoteStamp>();
		if (generation !== this.scanGeneration) return;
		let cached: TFile[] = [];
		let sliceStart = performance.now();
		for (const file of files) {
			if (generation !== this.scanGeneration) return;
			if (performance.now() - sliceStart > SLICE_MS) {
				await nextFrame();
				sliceStart = performance.now();
				if (generation !== this.scanGeneration) return;
			}
			// The note may have been deleted or renamed while the scan waited.
			if (this.app.vault.getFileByPath(file.path) !== file) continue;
			seen.add(file.path);
			const stamp = known.get(file.path);
			if (stamp && stamp.mtime === file.stat.mtime && stamp.size === file.stat.size) {
				// Unchanged since it was read: nothing to do for a note without stories, the stored note for one with.
				if (stamp.story) cached.push(file);
				if (cached.length >= CACHE_BATCH) {
					await this.indexFromCache(cached, key);
					cached = [];
					sliceStart = performance.now();
				}
				continue;
			}
			await this.indexFile(file, null);
		}
		if (cached.length > 0) await this.indexFromCache(cached, key);
		if (generation !== this.scanGeneration) return;
		for (const note of this.index.notes())
			if (!seen.has(note.path) && !this.app.vault.getFileByPath(note.path)) this.index.remove(note.path);
		for (const skipped of this.index.skipped()) if (!this.app.vault.getFileByPath(skipped.path)) this.index.remove(skipped.path);
		// Notes deleted while the app was closed leave the cache too.
		this.cache?.keepOnly(seen);
		await this.cache?.flush();
	}

	/** Stores the cached parse of unchanged story notes; one the cache lost is read again. */
	private async indexFromCache(files: readonly TFile[], key: string): Promise<void> {
		const tickets = files.map((file) => {
			const ticket = ++this.tickets;
			this.latest.set(file, ticket);
			return ticket;
		});
		const notes = (await this.cache?.notes(files.map((f) => f.path))) ?? [];
		const scoped = hasScope(this.settings());
		for (const [i, file] of files.entries()) {
			// An edit or delete that came while the cache was read wins.
			if (this.superseded(file, tickets[i] ?? -1) || key !== this.cacheKey()) continue;
			const note = notes[i];
			// A note read from IndexedDB is a structured clone: the index may take it as it is.
			if (note) this.index.update(file.path, note, { keepEmpty: scoped, fresh: true });
			else await this.indexFile(file, null);
		}
	}

	/** Names what parsed notes depend on: the parser's version and the settings that change what is read and how. */
	private cacheKey(): string {
		const s = this.settings();
		return JSON.stringify([
			this.options.parserVersion ?? "",
			s.wordsPerMinute,
			s.storyFolder,
			s.storyTag,
			s.storyFrontmatterKey,
			s.maxNoteSizeKb,
		]);
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (file.extension !== "md") return;
		void this.indexFile(file, data, cache);
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		// Settings that name the moved file or folder follow it first, so the scope below is the new one.
		this.onMoved?.(oldPath, file.path, file instanceof TFolder ? "folder" : "file");
		if (file instanceof TFolder) {
			const prefix = `${oldPath}/`;
			for (const note of [...this.index.notes(), ...this.index.skipped()]) {
				if (note.path.startsWith(prefix)) this.index.rename(note.path, `${file.path}/${note.path.slice(prefix.length)}`);
			}
			// A move can take a whole folder of notes into or out of the story folder.
			if (this.settings().storyFolder !== "") {
				Vault.recurseChildren(file, (child) => {
					if (child instanceof TFile && child.extension === "md") void this.indexFile(child, null);
				});
			}
			return;
		}
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.index.rename(oldPath, file.path);
		// A move can take a note into or out of the story folder.
		if (this.settings().storyFolder !== "") void this.indexFile(file, null);
	}

	private onDelete(file: TAbstractFile): void {
		this.cache?.forget(file.path);
		if (file instanceof TFolder) {
			const prefix = `${file.path}/`;
			for (const note of [...this.index.notes(), ...this.index.skipped()])
				if (note.path.startsWith(prefix)) this.index.remove(note.path);
			return;
		}
		this.index.remove(file.path);
	}

	/** Reads, parses and stores one note; `data` is the text when an event already has it. */
	private async indexFile(file: TFile, data: string | null, cache?: CachedMetadata | null): Promise<void> {
		const ticket = ++this.tickets;
		this.latest.set(file, ticket);
		const settings = this.settings();
		const key = this.cacheKey();
		// Whatever the outcome below, the stored record is stale; a parse records the new one.
		this.cache?.forget(file.path);
		const metadata = cache ?? this.app.metadataCache.getFileCache(file);
		const scoped = hasScope(settings);
		if (scoped && !this.inScope(file, metadata)) {
			this.index.remove(file.path);
			return;
		}
		const limit = settings.maxNoteSizeKb * 1024;
		const tooLarge = (): void =>
			this.index.skip(file.path, `Larger than ${settings.maxNoteSizeKb} KB, the limit set in settings, so it was not read.`);
		// The file's size spares reading a huge note at all; the text's length catches a stale size.
		if (file.stat.size > limit) return tooLarge();
		let text = data;
		if (text === null) {
			try {
				text = await this.app.vault.cachedRead(file);
			} catch (error) {
				if (!this.superseded(file, ticket)) this.index.skip(file.path, `Could not be read: ${String(error)}`);
				return;
			}
			// While the note was read it may have been deleted, or indexed again from newer text: the older read must not win.
			if (this.superseded(file, ticket)) return;
		}
		if (text.length > limit) return tooLarge();
		try {
			let parsed = this.parser.parse(text, { wordsPerMinute: settings.wordsPerMinute, anyQuestion: scoped });
			const fromWorker = parsed instanceof Promise;
			if (parsed instanceof Promise) {
				parsed = await parsed;
				// A large note parsed off the main thread: a newer edit, a delete or a rescan may have come meanwhile.
				if (this.superseded(file, ticket)) return;
			}
			// A worker's parse is a structured clone, cut loose from the note text: the index takes it apart without a copy.
			this.index.update(file.path, parsed, { keepEmpty: scoped, fresh: fromWorker });
			// A note large enough for the worker is not kept in the cache: IndexedDB copies a value on the main thread
			// as it writes it, one task of 300 ms at full speed for a 2 MB note. The next start reads it again, in the worker.
			if (fromWorker) return;
			this.cache?.record(file.path, file.stat, this.index.has(file.path) ? parsed : null, key);
			this.flushSoon();
		} catch (error) {
			// A parser bug must cost one note, never the index.
			console.error(`Interview Story Bank could not read ${file.path}`, error);
			this.index.skip(file.path, "Could not be read as a story note (an error in the plugin; please report it).");
		}
	}

	/** True when a read of `file` is stale: a later indexing started, or the note is gone. */
	private superseded(file: TFile, ticket: number): boolean {
		return this.latest.get(file) !== ticket || this.app.vault.getFileByPath(file.path) !== file;
	}

	private inScope(file: TFile, cache: CachedMetadata | null): boolean {
		return inScope(
			{
				path: file.path,
				tags: cache ? (getAllTags(cache) ?? []) : [],
				frontmatterKeys: Object.keys(cache?.frontmatter ?? {}),
			},
			this.settings(),
		);
	}
}

/** Lets the UI paint before the scan goes on. */
function nextFrame(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
