import { Component } from "obsidian";
import type { StoryCorrection } from "../../core/competencies/corrections";
import { CoverageCache } from "../../core/coverage/coverage-cache";
import type { StoryBankServices } from "../../obsidian/services";

/** How long one slice of coverage work runs before the main thread is given back. */
const SLICE_MS = 8;

type WarmerHost = Pick<StoryBankServices, "app" | "index" | "events" | "competencies" | "store" | "settings" | "whenIndexed">;

/** What one slice of coverage work reads: the notes, the matcher, the answer target and the user's corrections. */
export type SliceHost = Pick<StoryBankServices, "index" | "competencies" | "store" | "settings">;

/**
 * One slice of coverage work, shared by the warmer and a panel that opens
 * before it is done: takes in the user's corrections, then works out new and
 * changed notes for up to `SLICE_MS`. True once every note is done.
 */
export function prepareSlice(cache: CoverageCache, host: SliceHost): boolean {
	const start = performance.now();
	// A host without plugin data (a panel in tests) keeps no corrections.
	const corrections = (host.store.data as { corrections?: readonly StoryCorrection[] }).corrections;
	if (corrections) cache.useCorrections(corrections);
	return cache.prepare(
		host.index.notes(),
		host.competencies.current().matcher,
		host.settings.targetAnswerSeconds,
		() => performance.now() - start < SLICE_MS,
	);
}

/**
 * Keeps the coverage panel's per-note coverage worked out while the panel is
 * closed, so opening it is a draw of rows already known rather than the
 * matching and scoring of every story in one task (about 50 ms for 1,000
 * stories once the code is warm, several times that the first time).
 *
 * It starts once the first scan has ended, then follows the index: after each
 * change it works out the new and changed notes in slices of a few
 * milliseconds, yielding between them. The panel shares the same cache, so
 * whichever of the two reaches a note first does its work once.
 */
export class CoverageWarmer extends Component {
	/** The cache the coverage panel draws from. */
	readonly cache = new CoverageCache();
	private timer: number | null = null;
	private started = false;
	private unloaded = false;
	/** Who waits for the cache to be warm (the bench, tests). */
	private waiting: (() => void)[] = [];

	constructor(private readonly host: WarmerHost) {
		super();
	}

	override onload(): void {
		const { app, events, competencies } = this.host;
		this.registerEvent(events.onIndexChanged(() => this.schedule()));
		this.registerEvent(events.onSettingsChanged(() => this.schedule()));
		this.registerEvent(competencies.onChanged(() => this.schedule()));
		app.workspace.onLayoutReady(() => {
			void this.host.whenIndexed().then(() => {
				if (this.unloaded) return;
				this.started = true;
				this.schedule();
			});
		});
	}

	override onunload(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.started = false;
		this.unloaded = true;
		this.settle();
	}

	/** Resolves once every indexed note's coverage is worked out and sorted into rows (after the first scan at the earliest). */
	whenWarm(): Promise<void> {
		if (this.unloaded || (this.started && this.timer === null && this.nothingLeft())) return Promise.resolve();
		return new Promise((resolve) => {
			this.waiting.push(resolve);
			this.schedule();
		});
	}

	/** True when no note waits for its coverage. */
	private nothingLeft(): boolean {
		return this.cache.prepare(
			this.host.index.notes(),
			this.host.competencies.current().matcher,
			this.host.settings.targetAnswerSeconds,
			() => false,
		);
	}

	private settle(): void {
		const waiting = this.waiting;
		this.waiting = [];
		for (const resolve of waiting) resolve();
	}

	private schedule(): void {
		if (!this.started || this.timer !== null) return;
		this.timer = window.setTimeout(() => this.slice(), 0);
	}

	private slice(): void {
		this.timer = null;
		if (!prepareSlice(this.cache, this.host)) {
			this.timer = window.setTimeout(() => this.slice(), 0);
			return;
		}
		// Every note is known: sort them into rows now too, so the panel's first draw only draws.
		this.cache.rows(this.host.index.notes(), this.host.competencies.current().matcher, this.host.settings.targetAnswerSeconds);
		this.settle();
	}
}
