import type { Page } from "playwright-core";
import { pagesInChromium, type PageOptions } from "./support/app-page";
import { expectClean } from "./support/checks";
import { recordingBaseName } from "../src/core/recording/recording-name";

// Recording the spoken answer in a mock question, in Chromium with its fake
// microphone (a steady tone): a real MediaRecorder, a real audio file in the
// (in-memory) vault, played back by a real <audio> element.

const ROUND = ".mod-root .isb-practice";
const QUESTION = "Tell me about a time you changed the direction of a project your team had already started";

const BANK = [
	"# Experience bank",
	"",
	`- ${QUESTION}? #competency/influence`,
	"\t- Queue rewrite halted",
	"\t\t1. **Situation**: the team was two sprints into rewriting the job queue",
	"\t\t2. **Task**: decide whether the rewrite still paid for itself",
	"\t\t3. **Action**: I measured the old queue under peak load and showed the numbers at planning",
	"\t\t4. **Result**: we stopped the rewrite and saved 6 engineer-weeks",
	"",
].join("\n");

/** A page whose round answers with a 30 s target, one question of the user's own, and a practice log. */
function start(extra: PageOptions = {}): PageOptions {
	return {
		exampleVault: false,
		notes: { "Prep/Bank.md": BANK },
		settings: { questionSource: "vault", targetAnswerSeconds: 30, practiceLogNote: "Prep/Practice log" },
		attachmentFolder: "Attachments",
		now: "2026-12-04T19:05:00Z",
		...extra,
	};
}

async function startRound(page: Page): Promise<void> {
	await page.evaluate(() => window.__e2e!.runCommand("start-mock-question"));
	await page.locator(`${ROUND} .isb-practice-question`).waitFor();
}

/**
 * The audio file's own length, as the player decodes it. Chromium's
 * MediaRecorder writes WebM without a duration, so the player reports
 * Infinity until it has seen the end: seek far past it first.
 */
async function playerSeconds(page: Page): Promise<number> {
	return page.locator(`${ROUND} audio.isb-practice-player`).evaluate(async (audio: HTMLAudioElement) => {
		if (audio.readyState < 1) await new Promise((resolve) => audio.addEventListener("loadedmetadata", resolve, { once: true }));
		if (!Number.isFinite(audio.duration)) {
			await new Promise<void>((resolve) => {
				audio.addEventListener("durationchange", () => Number.isFinite(audio.duration) && resolve());
				audio.currentTime = 1e7;
			});
		}
		return audio.duration;
	});
}

