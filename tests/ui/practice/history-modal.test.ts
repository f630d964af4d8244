import { Modal } from "obsidian-test-mocks/obsidian";
import type { PracticeRound } from "../../../src/core/practice/practice-round";
import { PracticeHistoryModal } from "../../../src/ui/practice/history-modal";
import { practiceHistoryStats } from "../../../src/ui/practice/practice-history";
import { md } from "../../helpers/md";
import { button, loadPlugin, textOf } from "../../helpers/practice-app";
import { settle } from "../../helpers/vault";
import { keepModalsOpen } from "../../helpers/plugin-ui";

const NOTES = {
	"Bank.md": md`
		- Tell me about a time you had a conflict with a peer? #competency/conflict
			- Roadmap tug of war
				- S: two teams wanted the same sprint
				- R: both launched on time
	`,
};

function round(id: string, questionId: string, rating: PracticeRound["rating"], day: number, competencyId: string | null): PracticeRound {
	return {
		id,
		questionId,
		questionText: `Question ${questionId}`,
		competencyId,
		source: questionId.startsWith("bank-") ? "builtin" : "vault",
		storyIds: [],
		rating,
		note: "",
		seconds: 140,
		practisedAt: `2026-11-${day}T09:00:00.000Z`,
	};
}

afterEach(() => jest.restoreAllMocks());

