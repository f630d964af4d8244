import { clear, createStore, delMany, getMany, setMany, type UseStore } from "idb-keyval";
import type { ParsedNote } from "../core/types";

/** What a note was when it was last read: its file's stamp, and whether it held interview material. */
export interface NoteStamp {
	mtime: number;
	size: number;
	/** True when the parsed note is stored too (it held stories or questions); false for "nothing here". */
	story: boolean;
}

/** The file facts a stamp is compared with. */
export interface FileStat {
	mtime: number;
	size: number;
}

const META_KEY = "meta";
const STAMPS_KEY = "stamps";
const noteKey = (path: string): string => `note:${path}`;
/** Parsed notes are written this many at a time. */
const WRITE_BATCH = 32;
/** Cached notes are read this many at a time, so one read never holds the main thread for long. */
const READ_BATCH = 64;

/**
 * The index's memory between sessions, in IndexedDB (never in data.json):
 * per note, its file's mtime and size when it was read and whether it held
 * stories, and for story notes the parsed note. On the next start a note
 * whose mtime and size match is not read again. Everything is filed under a
 * key naming the parser version and the settings that change parsing; a
 * different key, or a store that cannot be read as expected, empties the
 * store first, so a stale or damaged record can never be used. Without
 * IndexedDB (or when it fails) the cache is simply off.
 */
export class NoteCache {
	private store: UseStore | null = null;
	private key: string | null = null;
	private stamps = new Map<string, NoteStamp>();
	private readonly dirty = new Map<string, ParsedNote | null>();
	private readonly removed = new Set<string>();
	private writing: Promise<void> = Promise.resolve();

	constructor(
		private readonly dbName: string,
		private readonly makeStore: (db: string, store: string) => UseStore = createStore,
	) {}

	/**
	 * Opens the store for notes parsed under `key` and returns the stamps filed
	 * under it: empty when the key differs (the store is emptied) or the store
	 * is damaged or missing.
	 */
	async open(key: string): Promise<ReadonlyMap<string, NoteStamp>> {
		this.key = key;
		this.dirty.clear();
		this.removed.clear();
		this.stamps = new Map();
		try {
			this.store ??= this.makeStore(this.dbName, "notes");
			const [meta, stamps] = await getMany<unknown>([META_KEY, STAMPS_KEY], this.store);
			if (meta === key && isStampMap(stamps)) {
				this.stamps = new Map(stamps);
				return stamps;
			}
			await clear(this.store);
			await setMany([[META_KEY, key]], this.store);
		} catch (error) {
			this.off(error);
		}
		return new Map();
	}

	/** The parsed notes stored for these paths; `undefined` where none is (or it was damaged). */
	async notes(paths: readonly string[]): Promise<(ParsedNote | undefined)[]> {
		const store = this.store;
		if (!store) return paths.map(() => undefined);
		const out: (ParsedNote | undefined)[] = [];
		try {
			for (let i = 0; i < paths.length; i += READ_BATCH) {
				const batch = await getMany<unknown>(paths.slice(i, i + READ_BATCH).map(noteKey), store);
				for (const value of batch) out.push(isParsedNote(value) ? value : undefined);
			}
		} catch (error) {
			this.off(error);
			return paths.map(() => undefined);
		}
		return out;
	}

	/** Notes a note's outcome, parsed under `key`: the parsed note if it is kept in the index, else `null`. */
	record(path: string, stat: FileStat, parsed: ParsedNote | null, key: string): void {
		if (!this.store || key !== this.key) return;
		this.stamps.set(path, { mtime: stat.mtime, size: stat.size, story: parsed !== null });
		this.dirty.set(path, parsed);
		this.removed.delete(path);
	}

	/** Forgets a note (deleted, moved, or left out for a reason the next start must see again). */
	forget(path: string): void {
		if (!this.stamps.delete(path)) return;
		this.dirty.delete(path);
		this.removed.add(path);
	}

	/** Forgets every note not in `paths` (after a full scan: notes deleted while the app was closed). */
	keepOnly(paths: ReadonlySet<string>): void {
		for (const path of [...this.stamps.keys()]) if (!paths.has(path)) this.forget(path);
	}

	/** Writes what changed since the last flush, in one transaction per kind. Resolves when written. */
	flush(): Promise<void> {
		const store = this.store;
		if (!store || (this.dirty.size === 0 && this.removed.size === 0)) return this.writing;
		const notes: [IDBValidKey, unknown][] = [];
		const drop = [...this.removed].map(noteKey);
		for (const [path, parsed] of this.dirty) {
			if (parsed) notes.push([noteKey(path), parsed]);
			else drop.push(noteKey(path));
		}
		const stamps = new Map(this.stamps);
		const key = this.key;
		this.dirty.clear();
		this.removed.clear();
		this.writing = this.writing
			.then(async () => {
				if (drop.length > 0) await delMany(drop, store);
				// The browser copies each value on the main thread as it is written: a few notes per write keeps
				// every task short after the first scan of a large vault. The stamps go last, so a start that
				// comes between writes trusts only notes whose stamp was written with them.
				for (let i = 0; i < notes.length; i += WRITE_BATCH) await setMany(notes.slice(i, i + WRITE_BATCH), store);
				await setMany(
					[
						[STAMPS_KEY, stamps],
						[META_KEY, key],
					],
					store,
				);
			})
			.catch((error: unknown) => this.off(error));
		return this.writing;
	}

	private off(error: unknown): void {
		console.warn("Interview Story Bank: the index cache is off for this session; notes are read at start-up.", error);
		this.store = null;
	}
}

function isStampMap(value: unknown): value is Map<string, NoteStamp> {
	// Compared by tag, not instanceof: a Map cloned in another realm (a test's IndexedDB) is still a Map.
	if (Object.prototype.toString.call(value) !== "[object Map]") return false;
	for (const [path, stamp] of value as Map<unknown, unknown>) {
		if (typeof path !== "string" || typeof stamp !== "object" || stamp === null) return false;
		const s = stamp as Partial<NoteStamp>;
		if (typeof s.mtime !== "number" || typeof s.size !== "number" || typeof s.story !== "boolean") return false;
	}
	return true;
}

/** Enough of a parsed note's shape to trust the rest: what the index reads first. */
function isParsedNote(value: unknown): value is ParsedNote {
	if (typeof value !== "object" || value === null) return false;
	const note = value as Partial<ParsedNote>;
	return (
		Array.isArray(note.questions) &&
		Array.isArray(note.stories) &&
		typeof note.meta === "object" &&
		note.meta !== null &&
		typeof note.isStoryNote === "boolean"
	);
}
