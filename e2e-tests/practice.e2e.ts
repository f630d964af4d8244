import type { Locator, Page } from "playwright-core";
import { pagesInChromium } from "./support/app-page";
import { expectClean, measureLayout } from "./support/checks";
import { focusShown, tabTo } from "./support/keyboard";

// A mock question in the practice tab, over the example vault.

const ROUND = ".mod-root .isb-practice";
const HISTORY = ".isb-history-modal";

const openPage = pagesInChromium();

/** "Start mock question for competency…", then the competency typed into the picker and chosen with Enter. */
async function practise(page: Page, competency: string): Promise<void> {
	await page.evaluate(() => window.__e2e!.runCommand("start-mock-question-for-competency"));
	const input = page.locator(".prompt .prompt-input");
	await input.fill(competency);
	await expect(page.locator(".prompt .suggestion-item.is-selected").textContent()).resolves.toMatch(new RegExp(`^${competency}`));
	await input.press("Enter");
	await page.locator(`${ROUND} .isb-practice-question`).waitFor();
}

/** The clock's reading in seconds ("2:27" → 147). */
async function clockSeconds(clock: Locator): Promise<number> {
	const [minutes, seconds] = ((await clock.textContent()) ?? "").split(":").map(Number);
	return (minutes ?? 0) * 60 + (seconds ?? 0);
}

it("runs a round: the timer moves, stories, the follow-up, a rating, and the round in the history", async () => {
	const app = await openPage();
	const { page } = app;
	await practise(page, "Conflict");
	const round = page.locator(ROUND);
	await expect(round.locator(".isb-practice-meta .isb-practice-chip").first().textContent()).resolves.toBe("Conflict");
	const question = (await round.locator(".isb-practice-question").textContent()) ?? "";
	expect(question.length).toBeGreaterThan(10);

	// The countdown starts at the target answer length (2:30) and visibly counts down.
	const clock = round.locator(".isb-practice-clock");
	await expect(round.locator(".isb-practice-phase").textContent()).resolves.toBe("Time left");
	const start = await clockSeconds(clock);
	expect(start).toBeLessThanOrEqual(150);
	await page.waitForFunction((shown) => document.querySelector(".isb-practice-clock")?.textContent !== shown, await clock.textContent(), {
		timeout: 5000,
	});
	expect(await clockSeconds(clock)).toBeLessThan(start);
	const bar = await round.locator(".isb-practice-progress-bar").evaluate((el) => el.getBoundingClientRect().width);
	expect(bar).toBeGreaterThan(0);

	// My stories for the question, each with its parts and where it lives.
	await round.getByRole("button", { name: "Show my stories" }).click();
	const stories = round.locator(".isb-practice-story");
	await expect(stories.count()).resolves.toBeGreaterThan(0);
	await expect(round.getByRole("button", { name: "Hide my stories" }).getAttribute("aria-expanded")).resolves.toBe("true");
	await expect(stories.first().locator(".isb-practice-story-parts dt").allTextContents()).resolves.toEqual(
		expect.arrayContaining(["Situation", "Action"]),
	);
	await stories.first().getByText("Used in my answer").click();

	// The follow-up an interviewer would ask.
	await round.getByRole("button", { name: "Ask me a follow-up" }).click();
	const probe = round.locator(".isb-practice-probe");
	await expect(probe.isVisible()).resolves.toBe(true);
	expect(((await probe.textContent()) ?? "").length).toBeGreaterThan(10);

	// Rating stops the clock and saves the round at once.
	await round.getByRole("button", { name: /^At the bar/ }).click();
	await expect(round.getByRole("button", { name: /^At the bar/ }).getAttribute("aria-pressed")).resolves.toBe("true");
	await expect(round.locator(".isb-practice-phase").textContent()).resolves.toBe("Answer took");
	await expect(round.locator(".isb-practice-saved").textContent()).resolves.toMatch(/^Saved: at the bar, \d+:\d\d\./);
	const rounds = await page.evaluate(() => window.__e2e!.rounds());
	expect(rounds).toHaveLength(1);
	expect(rounds[0]).toMatchObject({ questionText: question, rating: "at", competencyId: "conflict", storyIds: [expect.any(String)] });
	expect(rounds[0]!.seconds).toBeGreaterThanOrEqual(1);
	expect(rounds[0]!.probe).toBe(await probe.textContent());

	await expectClean(app, [ROUND]);

	// The history lists it.
	await page.evaluate(() => window.__e2e!.runCommand("show-practice-history"));
	const history = page.locator(HISTORY);
	await history.waitFor();
	await expect(history.locator(".modal-title").textContent()).resolves.toBe("Practice history");
	await expect(history.locator(".isb-history-summary").textContent()).resolves.toMatch(/^1 round · 1-day streak/);
	await expect(history.locator(".isb-history-table tbody tr").first().locator("td").allTextContents()).resolves.toEqual([
		"Conflict",
		"1",
		"0 / 1 / 0",
		"less than a minute ago",
		"Practise",
	]);
	const latest = history.locator(".isb-history-list").last().locator(".isb-history-entry");
	await expect(latest.locator(".isb-history-question").textContent()).resolves.toBe(question);
	await expect(latest.locator(".isb-history-facts").textContent()).resolves.toMatch(
		/^At the bar · \d+:\d\d · Conflict · less than a minute ago$/,
	);

	await expectClean(app, [ROUND, HISTORY]);
	await page.keyboard.press("Escape");
	await expect(history.count()).resolves.toBe(0);
});

