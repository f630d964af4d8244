import { md } from "../../helpers/md";
import { button, loadPlugin, press, textOf } from "../../helpers/practice-app";

// Recording the spoken answer in the round, through the plugin, with a fake microphone:
// jsdom has neither MediaRecorder nor getUserMedia, so the test gives the page both.

const BANK = md`
	# Experience bank
	- Tell me about a time you had a conflict with a peer? #competency/conflict
		- Roadmap tug of war
			- S: the payments and search teams both claimed the only load-test window before the sale
			- T: I owned the payments launch and needed a plan both leads would sign
			- A: I split the window by traffic shape and wrote the trade-off down for our director
			- R: both launches held at peak, with no rollback
`;

/** A MediaRecorder that hands back a few bytes of "audio" when stopped. */
class FakeMediaRecorder extends EventTarget {
	static isTypeSupported = (type: string): boolean => type === "audio/webm;codecs=opus";
	state: "inactive" | "recording" = "inactive";
	constructor(
		readonly stream: unknown,
		readonly options: { mimeType?: string } = {},
	) {
		super();
	}
	get mimeType(): string {
		return this.options.mimeType ?? "";
	}
	start(): void {
		this.state = "recording";
	}
	stop(): void {
		this.state = "inactive";
		const data = new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], { type: this.mimeType });
		queueMicrotask(() => {
			this.dispatchEvent(Object.assign(new Event("dataavailable"), { data }));
			this.dispatchEvent(new Event("stop"));
		});
	}
}

type Microphone = "granted" | "refused" | "missing";

function giveMicrophone(microphone: Microphone): { requests: number; stopped: number } {
	const counts = { requests: 0, stopped: 0 };
	const track = { stop: () => counts.stopped++ };
	Object.assign(window, { MediaRecorder: FakeMediaRecorder });
	Object.defineProperty(navigator, "mediaDevices", {
		configurable: true,
		value: {
			getUserMedia: async () => {
				counts.requests++;
				if (microphone === "refused") throw new DOMException("Permission denied", "NotAllowedError");
				if (microphone === "missing") throw new DOMException("Requested device not found", "NotFoundError");
				return { getTracks: () => [track] };
			},
		},
	});
	// jsdom's Blob has no arrayBuffer(); the recorder reads the bytes with it.
	if (!("arrayBuffer" in Blob.prototype))
		Object.defineProperty(Blob.prototype, "arrayBuffer", {
			configurable: true,
			value(this: Blob) {
				return new Promise<ArrayBuffer>((resolve) => {
					const reader = new FileReader();
					reader.onload = () => resolve(reader.result as ArrayBuffer);
					reader.readAsArrayBuffer(this);
				});
			},
		});
	return counts;
}

async function openRound(microphone: Microphone, settings = {}) {
	const counts = giveMicrophone(microphone);
	const ctx = await loadPlugin({ "Jobs/Bank.md": BANK }, { questionSource: "vault", practiceLogNote: "Practice log", ...settings });
	(ctx.app.vault as unknown as { getConfig: (k: string) => unknown }).getConfig = (k) =>
		k === "attachmentFolderPath" ? "Attachments" : undefined;
	jest.useFakeTimers({ now: new Date(2026, 11, 4, 19, 5), doNotFake: ["queueMicrotask", "nextTick"] });
	ctx.run("start-mock-question");
	await jest.advanceTimersByTimeAsync(0);
	const view = ctx.practiceView();
	const round = view?.contentEl.querySelector<HTMLElement>(".isb-practice");
	if (!view || !round) throw new Error("no round on screen");
	return { ...ctx, counts, view, root: view.contentEl, round };
}

/** Lets the recorder hand over its bytes: jsdom's FileReader reads on a real timer of its own. */
async function settleRecording(): Promise<void> {
	for (let i = 0; i < 20; i++) {
		await jest.advanceTimersByTimeAsync(1);
		await new Promise((resolve) => jest.requireActual<typeof import("timers")>("timers").setImmediate(resolve));
	}
}

afterEach(() => {
	jest.useRealTimers();
	jest.restoreAllMocks();
	delete (window as { MediaRecorder?: unknown }).MediaRecorder;
	Reflect.deleteProperty(navigator, "mediaDevices");
});

