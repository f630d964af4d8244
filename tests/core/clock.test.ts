import { clockFrom, nonceFrom, seededChance } from "../../src/core/clock";

describe("the injected clock and chance", () => {
	it("draws the same numbers from the same seed, and other numbers from another seed", () => {
		const draw = (seed: number) => {
			const chance = seededChance(seed);
			return [chance(), chance(), chance()];
		};
		expect(draw(7)).toEqual(draw(7));
		expect(draw(7)).not.toEqual(draw(8));
		for (const n of draw(7)) expect(n >= 0 && n < 1).toBe(true);
	});

	it("starts a clock at a fixed date and lets it run at the pace of its source", () => {
		let elapsed = 5_000;
		const clock = clockFrom(Date.parse("2026-11-21T10:00:00Z"), () => elapsed);
		expect(new Date(clock()).toISOString()).toBe("2026-11-21T10:00:00.000Z");
		elapsed += 90_000;
		expect(new Date(clock()).toISOString()).toBe("2026-11-21T10:01:30.000Z");
	});

	it("makes nonces that differ from draw to draw but repeat with the seed", () => {
		const a = seededChance(3);
		const b = seededChance(3);
		const first = nonceFrom(a);
		expect(nonceFrom(a)).not.toBe(first);
		expect(nonceFrom(b)).toBe(first);
	});
});
