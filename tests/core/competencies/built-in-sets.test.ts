import { BUILT_IN_SETS, builtInIds, builtInSet, DEFAULT_SET } from "../../../src/core/competencies/built-in-sets";
import { CompetencyMatcher } from "../../../src/core/competencies/competency-matcher";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

// The ids are a contract: tags in users' notes, practice history and the other features use them.
const IDS: Record<string, string[]> = {
	behavioural: ["motivation", "proactivity", "ambiguity", "perseverance", "conflict", "empathy", "growth", "communication"],
	senior: [
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
	],
	amazon: [
		"customer-obsession",
		"ownership",
		"invent-and-simplify",
		"are-right-a-lot",
		"learn-and-be-curious",
		"hire-and-develop",
		"highest-standards",
		"think-big",
		"bias-for-action",
		"frugality",
		"earn-trust",
		"dive-deep",
		"backbone",
		"deliver-results",
		"best-employer",
		"success-and-scale",
	],
};

describe("the built-in competency sets", () => {
	it.each(Object.entries(IDS))("keeps the ids of the %s set, in order", (id, ids) => {
		expect(builtInSet(id).competencies.map((c) => c.id)).toEqual(ids);
	});

	it("uses the senior set by default, as the settings do", () => {
		expect(DEFAULT_SET.id).toBe("senior");
		expect(DEFAULT_SETTINGS.competencySet).toBe("senior");
		expect(builtInSet("custom")).toBe(DEFAULT_SET);
		expect(builtInSet("no-such-set")).toBe(DEFAULT_SET);
	});

	describe.each(BUILT_IN_SETS.map((set) => [set.id, set] as const))("the %s set", (_id, set) => {
		it.each(set.competencies.map((c) => [c.id, c] as const))("describes %s in a sentence-case name and a full sentence", (_cid, c) => {
			expect(c.name).toMatch(/^[A-Z][^A-Z]*(?:(?:IC6|Earth's)[^A-Z]*)?$/);
			expect(c.description).toMatch(/^[A-Z].{30,}\.$/);
			expect(c.keywords.length).toBeGreaterThanOrEqual(5);
			for (const k of c.keywords) expect(k).toBe(k.toLowerCase().trim());
		});

		it("finds every one of its keywords, written in a question, for its own competency", () => {
			const matcher = new CompetencyMatcher(set);
			const missed: string[] = [];
			for (const c of set.competencies) {
				for (const keyword of c.keywords) {
					const found = matcher.matchText(`Tell me about ${keyword.replace(/\*/g, "")}`).map((m) => m.competencyId);
					if (!found.includes(c.id)) missed.push(`${c.id}: ${keyword}`);
				}
			}
			expect(missed).toEqual([]);
		});

		it("has aliases only to ids of the other sets", () => {
			const own = new Set(set.competencies.map((c) => c.id));
			const known = builtInIds();
			for (const c of set.competencies)
				for (const alias of c.aliases ?? [])
					expect({ alias, known: known.has(alias), own: own.has(alias) }).toEqual({ alias, known: true, own: false });
		});
	});
});