describe("recording the answer in a round", () => {
	it("asks for nothing until record is pressed, then records with the timer and saves on stop", async () => {
		const { root, round, counts, app } = await openRound("granted", { prepSeconds: 20 });
		expect(counts.requests).toBe(0);
		expect(textOf(root, ".isb-practice-phase")).toBe("Preparation");

		press(round, "r");
		await jest.advanceTimersByTimeAsync(0);
		expect(counts.requests).toBe(1);
		// Recording is answering: the preparation countdown ends.
		expect(textOf(root, ".isb-practice-phase")).toBe("Time left");
		expect(button(root, "Stop recording").getAttribute("aria-pressed")).toBe("true");
		await jest.advanceTimersByTimeAsync(95_000);
		expect(textOf(root, ".isb-practice-recording-status")).toMatch(/^Recording 1:3\d\. Press the button again to stop\.$/);

		button(root, "Stop recording").click();
		await settleRecording();
		const path = "Attachments/Practice 2026-12-04 1906 Tell me about a time you had a conflict with a peer.webm";
		expect(textOf(root, ".isb-practice-recording-status")).toBe(`Saved as ${path}.`);
		expect(app.vault.getAbstractFileByPath(path)).not.toBeNull();
		expect(counts.stopped).toBe(1);
		expect(textOf(root, ".isb-practice-duration")).toMatch(/^Your answer ran 1:3\d against a target of 2:30: short/);
		expect(Array.from(root.querySelectorAll(".isb-practice-pacing-part")).map((p) => p.textContent)).toEqual([
			"Situation",
			"Action",
			"Result",
		]);
		expect(button(root, "Record my answer").disabled).toBe(true);
	});

	it("stops by itself once the overtime allowance is used, and links the file from the history and the log", async () => {
		const { root, round, plugin, app } = await openRound("granted", { targetAnswerSeconds: 60 });
		button(root, "Record my answer").click();
		await jest.advanceTimersByTimeAsync(0);
		// 60 s target, 12 s of overtime allowed.
		await jest.advanceTimersByTimeAsync(71_000);
		expect(button(root, "Stop recording")).toBeTruthy();
		await jest.advanceTimersByTimeAsync(1_500);
		expect(textOf(root, ".isb-practice-recording-status")).toMatch(/^Recording stopped 0:12 into overtime\. Saved as Attachments\//);

		// Ticked story shows beside the player.
		button(root, "Show my stories").click();
		const used = round.querySelectorAll<HTMLInputElement>("input[data-story]");
		expect(used).toHaveLength(1);
		used[0]!.checked = true;
		used[0]!.dispatchEvent(new Event("change"));
		expect(textOf(root, ".isb-practice-review-title")).toBe("Roadmap tug of war");

		press(round, "2");
		press(round, "n");
		await settleRecording();
		const saved = plugin.store.data.history.rounds;
		expect(saved).toHaveLength(1);
		expect(saved[0]!.recording).toMatch(/^Attachments\/Practice 2026-12-04 1906 .*\.webm$/);
		const log = await app.vault.adapter.read("Practice log.md");
		expect(log).toContain(`· ![[${saved[0]!.recording!}]]`);
	});

	it("a rating stops a running recording and the rated round gets its link", async () => {
		const { root, round, plugin } = await openRound("granted");
		press(round, "r");
		await jest.advanceTimersByTimeAsync(30_000);
		press(round, "3");
		await settleRecording();
		expect(textOf(root, ".isb-practice-recording-status")).toMatch(/^Saved as Attachments\//);
		expect(plugin.store.data.history.rounds[0]?.rating).toBe("above");
		expect(plugin.store.data.history.rounds[0]?.recording).toMatch(/\.webm$/);
	});

	it("a refused microphone is a sentence, and the round still rates and saves", async () => {
		const { root, round, plugin } = await openRound("refused");
		press(round, "r");
		await jest.advanceTimersByTimeAsync(0);
		expect(textOf(root, ".isb-practice-recording-status")).toMatch(/^The microphone was refused, so this answer is not recorded/);
		expect(button(root, "Record my answer")).toBeTruthy();
		press(round, "2");
		await jest.advanceTimersByTimeAsync(0);
		expect(plugin.store.data.history.rounds).toEqual([expect.objectContaining({ rating: "at" })]);
		expect(plugin.store.data.history.rounds[0]!.recording).toBeUndefined();
	});

	it("says so when there is no microphone at all", async () => {
		const { root, round } = await openRound("missing");
		press(round, "r");
		await jest.advanceTimersByTimeAsync(0);
		expect(textOf(root, ".isb-practice-recording-status")).toBe(
			"No microphone was found, so this answer is not recorded. The round goes on.",
		);
	});

	it("keeps a recording made in a round the user never rated, and says where it is", async () => {
		const { round, app, view } = await openRound("granted");
		press(round, "r");
		await jest.advanceTimersByTimeAsync(10_000);
		press(round, "n");
		await settleRecording();
		expect(app.vault.getFiles().filter((f) => f.extension === "webm")).toHaveLength(1);
		expect(view.contentEl.querySelector(".isb-practice-recording button")?.textContent).toBe("Record my answer");
	});
});
