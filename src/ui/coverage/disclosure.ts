import { setIcon } from "obsidian";
import { onActivate } from "./keyboard";

/** A row that opens and closes the part below it. */
export interface DisclosureOptions {
	/** Stable id, used for the body's element id. */
	id: string;
	title: string;
	expanded: boolean;
	onToggle: () => void;
	cls?: string[];
}

/** The pieces a caller fills in: the header (for extra content) and the body (only when expanded). */
export interface Disclosure {
	el: HTMLElement;
	header: HTMLElement;
	body: HTMLElement | null;
}

/**
 * A row with a chevron that expands and collapses, built as a disclosure
 * button: `aria-expanded` says its state; Enter, Space or a click toggles it;
 * Right opens it and Left closes it, as in Obsidian's own trees.
 */
export function renderDisclosure(parent: HTMLElement, options: DisclosureOptions): Disclosure {
	const bodyId = `isb-coverage-${options.id.replace(/[^\w-]/g, "_")}`;
	const el = parent.createDiv({ cls: ["isb-disclosure", ...(options.cls ?? []), ...(options.expanded ? ["is-expanded"] : [])] });
	const header = el.createDiv({
		cls: "isb-disclosure-header",
		attr: { role: "button", tabindex: "0", "aria-expanded": String(options.expanded), "aria-controls": bodyId, "data-nav": "" },
	});
	setIcon(header.createSpan({ cls: "isb-disclosure-chevron" }), "chevron-right");
	header.createSpan({ cls: "isb-disclosure-title", text: options.title });
	header.addEventListener("click", (evt) => {
		// Buttons inside the header do their own thing.
		if (evt.target instanceof Element && evt.target.closest("button")) return;
		options.onToggle();
	});
	onActivate(header, () => options.onToggle());
	header.addEventListener("keydown", (evt) => {
		if (evt.target !== header) return;
		if ((evt.key === "ArrowRight" && !options.expanded) || (evt.key === "ArrowLeft" && options.expanded)) {
			evt.preventDefault();
			options.onToggle();
		}
	});
	const body = options.expanded ? el.createDiv({ cls: "isb-disclosure-body", attr: { id: bodyId } }) : null;
	return { el, header, body };
}
