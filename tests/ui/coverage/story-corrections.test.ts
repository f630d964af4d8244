import { Menu } from "obsidian-test-mocks/obsidian";
import type { StoryCorrection } from "../../../src/core/competencies/corrections";
import { correctionChoices } from "../../../src/ui/coverage/story-corrections";
import { eventually } from "../../helpers/coverage-app";
import { md } from "../../helpers/md";
import { PLUGIN_DIR } from "../../helpers/plugin-host";
import { coveragePanel } from "../../helpers/plugin-ui";
import { loadPlugin } from "../../helpers/practice-app";
import { settle } from "../../helpers/vault";

// The user's word on a story's competencies, from the panel: two clicks to confirm, remove or add one;
// it outlives edits to the note, a restart, and meets another device's corrections in a sync.

const BANK = md`
	- Tell me about a conflict with a peer?
	    - Roadmap tug of war
	        1. **Situation**: two teams wanted the same sprint
	        2. **Action**: I proposed a shared roadmap
	        3. **Result**: both launched on time
	- Tell me about a time you mentored someone?
	    - Growing a new lead
	        1. **Situation**: a new engineer froze in reviews
	        2. **Action**: I paired with her weekly
	        3. **Result**: she led the next launch
`;
const PATH = "Interview/Bank.md";

afterEach(() => jest.restoreAllMocks());

/** A menu item's title as text (the panel sets plain strings). */
const titleOf = (item: { title__: string | DocumentFragment }): string =>
	typeof item.title__ === "string" ? item.title__ : (item.title__.textContent ?? "");

/** The menus the panel opens, as the user would see them: titles, and a click on one. */
function menus() {
	const shown: Menu[] = [];
	jest.spyOn(Menu.prototype, "showAtMouseEvent").mockImplementation(function (this: Menu) {
		shown.push(this);
		return this;
	});
	return {
		titles: (): string[] => (shown.at(-1)?.menuItems__ ?? []).map((i) => titleOf(i)),
		choose: (title: string): void => {
			const item = shown.at(-1)?.menuItems__.find((i) => titleOf(i) === title);
			if (!item)
				throw new Error(`no menu item "${title}" in: ${(shown.at(-1)?.menuItems__ ?? []).map((i) => titleOf(i)).join(" | ")}`);
			(item.onClick__ as (evt: MouseEvent) => void)(new MouseEvent("click"));
		},
	};
}

async function start(files: Record<string, string>) {
	const ctx = await loadPlugin(files);
	const view = await coveragePanel(ctx.app);
	const root = view.containerEl;
	const storyIn = (competency: string, title: string): HTMLElement | null => {
		view.revealCompetency(competency);
		const row = root.querySelector(`[data-competency="${competency}"]`);
		return Array.from(row?.querySelectorAll<HTMLElement>(".isb-story") ?? []).find((s) => s.textContent?.includes(title)) ?? null;
	};
	const redrawn = async (): Promise<void> => {
		await settle();
		view.draw();
	};
	return { ...ctx, view, root, storyIn, redrawn, menu: menus() };
}

const openMenu = (story: HTMLElement | null): void => {
	if (!story) throw new Error("no such story in that row");
	(story.nextElementSibling as HTMLElement)
		.querySelector<HTMLButtonElement>(".isb-story-correct")!
		.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
};

