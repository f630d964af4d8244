/** Calls back on Enter or Space, as a native button would, and keeps Space from scrolling the panel. */
export function onActivate(el: HTMLElement, callback: (evt: KeyboardEvent) => void): void {
	el.addEventListener("keydown", (evt) => {
		if (evt.target !== el || (evt.key !== "Enter" && evt.key !== " ")) return;
		evt.preventDefault();
		callback(evt);
	});
}

/**
 * Arrow keys move between the panel's rows (every element marked
 * `data-nav`), Home and End jump to the first and last. Rows stay reachable
 * with Tab too; this only saves keystrokes in a long list.
 */
export function arrowNavigation(root: HTMLElement): (evt: KeyboardEvent) => void {
	return (evt) => {
		if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(evt.key)) return;
		const current = evt.target;
		if (!(current instanceof HTMLElement) || !current.hasAttribute("data-nav")) return;
		const rows = Array.from(root.querySelectorAll<HTMLElement>("[data-nav]"));
		const at = rows.indexOf(current);
		const next =
			evt.key === "Home" ? rows[0] : evt.key === "End" ? rows[rows.length - 1] : rows[at + (evt.key === "ArrowDown" ? 1 : -1)];
		if (!next) return;
		evt.preventDefault();
		next.focus();
	};
}
