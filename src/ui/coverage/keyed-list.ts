/** One child of a keyed list: a stable key, a fingerprint of what it shows, and how to draw it. */
export interface KeyedItem {
	key: string;
	/** Equal signatures mean equal DOM: the element is kept as it is. */
	signature: string;
	render: () => HTMLElement;
}

interface Entry {
	el: HTMLElement;
	signature: string;
}

/**
 * Keeps a container's children in step with a list of keyed items. A child
 * whose signature did not change keeps its element (and so its focus, its
 * hover and the browser's work); only changed children are drawn again, and
 * children are moved only when the order changed. The container is never
 * emptied, so its scroll position stays where the user left it.
 */
export class KeyedList {
	private readonly entries = new Map<string, Entry>();

	constructor(private readonly container: HTMLElement) {}

	/** Updates the children; returns how many were drawn anew (for tests and curiosity). */
	sync(items: readonly KeyedItem[]): number {
		let drawn = 0;
		const keep = new Set(items.map((i) => i.key));
		for (const [key, entry] of this.entries) {
			if (!keep.has(key)) {
				entry.el.remove();
				this.entries.delete(key);
			}
		}
		let cursor: ChildNode | null = this.container.firstChild;
		for (const item of items) {
			let entry = this.entries.get(item.key);
			if (!entry || entry.signature !== item.signature) {
				const el = item.render();
				el.dataset.key = item.key;
				if (entry) {
					if (cursor === entry.el) cursor = el;
					entry.el.replaceWith(el);
				}
				entry = { el, signature: item.signature };
				this.entries.set(item.key, entry);
				drawn++;
			}
			if (entry.el !== cursor) this.container.insertBefore(entry.el, cursor);
			cursor = entry.el.nextSibling;
		}
		return drawn;
	}

	/** The element drawn for a key, if any. */
	element(key: string): HTMLElement | undefined {
		return this.entries.get(key)?.el;
	}

	/** Forgets every child (after the container was emptied elsewhere). */
	clear(): void {
		for (const entry of this.entries.values()) entry.el.remove();
		this.entries.clear();
	}
}
