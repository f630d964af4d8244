import { ownValue } from "../../src/core/own-key";
import { themeOf } from "../../src/core/practice/probe-themes";
import { probeFor } from "../../src/core/practice/probes";

describe("user text used as a key", () => {
	it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("finds nothing under %s in a plain record", (key) => {
		expect(ownValue({ scope: 1 }, key)).toBeUndefined();
	});

	it("still finds what the record holds", () => {
		expect(ownValue({ constructor: "mine" }, "constructor")).toBe("mine");
	});

	it.each(["constructor", "toString", "__proto__", "valueOf"])(
		"asks a follow-up for a custom competency with id %s, themed by the question's words",
		(id) => {
			const theme = themeOf("Tell me about a disagreement with your manager", id);
			expect(theme).toBe("conflict");
			expect(probeFor(theme, 0)).toMatch(/\w/);
		},
	);
});
