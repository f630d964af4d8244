import { parseNote } from "../core/parser/note-parser";
import type { ParsedNote, ParseOptions } from "../core/types";

/** A note sent to the worker. */
export interface ParseRequest {
	id: number;
	text: string;
	options: ParseOptions;
}

/** The worker's answer: the parsed note, or why it could not parse it. */
export type ParseReply = { id: number; note: ParsedNote } | { id: number; error: string };

/** A note this long or longer is parsed off the main thread (about 0.1 ms a KB, so 40 KB ≈ a 4 ms task at full speed). */
export const WORKER_MIN_CHARS = 40_000;

/**
 * Parses notes: small ones at once, on the main thread (a worker's round
 * trip would cost more than the parse), large ones in a Web Worker, so a
 * 2 MB note never freezes a frame. The worker is started on first need from
 * `source` (the worker script, bundled into main.js as text) through a blob
 * URL, which desktop and mobile Obsidian both allow. Where no worker can be
 * started (no `Worker`, a policy refusing blob scripts, tests in Node), every
 * note is parsed on the main thread, as the CLI does.
 */
export class NoteParser {
	private worker: Worker | null = null;
	private failed = false;
	private url: string | null = null;
	private nextId = 1;
	private readonly waiting = new Map<number, Waiter>();

	constructor(
		private readonly source: string,
		private readonly minChars = WORKER_MIN_CHARS,
	) {}

	/** The parsed note: at once for a small note, later for a large one. */
	parse(text: string, options: ParseOptions): ParsedNote | Promise<ParsedNote> {
		if (text.length < this.minChars) return parseNote(text, options);
		const worker = this.start();
		if (!worker) return parseNote(text, options);
		const id = this.nextId++;
		return new Promise<ParsedNote>((resolve, reject) => {
			this.waiting.set(id, { text, options, resolve, reject });
			worker.postMessage({ id, text, options } satisfies ParseRequest);
		});
	}

	/** Stops the worker; notes still waiting are parsed on the main thread. */
	stop(): void {
		this.worker?.terminate();
		this.worker = null;
		if (this.url) URL.revokeObjectURL(this.url);
		this.url = null;
		this.failed = true;
		for (const [, waiter] of this.waiting) waiter.reject(new Error("The parser was stopped."));
		this.waiting.clear();
	}

	private start(): Worker | null {
		if (this.worker || this.failed) return this.worker;
		if (this.source === "" || typeof Worker === "undefined" || typeof Blob === "undefined") {
			this.failed = true;
			return null;
		}
		try {
			this.url = URL.createObjectURL(new Blob([this.source], { type: "text/javascript" }));
			const worker = new Worker(this.url);
			worker.onmessage = (event: MessageEvent<ParseReply>) => this.answer(event.data);
			// A worker that cannot run (a script error, a refused blob URL) hands its notes back to the main thread.
			worker.onerror = (event) => {
				event.preventDefault();
				this.fail(event.message || "the parse worker failed");
			};
			this.worker = worker;
			return worker;
		} catch (error) {
			console.warn("Interview Story Bank: large notes are parsed on the main thread.", error);
			this.failed = true;
			return null;
		}
	}

	private answer(reply: ParseReply): void {
		const waiter = this.waiting.get(reply.id);
		if (!waiter) return;
		this.waiting.delete(reply.id);
		if ("note" in reply) waiter.resolve(reply.note);
		else waiter.reject(new Error(reply.error));
	}

	/** The worker broke: stop it, and parse what it held on the main thread instead. */
	private fail(message: string): void {
		console.warn(`Interview Story Bank: large notes are parsed on the main thread (${message}).`);
		const pending = [...this.waiting.values()];
		this.waiting.clear();
		this.stop();
		for (const waiter of pending) {
			try {
				waiter.resolve(parseNote(waiter.text, waiter.options));
			} catch (error) {
				waiter.reject(error instanceof Error ? error : new Error(String(error)));
			}
		}
	}
}

/** A note sent to the worker and how to hand back its result. */
interface Waiter {
	text: string;
	options: ParseOptions;
	resolve: (note: ParsedNote) => void;
	reject: (error: Error) => void;
}
