import { parseNote } from "../../../src/core/parser/note-parser";
import { StoryIndex } from "../../../src/core/index/story-index";
import { EXAMPLE_VAULT } from "../../helpers/fixtures";
import { readVault } from "../../helpers/vault";

describe("a parsed note handed over as a fresh copy (from the parse worker or the cache)", () => {
	const vault = Object.entries(readVault(EXAMPLE_VAULT));

	it("is indexed exactly as the same note copied by the index", () => {
		const copied = new StoryIndex();
		const taken = new StoryIndex();
		for (const [path, text] of vault) {
			const parsed = parseNote(text);
			copied.update(path, parsed);
			// A structured clone is what a worker's message and an IndexedDB read hand over.
			taken.update(path, structuredClone(parsed), { fresh: true });
		}
		expect(taken.notes().length).toBeGreaterThan(3);
		expect(JSON.stringify(taken.notes())).toBe(JSON.stringify(copied.notes()));
		expect(taken.stories().map((s) => s.id)).toEqual(copied.stories().map((s) => s.id));
	});

	it("keeps none of the parser's raw lines", () => {
		const index = new StoryIndex();
		for (const [path, text] of vault) index.update(path, structuredClone(parseNote(text)), { fresh: true });
		const json = JSON.stringify(index.notes());
		expect(json).not.toContain('"raw"');
		expect(json).not.toContain('"parts"');
	});
});
