import { Modal } from "obsidian-test-mocks/obsidian";
import { PracticeModal } from "../../../src/ui/practice/practice-modal";
import { md } from "../../helpers/md";
import { button, loadPlugin, press, textOf } from "../../helpers/practice-app";

const BANK = md`
	- Tell me about a project that failed? #competency/failure
		- The late billing launch
			- S: billing slipped a quarter
			- R: shipped 6 weeks later
`;

/** The mock's Modal.open() closes the pop-up on the next tick; a real one stays open until closed. */
function keepModalsOpen(): PracticeModal[] {
	const opened: PracticeModal[] = [];
	jest.spyOn(Modal.prototype, "open").mockImplementation(function (this: Modal) {
		if (this instanceof PracticeModal) opened.push(this);
		this.onOpen();
	});
	return opened;
}

afterEach(() => {
	jest.useRealTimers();
	jest.restoreAllMocks();
});

describe("a practice round in a pop-up", () => {
	async function open() {
		const ctx = await loadPlugin(
			{ "Bank.md": BANK },
			{ questionSource: "vault", practiceIn: "modal", targetAnswerSeconds: 60, practiceLogNote: "Log" },
		);
		const opened = keepModalsOpen();
		jest.useFakeTimers({ now: new Date("2026-11-21T10:00:00Z"), doNotFake: ["queueMicrotask", "nextTick"] });
		ctx.run("start-mock-question");
		await jest.advanceTimersByTimeAsync(0);
		const modal = opened[0];
		if (!modal) throw new Error("no pop-up opened");
		return { ...ctx, modal, root: modal.contentEl };
	}

	it("opens instead of a tab when the setting says so", async () => {
		const { root, practiceView } = await open();
		expect(practiceView()).toBeNull();
		expect(textOf(root, ".isb-practice-question")).toBe("Tell me about a project that failed?");
	});

	it("runs the same round: countdown, follow-up when time is up, rating", async () => {
		const { root, plugin } = await open();
		await jest.advanceTimersByTimeAsync(61_000);
		expect(textOf(root, ".isb-practice-clock")).toBe("+0:01");
		expect(textOf(root, ".isb-practice-probe")).toMatch(/early signal/);
		press(root.querySelector<HTMLElement>(".isb-practice")!, "1");
		await jest.advanceTimersByTimeAsync(0);
		expect(plugin.store.data.history.rounds).toMatchObject([{ rating: "below", seconds: 61, competencyId: "failure" }]);
	});

	it("can always be closed from inside the round, which stops the clock and keeps the rated round", async () => {
		const { root, plugin, app } = await open();
		button(root, /^Above the bar/).click();
		const timers = jest.getTimerCount();
		button(root, "Close").click();
		expect(jest.getTimerCount()).toBe(timers - 1);
		await jest.advanceTimersByTimeAsync(0);
		expect(root.childElementCount).toBe(0);
		expect(plugin.store.data.history.rounds).toMatchObject([{ rating: "above" }]);
		expect(await app.vault.read(app.vault.getFileByPath("Log.md")!)).toMatch(
			/^- 2026-11-21 10:00 · Above the bar · 0:00 · Failure · Tell me about a project that failed\?\n$/,
		);
	});
});
