import { CompetencyActionRegistry } from "../../src/obsidian/competency-actions";

describe("the competency actions", () => {
	it("holds the actions other features offer, and tells listeners when they change", () => {
		const actions = new CompetencyActionRegistry();
		const told = jest.fn();
		actions.onChanged(told);
		const draft = jest.fn();
		actions.set({ draft });
		expect(actions.current()).toEqual({ draft });
		actions.set({ practice: jest.fn() });
		expect(Object.keys(actions.current()).sort()).toEqual(["draft", "practice"]);
		actions.set({ draft: undefined });
		expect(actions.current().draft).toBeUndefined();
		expect(told).toHaveBeenCalledTimes(3);
	});
});
