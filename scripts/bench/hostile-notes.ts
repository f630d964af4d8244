/**
 * Hostile notes: ordinary-looking text that once made the parser's regexes or
 * loops go quadratic (issue 22, "One note can freeze Obsidian"). Each case
 * builds a note of any size from one repeated unit, so a bench or a test can
 * time it at 10 KB, 50 KB and 100 KB and compare. Used by the linear-growth
 * test (tests/core/parser/linear-growth.test.ts), the timing script
 * (scripts/bench/hostile-timings.ts) and the in-browser bench.
 */

/** Which entry point reads the text: a story note, or the custom competency note. */
export type HostileReader = "note" | "competency-set";

/** One pathological pattern. */
export interface HostileCase {
	/** Short stable id (`wikilink-openers`). */
	id: string;
	/** What the text looks like, for a report. */
	title: string;
	reader: HostileReader;
	/** What the adversarial review measured before the fix, as it reported it. */
	reported: string;
	/** The text at about `chars` characters (never less than one unit). */
	make(chars: number): string;
}

/** `head`, then `unit` repeated until the whole is about `chars` long, then `tail`. */
export function fill(head: string, unit: string, tail: string, chars: number): string {
	const count = Math.max(1, Math.floor((chars - head.length - tail.length) / unit.length));
	return head + unit.repeat(count) + tail;
}

/** Frontmatter around a body line, as the note's first lines. */
function frontmatter(line: string): string {
	return `---\n${line}\n---\n- Tell me about a time you led a team?\n\t- **Situation**: a\n`;
}

