import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pagesInChromium } from "./support/app-page";
import { ROOT } from "./support/build";
import { expectClean } from "./support/checks";

// The pictures in the README: the coverage panel and a practice round, in
// the light and the dark theme. Every run takes them (into e2e-tests/.out/);
// `npm run screenshots` writes them to docs/ instead, to be committed.

const TARGET = process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs") : join(ROOT, "e2e-tests", ".out");

const openPage = pagesInChromium();
beforeAll(() => {
	mkdirSync(TARGET, { recursive: true });
});

/** Checks a picture holds more than a blank page would. */
function expectPicture(path: string): void {
	expect(statSync(path).size).toBeGreaterThan(20_000);
}

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
	it("the coverage panel", async () => {
		const app = await openPage({ theme, scale: 2, viewport: { width: 1000, height: 760 } });
		const { page } = app;
		await page.getByLabel("Open coverage panel").click();
		await page.locator(".isb-competency[data-competency='conflict'] .isb-disclosure-header").click();
		await page.locator(".isb-competency[data-competency='conflict'] .isb-story").first().waitFor();
		await page.mouse.move(500, 400);
		const path = join(TARGET, `coverage-${theme}.png`);
		await page.locator(".mod-right-split").screenshot({ path });
		expectPicture(path);
		await expectClean(app, [".isb-coverage"]);
	});

	it("a practice round beside the panel", async () => {
		const app = await openPage({ theme, scale: 2, viewport: { width: 1200, height: 760 } });
		const { page } = app;
		await page.getByLabel("Open coverage panel").click();
		await page.evaluate(() => window.__e2e!.runCommand("start-mock-question-for-competency"));
		await page.locator(".prompt .prompt-input").fill("Conflict");
		await page.keyboard.press("Enter");
		const round = page.locator(".mod-root .isb-practice");
		await round.locator(".isb-practice-question").waitFor();
		// A few seconds into the answer, two boxes ticked, the stories open.
		await page.waitForFunction(() => document.querySelector(".isb-practice-clock")?.textContent !== "2:30");
		const checks = round.locator(".isb-practice-check input");
		await checks.nth(0).check();
		await checks.nth(1).check();
		await round.getByRole("button", { name: "Show my stories" }).click();
		await page.mouse.move(600, 700);
		await round.locator(".isb-practice-story").first().waitFor();
		const path = join(TARGET, `practice-${theme}.png`);
		await page.screenshot({ path });
		expectPicture(path);
		await expectClean(app, [".isb-practice", ".isb-coverage"]);
	});
});

describe.each(["light", "dark"] as const)("%s theme, with a microphone", (theme) => {
	const openWithMicrophone = pagesInChromium(["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]);

	it("listening back to a recorded answer", async () => {
		const app = await openWithMicrophone({ theme, scale: 2, viewport: { width: 900, height: 900 } });
		const { page } = app;
		await page.evaluate(() => window.__e2e!.runCommand("start-mock-question-for-competency"));
		await page.locator(".prompt .prompt-input").fill("Conflict");
		await page.keyboard.press("Enter");
		const round = page.locator(".mod-root .isb-practice");
		await round.getByRole("button", { name: "Show my stories" }).click();
		await round.locator(".isb-practice-story input[data-story]").first().check();
		await round.getByRole("button", { name: "Record my answer" }).click();
		await round.getByRole("button", { name: "Stop recording" }).waitFor();
		await page.waitForTimeout(3000);
		await round.getByRole("button", { name: "Stop recording" }).click();
		const review = round.locator(".isb-practice-review");
		await review.locator(".isb-practice-review-story").waitFor();
		await page.mouse.move(10, 10);
		const path = join(TARGET, `recording-review-${theme}.png`);
		await round.locator(".isb-practice-recording").screenshot({ path });
		expectPicture(path);
		await expectClean(app, [".isb-practice-recording"]);
	});
});
