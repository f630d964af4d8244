import { Modal } from "obsidian-test-mocks/obsidian";
import { CompetencyPicker, type CompetencyChoice } from "../../../src/ui/practice/competency-picker";
import { startPracticeForCompetency } from "../../../src/ui/practice/practice-launcher";
import { renderPracticeSettings } from "../../../src/ui/practice/practice-settings";
import { md } from "../../helpers/md";
import { loadPlugin, textOf } from "../../helpers/practice-app";
import { settle } from "../../helpers/vault";

const NOTES = {
	"Bank.md": md`
		- Tell me about a time you had a conflict with a peer? #competency/conflict
			- Roadmap tug of war
				1. **Situation**: two teams wanted the same sprint
				2. **Task**: agree one plan
				3. **Action**: I proposed a shared roadmap
				4. **Result**: both launched on time, 0 slips
	`,
};

type Commands = Map<string, { id: string; name: string; hotkeys?: unknown[]; checkCallback?: (checking: boolean) => boolean | void }>;

afterEach(() => jest.restoreAllMocks());

describe("the practice commands", () => {
	it("are named in sentence case, without the plugin's id and without default hotkeys", async () => {
		const { plugin } = await loadPlugin(NOTES);
		const commands = (plugin as unknown as { commands__: Commands }).commands__;
		const practice = [...commands.values()].filter((c) => /practi|mock/i.test(c.name));
		expect(practice.map((c) => c.name)).toEqual(
			expect.arrayContaining([
				"Start mock question",
				"Start mock question for competency…",
				"Show practice history",
				"Pause or resume the practice timer",
			]),
		);
		expect(practice.every((c) => !c.id.includes("interview-story-bank") && c.hotkeys === undefined)).toBe(true);
	});

	it("offer the timer controls only while a round is open", async () => {
		const { plugin, run } = await loadPlugin(NOTES, { questionSource: "vault" });
		const pause = (plugin as unknown as { commands__: Commands }).commands__.get("pause-practice-timer")!;
		expect(pause.checkCallback?.(true)).toBe(false);
		run("start-mock-question");
		await settle();
		expect(pause.checkCallback?.(true)).toBe(true);
	});

	it("let the user pick a competency, listed with how well it is covered, and practise it", async () => {
		const { plugin, run, practiceView } = await loadPlugin(NOTES);
		const pickers: CompetencyPicker[] = [];
		jest.spyOn(Modal.prototype, "open").mockImplementation(function (this: Modal) {
			if (this instanceof CompetencyPicker) pickers.push(this);
		});
		run("start-mock-question-for-competency");
		await settle();
		const picker = pickers[0]!;
		const items: CompetencyChoice[] = picker.getItems();
		expect(items.map((i) => i.id)).toEqual(
			plugin.settings.competencySet === "senior"
				? [
						"scope",
						"ownership",
						"judgment",
						"evidence",
						"influence",
						"signature-impact",
						"riskiest-project",
						"failure",
						"conflict",
						"team-building",
					]
				: [],
		);
		expect(items.find((i) => i.id === "conflict")?.level).not.toBe("empty");
		expect(items.find((i) => i.id === "failure")?.level).toBe("empty");
		picker.onChooseItem(items.find((i) => i.id === "failure")!);
		await settle();
		expect(practiceView()?.round?.asked.question.competencyId).toBe("failure");
	});
});

describe("the coverage panel's Practice action", () => {
	it("is offered to the coverage panel through the competency service", async () => {
		const { plugin, practiceView } = await loadPlugin(NOTES);
		plugin.actions.current().practice?.("failure");
		await settle();
		expect(practiceView()?.round?.asked.question.competencyId).toBe("failure");
	});

	it("starts a round on that competency, from the built-in bank when the notes have no question for it", async () => {
		const { plugin, practiceView } = await loadPlugin(NOTES, { questionSource: "vault" });
		await startPracticeForCompetency(plugin.services, "riskiest-project");
		const round = practiceView()?.round;
		expect(round?.asked.question).toMatchObject({ competencyId: "riskiest-project", source: "builtin" });
		expect(textOf(practiceView()!.contentEl, ".isb-practice-why")).toMatch(/no story yet for Riskiest project/i);
	});

	it("reuses the open practice tab, saving its round first", async () => {
		const { plugin, app, practiceView } = await loadPlugin(NOTES, { questionSource: "vault" });
		await startPracticeForCompetency(plugin.services, "conflict");
		practiceView()?.round?.rate("above");
		await startPracticeForCompetency(plugin.services, "failure");
		expect(app.workspace.getLeavesOfType("interview-story-bank-practice")).toHaveLength(1);
		expect(practiceView()?.round?.asked.question.competencyId).toBe("failure");
		expect(plugin.store.data.history.rounds).toMatchObject([{ competencyId: "conflict", rating: "above" }]);
	});
});

describe("the practice settings", () => {
	it("has its own section, headed Practice, with every practice setting", async () => {
		const { plugin } = await loadPlugin(NOTES);
		const el = createDiv();
		renderPracticeSettings(el, plugin);
		// The mock's Setting: container > setting > [control, info > [name, description]].
		const names = Array.from(el.children).map((setting) => setting.children[1]?.children[0]?.textContent);
		expect(names).toEqual([
			"Practice",
			"Questions from",
			"Practise in",
			"Preparation time",
			"Practice log note",
			"Practice log date format",
			"Recordings folder",
		]);
		expect(el.children[0]?.classList.contains("setting-item-heading")).toBe(true);
		expect(Array.from(el.querySelectorAll("input")).map((i) => i.value)).toEqual(["0", "", "yyyy-MM-dd HH:mm", ""]);
	});
});