it("runs a whole round from the keyboard alone", async () => {
	const app = await openPage();
	const { page } = app;
	await practise(page, "Judgment");
	const round = page.locator(ROUND);
	// The round takes the focus, so its keys work at once.
	await expect(page.evaluate(() => document.activeElement?.classList.contains("isb-practice"))).resolves.toBe(true);
	const question = (await round.locator(".isb-practice-question").textContent()) ?? "";

	// P pauses and resumes.
	await page.keyboard.press("p");
	await expect(round.locator(".isb-practice-phase").textContent()).resolves.toBe("Paused");
	await expect(round.locator(".isb-practice-timer button").first().textContent()).resolves.toBe("Resume");
	await page.keyboard.press("p");
	await expect(round.locator(".isb-practice-phase").textContent()).resolves.toBe("Time left");

	// Tab to a checklist box and tick it with Space.
	await tabTo(page, ".isb-practice-check input");
	expect(await focusShown(page)).toBe(true);
	await page.keyboard.press("Space");
	await expect(round.locator(".isb-practice-check input").first().isChecked()).resolves.toBe(true);

	// Tab to "Show my stories", Enter; then tick the first story as used.
	await tabTo(page, "button[aria-keyshortcuts='S']");
	expect(await focusShown(page)).toBe(true);
	await page.keyboard.press("Enter");
	await expect(round.locator(".isb-practice-stories").isVisible()).resolves.toBe(true);
	await tabTo(page, ".isb-practice-story-used input");
	await page.keyboard.press("Space");
	await expect(round.locator(".isb-practice-story-used input").first().isChecked()).resolves.toBe(true);

	// F asks the follow-up, 3 rates above the bar, 1 changes it to below.
	await page.keyboard.press("f");
	await expect(round.locator(".isb-practice-probe").isVisible()).resolves.toBe(true);
	await page.keyboard.press("3");
	await expect(round.locator("[data-rating='above']").getAttribute("aria-pressed")).resolves.toBe("true");
	await page.keyboard.press("1");
	await expect(round.locator("[data-rating='below']").getAttribute("aria-pressed")).resolves.toBe("true");
	await expect(round.locator("[data-rating='above']").getAttribute("aria-pressed")).resolves.toBe("false");

	// A note for next time; typing N there is text, not "next question".
	await tabTo(page, ".isb-practice-note");
	await page.keyboard.type("Name the trade-off first");
	await expect(round.locator(".isb-practice-question").textContent()).resolves.toBe(question);
	await expectClean(app, [ROUND]);

	// Enter in the note moves on: the round is saved with its note and the next question shows.
	await page.keyboard.press("Enter");
	await page.waitForFunction((asked) => document.querySelector(".isb-practice-question")?.textContent !== asked, question);
	const rounds = await page.evaluate(() => window.__e2e!.rounds());
	expect(rounds).toEqual([
		expect.objectContaining({
			questionText: question,
			rating: "below",
			note: "Name the trade-off first",
			storyIds: [expect.any(String)],
		}),
	]);

	// N skips the new question without rating it: nothing is saved for it.
	const second = (await round.locator(".isb-practice-question").textContent()) ?? "";
	await expect(page.evaluate(() => document.activeElement?.classList.contains("isb-practice"))).resolves.toBe(true);
	await page.keyboard.press("n");
	await page.waitForFunction((asked) => document.querySelector(".isb-practice-question")?.textContent !== asked, second);
	await expect(page.evaluate(() => window.__e2e!.rounds().length)).resolves.toBe(1);
	await expectClean(app, [ROUND]);
});

it("fits a phone's 390 px screen", async () => {
	const app = await openPage({ phone: true, viewport: { width: 390, height: 844 } });
	const { page } = app;
	await practise(page, "Conflict");
	await page.keyboard.press("s");
	await page.keyboard.press("f");
	const report = await measureLayout(
		page,
		".mod-root .view-content",
		".isb-practice > *, .isb-practice-story, .isb-practice-rate, .isb-practice-actions > button",
	);
	expect(report.scrollWidth).toBeLessThanOrEqual(report.clientWidth);
	expect(report.outside).toEqual([]);
	expect(report.overlaps).toEqual([]);
	await expectClean(app, [ROUND]);
});
