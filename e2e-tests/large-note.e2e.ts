import { pagesInChromium } from "./support/app-page";

// A large story note is parsed in a Web Worker: the panel shows its stories, and a later edit too.

const openPage = pagesInChromium();

/** A story note of `count` conflict stories, each told in full: about 300 bytes a story. */
function bigNote(count: number, result: string): string {
	const stories = Array.from({ length: count }, (_, i) =>
		[
			`- How did you settle disagreement ${i + 1} between two teams? #competency/conflict`,
			"\t1. **Situation**: two teams wanted the same release slot for their migration",
			"\t2. **Action**: I brought both leads together and we wrote down the trade-offs",
			`\t3. **Result**: ${result}`,
		].join("\n"),
	);
	return `${stories.join("\n")}\n`;
}

it("parses a large note off the main thread and shows its stories, then its edit", async () => {
	const { page, errors } = await openPage({ exampleVault: false, notes: { "Small.md": bigNote(1, "shipped on time") } });
	// Count the workers the plugin starts from here on.
	await page.evaluate(() => {
		const Base = window.Worker;
		const counter = window as unknown as { __workers: number };
		counter.__workers = 0;
		window.Worker = class extends Base {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				counter.__workers++;
			}
		};
	});
	await page.evaluate(() => window.__e2e!.runCommand("open-coverage-panel"));
	const count = page.locator('.isb-competency[data-competency="conflict"] .isb-competency-count');
	await expect(count.textContent()).resolves.toBe("1");

	await page.evaluate((text) => window.__e2e!.modifyNote("Small.md", text), bigNote(600, "cut the wait by 40%"));
	await page.waitForFunction(
		() => document.querySelector('.isb-competency[data-competency="conflict"] .isb-competency-count')?.textContent === "600",
	);
	await expect(page.evaluate(() => (window as unknown as { __workers: number }).__workers)).resolves.toBe(1);

	await page.evaluate((text) => window.__e2e!.modifyNote("Small.md", text), bigNote(550, "cut the wait by 40%"));
	await page.waitForFunction(
		() => document.querySelector('.isb-competency[data-competency="conflict"] .isb-competency-count')?.textContent === "550",
	);
	// One worker serves every large note.
	await expect(page.evaluate(() => (window as unknown as { __workers: number }).__workers)).resolves.toBe(1);
	expect(errors).toEqual([]);
});