/** The cases measured by the review, then the ones found in the audit that followed. */
export const HOSTILE_CASES: readonly HostileCase[] = [
	{
		id: "wikilink-openers",
		title: "`[[` repeated in a question",
		reader: "note",
		reported: "29.6 s at 100 KB (highlights.ts:130)",
		make: (n) => fill("- Tell me about a time ", "[[", " you led?\n", n),
	},
	{
		id: "slash-phrasings",
		title: "`a / ` repeated in a question",
		reader: "note",
		reported: "21.9 s at 100 KB (question-text.ts:142,148)",
		make: (n) => fill("- Tell me about a time you led ", "a / ", "?\n", n),
	},
	{
		id: "frontmatter-spaces",
		title: "a frontmatter line of spaces with no colon",
		reader: "note",
		reported: "11 s at 100 KB (frontmatter.ts:56)",
		make: (n) => frontmatter(fill("", " ", "x", n)),
	},
	{
		id: "frontmatter-value-spaces",
		title: "a frontmatter value with long whitespace",
		reader: "note",
		reported: "8.3 s at 100 KB (frontmatter.ts:116)",
		make: (n) => frontmatter(fill("title: a", " ", "b", n)),
	},
	{
		id: "tag-openers-in-part",
		title: "`<a` repeated in a part",
		reader: "note",
		reported: "8 s at 100 KB (highlights.ts:124, labels.ts:77)",
		make: (n) => fill("- Tell me about a time you led?\n\t- **Situation**: ", "<a", "\n", n),
	},
	{
		id: "trailing-tags-bang",
		title: "trailing ` #a` tags, then `!`",
		reader: "note",
		reported: "8.4 s at 100 KB (question-text.ts:25)",
		make: (n) => fill("- Tell me about a time you led?", " #a", "!\n", n),
	},
	{
		id: "q-spaces",
		title: "`Q` followed by spaces",
		reader: "note",
		reported: "9.7 s at 100 KB (question-text.ts:23)",
		make: (n) => fill("- Q", " ", "x\n", n),
	},
	{
		id: "heading-spaces",
		title: "a heading with a long run of spaces inside",
		reader: "note",
		reported: "3.9 s at 50 KB (block-tree.ts:171,282)",
		make: (n) => fill("# a", " ", "b\n- Tell me about a time you led?\n", n),
	},
	{
		id: "mark-unclosed",
		title: "`<mark ` repeated with no `>`",
		reader: "note",
		reported: "3.6 s at 100 KB (highlights.ts:44)",
		make: (n) => fill("- Tell me about a time ", "<mark ", "?\n", n),
	},
	{
		id: "many-stories-one-question",
		title: "thousands of stories under one question",
		reader: "note",
		reported: "11.9 s for 50k stories (note-parser.ts:69)",
		make: (n) => fill("- Tell me about a time you led?\n", "\t- S: a\n", "", n),
	},
	{
		id: "callouts",
		title: "callout after callout",
		reader: "note",
		reported: "1 MB took 23× the 100 KB time",
		make: (n) => fill("", "> [!question] Tell me about a time you led?\n> S: a\n> A: b\n> R: c\n\n", "", n),
	},
	{
		id: "custom-heading-spaces",
		title: "a competency heading `## a`, spaces, `x`",
		reader: "competency-set",
		reported: "2.7 s at 2 KB, cubic (custom-set.ts:35)",
		make: (n) => fill("## a", " ", "x\nKeywords: a\n", n),
	},
	{
		id: "lt-openers-in-question",
		title: "`<` repeated in a question",
		reader: "note",
		reported: "found in the audit",
		make: (n) => fill("- Tell me about a time ", "<", "?\n", n),
	},
	{
		id: "html-tag-openers-in-heading",
		title: "`<b` repeated in a heading",
		reader: "note",
		reported: "found in the audit",
		make: (n) => fill("## ", "<b", "\n- S: a\n", n),
	},
	{
		id: "bold-label-spaces",
		title: "a bold label with a long run of spaces",
		reader: "note",
		reported: "found in the audit",
		make: (n) => fill("- Tell me about a time you led?\n\t- **Stakes", " ", "x\n", n),
	},
	{
		id: "link-openers",
		title: "`[a](` repeated in a part",
		reader: "note",
		reported: "found in the audit",
		make: (n) => fill("- Tell me about a time you led?\n\t- **Result**: ", "[a](", "\n", n),
	},
	{
		id: "backtick-runs",
		title: "backticks and words in a highlighted question",
		reader: "note",
		reported: "found in the audit",
		make: (n) => fill("- Tell me about ==a time== ", "`a", "?\n", n),
	},
	{
		id: "underscores",
		title: "a run of `_` and spaces in a part",
		reader: "note",
		reported: "found in the audit",
		make: (n) => fill("- Tell me about a time you led?\n\t- **Action**: ", "_ ", "\n", n),
	},
	{
		id: "equals-runs",
		title: "`==` followed by text that never closes",
		reader: "note",
		reported: "found in the audit",
		make: (n) => fill("- Tell me about a time ", "==a", "?\n", n),
	},
	{
		id: "many-lines-one-paragraph",
		title: "a question line followed by a long paragraph",
		reader: "note",
		reported: "found in the audit",
		make: (n) => fill("**Tell me about a time you led?**\n", "and more words\n", "", n),
	},
	{
		id: "story-table-questions",
		title: "a story table of thousands of rows, each asking its own question",
		reader: "note",
		reported: "5.3 s at 250 KB before each row's question was looked up by its wording",
		make: (n) => {
			let table = "| Question | Situation | Task | Action | Result |\n|---|---|---|---|---|\n";
			for (let i = 0; table.length < n; i++) table += `| Tell me about time ${i} you led | s${i} | t | a | r |\n`;
			return table;
		},
	},
	{
		id: "custom-field-spaces",
		title: "a competency `Keywords` line with long runs of spaces",
		reader: "competency-set",
		reported: "found in the audit",
		make: (n) => fill("## Conflict\n**Keywords", " ", "x\n", n),
	},
];

/** A case by id; throws on an unknown one (a typo in a bench or test). */
export function hostileCase(id: string): HostileCase {
	const found = HOSTILE_CASES.find((c) => c.id === id);
	if (!found) throw new Error(`No hostile case "${id}"`);
	return found;
}

/** A story note of about `chars` characters that holds every note-level case, each on its own lines. */
export function mixedHostileNote(chars: number): string {
	const cases = HOSTILE_CASES.filter((c) => c.reader === "note" && !c.id.startsWith("frontmatter"));
	const share = Math.floor(chars / cases.length);
	return cases.map((c) => c.make(share)).join("\n\n");
}
