import type { FuzzyMatch } from "obsidian";
import { FuzzySuggestModal, Modal, Notice, prepareFuzzySearch, SuggestModal, setIcon } from "obsidian-test-mocks/obsidian";

/** What the fakes let the tests read back. */
export interface ModalLog {
	notices: string[];
}

type AnyModal = Modal & { onOpen(): void | Promise<void>; onClose(): void };
type AnySuggest = SuggestModal<unknown> & {
	getSuggestions(query: string): unknown[] | Promise<unknown[]>;
	renderSuggestion(value: unknown, el: HTMLElement): void;
};

const attached = new WeakSet<Modal>();
let nextTitleId = 1;

/**
 * Modals, the suggester and notices on the page. The mock builds their
 * elements but never shows them, and closes every modal one tick after it
 * opens; here, as in Obsidian, a modal stays on screen until it is closed
 * (its close button, Escape, or the code), and a suggester lists what
 * `getSuggestions` returns and chooses with the arrow keys and Enter.
 */
export function installModalFakes(log: ModalLog): void {
	const openModal = function (this: AnyModal): void {
		if (attached.has(this)) return;
		attached.add(this);
		const { containerEl, modalEl, titleEl, contentEl } = this;
		containerEl.addClass("modal-container");
		containerEl.prepend(createDiv({ cls: "modal-bg" }));
		modalEl.addClass("modal");
		modalEl.setAttr("role", "dialog");
		modalEl.setAttr("aria-modal", "true");
		titleEl.addClass("modal-title");
		titleEl.id = `modal-title-${nextTitleId++}`;
		contentEl.addClass("modal-content");
		const close = createEl("button", { cls: "modal-close-button clickable-icon", attr: { "aria-label": "Close" } });
		setIcon(close, "x");
		close.addEventListener("click", () => this.close());
		modalEl.prepend(close, titleEl);
		containerEl.addEventListener("keydown", (evt) => {
			if (evt.key !== "Escape" || evt.defaultPrevented) return;
			evt.preventDefault();
			this.close();
		});
		activeDocument.body.appendChild(containerEl);
		void this.onOpen();
		// A dialog is named by its title (set in onOpen), or, for a suggester, by its search field.
		if (titleEl.textContent !== "") modalEl.setAttr("aria-labelledby", titleEl.id);
		// Obsidian moves focus into the modal, so its keys work at once.
		if (!modalEl.contains(activeDocument.activeElement))
			modalEl.querySelector<HTMLElement>("input, button:not(.modal-close-button), [tabindex]")?.focus();
	};

	Modal.prototype.open = openModal;

	Modal.prototype.close = function (this: AnyModal): void {
		if (!attached.has(this)) return;
		attached.delete(this);
		this.containerEl.remove();
		this.onClose();
		(this as unknown as { closeCallback: (() => void) | null }).closeCallback?.();
	};

	SuggestModal.prototype.open = function (this: AnySuggest): void {
		this.modalEl.addClass("prompt");
		this.inputEl.addClass("prompt-input");
		this.inputEl.setAttr("aria-label", this.inputEl.placeholder || "Search");
		this.modalEl.setAttr("aria-label", this.inputEl.placeholder || "Search");
		this.resultContainerEl.addClass("prompt-results");
		this.resultContainerEl.setAttr("role", "listbox");
		this.resultContainerEl.setAttr("aria-label", "Suggestions");
		let items: unknown[] = [];
		let selected = 0;
		const render = async (): Promise<void> => {
			items = await this.getSuggestions(this.inputEl.value);
			selected = 0;
			this.resultContainerEl.empty();
			if (items.length === 0) this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
			items.forEach((item, i) => {
				const el = this.resultContainerEl.createDiv({
					cls: "suggestion-item",
					attr: { role: "option", "aria-selected": String(i === 0) },
				});
				el.toggleClass("is-selected", i === 0);
				this.renderSuggestion(item, el);
				el.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
			});
		};
		const select = (index: number): void => {
			const els = Array.from(this.resultContainerEl.querySelectorAll<HTMLElement>(".suggestion-item"));
			if (els.length === 0) return;
			selected = (index + els.length) % els.length;
			els.forEach((el, i) => {
				el.toggleClass("is-selected", i === selected);
				el.setAttr("aria-selected", String(i === selected));
			});
			els[selected]?.scrollIntoView({ block: "nearest" });
		};
		this.inputEl.addEventListener("input", () => void render());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
				evt.preventDefault();
				select(selected + (evt.key === "ArrowDown" ? 1 : -1));
			} else if (evt.key === "Enter" && !evt.isComposing) {
				evt.preventDefault();
				const item = items[selected];
				if (item !== undefined) this.selectSuggestion(item, evt);
			}
		});
		openModal.call(this);
		void render();
		this.inputEl.focus();
	};

	// obsidian.d.ts: a FuzzySuggestModal lists getItems() matched by getItemText(). The mock has neither half.
	type Fuzzy = FuzzySuggestModal<unknown> & { getItems(): unknown[]; getItemText(item: unknown): string };
	FuzzySuggestModal.prototype.getSuggestions = function (this: Fuzzy, query: string): FuzzyMatch<unknown>[] {
		const search = prepareFuzzySearch(query.trim());
		const found = this.getItems().flatMap((item) => {
			const match = query.trim() === "" ? { score: 0, matches: [] } : search(this.getItemText(item));
			return match ? [{ item, match }] : [];
		});
		return found.sort((a, b) => b.match.score - a.match.score);
	};
	FuzzySuggestModal.prototype.renderSuggestion = function (this: Fuzzy, value: FuzzyMatch<unknown>, el: HTMLElement): void {
		el.setText(this.getItemText(value.item));
	};

	// Obsidian shows a notice for a few seconds at the top right; the tests read them back.
	const noticeHost = (): HTMLElement =>
		activeDocument.body.querySelector<HTMLElement>(".notice-container") ?? activeDocument.body.createDiv({ cls: "notice-container" });
	Notice.prototype.constructor__ = function (this: Notice, message: string | DocumentFragment, duration?: number): void {
		log.notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
		this.containerEl.addClass("notice");
		this.containerEl.setAttr("role", "status");
		noticeHost().appendChild(this.containerEl);
		window.setTimeout(() => this.containerEl.remove(), duration && duration > 0 ? duration : 5000);
	};
}
