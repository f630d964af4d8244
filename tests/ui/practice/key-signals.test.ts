import { md } from "../../helpers/md";
import { loadPlugin, textOf } from "../../helpers/practice-app";

/** A company's rubric with one key signal, and two questions of the user's with no story yet, one per signal. */
function vault(key: "Ownership" | "Craft"): Record<string, string> {
	const star = (name: string) => (name === key ? `${name}*` : name);
	return {
		"Northwind rubric.md": md`
			# Northwind rubric

			- ${star("Craft")}: how deep is the engineering?
			- ${star("Ownership")}: do they finish what they start without being asked?
		`,
		"Prep.md": md`
			# Northwind prep
			- Tell me about the most careful piece of engineering you shipped? #competency/craft
			- Tell me about something you carried to the end without being asked? #competency/ownership
		`,
	};
}

async function firstQuestion(key: "Ownership" | "Craft"): Promise<string> {
	const ctx = await loadPlugin(vault(key), {
		questionSource: "vault",
		competencySet: "custom",
		customCompetencyNote: "Northwind rubric.md",
	});
	jest.useFakeTimers({ now: new Date("2026-11-21T10:00:00Z"), doNotFake: ["queueMicrotask", "nextTick"] });
	ctx.run("start-mock-question");
	await jest.advanceTimersByTimeAsync(0);
	const view = ctx.practiceView();
	if (!view) throw new Error("no practice tab");
	return textOf(view.contentEl, ".isb-practice-question");
}

afterEach(() => {
	jest.useRealTimers();
	jest.restoreAllMocks();
});

describe("the first mock question with a company's key signals", () => {
	// Run once with each signal marked key: a tie broken by chance could not pass both.
	it.each([
		["Ownership", "Tell me about something you carried to the end without being asked?"],
		["Craft", "Tell me about the most careful piece of engineering you shipped?"],
	] as const)("asks for the key signal (%s) with no story before the other signal with no story", async (key, question) => {
		expect(await firstQuestion(key)).toBe(question);
	});
});
