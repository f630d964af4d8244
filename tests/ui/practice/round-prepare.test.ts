import { identityHash } from "../../../src/core/parser/ids";
import { md } from "../../helpers/md";
import { button, loadPlugin, textOf } from "../../helpers/practice-app";

/** A company-prep note: one question with a story, one the user still has to prepare and already knows what to tell for. */
const PREP = md`
	# Harbor Labs loop
	- Tell me about a time you disagreed with your manager? #competency/conflict
		1. **Situation**: we split on whether to freeze releases
		2. **Action**: I wrote up both options with their costs
		3. **Result**: we froze for a week, incidents fell by half
	- Tell me about a time you went beyond your role? (kettle rebuild) (TODO)
`;

async function roundOn(questionText: RegExp) {
	const ctx = await loadPlugin({ "Harbor.md": PREP }, { questionSource: "vault" });
	jest.useFakeTimers({ now: new Date("2026-11-21T10:00:00Z"), doNotFake: ["queueMicrotask", "nextTick"] });
	ctx.run("start-mock-question");
	await jest.advanceTimersByTimeAsync(0);
	const view = ctx.practiceView();
	if (!view) throw new Error("no practice tab");
	for (let i = 0; i < 4 && !questionText.test(textOf(view.contentEl, ".isb-practice-question")); i++) {
		button(view.contentEl, "Next question").click();
		await jest.advanceTimersByTimeAsync(0);
	}
	return { ...ctx, root: view.contentEl };
}

afterEach(() => {
	jest.useRealTimers();
	jest.restoreAllMocks();
});

describe("a question still to prepare, in the round", () => {
	it("says it is to prepare, names the story the user planned to tell, and offers to draft one", async () => {
		const { root } = await roundOn(/beyond your role/);
		expect(textOf(root, ".isb-practice-question")).toBe("Tell me about a time you went beyond your role?");
		const why = Array.from(root.querySelectorAll(".isb-practice-why")).map((el) => el.textContent ?? "");
		expect(why).toContainEqual(expect.stringMatching(/to prepare/));
		expect(why).toContain("You planned to tell: kettle rebuild.");
		expect(textOf(root, ".isb-practice-prepare")).toMatch(/marked this question TODO/);
		expect(button(root, "Draft a story")).toBeTruthy();
	});

	it("offers no draft for a question that has its story", async () => {
		const { root } = await roundOn(/disagreed with your manager/);
		expect(root.querySelector(".isb-practice-prepare")).toBeNull();
	});
});

describe("the first round on a new vault", () => {
	/** Shaped like a real experience bank: Highlightr marks, "/" alternates, nested numbered STAR parts under titled stories. */
	const BANK = md`
		---
		tags: [interviews]
		---
		# Experience bank
		- <mark class="hltr-red">Tell me about a time you were wrong</mark> / what did you overlook?
			- Cache invalidation I signed off
				1. **Situation**: a pricing cache served stale prices for a day
				2. **Task**: I had approved the design
				3. **Action**: I owned the postmortem and added a version key to every entry
				4. **Result**: no stale price since, 14 months
				5. **Takeaways**: ask what happens when the source changes
		- <mark class="hltr-blue">Describe a time you removed a blocker for another team</mark>
			- Shared log pipeline
				1. **Situation**: three teams waited on log access for weeks
				2. **Action**: I built self-serve access with an approval bot
				3. **Result**: waits fell from 3 weeks to 1 day
	`;

	it("asks one of the user's own questions, with the default settings and no history", async () => {
		const ctx = await loadPlugin({ "Interviews/Experience bank.md": BANK });
		jest.useFakeTimers({ now: new Date("2026-11-21T10:00:00Z"), doNotFake: ["queueMicrotask", "nextTick"] });
		ctx.run("start-mock-question");
		await jest.advanceTimersByTimeAsync(0);
		const root = ctx.practiceView()?.contentEl;
		if (!root) throw new Error("no practice tab");
		expect(textOf(root, ".isb-practice-source")).toBe("From Interviews/Experience bank.md");
		expect(textOf(root, ".isb-practice-why")).toMatch(/one of your own questions/);
	});
});

describe("history saved before question markers were read apart", () => {
	it("moves to the question it was recorded for, once the notes are read, and is saved", async () => {
		const line = "Tell me about a time you went beyond your role? (kettle rebuild) (TODO)";
		const oldRound = {
			id: "r-1",
			// Version 0.1 read the markers as words of the question: its id came from the whole line.
			questionId: `q-${identityHash(line)}`,
			questionText: line,
			competencyId: null,
			source: "vault",
			storyIds: [],
			rating: "below",
			note: "too long on the situation",
			seconds: 200,
			practisedAt: "2026-10-01T09:00:00.000Z",
		};
		const data = { settings: {}, history: { rounds: [oldRound] } };
		const ctx = await loadPlugin({ "Harbor.md": PREP, ".obsidian/plugins/interview-story-bank/data.json": JSON.stringify(data) });
		const question = ctx.plugin.index.questions().find((q) => q.text === "Tell me about a time you went beyond your role?");
		expect(question).toBeDefined();
		await new Promise((resolve) => setTimeout(resolve, 0));
		const saved = JSON.parse((await ctx.readData()) ?? "{}") as {
			history: { rounds: { id: string; questionId: string; note: string }[] };
		};
		expect(saved.history.rounds).toEqual([
			expect.objectContaining({ id: "r-1", questionId: question?.id, note: "too long on the situation" }),
		]);
	});
});
