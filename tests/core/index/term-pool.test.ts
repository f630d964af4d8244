import { TermPool } from "../../../src/core/index/term-pool";

describe("the index's pool of short words", () => {
	it("keeps one entry for a word however many notes repeat it", () => {
		const pool = new TermPool();
		for (let n = 0; n < 50; n++) expect(pool.term(["conflict", "resolution"].join("-"))).toBe("conflict-resolution");
		expect(pool.term("ownership")).toBe("ownership");
		expect(pool.size).toBe(2);
	});

	it("leaves prose out, and stays bounded while a tag is typed letter by letter", () => {
		const pool = new TermPool(100, 20);
		expect(pool.term("a sentence far longer than any tag would be")).toBe("a sentence far longer than any tag would be");
		expect(pool.size).toBe(0);
		const tag = "competency/stakeholder-management/".repeat(10);
		for (let n = 1; n <= 300; n++) expect(pool.term(tag.slice(0, n % 20) + String(n))).toBe(tag.slice(0, n % 20) + String(n));
		expect(pool.size).toBeLessThanOrEqual(100);
		expect(pool.size).toBeGreaterThan(0);
	});
});
