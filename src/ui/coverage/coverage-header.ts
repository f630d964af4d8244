import { debounce, setIcon } from "obsidian";
import type { CoverageFilter, CoverageModel } from "../../core/coverage/coverage";
import type { ScopeOption } from "../../core/coverage/coverage-filter";
import { plural } from "../../core/display-text";
import { onActivate } from "./keyboard";

/** Quiet time after typing before the search runs. */
const SEARCH_DELAY_MS = 150;

/**
 * The top of the panel: totals, the last practice, the set in use (with its
 * error, if any) and the filters. Built once; `update` changes only what
 * moved, so the search box keeps its focus and caret while results redraw.
 */
export class CoverageHeader {
	readonly el: HTMLElement;
	private readonly summaryEl: HTMLElement;
	private readonly setEl: HTMLElement;
	private readonly errorEl: HTMLElement;
	private readonly scopeEl: HTMLSelectElement;
	private readonly companyEl: HTMLSelectElement;
	private readonly searchEl: HTMLInputElement;
	private readonly statusEl: HTMLElement;
	private readonly matchesEl: HTMLElement;
	private scopeKey = "";
	private companyKey = "";
	/** The lists drawn last; the model hands out the same list while the notes did not change, which spares comparing them. */
	private scopeList: readonly ScopeOption[] | null = null;
	private companyList: readonly string[] | null = null;

	constructor(parent: HTMLElement, onFilter: (patch: Partial<CoverageFilter>) => void) {
		this.el = parent.createDiv({ cls: "isb-coverage-header" });
		this.summaryEl = this.el.createDiv({ cls: "isb-coverage-summary", attr: { "aria-live": "polite" } });
		this.setEl = this.el.createDiv({ cls: "isb-coverage-set" });
		this.errorEl = this.el.createDiv({ cls: "isb-coverage-error", attr: { role: "alert" } });

		const filters = this.el.createDiv({ cls: "isb-coverage-filters" });
		this.scopeEl = filters.createEl("select", { cls: "dropdown", attr: { "aria-label": "Show one note or folder" } });
		this.scopeEl.addEventListener("change", () => onFilter({ scope: this.scopeEl.value }));
		this.companyEl = filters.createEl("select", { cls: "dropdown", attr: { "aria-label": "Show one company" } });
		this.companyEl.addEventListener("change", () => onFilter({ company: this.companyEl.value }));

		const search = filters.createDiv({ cls: "search-input-container isb-coverage-search" });
		this.searchEl = search.createEl("input", {
			type: "search",
			attr: { placeholder: "Search stories", "aria-label": "Search story titles and questions", spellcheck: "false" },
		});
		const clear = search.createDiv({
			cls: "search-input-clear-button",
			attr: { role: "button", tabindex: "0", "aria-label": "Clear search" },
		});
		const runSearch = debounce(() => onFilter({ query: this.searchEl.value }), SEARCH_DELAY_MS, true);
		this.searchEl.addEventListener("input", () => runSearch());
		this.searchEl.addEventListener("keydown", (evt) => {
			if (evt.key !== "Escape" || this.searchEl.value === "") return;
			evt.preventDefault();
			this.searchEl.value = "";
			onFilter({ query: "" });
		});
		const clearSearch = (): void => {
			this.searchEl.value = "";
			onFilter({ query: "" });
			this.searchEl.focus();
		};
		clear.addEventListener("click", clearSearch);
		onActivate(clear, clearSearch);

		this.statusEl = this.el.createDiv({ cls: "isb-coverage-status" });
		const reset = this.statusEl.createEl("button", { cls: "isb-coverage-clear", text: "Clear filters" });
		setIcon(reset.createSpan({ cls: "isb-coverage-clear-icon" }), "x");
		reset.addEventListener("click", () => {
			this.searchEl.value = "";
			onFilter({ scope: "", company: "", query: "" });
		});
		this.matchesEl = this.statusEl.createSpan({ cls: "isb-coverage-matches" });
	}

	/** Shows the model's totals and messages and the filter's values. */
	update(model: CoverageModel, filter: CoverageFilter): void {
		const t = model.totals;
		const parts = [plural(t.questions, "question"), plural(t.stories, "story", "stories"), `${t.complete} complete`];
		if (t.sketches > 0) parts.push(plural(t.sketches, "sketch", "sketches"));
		this.summaryEl.setText(parts.join(" · "));
		this.setEl.setText(model.lastPractice ? `${model.setName} · last practice ${model.lastPractice}` : model.setName);
		this.errorEl.setText(model.setError ?? "");
		this.errorEl.toggleClass("is-hidden", model.setError === null);

		this.fillScopes(model.scopes, filter.scope);
		this.fillCompanies(model.companies, filter.company);
		if (this.searchEl.value.trim() !== filter.query.trim() && activeDocument.activeElement !== this.searchEl)
			this.searchEl.value = filter.query;

		const filtered = filter.scope !== "" || filter.company !== "" || filter.query.trim() !== "";
		this.statusEl.toggleClass("is-hidden", !filtered);
		this.matchesEl.setText(
			model.matches === null
				? ""
				: model.matches === 0
					? "No story matches."
					: `${plural(model.matches, "story", "stories")} ${model.matches === 1 ? "matches" : "match"}.`,
		);
	}

	private fillScopes(options: ScopeOption[], value: string): void {
		const key = options === this.scopeList ? this.scopeKey : JSON.stringify(options);
		this.scopeList = options;
		if (key !== this.scopeKey) {
			this.scopeKey = key;
			this.scopeEl.empty();
			this.scopeEl.createEl("option", { value: "", text: "All notes" });
			for (const [kind, label] of [
				["folder", "Folders"],
				["note", "Notes"],
			] as const) {
				const group = options.filter((o) => o.kind === kind);
				if (group.length === 0) continue;
				const el = this.scopeEl.createEl("optgroup", { attr: { label } });
				for (const o of group) el.createEl("option", { value: o.value, text: o.label });
			}
		}
		this.scopeEl.value = value;
		this.scopeEl.toggleClass("is-hidden", options.length <= 1 && value === "");
	}

	private fillCompanies(companies: string[], value: string): void {
		const key = companies === this.companyList ? this.companyKey : JSON.stringify(companies);
		this.companyList = companies;
		if (key !== this.companyKey) {
			this.companyKey = key;
			this.companyEl.empty();
			this.companyEl.createEl("option", { value: "", text: "Any company" });
			for (const c of companies) this.companyEl.createEl("option", { value: c, text: c });
		}
		this.companyEl.value = companies.find((c) => c.toLowerCase() === value.toLowerCase()) ?? "";
		this.companyEl.toggleClass("is-hidden", companies.length === 0);
	}
}
