import { BUILT_IN_SETS } from "../../../src/core/competencies/built-in-sets";
import { PRE_ANSWER_CHECKLIST } from "../../../src/core/practice/checklist";
import { PROBE_THEMES, themeOf } from "../../../src/core/practice/probe-themes";
import { PROBES, probeFor } from "../../../src/core/practice/probes";
import { bankQuestions } from "../../../src/core/practice/question-bank";
import { BANK } from "../../../src/core/practice/question-bank-data";
import { stubLookup } from "../../helpers/practice";

describe("the built-in question bank", () => {
	it.each(BUILT_IN_SETS.map((set) => [set.id, set] as const))("asks about every competency of the %s set", (_id, set) => {
		const lookup = stubLookup({ competencies: Object.fromEntries(set.competencies.map((c) => [c.id, c.name])) });
		const covered = new Set(bankQuestions(lookup).map((q) => q.competencyId));
		expect(set.competencies.map((c) => c.id).filter((id) => !covered.has(id))).toEqual([]);
	});

	it("opens with the five prompts of a senior behavioural panel", () => {
		expect(BANK.filter((q) => q.core).map((q) => q.competencies[0])).toEqual([
			"signature-impact",
			"riskiest-project",
			"failure",
			"conflict",
			"team-building",
		]);
	});

	it("has unique, stable ids", () => {
		const ids = BANK.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.every((id) => /^bank-[a-z0-9-]+$/.test(id))).toBe(true);
	});

	it("asks the matcher for a competency when the set is the user's own", () => {
		const lookup = stubLookup({ competencies: { "handling-conflict": "Handling conflict" }, words: { conflict: "handling-conflict" } });
		const q = bankQuestions(lookup).find((b) => b.id === "bank-work-conflict");
		expect(q?.competencyId).toBe("handling-conflict");
	});
});

describe("follow-up probes", () => {
	it.each([
		["a failure", "Tell me about a project that failed", null, /early signal/],
		["a conflict", "Describe a disagreement with your manager", null, /data had been ambiguous/],
		["the riskiest project", "What is the riskiest project you have led?", "riskiest-project", /closest to stopping/],
		["a question with no clear theme", "What do you do outside work?", null, /differently/],
	])("asks about %s what a senior panel would push on", (_name, text, competency, probe) => {
		expect(probeFor(themeOf(text, competency), 0)).toMatch(probe);
	});

	it("takes the theme from a known competency before the words", () => {
		expect(themeOf("Tell me about your proudest project", "failure")).toBe("failure");
	});

	it("asks a different probe on the next round of the same question, then comes back round", () => {
		const probes = PROBES.failure.map((_, i) => probeFor("failure", i));
		expect(new Set(probes).size).toBe(PROBES.failure.length);
		expect(probeFor("failure", PROBES.failure.length)).toBe(probes[0]);
	});

	it("has probes for every theme", () => {
		expect(PROBE_THEMES.filter((t) => PROBES[t].length === 0)).toEqual([]);
	});
});

describe("the pre-answer checklist", () => {
	it("covers my role, scale, the trade-off and the measured result", () => {
		expect(PRE_ANSWER_CHECKLIST.map((i) => i.label)).toEqual(["My role", "Scale", "The trade-off", "The measured result"]);
	});
});
