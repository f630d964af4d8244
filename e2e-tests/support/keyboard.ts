import type { Page } from "playwright-core";

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 30): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press("Tab");
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** Whether the focused element shows that it has the focus: a ring (box-shadow) or an outline. */
export function focusShown(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!(el instanceof HTMLElement) || el === document.body) return false;
		const style = getComputedStyle(el);
		return style.boxShadow !== "none" || (style.outlineStyle !== "none" && style.outlineWidth !== "0px");
	});
}
