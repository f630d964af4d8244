import { ownValue } from "../../src/core/own-key";
import { classPaletteName } from "../../src/core/parser/highlights";
import { vaultTopic } from "../../src/core/template/topics";
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

describe("highlight colours named like object properties", () => {
	it("does not take the class name constructor (hltr-constructor) for a palette colour", () => {
		expect(classPaletteName("constructor")).toBeNull();
		expect(classPaletteName("red")).toBe("red");
	});

	it("files a question highlighted in an unmapped colour named constructor under no competency", () => {
		const topic = vaultTopic(
			{
				id: "q-1",
				text: "Tell me about a conflict",
				highlights: [{ text: "conflict", colorName: "constructor" }],
				tags: [],
				path: "Bank.md",
				answered: false,
			},
			new Map(),
			{ red: "conflict" },
		);
		expect(topic.competencyId).toBeNull();
	});
});
