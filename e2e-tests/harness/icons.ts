import { addIcon } from "obsidian-test-mocks/obsidian";

/** Lucide's paths for the icons the plugin and this page show (Obsidian ships Lucide). */
const LUCIDE: Readonly<Record<string, string>> = {
	"chevron-right": '<path d="m9 18 6-6-6-6"/>',
	x: '<path d="M18 6 6 18"/><path d="m6 6 12 12"/>',
	target: '<circle cx="12" cy="12" r="10"/><circle cx="12" cy="12" r="6"/><circle cx="12" cy="12" r="2"/>',
	mic:
		'<path d="M12 2a3 3 0 0 0-3 3v7a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3Z"/><path d="M19 10v2a7 7 0 0 1-14 ' +
		'0v-2"/><line x1="12" x2="12" y1="19" y2="22"/>',
};

/**
 * Registers the icons, as whole `<svg>` elements: the mock's setIcon inserts
 * what was registered as it is, where Obsidian wraps the paths itself.
 */
export function registerIcons(): void {
	for (const [id, paths] of Object.entries(LUCIDE)) {
		addIcon(
			id,
			`<svg xmlns="http://www.w3.org/2000/svg" class="svg-icon lucide-${id}" viewBox="0 0 24 24" fill="none" ` +
				`stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${paths}</svg>`,
		);
	}
}
