import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseNote } from "../../src/core/parser/note-parser";
import type { ParsedNote, PartName, Story } from "../../src/core/types";

export const VAULTS = join(__dirname, "..", "vaults");
export const EXAMPLE_VAULT = join(__dirname, "..", "..", "example-vault");

/** Parses a fixture note from tests/vaults (or another folder). */
export function fixture(name: string, folder = VAULTS): ParsedNote {
	return parseNote(readFileSync(join(folder, name), "utf8"));
}

const LETTER: Record<PartName, string> = { situation: "S", task: "T", action: "A", result: "R", takeaway: "TK" };

/**
 * A story in one line, the way the fixture tables write it:
 * `line title: S T A R | missing task` (sketch: `line title: sketch`).
 */
export function storyLine(s: Story): string {
	const head = `${s.line} ${s.title ?? "-"}:`;
	if (s.sketch) return `${head} sketch`;
	const parts = s.signals.partsPresent.map((p) => LETTER[p]).join(" ");
	return s.missing.length > 0 ? `${head} ${parts} | missing ${s.missing.join(",")}` : `${head} ${parts}`;
}

/** Questions as `line text`. */
export function questionLines(note: ParsedNote): string[] {
	return note.questions.map((q) => `${q.line} ${q.text}`);
}
