import { md } from "../../helpers/md";
import { button, loadPlugin, press, textOf } from "../../helpers/practice-app";

const BANK = md`
	---
	company: Lumen Freight
	level: IC6
	---
	# Experience bank
	- Tell me about a time you had a conflict with a peer? #competency/conflict
		- Roadmap tug of war
			1. **Situation**: two teams wanted the same sprint
			2. **Task**: agree on one plan
			3. **Action**: I proposed a shared roadmap with a *decision log*
			4. **Result**: both launched on time, 0 slips
`;

async function openRound(settings = {}) {
	const ctx = await loadPlugin({ "Bank.md": BANK }, { questionSource: "vault", ...settings });
	jest.useFakeTimers({ now: new Date("2026-11-21T10:00:00Z"), doNotFake: ["queueMicrotask", "nextTick"] });
	ctx.run("start-mock-question");
	await jest.advanceTimersByTimeAsync(0);
	const view = ctx.practiceView();
	if (!view) throw new Error("no practice tab");
	const round = view.contentEl.querySelector<HTMLElement>(".isb-practice");
	if (!round) throw new Error("no round on screen");
	return { ...ctx, view, root: view.contentEl, round };
}

afterEach(() => {
	jest.useRealTimers();
	jest.restoreAllMocks();
});

