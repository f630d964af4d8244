import { PROBES } from "../../../src/core/practice/probes";
import { PROBE_THEMES, themeOf } from "../../../src/core/practice/probe-themes";

describe("probe topics follow the question's competency", () => {
	it.each([
		["Tell me about your proudest project", "signature-impact", "impact"],
		["Tell me about work that reached other teams", "scope", "impact"],
		["Tell me about something nobody owned", "ownership", "ownership"],
		["Tell me about a hard decision", "judgment", "judgment"],
		["Tell me about a call you made with incomplete information", "judgment", "ambiguity"],
		["Tell me about a time data changed a decision", "evidence", "judgment"],
		["How did you show that the change paid off?", "evidence", "impact"],
		["Tell me about changing a leader's mind", "influence", "influence"],
		["What was the riskiest thing you led?", "riskiest-project", "risk"],
		["Tell me about a project that failed", "failure", "failure"],
		["Tell me about a time you and a peer did not agree", "conflict", "conflict"],
		["How do you grow the engineers around you?", "team-building", "team"],
	])("%p (%s) is probed on %s", (text, competency, theme) => {
		expect(themeOf(text, competency)).toBe(theme);
	});

	it("follows a corrected competency over the question's words", () => {
		expect(themeOf("Tell me about a project that failed", "conflict")).toBe("conflict");
	});

	it("reads the words when the competency is unknown, and 'agree' counts as conflict", () => {
		expect(themeOf("A time you could not agree on the design", null)).toBe("conflict");
		expect(themeOf("Tell me about your week", null)).toBe("general");
	});

	it("has probes, in the brief's spirit, for every topic", () => {
		for (const theme of PROBE_THEMES) expect(PROBES[theme].length).toBeGreaterThan(0);
		expect(PROBES.failure.join(" ")).toMatch(/early signal/);
		expect(PROBES.conflict.join(" ")).toMatch(/disagreed/);
		expect(PROBES.risk.join(" ")).toMatch(/stopping/);
	});
});