describe("correcting a story's competencies in the coverage panel", () => {
	it("confirms a suggestion, adds a competency and removes one, each in two clicks, through edits, a restart and a sync", async () => {
		const ctx = await start({ [PATH]: BANK });
		const roadmap = ctx.storyIn("conflict", "Roadmap tug of war");
		expect(roadmap?.querySelector(".isb-story-suggested")?.textContent).toBe("suggested");

		// Confirm: the mark goes, and the verdict is saved.
		openMenu(roadmap);
		expect(ctx.menu.titles().slice(0, 2)).toEqual(["Confirm Conflict", "Remove from Conflict"]);
		ctx.menu.choose("Confirm Conflict");
		await ctx.redrawn();
		expect(ctx.storyIn("conflict", "Roadmap tug of war")?.querySelector(".isb-story-suggested")).toBeNull();

		// Add: the story is filed under a second competency, as the user's choice.
		openMenu(ctx.storyIn("conflict", "Roadmap tug of war"));
		ctx.menu.choose("Also file under Influence without authority");
		await ctx.redrawn();
		expect(ctx.storyIn("influence", "Roadmap tug of war")).not.toBeNull();

		// Remove: the story leaves Conflict and stays under Influence.
		openMenu(ctx.storyIn("conflict", "Roadmap tug of war"));
		expect(ctx.menu.titles().slice(0, 2)).toEqual(["Undo my choice of Conflict", "Remove from Conflict"]);
		ctx.menu.choose("Remove from Conflict");
		await ctx.redrawn();
		expect(ctx.storyIn("conflict", "Roadmap tug of war")).toBeNull();
		expect(ctx.storyIn("influence", "Roadmap tug of war")).not.toBeNull();

		// Edit the note above the story: its lines shift, the correction holds.
		const file = ctx.app.vault.getFileByPath(PATH)!;
		await ctx.app.vault.modify(file, `# Interview prep\n\nWritten for the staff loop.\n\n${BANK}`);
		await eventually(() => expect(ctx.plugin.index.notes()[0]?.stories[0]?.line).toBe(6), 3000);
		await ctx.redrawn();
		expect(ctx.storyIn("conflict", "Roadmap tug of war")).toBeNull();
		expect(ctx.storyIn("influence", "Roadmap tug of war")?.textContent).toContain("line 6");

		// Restart: the saved data brings the same corrections back.
		const saved = (await ctx.readData())!;
		const [ours] = (JSON.parse(saved) as { corrections: StoryCorrection[] }).corrections;
		expect(ours).toMatchObject({ path: PATH, verdicts: { conflict: "removed", influence: "confirmed" } });
		const again = await start({ [PATH]: await ctx.app.vault.read(file), [`${PLUGIN_DIR}/data.json`]: saved });
		expect(again.storyIn("conflict", "Roadmap tug of war")).toBeNull();
		expect(again.storyIn("influence", "Roadmap tug of war")).not.toBeNull();

		// A second device corrected the other story, and holds an older copy of this one: both sides are kept, newest wins.
		const mentoring = again.plugin.index.notes()[0]!.stories[1]!;
		const theirs = JSON.parse(saved) as { corrections: StoryCorrection[] };
		theirs.corrections = [
			{ ...ours!, verdicts: { conflict: "confirmed" }, updatedAt: ours!.updatedAt - 60_000 },
			{ path: PATH, storyId: mentoring.id, verdicts: { "team-building": "confirmed" }, updatedAt: ours!.updatedAt + 1 },
		];
		await again.app.vault.adapter.write(`${PLUGIN_DIR}/data.json`, JSON.stringify(theirs));
		await again.plugin.onExternalSettingsChange();
		await again.redrawn();
		expect(again.storyIn("conflict", "Roadmap tug of war")).toBeNull();
		expect(again.storyIn("team-building", "Growing a new lead")?.querySelector(".isb-story-suggested")).toBeNull();
		const merged = JSON.parse((await again.readData())!) as { corrections: StoryCorrection[] };
		const verdictsOf = (id: string) => merged.corrections.find((c) => c.storyId === id)?.verdicts;
		expect(merged.corrections).toHaveLength(2);
		expect(verdictsOf(ours!.storyId)).toEqual({ conflict: "removed", influence: "confirmed" });
		expect(verdictsOf(mentoring.id)).toEqual({ "team-building": "confirmed" });
	});

	it("keeps the row's click for opening the note: the menu button opens no note", async () => {
		const ctx = await start({ [PATH]: BANK });
		const open = jest.spyOn(ctx.app.workspace, "getLeaf");
		openMenu(ctx.storyIn("conflict", "Roadmap tug of war"));
		expect(ctx.menu.titles()).toContain("Confirm Conflict");
		expect(open).not.toHaveBeenCalled();
	});
});

describe("the correction menu", () => {
	const set = [
		{ id: "conflict", name: "Conflict" },
		{ id: "ownership", name: "Ownership" },
	];

	it.each([
		["a suggestion", "question", "conflict", ["Confirm Conflict", "Remove from Conflict", "Also file under Ownership"]],
		[
			"the user's own choice",
			"corrected",
			"conflict",
			["Undo my choice of Conflict", "Remove from Conflict", "Also file under Ownership"],
		],
		["a #competency tag", "tag", "conflict", ["Remove from Conflict", "Also file under Ownership"]],
		["a story nothing matched", "story", null, ["Also file under Conflict", "Also file under Ownership"]],
	] as const)("offers, for %s, what the user can change", (_name, source, row, titles) => {
		expect(correctionChoices(source, row, set).map((c) => c.title)).toEqual(titles);
	});
});
