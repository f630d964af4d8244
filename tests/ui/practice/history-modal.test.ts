import { Modal } from "obsidian-test-mocks/obsidian";
import type { PracticeRound } from "../../../src/core/practice/practice-round";
import { PracticeHistoryModal } from "../../../src/ui/practice/history-modal";
import { practiceHistoryStats } from "../../../src/ui/practice/practice-history";
import { md } from "../../helpers/md";
import { button, loadPlugin, textOf } from "../../helpers/practice-app";
import { settle } from "../../helpers/vault";

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