describe("with a microphone", () => {
	const openPage = pagesInChromium(["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]);

	it("records with the timer, stops by itself in overtime, saves the file, links it, and plays it back at its real length", async () => {
		const app = await openPage(start());
		const { page } = app;
		await startRound(page);
		const round = page.locator(ROUND);
		await round.getByRole("button", { name: "Record my answer" }).click();
		await expect(round.getByRole("button", { name: "Stop recording" }).getAttribute("aria-pressed")).resolves.toBe("true");
		await expect(round.locator(".isb-practice-recording-status").textContent()).resolves.toMatch(/^Recording/);

		// 30 s target and 6 s of overtime allowed: the recording stops by itself.
		await round.locator(".isb-practice-review").waitFor({ timeout: 50_000 });
		const status = (await round.locator(".isb-practice-recording-status").textContent()) ?? "";
		expect(status).toMatch(/^Recording stopped 0:06 into overtime\. Saved as Attachments\/Practice 2026-12-04 19\d\d .+\.webm\.$/);
		const path = status.replace(/^.*Saved as /, "").replace(/\.$/, "");
		const files = await page.evaluate(() => window.__e2e!.files());
		const saved = files.find((f) => f.path === path);
		// Half a minute of Opus audio is kilobytes, not a stub.
		expect(saved?.bytes).toBeGreaterThan(5_000);

		// The review: the player, the real length against the target, the pacing bar.
		const shown = ((await round.locator(".isb-practice-duration").textContent()) ?? "").match(/ran (\d+):(\d\d)/);
		const shownSeconds = Number(shown?.[1]) * 60 + Number(shown?.[2]);
		expect(shownSeconds).toBeGreaterThanOrEqual(35);
		expect(shownSeconds).toBeLessThanOrEqual(38);
		expect(Math.abs((await playerSeconds(page)) - shownSeconds)).toBeLessThan(2.5);
		await expect(round.locator(".isb-practice-pacing-part").allTextContents()).resolves.toEqual([
			"Situation",
			"Action",
			"Result",
			"Over",
		]);

		// Rated and moved on: the history and the log link the file.
		await round.getByRole("button", { name: /^At the bar/ }).click();
		await round.getByRole("button", { name: "Next question" }).click();
		await page.waitForFunction(() => window.__e2e!.rounds()[0]?.recording !== undefined);
		const rounds = await page.evaluate(() => window.__e2e!.rounds());
		expect(rounds).toEqual([expect.objectContaining({ rating: "at", recording: path })]);
		await expect(page.evaluate(() => window.__e2e!.readNote("Prep/Practice log.md"))).resolves.toContain(`· ![[${path}]]`);
		await expectClean(app, [ROUND]);
	});

	it("never overwrites: an answer whose name is taken gets a name of its own, and the other file is untouched", async () => {
		// The name the recording would take (same minute, same question) already belongs to a file.
		const taken = `Audio/${recordingBaseName(new Date("2026-12-04T19:05:00Z"), `${QUESTION}?`)}.webm`;
		const app = await openPage(
			start({
				notes: { "Prep/Bank.md": BANK, [taken]: "an earlier answer" },
				settings: { questionSource: "vault", targetAnswerSeconds: 30, recordingFolder: "Audio" },
			}),
		);
		const { page } = app;
		await startRound(page);
		const round = page.locator(ROUND);
		await round.getByRole("button", { name: "Record my answer" }).click();
		await round.getByRole("button", { name: "Stop recording" }).waitFor();
		await page.waitForTimeout(1500);
		await round.getByRole("button", { name: "Stop recording" }).click();
		await round.locator(".isb-practice-review").waitFor();
		const status = (await round.locator(".isb-practice-recording-status").textContent()) ?? "";
		expect(status).toBe(`Saved as ${taken.replace(/\.webm$/, "-1.webm")}.`);
		await expect(page.evaluate((path) => window.__e2e!.readNote(path), taken)).resolves.toBe("an earlier answer");
	});
});

describe("in the pop-up, with a microphone", () => {
	const openPage = pagesInChromium(["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]);

	it("keeps a recording when the pop-up is closed mid-answer, and says where it is", async () => {
		const app = await openPage(start({ settings: { questionSource: "vault", targetAnswerSeconds: 30, practiceIn: "modal" } }));
		const { page } = app;
		await page.evaluate(() => window.__e2e!.runCommand("start-mock-question"));
		const round = page.locator(".isb-practice-modal .isb-practice");
		await round.locator(".isb-practice-question").waitFor();
		// The key map works in the pop-up too.
		await round.press("r");
		await round.getByRole("button", { name: "Stop recording" }).waitFor();
		await page.waitForTimeout(1500);
		await round.getByRole("button", { name: "Close" }).click();
		await page.waitForFunction(() => window.__e2e!.notices().some((n) => n.startsWith("Your recording is saved as")));
		const notice = (await page.evaluate(() => window.__e2e!.notices())).find((n) => n.startsWith("Your recording is saved as")) ?? "";
		expect(notice).toMatch(
			/^Your recording is saved as Attachments\/Practice .+\.webm\. The round was not rated, so it is not in the practice history\.$/,
		);
		const path = notice.replace(/^Your recording is saved as /, "").replace(/\. The round was not rated.*$/, "");
		const saved = (await page.evaluate(() => window.__e2e!.files())).find((f) => f.path === path);
		expect(saved?.bytes).toBeGreaterThan(1_000);
		await expect(page.evaluate(() => window.__e2e!.rounds())).resolves.toEqual([]);
	});
});

describe("with the microphone refused", () => {
	// A fake device but no fake permission prompt: headless Chromium refuses the request.
	const openPage = pagesInChromium(["--use-fake-device-for-media-stream"]);

	it("says so in the round, which still rates and saves", async () => {
		const app = await openPage(start());
		const { page } = app;
		await startRound(page);
		const round = page.locator(ROUND);
		await round.getByRole("button", { name: "Record my answer" }).click();
		const status = round.locator(".isb-practice-recording-status.is-refused");
		await status.waitFor();
		await expect(status.textContent()).resolves.toMatch(/^The microphone was refused, so this answer is not recorded/);
		await round.getByRole("button", { name: /^Above the bar/ }).click();
		await expect(round.locator(".isb-practice-saved").textContent()).resolves.toMatch(/^Saved: above the bar/);
		const rounds = await page.evaluate(() => window.__e2e!.rounds());
		expect(rounds).toEqual([expect.objectContaining({ rating: "above" })]);
		expect(rounds[0]!.recording).toBeUndefined();
		expect((await page.evaluate(() => window.__e2e!.files())).map((f) => f.path)).not.toContainEqual(expect.stringMatching(/\.webm$/));
		await expectClean(app, [ROUND]);
	});
});
