import type { Page } from "playwright-core";
import { pagesInChromium } from "./support/app-page";
import { expectClean } from "./support/checks";

// A note full of HTML and script text. Obsidian would render it as markdown
// in the note itself; the plugin must show it as text and run none of it.

const NOTE = [
	"# Things I should not have pasted",
	"",
	"- Tell me about a time you shipped <script>window.__pwned = 'script'</script> a risky change?",
	"\t1. **Situation**: <img src=x onerror=\"window.__pwned = 'img'\"> the release page broke",
	"\t2. **Task**: <mark onclick=\"window.__pwned = 'mark'\">click here</mark> to fix it before 5 pm",
	"\t3. **Action**: I read [the runbook](javascript:window.__pwned='link') and <iframe " +
		"srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe> rolled back",
	"\t4. **Result**: <svg onload=\"window.__pwned = 'svg'\"></svg> errors fell by 40% in a week",
	"- Describe a conflict with <b onmouseover=\"window.__pwned = 'hover'\">a peer</b> and how you resolved it?",
	"\t- <img src=x onerror=alert(1)> The <style>body{display:none}</style> standoff",
	'\t\t1. **Situation**: <a href="javascript:alert(2)">javascript:alert(2)</a> was in the wiki',
	"\t\t2. **Task**: <details open ontoggle=\"window.__pwned = 'toggle'\">stop it</details>",
	"\t\t3. **Action**: <input autofocus onfocus=\"window.__pwned = 'focus'\"> I rewrote the page",
	"\t\t4. **Result**: 3 teams use it now",
	"",
].join("\n");

const PANEL = ".mod-right-split .isb-coverage";
const ROUND = ".mod-root .isb-practice";
const HISTORY = ".isb-history-modal";
/** Elements that would mean markup from the note became DOM. Icons are the plugin's own (`svg-icon`). */
const INJECTED = "script, img, iframe, style, mark, details, input:not([type]), b, a[href^='javascript'], svg:not(.svg-icon)";

const openPage = pagesInChromium();

/** What the note's markup would have left behind in the plugin's containers, had any of it become DOM. */
function traces(page: Page, containers: string[]) {
	return page.evaluate(
		({ containers, injected }) => {
			const roots = containers.flatMap((s) => Array.from(document.querySelectorAll(s)));
			const found: string[] = [];
			for (const root of roots) {
				for (const el of Array.from(root.querySelectorAll(injected))) found.push(el.outerHTML.slice(0, 80));
				for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
					for (const attr of Array.from(el.attributes))
						if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value))
							found.push(`${el.tagName} ${attr.name}="${attr.value}"`);
				}
			}
			return { pwned: window.__pwned ?? null, found, roots: roots.length };
		},
		{ containers, injected: INJECTED },
	);
}

it("shows the markup as text in the panel, the round and the history, and runs none of it", async () => {
	const app = await openPage({ exampleVault: false, notes: { "Pasted.md": NOTE }, settings: { questionSource: "vault" } });
	const { page } = app;

	await page.getByLabel("Open coverage panel").click();
	await page.locator(`${PANEL} .isb-disclosure`).first().waitFor();
	await expect(page.locator(`${PANEL} .isb-coverage-summary`).textContent()).resolves.toMatch(/^2 questions · 2 stories/);
	// Open every row and hover and click every story, to give any handler its chance.
	const closed = page.locator(`${PANEL} .isb-disclosure-header[aria-expanded='false']`);
	for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
	await expect(closed.count()).resolves.toBe(0);
	const stories = page.locator(`${PANEL} .isb-story`);
	await expect(stories.count()).resolves.toBeGreaterThanOrEqual(2);
	const panelText = (await page.locator(PANEL).textContent()) ?? "";
	// Tags are markup, and the plugin shows text without markup: what was between them stays, as text.
	expect(panelText).toContain("Tell me about a time you shipped window.__pwned = 'script' a risky change?");
	expect(panelText).toContain("The body{display:none} standoff");
	for (const story of await stories.all()) {
		await story.hover();
		await story.click();
	}
	expect(await traces(page, [PANEL])).toEqual({ pwned: null, found: [], roots: 1 });
	await expectClean(app, [PANEL]);

	// The round: the question as text, its stories' parts as text. Either question may come first (the scheduler breaks
	// the tie between two new questions by the day), so the parts expected are those of the question asked.
	await page.evaluate(() => window.__e2e!.runCommand("start-mock-question"));
	const round = page.locator(ROUND);
	await round.locator(".isb-practice-question").waitFor();
	const question = (await round.locator(".isb-practice-question").textContent()) ?? "";
	expect(question).toMatch(
		/^Tell me about a time you shipped window.__pwned = 'script' a risky change\?$|^Describe a conflict with a peer/,
	);
	const expectedParts = question.startsWith("Tell me")
		? ["the release page broke", "click here to fix it before 5 pm", "errors fell by 40% in a week"]
		: ["javascript:alert(2) was in the wiki", "stop it", "3 teams use it now"];
	await page.keyboard.press("s");
	await page.keyboard.press("f");
	await round.locator(".isb-practice-story").first().waitFor();
	const parts = round.locator(".isb-practice-story-parts dd");
	await expect(parts.allTextContents()).resolves.toEqual(expect.arrayContaining(expectedParts));
	for (const button of await round.locator(".isb-practice-story-open, .isb-practice-story-parts dd").all()) await button.hover();
	await round.locator("[data-rating='at']").click();
	await round.locator(".isb-practice-note").fill("<img src=x onerror=\"window.__pwned = 'note'\">");
	await page.keyboard.press("Enter");
	await page.waitForFunction(() => window.__e2e!.rounds().some((r) => r.note !== ""));

	// The history shows the question and the note, again as text.
	await page.evaluate(() => window.__e2e!.runCommand("show-practice-history"));
	await page.locator(`${HISTORY} .isb-history-note`).first().waitFor();
	const notes = await page.locator(`${HISTORY} .isb-history-note`).allTextContents();
	expect(notes.length).toBeGreaterThan(0);
	for (const note of notes) expect(note).toBe("<img src=x onerror=\"window.__pwned = 'note'\">");

	// Give any deferred handler (image errors, iframes, toggles) a moment, then look again.
	await page.waitForTimeout(300);
	expect(await traces(page, [PANEL, ROUND, HISTORY])).toEqual({ pwned: null, found: [], roots: 3 });
	expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe("block");
	await expectClean(app, [PANEL, ROUND, HISTORY]);
});