describe("a practice round in a tab", () => {
	it("asks the question with its competency, company and level from the note", async () => {
		const { root } = await openRound();
		expect(textOf(root, ".isb-practice-question")).toBe("Tell me about a time you had a conflict with a peer?");
		expect(Array.from(root.querySelectorAll(".isb-practice-chip")).map((c) => c.textContent)).toEqual([
			"Conflict",
			"Lumen Freight",
			"IC6",
		]);
		expect(textOf(root, ".isb-practice-why")).toMatch(/never practised/);
	});

	it("counts down to the target length, says when time is up, asks a follow-up, and keeps counting", async () => {
		const { root } = await openRound({ targetAnswerSeconds: 60 });
		expect(textOf(root, ".isb-practice-clock")).toBe("1:00");
		await jest.advanceTimersByTimeAsync(20_000);
		expect(textOf(root, ".isb-practice-clock")).toBe("0:40");
		expect(root.querySelector(".isb-practice-probe")?.hasClass("is-hidden")).toBe(true);
		await jest.advanceTimersByTimeAsync(40_000);
		expect(textOf(root, ".isb-practice-status")).toMatch(/Time is up/);
		expect(textOf(root, ".isb-practice-probe")).toMatch(/data had been ambiguous/);
		await jest.advanceTimersByTimeAsync(12_000);
		expect(textOf(root, ".isb-practice-clock")).toBe("+0:12");
		expect(textOf(root, ".isb-practice-phase")).toBe("Overtime");
	});

	it("pauses and resumes with the button and with the P key", async () => {
		const { root, round } = await openRound();
		await jest.advanceTimersByTimeAsync(10_000);
		button(root, "Pause").click();
		await jest.advanceTimersByTimeAsync(30_000);
		expect(textOf(root, ".isb-practice-clock")).toBe("2:20");
		press(round, "p");
		await jest.advanceTimersByTimeAsync(5_000);
		expect(textOf(root, ".isb-practice-clock")).toBe("2:15");
		expect(button(root, "Pause")).toBeTruthy();
	});

	it("runs the preparation countdown first when one is set", async () => {
		const { root } = await openRound({ prepSeconds: 15 });
		expect(textOf(root, ".isb-practice-phase")).toBe("Preparation");
		expect(textOf(root, ".isb-practice-clock")).toBe("0:15");
		await jest.advanceTimersByTimeAsync(20_000);
		expect(textOf(root, ".isb-practice-phase")).toBe("Time left");
		expect(textOf(root, ".isb-practice-clock")).toBe("2:25");
	});

	it("shows my stories with their STAR parts, and opens one at its line without closing the round", async () => {
		const { root, app, view } = await openRound();
		button(root, "Show my stories").click();
		const story = root.querySelector(".isb-practice-story");
		expect(textOf(story as HTMLElement, ".isb-practice-story-open")).toBe("Roadmap tug of war");
		expect(Array.from(story?.querySelectorAll("dt") ?? []).map((d) => d.textContent)).toEqual([
			"Situation",
			"Task",
			"Action",
			"Result",
		]);
		expect(Array.from(story?.querySelectorAll("dd") ?? []).map((d) => d.textContent)).toContain(
			"I proposed a shared roadmap with a decision log",
		);
		const openFile = jest.spyOn(app.workspace.getLeaf("split").constructor.prototype as { openFile: () => Promise<void> }, "openFile");
		button(root, "Roadmap tug of war").click();
		await jest.advanceTimersByTimeAsync(0);
		const [file, state] = openFile.mock.calls[0] as unknown as [{ path: string }, { eState: unknown }];
		expect([file.path, state.eState]).toEqual(["Bank.md", { line: 6 }]);
		expect(app.workspace.getLeavesOfType("interview-story-bank-practice")[0]?.view).toBe(view);
		expect((story?.querySelector("input[data-story]") as HTMLInputElement).checked).toBe(true);
	});

	it("asks a follow-up on request, with the F key", async () => {
		const { root, round } = await openRound();
		press(round, "f");
		expect(textOf(root, ".isb-practice-probe")).toMatch(/data had been ambiguous|actually need|decision stuck/);
		expect(root.querySelector(".isb-practice-probe")?.hasClass("is-hidden")).toBe(false);
	});

	it("saves a rated round with the time taken and the stories used, and logs it once on Next", async () => {
		const { root, round: panel, plugin, app, readData } = await openRound({ practiceLogNote: "Prep/Practice log" });
		let told = 0;
		plugin.events.onHistoryChanged(() => told++);
		button(root, "Show my stories").click();
		const used = root.querySelector<HTMLInputElement>("input[data-story]")!;
		used.checked = true;
		used.dispatchEvent(new Event("change"));
		await jest.advanceTimersByTimeAsync(95_000);
		press(panel, "2");
		await jest.advanceTimersByTimeAsync(0);
		const [round] = plugin.store.data.history.rounds;
		expect(round).toMatchObject({
			questionText: "Tell me about a time you had a conflict with a peer?",
			competencyId: "conflict",
			rating: "at",
			seconds: 95,
			source: "vault",
			targetSeconds: 150,
		});
		expect(round?.storyIds).toHaveLength(1);
		expect(told).toBeGreaterThan(0);
		expect(JSON.parse((await readData())!)).toMatchObject({ history: { rounds: [{ id: round?.id, rating: "at" }] } });

		const note = root.querySelector<HTMLInputElement>(".isb-practice-note")!;
		note.value = "Lead with the outcome";
		note.dispatchEvent(new Event("input"));
		button(root, "Next question").click();
		await jest.advanceTimersByTimeAsync(0);
		expect(plugin.store.data.history.rounds).toHaveLength(1);
		expect(plugin.store.data.history.rounds[0]?.note).toBe("Lead with the outcome");
		const log = await app.vault.read(app.vault.getFileByPath("Prep/Practice log.md")!);
		expect(log).toBe(
			"- 2026-11-21 10:01 · At the bar · 1:35 · Conflict · Tell me about a time you had a conflict with a " +
				"peer? · Lead with the outcome\n",
		);
	});

	it("moves on to a different question, and does not keep an unrated round", async () => {
		const { root, round, plugin } = await openRound({ questionSource: "both" });
		const first = textOf(root, ".isb-practice-question");
		press(round, "n");
		await jest.advanceTimersByTimeAsync(0);
		expect(textOf(root, ".isb-practice-question")).not.toBe(first);
		expect(textOf(root, ".isb-practice-question")).not.toBe("");
		expect(plugin.store.data.history.rounds).toEqual([]);
	});

	it("remembers its question across a restart of the tab", async () => {
		const { view } = await openRound();
		expect(view.getState()).toMatchObject({
			questionId: expect.stringMatching(/^q-/) as string,
			text: "Tell me about a time you had a conflict with a peer?",
		});
	});

	it("stops its clock when the tab closes", async () => {
		const { view } = await openRound();
		const before = jest.getTimerCount();
		await view.onClose();
		view.unload();
		expect(jest.getTimerCount()).toBeLessThan(before);
	});
});