describe("the practice history", () => {
	async function setup() {
		const ctx = await loadPlugin(NOTES);
		const questionId = ctx.plugin.index.questions()[0]!.id;
		ctx.plugin.store.data.history.rounds.push(
			round("r1", questionId, "below", 19, "conflict"),
			round("r2", "bank-failed-project", "at", 20, "failure"),
			round("r3", "q-deleted-long-ago", "below", 21, "conflict"),
		);
		return { ...ctx, questionId };
	}

	it("shows rounds by competency, the streak, and a removed question as removed", async () => {
		const { plugin } = await setup();
		const stats = await practiceHistoryStats(plugin.services, new Date("2026-11-21T18:00:00Z"));
		expect(stats.byCompetency.map((g) => [g.name, g.rounds])).toEqual([
			["Failure", 1],
			["Conflict", 2],
		]);
		expect(stats.streak).toBe(3);
		expect(stats.recent.map((e) => [e.round.id, e.removed])).toEqual([
			["r3", true],
			["r2", false],
			["r1", false],
		]);
	});

	it("keeps a question's history through a rename and small edits, and shows it as removed once deleted", async () => {
		const { plugin, app, questionId } = await setup();
		const removed = async (): Promise<boolean | undefined> =>
			(await practiceHistoryStats(plugin.services)).recent.find((e) => e.round.id === "r1")?.removed;
		await app.fileManager.renameFile(app.vault.getFileByPath("Bank.md")!, "Archive/Bank 2026.md");
		await app.vault.modify(
			app.vault.getFileByPath("Archive/Bank 2026.md")!,
			"# Prep\n\nNew intro line.\n\n" + NOTES["Bank.md"].replace("Tell me about a time", "Tell me about a **time**"),
		);
		await settle();
		expect(plugin.index.question(questionId)?.path).toBe("Archive/Bank 2026.md");
		expect(await removed()).toBe(false);
		await app.vault.modify(app.vault.getFileByPath("Archive/Bank 2026.md")!, "# Prep\n\nNothing here any more.\n");
		await settle();
		expect(await removed()).toBe(true);
		expect(plugin.store.data.history.rounds.map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
	});

	it("lists the weakest answers with a way to practise them again", async () => {
		const { plugin, app, questionId } = await setup();
		const practised: string[] = [];
		jest.spyOn(Modal.prototype, "open").mockImplementation(function (this: Modal) {
			this.onOpen();
		});
		const modal = new PracticeHistoryModal(app, {
			stats: await practiceHistoryStats(plugin.services, new Date("2026-11-21T18:00:00Z")),
			now: new Date("2026-11-21T18:00:00Z"),
			competencyName: (id) => id,
			inCurrentSet: (id) => id === "conflict",
			practiseQuestion: (id) => practised.push(id),
			practiseCompetency: (id) => practised.push(`competency:${id}`),
			startPractice: () => practised.push("any"),
		});
		modal.open();
		const el = modal.contentEl;
		expect(textOf(el, ".isb-history-summary")).toBe("3 rounds · 3-day streak");
		// A competency of another set (here: "failure", as if the set had changed) cannot be practised from its row.
		const rows = Array.from(el.querySelectorAll(".isb-history-table tbody tr")).map((tr) => [
			tr.children[0]?.textContent,
			tr.querySelector("button") !== null,
		]);
		expect(rows).toEqual([
			["Failure", false],
			["Conflict", true],
		]);
		const removed = el.querySelector(".isb-history-entry.is-removed");
		expect(removed?.textContent).toMatch(/question removed/);
		expect(removed?.querySelector("button")).toBeNull();
		button(el, "Practise again").click();
		expect(practised).toEqual([questionId]);
	});

	it("invites a first round when there is no history", async () => {
		const { plugin, app } = await loadPlugin(NOTES);
		jest.spyOn(Modal.prototype, "open").mockImplementation(function (this: Modal) {
			this.onOpen();
		});
		let started = false;
		const modal = new PracticeHistoryModal(app, {
			stats: await practiceHistoryStats(plugin.services),
			now: new Date(plugin.clock()),
			competencyName: () => null,
			inCurrentSet: () => true,
			practiseQuestion: () => {},
			practiseCompetency: () => {},
			startPractice: () => (started = true),
		});
		modal.open();
		button(modal.contentEl, "Start mock question").click();
		expect(started).toBe(true);
	});
});

describe("recordings in the practice history", () => {
	async function withRecordings() {
		const ctx = await loadPlugin(NOTES);
		const questionId = ctx.plugin.index.questions()[0]!.id;
		const audio = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]).buffer;
		await ctx.app.vault.createFolder("Audio");
		await ctx.app.vault.createBinary("Audio/old answer.webm", audio);
		await ctx.app.vault.createBinary("Audio/new answer.webm", audio);
		ctx.plugin.store.data.history.rounds.push(
			{ ...round("r1", questionId, "below", 10, "conflict"), recording: "Audio/old answer.webm", revision: 1 },
			{ ...round("r2", questionId, "at", 20, "conflict"), recording: "Audio/new answer.webm" },
			{ ...round("r3", questionId, "at", 21, "conflict"), recording: "Audio/deleted by hand.webm" },
			round("r4", questionId, "above", 21, "conflict"),
		);
		const opened = keepModalsOpen();
		jest.useFakeTimers({ now: new Date("2026-11-21T18:00:00Z"), doNotFake: ["queueMicrotask", "nextTick"] });
		ctx.run("show-practice-history");
		await jest.advanceTimersByTimeAsync(0);
		const section = opened[0]?.contentEl.querySelector<HTMLElement>(".isb-history-recordings");
		if (!section) throw new Error("no recordings section");
		return { ...ctx, section };
	}

	afterEach(() => jest.useRealTimers());

	it("lists each recorded round, newest first, playable in place, and says when a file is gone", async () => {
		const { section } = await withRecordings();
		const entries = Array.from(section.querySelectorAll(".isb-history-entry"));
		expect(entries.map((e) => e.querySelector(".isb-history-facts")?.textContent)).toEqual([
			expect.stringMatching(/^2:20 · .* · Audio\/deleted by hand\.webm$/),
			expect.stringMatching(/^2:20 · .* · Audio\/new answer\.webm$/),
			expect.stringMatching(/^2:20 · .* · Audio\/old answer\.webm$/),
		]);
		expect(entries[0]?.textContent).toMatch(/The file is no longer in the vault\./);
		expect(entries.slice(1).map((e) => e.querySelector("audio")?.getAttribute("preload"))).toEqual(["none", "none"]);
	});

	it("moves recordings older than the days asked to the trash, only when pressed, and keeps their rounds", async () => {
		const { section, app, plugin } = await withRecordings();
		const trash = jest.spyOn(app.fileManager, "trashFile");
		// 30 days by default: nothing that old.
		expect(button(section, "Nothing to move to the trash").disabled).toBe(true);
		const days = section.querySelector<HTMLInputElement>("input[type=number]")!;
		days.value = "10";
		days.dispatchEvent(new Event("input"));
		expect(trash).not.toHaveBeenCalled();
		button(section, "Move 1 recording to the trash").click();
		await jest.advanceTimersByTimeAsync(0);
		expect(app.vault.getAbstractFileByPath("Audio/old answer.webm")).toBeNull();
		expect(app.vault.getAbstractFileByPath("Audio/new answer.webm")).not.toBeNull();
		const r1 = plugin.store.data.history.rounds.find((r) => r.id === "r1");
		expect(r1).toMatchObject({ rating: "below", revision: 2 });
		expect(r1?.recording).toBeUndefined();
		expect(textOf(section, ".isb-history-cleaned")).toBe("1 recording moved to the trash. Their rounds stay in the history.");
		expect(section.querySelectorAll(".isb-history-entry")).toHaveLength(2);
	});
});
