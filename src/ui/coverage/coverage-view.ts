import { debounce, ItemView, type HoverParent, type HoverPopover, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { COVERAGE_VIEW_TYPE } from "../../constants";
import { buildCoverage, type CoverageFilter, type CoverageModel } from "../../core/coverage/coverage";
import { NO_FILTER } from "../../core/coverage/coverage-filter";
import { CoverageSearch } from "../../core/coverage/coverage-search";
import type { StoryBankSettings } from "../../core/settings";
import type { StoryBankServices } from "../../obsidian/services";
import { renderCompetencyRow } from "./competency-row";
import { CoverageHeader } from "./coverage-header";
import { renderNoMatch, renderNoNotes, renderReading } from "./empty-state";
import { KeyedList, type KeyedItem } from "./keyed-list";
import { arrowNavigation } from "./keyboard";
import { openNoteAtLine, type NotePlace } from "../open-note";
import { renderExtraSections } from "./extra-sections";
import { STORY_PAGE, storiesSignature } from "./story-list";
import { CoverageCache } from "../../core/coverage/coverage-cache";
import { prepareSlice } from "./coverage-warmer";
import { questionsAskingFor } from "../../core/coverage/coverage-questions";
import type { StoryHandlers } from "./story-item";
import type { StoryCorrection } from "../../core/competencies/corrections";
import type { CorrectionHandlers } from "./story-corrections";

/** The icon of the panel, its ribbon button and its tab. */
export const COVERAGE_ICON = "target";

/** What the panel reads of the plugin's services (the clock: the time "practised 3 days ago" is measured from). */
export type CoverageHost = Pick<
	StoryBankServices,
	"index" | "events" | "competencies" | "actions" | "settings" | "store" | "whenIndexed" | "clock"
>;

/** What survives a restart: which rows were open and which filters were set. */
interface SavedState {
	expanded: string[];
	scope: string;
	company: string;
}

/** Coalesces the events of one burst (an edit sets off index and settings events) into one redraw. */
const REDRAW_DELAY_MS = 50;
/** A search opens the rows it matched in only while it matches this few stories; past that, rows stay as the user left them. */
const SEARCH_OPEN_LIMIT = 12;
/** "3 days ago" goes stale slowly; a visible panel refreshes it this often. */
const CLOCK_REFRESH_MS = 10 * 60 * 1000;

/**
 * The coverage sidebar: for each competency of the set in use, a strong
 * story, only weak ones, or nothing, weakest first. It draws the pure
 * view-model from `buildCoverage`; rows are keyed, so an edit redraws only
 * the rows it changed, and scroll, focus and open rows stay as they were.
 * It listens to the plugin's events, never to the vault, and redraws only
 * while it is visible. Open rows and filters are kept in the view state.
 */
export class CoverageView extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private readonly expanded = new Set<string>();
	private filter: CoverageFilter = { ...NO_FILTER };
	private readonly search = new CoverageSearch();
	/** How many stories each open row draws, past the first page. */
	private readonly limits = new Map<string, number>();
	private header: CoverageHeader | null = null;
	private messageEl: HTMLElement | null = null;
	private listEl: HTMLElement | null = null;
	private list: KeyedList | null = null;
	private message = "";
	private dirty = true;
	private drawnRevision = -1;
	private scanned = false;
	/** The timer of the next slice of coverage work, while a redraw waits for it. */
	private preparing: number | null = null;
	/** Who waits for the next draw: the panel's opening resolves after its first one. */
	private drawnWaiters: (() => void)[] = [];
	private readonly drawSoon = debounce(() => this.drawIfVisible(), REDRAW_DELAY_MS, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: CoverageHost,
		/** Per-note coverage and sorted rows kept between redraws, shared with the warmer: a redraw costs the notes that changed. */
		private readonly cache: CoverageCache = new CoverageCache(),
	) {
		super(leaf);
	}

	override getViewType(): string {
		return COVERAGE_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return "Interview coverage";
	}

	override getIcon(): string {
		return COVERAGE_ICON;
	}

	override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("isb-coverage");
		this.header = new CoverageHeader(root, (patch) => this.setFilter(patch));
		this.messageEl = root.createDiv({ cls: "isb-coverage-message" });
		this.listEl = root.createDiv({ cls: "isb-coverage-list" });
		this.list = new KeyedList(this.listEl);
		this.registerDomEvent(root, "keydown", arrowNavigation(root));

		const { events, competencies } = this.host;
		this.registerEvent(events.onIndexChanged(() => this.requestDraw(true)));
		this.registerEvent(events.onSettingsChanged(() => this.requestDraw()));
		this.registerEvent(events.onHistoryChanged(() => this.requestDraw()));
		this.registerEvent(competencies.onChanged(() => this.requestDraw()));
		this.registerEvent(this.host.actions.onChanged(() => this.requestDraw()));
		// A hidden panel skips redraws; catch up when it is shown again.
		this.registerEvent(this.app.workspace.on("layout-change", () => this.drawIfVisible()));
		this.registerEvent(
			this.app.workspace.on("active-leaf-change", (leaf) => {
				if (leaf === this.leaf) this.drawIfVisible();
			}),
		);
		this.registerInterval(window.setInterval(() => this.requestDraw(), CLOCK_REFRESH_MS));

		// The plugin's warmer has usually worked out the coverage by now (after the first scan), so this only draws at once;
		// else (opened right after start-up) the work left is done in slices, then it draws.
		const drawn = new Promise<void>((resolve) => this.drawnWaiters.push(resolve));
		this.dirty = true;
		this.drawWhenReady(true);
		// A panel restored with the workspace opens before the first scan has started; wait for it to start, then to end.
		this.app.workspace.onLayoutReady(() => {
			void this.host.whenIndexed().then(() => {
				this.scanned = true;
				this.requestDraw();
			});
		});
		await drawn;
	}

	override async onClose(): Promise<void> {
		this.drawSoon.cancel();
		if (this.preparing !== null) window.clearTimeout(this.preparing);
		this.preparing = null;
		this.settleDrawn();
		this.list?.clear();
		await super.onClose();
	}

	override onResize(): void {
		this.drawIfVisible();
	}

	override getState(): Record<string, unknown> {
		const state: SavedState = { expanded: [...this.expanded], scope: this.filter.scope, company: this.filter.company };
		return { ...super.getState(), ...state };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const s = (typeof state === "object" && state !== null ? state : {}) as Partial<Record<keyof SavedState, unknown>>;
		this.expanded.clear();
		if (Array.isArray(s.expanded)) for (const id of s.expanded) if (typeof id === "string") this.expanded.add(id);
		this.filter = {
			...this.filter,
			scope: typeof s.scope === "string" ? s.scope : "",
			company: typeof s.company === "string" ? s.company : "",
		};
		await super.setState(state, result);
		if (this.list) this.draw();
	}

	/** Opens a competency's row and brings it into view (for other features that point at one). */
	revealCompetency(id: string): void {
		this.expanded.add(id);
		this.draw();
		this.saveState();
		const el = this.list?.element(id);
		el?.scrollIntoView({ block: "nearest" });
		el?.querySelector<HTMLElement>("[data-nav]")?.focus();
	}

	/** Draws now, whether or not anything changed (for tests and explicit refreshes). */
	draw(): void {
		if (!this.header || !this.list || !this.messageEl) return;
		this.dirty = false;
		const { index } = this.host;
		this.drawnRevision = index.revision;
		const settings = this.host.settings;
		const state = this.host.competencies.current();
		const model = buildCoverage({
			notes: index.notes(),
			skipped: index.skipped(),
			matcher: state.matcher,
			targetSeconds: settings.targetAnswerSeconds,
			rounds: this.host.store.data.history.rounds,
			filter: this.filter,
			now: new Date(this.host.clock()),
			setError: state.error,
			revision: index.revision,
			search: this.search,
			cache: this.cache,
			corrections: this.corrections(),
		});
		this.header.update(model, this.filter);
		this.drawMessage(model, settings);
		this.drawList(model);
		this.settleDrawn();
	}

	/** Resolves whoever waits for a draw (the panel's opening). */
	private settleDrawn(): void {
		const waiters = this.drawnWaiters;
		this.drawnWaiters = [];
		for (const resolve of waiters) resolve();
	}

	private requestDraw(fromIndex = false): void {
		// The index tells views once per burst; a burst that left the index as it was changes nothing here.
		if (fromIndex && this.host.index.revision === this.drawnRevision && !this.dirty) return;
		this.dirty = true;
		this.drawSoon();
	}

	private drawIfVisible(): void {
		if (this.dirty && this.contentEl.isShown()) this.drawWhenReady();
	}

	/**
	 * Works out the coverage of new and changed notes in slices of a few
	 * milliseconds, yielding between them, then draws. The draw itself then
	 * costs only the rows that changed, so no single task holds the main
	 * thread after the first scan of a large vault or the save of a huge note.
	 */
	private drawWhenReady(opening = false): void {
		if (this.preparing !== null) return;
		const slice = (): void => {
			this.preparing = null;
			// A panel being opened draws even before it is shown (its first frame must not be empty).
			if (!this.dirty || (!opening && !this.contentEl.isShown())) return;
			if (prepareSlice(this.cache, this.host)) this.draw();
			else this.preparing = window.setTimeout(slice, 0);
		};
		slice();
		// A panel opened before its coverage was worked out says it is reading, rather than stay blank.
		if (opening && this.preparing !== null) this.showReading();
	}

	private showReading(): void {
		if (!this.messageEl || this.message === "reading") return;
		this.message = "reading";
		this.messageEl.empty();
		renderReading(this.messageEl);
	}

	private drawMessage(model: CoverageModel, settings: StoryBankSettings): void {
		const el = this.messageEl;
		if (!el) return;
		const message =
			model.kind === "no-notes"
				? this.scanned
					? `none:${JSON.stringify([
							settings.storyFolder,
							settings.storyTag,
							settings.storyFrontmatterKey,
							model.skipped.length,
						])}`
					: "reading"
				: model.kind;
		if (message === this.message) return;
		this.message = message;
		el.empty();
		if (model.kind === "no-notes") {
			if (this.scanned) renderNoNotes(el, settings, model.skipped.length);
			else renderReading(el);
		} else if (model.kind === "no-match") renderNoMatch(el);
	}

	private drawList(model: CoverageModel): void {
		const list = this.list;
		if (!list || !this.listEl) return;
		const listEl = this.listEl;
		const story: StoryHandlers = {
			open: (place, evt) => void openNoteAtLine(this.app, place, evt, { kind: "panel", leaf: this.leaf }),
			hover: (place, evt, el) => this.hover(place, evt, el),
			correct: this.correctionHandlers(null),
		};
		const actions = this.host.actions.current();
		const actionKey = `${actions.draft ? "d" : ""}${actions.practice ? "p" : ""}`;
		const toggle = (id: string) => () => this.toggle(id);
		const showMore = (id: string) => () => this.showMore(id);
		const limit = (id: string): number => this.limits.get(id) ?? STORY_PAGE;
		// A search that matched a few stories opens their rows, without changing what the user opened;
		// one that matched many leaves the rows as they were, so a keystroke never draws every story.
		const opened = model.matches !== null && model.matches <= SEARCH_OPEN_LIMIT;
		const expanded = (id: string): boolean => opened || this.expanded.has(id);
		const items: KeyedItem[] =
			model.kind === "coverage"
				? model.rows.map((row) => {
						const open = expanded(row.id);
						const rowLimit = limit(row.id);
						return {
							key: row.id,
							// A row is known by its key, its header's figures and the keys and revisions of the stories it draws.
							signature: [
								row.name,
								row.level,
								row.best,
								row.storyCount,
								row.statement,
								// A star added to or taken from the rubric note changes only these.
								row.key ? (row.keyGap ? "key-gap" : "key") : "",
								row.practised ?? "",
								row.description,
								actionKey,
								open ? storiesSignature(row.stories, rowLimit) : "closed",
								// An open row with no story lists the questions asking for it: any change to the notes may change them.
								open && row.storyCount === 0 && row.questionCount > 0 ? String(this.drawnRevision) : "",
							].join("\u0002"),
							render: () =>
								renderCompetencyRow(listEl, row, {
									expanded: open,
									limit: rowLimit,
									onShowMore: showMore(row.id),
									onToggle: toggle(row.id),
									story: { ...story, correct: this.correctionHandlers(row.id) },
									actions,
									questions: () =>
										questionsAskingFor(this.host.index.notes(), this.host.competencies.current().matcher, row.id),
								}),
						};
					})
				: [];
		items.push(...renderExtraSections(listEl, model, { expanded, toggle, limit, showMore, story }));
		const focused = this.focusedKey();
		list.sync(items);
		this.restoreFocus(focused);
	}

	/** The correction menu's handlers for the stories of one row; none when the host keeps no corrections. */
	private correctionHandlers(competencyId: string | null): CorrectionHandlers | undefined {
		if (!this.corrections()) return undefined;
		return {
			competencyId,
			competencies: () => this.host.competencies.current().set.competencies,
			correct: (target, id, verdict) => {
				// Through the event: the panel redraws, and story feedback in open editors follows.
				void this.host.store.setVerdict(target, id, verdict).then(() => this.host.events.triggerHistoryChanged());
			},
		};
	}

	/** The user's competency corrections; `undefined` where the host keeps none (a panel without plugin data). */
	private corrections(): readonly StoryCorrection[] | undefined {
		return (this.host.store.data as Partial<typeof this.host.store.data>).corrections;
	}

	private toggle(id: string): void {
		// A row opened again starts with its first page.
		this.limits.delete(id);
		if (this.expanded.has(id)) this.expanded.delete(id);
		else this.expanded.add(id);
		this.draw();
		this.saveState();
	}

	private showMore(id: string): void {
		this.limits.set(id, (this.limits.get(id) ?? STORY_PAGE) + STORY_PAGE);
		this.draw();
	}

	private setFilter(patch: Partial<CoverageFilter>): void {
		this.filter = { ...this.filter, ...patch };
		this.draw();
		if (patch.scope !== undefined || patch.company !== undefined) this.saveState();
	}

	private saveState(): void {
		this.app.workspace.requestSaveLayout();
	}

	private hover(place: NotePlace, event: MouseEvent, targetEl: HTMLElement): void {
		this.app.workspace.trigger("hover-link", {
			event,
			source: COVERAGE_VIEW_TYPE,
			hoverParent: this,
			targetEl,
			linktext: place.path,
			sourcePath: place.path,
			state: { scroll: place.line - 1 },
		});
	}

	/** The focus key of the focused row, when focus is inside this panel. */
	private focusedKey(): string | null {
		const active = this.contentEl.doc.activeElement;
		if (!(active instanceof HTMLElement) || !this.contentEl.contains(active)) return null;
		return active.closest("[data-focus-key]")?.getAttribute("data-focus-key") ?? null;
	}

	/** A redrawn row is a new element: give focus back to its replacement. */
	private restoreFocus(key: string | null): void {
		if (key === null) return;
		const active = this.contentEl.doc.activeElement;
		if (active instanceof HTMLElement && this.contentEl.contains(active)) return;
		const target = Array.from(this.listEl?.querySelectorAll<HTMLElement>("[data-focus-key]") ?? []).find(
			(el) => el.dataset.focusKey === key,
		);
		target?.focus();
	}
}
