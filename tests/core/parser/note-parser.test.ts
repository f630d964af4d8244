import { parseNote } from "../../../src/core/parser/note-parser";
import type { ParsedNote, Story } from "../../../src/core/types";
import { md } from "../../helpers/md";

// Inline notes are indented with spaces for the md`` helper; "\t" in them is a real tab.

function only<T>(items: T[]): T {
	expect(items).toHaveLength(1);
	return items[0]!;
}

function storyOf(note: ParsedNote, questionText: string): Story[] {
	const q = note.questions.find((x) => x.text.startsWith(questionText));
	expect(q).toBeDefined();
	return note.stories.filter((s) => q!.storyIds.includes(s.id));
}

describe("questions", () => {
	it("reads a question bullet with a numbered STAR list under it, with 1-based lines", () => {
		const note = parseNote(md`
			# Bank
			- *Tell me about a time you shipped under a hard deadline*
				1. **Situation**: the launch date was fixed by a partner
				2. **Task**: deliver the export API in three weeks
				3. **Action**: I cut scope to two endpoints and paired daily
				4. **Results**: shipped two days early, 40% fewer support tickets
				5. **Takeaways**: negotiate scope before time
		`);
		const q = only(note.questions);
		expect(q.text).toBe("Tell me about a time you shipped under a hard deadline");
		expect(q.line).toBe(2);
		const s = only(note.stories);
		expect(s.title).toBeNull();
		expect(s.line).toBe(3);
		expect(s.endLine).toBe(7);
		expect(s.questionIds).toEqual([q.id]);
		expect(s.parts).toEqual({
			situation: "the launch date was fixed by a partner",
			task: "deliver the export API in three weeks",
			action: "I cut scope to two endpoints and paired daily",
			result: "shipped two days early, 40% fewer support tickets",
			takeaway: "negotiate scope before time",
		});
		expect(s.missing).toEqual([]);
		expect(s.signals.hasMetric).toBe(true);
	});

	it.each([
		["ends with a question mark", "- What did you learn from your last promotion review?", true],
		["opens with a behavioural cue", "- Describe a project you rescued", true],
		["opens with 'a time when'", "- A time when you changed your mind", true],
		["carries a Q: prefix", "- **Q:** Your proudest launch", true],
		["is wrapped in curly quotes, with no question mark", "- “Tell me about a time you changed course”", true],
		["opens with an emoji and a cue", "- 🚀 Describe your proudest launch", true],
		["is an ordinary bullet", "- Buy milk and eggs", false],
		["is a plain instruction", "1. Review the job description", false],
	])("a bullet that %s is %s a question", (_name, line, expected) => {
		expect(parseNote(line).questions.length > 0).toBe(expected);
	});

	it("splits alternate phrasings on a slash that opens a new question", () => {
		const note = parseNote("- *How did you handle a missed estimate?/Tell me about a time you were late/What happens when plans slip*");
		const q = only(note.questions);
		expect(q.text).toBe("How did you handle a missed estimate?");
		expect(q.alternates).toEqual(["Tell me about a time you were late", "What happens when plans slip"]);
	});

	it.each([
		["and/or in prose", "- Tell me about a time you had to cut scope and/or delay a launch?"],
		["an acronym pair", "- Describe the PdM/MPC migration you led"],
		["a URL", "- Tell me about https://example.com/a/b and why it mattered?"],
		["a slash inside a highlight tag", '- Tell me about a <mark style="background: #FF5582A6;">hard call</mark> you made?'],
		["a wikilink", "- Describe the [[Infra/Migration|migration]] you owned"],
	])("does not split on %s", (_name, line) => {
		expect(only(parseNote(line).questions).alternates).toEqual([]);
	});

	it("splits on a spaced slash between two long phrasings", () => {
		const q = only(parseNote("## Tell me about your biggest failure / What would you do differently next time").questions);
		expect(q.alternates).toEqual(["What would you do differently next time"]);
	});

	it("keeps highlighted phrases with their colour, in all three syntaxes", () => {
		const note = parseNote(md`
			- Tell me about a <mark style="background: #FF5582A6;">conflict</mark> with a <mark style="background: #BBFABB;">peer</mark>?
			- A time you <mark class="hltr-blue">mentored</mark> someone, or <mark class="hltr-trippy">surprised</mark> them
			- Tell me about ==a risky bet== you took?
			- A time you were <mark style="background: rgba(255,0,0,.4);">wrong</mark>
		`);
		const [a, b, c, d] = note.questions;
		expect(a!.highlights.map((h) => [h.text, h.color, h.colorName])).toEqual([
			["conflict", "#FF5582A6", "red"],
			["peer", "#BBFABB", "green"],
		]);
		expect(b!.highlights.map((h) => [h.text, h.colorName, h.syntax])).toEqual([
			["mentored", "blue", "mark-class"],
			["surprised", null, "mark-class"],
		]);
		expect(c!.highlights).toEqual([{ text: "a risky bet", color: null, colorName: null, syntax: "equals" }]);
		expect(d!.highlights[0]).toMatchObject({ text: "wrong", color: "rgba(255,0,0,.4)", colorName: null });
		expect(a!.text).toBe("Tell me about a conflict with a peer?");
	});

	it("reports an unclosed highlight and still reads the question", () => {
		const note = parseNote('- Tell me about a <mark style="background: #FF5582A6;">conflict with a peer?');
		expect(only(note.questions).text).toBe("Tell me about a conflict with a peer?");
		expect(note.problems.map((p) => p.kind)).toEqual(["highlight-unclosed"]);
	});

	it("knows each question's section", () => {
		const note = parseNote(md`
			# Prep
			## Leadership
			- Tell me about a time you led without authority?
			## Hypotheticals
			- What would you do if your launch slipped?
		`);
		expect(note.questions.map((q) => q.section)).toEqual(["Leadership", "Hypotheticals"]);
	});

	it("never makes a question of a bullet nested under another question", () => {
		const note = parseNote(md`
			- What would you do if a teammate went silent before a demo?
				- Is the teammate okay? Who can cover?
				- Rehearse the fallback plan.
		`);
		expect(note.questions).toHaveLength(1);
		expect(note.questions[0]!.answer?.kind).toBe("bullets");
	});
});

describe("stories", () => {
	it("reads several titled stories under one question", () => {
		const note = parseNote(md`
			- Tell me about work you are proud of?
				- Rebuilt the flaky deploy pipeline
					1. **Situation**: deploys failed one in five times
					2. **Task**: make them boring
					3. **Action**: I added canaries
					4. **Result**: failures fell to 1 in 200
				- Mentored two new hires
					1. **Situation**: two juniors joined at once
					2. **Task**: get them productive
					3. **Action**: weekly pairing
					4. **Result**: both shipped in month one
		`);
		expect(note.stories.map((s) => s.title)).toEqual(["Rebuilt the flaky deploy pipeline", "Mentored two new hires"]);
		expect(note.stories.every((s) => s.missing.length === 0)).toBe(true);
		expect(note.stories[1]!.line).toBe(7);
	});

	it("lists the missing part of a story numbered 1, 3, 4", () => {
		const note = parseNote(md`
			- Tell me about a disagreement with your manager?
				1. **Situation**: we disagreed on the rollout order
				3. **Action**: I wrote up both options with data
				4. **Result**: we went with a phased rollout
		`);
		expect(only(note.stories).missing).toEqual(["task"]);
	});

	it("treats a short title bullet with no parts as a sketch and sentences as the answer", () => {
		const note = parseNote(md`
			- Tell me about giving hard feedback?
				- intern + missed deadlines
			- Who shaped your career the most?
				- My first lead, who always explained the why behind priorities.
				- She pushed me to talk to other teams early;
		`);
		const sketch = only(storyOf(note, "Tell me about giving hard feedback"));
		expect(sketch).toMatchObject({ title: "intern + missed deadlines", sketch: true });
		expect(sketch.missing).toEqual(["situation", "task", "action", "result"]);
		const career = note.questions[1]!;
		expect(career.storyIds).toEqual([]);
		expect(career.answer?.text).toContain("explained the why");
	});

	it("reads a blockquote after a blank line as the answer of the question above it", () => {
		const note = parseNote(md`
			- Why do you want this role?

			> Because I want to work on the platform the rest of the company builds on.
			> And because the team's on-call culture is one I admire.

			- What is your biggest weakness?
		`);
		expect(note.questions[0]!.answer).toMatchObject({ kind: "blockquote", line: 3, endLine: 4 });
		expect(note.questions[1]!.answer).toBeNull();
	});

	it("treats a standalone label list followed by questions as the note's legend, not a story", () => {
		const note = parseNote(md`
			## Bank
			1. **Context**: where and when
			2. **Decision and trade-off**: what I chose over what
			3. **Result**: what moved, by how much
			4. **Reflection**: what I would repeat
			---
			- Tell me about your riskiest project?
				1. **Context**: a storage migration with no downtime budget
				2. **Decision and trade-off**: dual writes over a big-bang cutover
				3. **Result**: zero lost writes across 14 TB
		`);
		expect(note.legend?.labels.map((l) => l.part)).toEqual(["situation", "action", "result", "takeaway"]);
		const s = only(note.stories);
		expect(s.missing).toEqual(["takeaway"]);
	});

	it("reads a story under a story-title heading with labelled paragraphs", () => {
		const note = parseNote(md`
			## Conflict
			### The schema freeze
			**Situation:** two teams wanted the same table changed in opposite ways.

			**Task:** get a decision before the freeze.

			**Action:** I ran a one-hour review with both leads and a written options doc.
			---
			I also looped in the data consumers.

			**Result:** agreed in a day; no rework later.
		`);
		const s = only(note.stories);
		expect(s).toMatchObject({ title: "The schema freeze", section: "Conflict", questionIds: [] });
		expect(s.parts.action).toContain("looped in the data consumers");
		expect(s.missing).toEqual([]);
	});

	it("reads #### Situation-style sub-headings as parts", () => {
		const note = parseNote(md`
			## "Tell me about a time you simplified a system?"
			### Situation
			- three queues did one job
			### Task
			- cut operating cost
			### Action
			- merged them behind one interface
			### Result
			- on-call pages halved
		`);
		const q = only(note.questions);
		expect(q.text).toBe("Tell me about a time you simplified a system?");
		const s = only(note.stories);
		expect(s.questionIds).toEqual([q.id]);
		expect(s.parts.result).toBe("- on-call pages halved");
		expect(s.signals.hasMetric).toBe(true);
	});

	it("reads a story inside a callout", () => {
		const note = parseNote(md`
			> [!question] Tell me about a time you influenced another team?
			> **Situation** — the payments team owned the retry logic
			> **Action** — I brought incident data to their planning
			> **Result** — they adopted idempotency keys; duplicate charges went to 0
		`);
		const q = only(note.questions);
		expect(q.form).toBe("callout");
		const s = only(note.stories);
		expect(s.missing).toEqual(["task"]);
		expect(s.parts.situation).toBe("the payments team owned the retry logic");
	});

	it.each([
		["bold, colon outside", "**Situation**: a"],
		["bold, colon inside", "**Situation:** a"],
		["bold, period inside", "**Situation.** a"],
		["em dash", "**Situation** — a"],
		["full-width colon", "Situation：a"],
		["plain lower case", "situation: a"],
		["single letter", "S: a"],
		["single letter, space before colon", "S : a"],
		["single letter, dash", "S- a"],
		["single letter, full-width colon", "**S：** a"],
		["emoji before a bold letter", "**📋 S** : a"],
		["only the first letter bold", "**S**ituation: a"],
		["synonym", "**Context**: a"],
	])("reads a situation label written as %s", (_name, label) => {
		const note = parseNote(`- Tell me about a time you failed?\n\t- ${label}\n\t- T: b\n\t- A: c\n\t- R: d`);
		expect(only(note.stories).parts.situation).toBe("a");
	});

	it.each([
		["a plain label", "A: **Cut scope** first", "**Cut scope** first"],
		["a single letter with a dash", "A - _quietly_ cut scope", "_quietly_ cut scope"],
		["a bold label", "**Action:** **Cut scope** first", "**Cut scope** first"],
		["a bold label, colon outside", "**Action**: *then* cut scope", "*then* cut scope"],
		["a highlighted label", "<mark>Action:</mark> **Cut scope** first", "**Cut scope** first"],
		["an italic letter", "*A:* __Cut__ scope", "__Cut__ scope"],
	])("keeps the emphasis a part's text opens with, after %s", (_name, line, text) => {
		const note = parseNote(`- Tell me about a time you failed?\n\t- S: a\n\t- ${line}\n\t- R: d`);
		expect(only(note.stories).parts.action).toBe(text);
	});

	it("reads a label alone on its line with the body on the next lines", () => {
		const note = parseNote(md`
			### Question: Tell me about a time you owned an outage?
			**SITUATION**
			Checkout was down for 40 minutes.

			**ACTION**
			I led the call and rolled back.

			**RESULT** — back in 6 minutes after I joined
		`);
		const s = only(note.stories);
		expect(s.parts).toEqual({
			situation: "Checkout was down for 40 minutes.",
			action: "I led the call and rolled back.",
			result: "back in 6 minutes after I joined",
		});
	});

	it("reads labels on consecutive lines with no blank line between them", () => {
		const note = parseNote(
			"## Tell me about a time you were wrong?\nsituation: picked the wrong cache\naction: " +
				"reverted and measured\nresults: p99 back to 80 ms",
		);
		expect(only(note.stories).parts).toEqual({
			situation: "picked the wrong cache",
			action: "reverted and measured",
			result: "p99 back to 80 ms",
		});
	});

	it("keeps an unknown bold label inside a story as an extra part", () => {
		const note = parseNote("- Tell me about a launch?\n\t- **Situation:** a\n\t- **Stakeholders:** legal and sales\n\t- **Result:** b");
		const s = only(note.stories);
		expect(s.partList.map((p) => [p.part, p.label, p.text])).toEqual([
			["situation", "Situation", "a"],
			[null, "Stakeholders", "legal and sales"],
			["result", "Result", "b"],
		]);
	});

	it("counts an empty part or a placeholder as missing", () => {
		const note = parseNote(
			"- Tell me about a time?\n\t- **Situation:** a\n\t- **Task:** TBD\n\t- **Action:** [YOUR ACTIONS]\n\t- **Result:**",
		);
		expect(only(note.stories).missing).toEqual(["task", "action", "result"]);
	});

	it("never parses labels or questions inside code blocks or comments", () => {
		const note = parseNote(md`
			\`\`\`text
			- Tell me about a time?
				- Situation: hidden
			\`\`\`
			<!-- - Tell me about another time?
			- **Situation**: hidden -->
			%% - Describe a hidden question %%
		`);
		expect(note.questions).toEqual([]);
		expect(note.stories).toEqual([]);
	});

	it("reads the same stories from CRLF and from LF", () => {
		const lf = "- Tell me about a time?\n\t1. **Situation**: a\n\t2. **Task**: b\n\t3. **Action**: c\n\t4. **Result**: d";
		expect(parseNote(lf.replace(/\n/g, "\r\n"))).toEqual(parseNote(lf));
	});

	it("does not take an architecture decision record for a story", () => {
		const note = parseNote(md`
			# ADR 7: Use a queue for exports
			## Context
			Exports time out.
			## Decision
			Move them to a queue.
			## Consequences
			More moving parts.
		`);
		expect(note.isStoryNote).toBe(false);
	});
});

describe("frontmatter", () => {
	it("reads the known keys and keeps the others", () => {
		const note = parseNote(md`
			---
			title: "Bank"
			company: Acme
			level: IC6
			tags: [interview, star]
			competencies:
			  - conflict
			  - ownership
			custom: 3
			---
			- Tell me about a time?
		`);
		expect(note.meta).toMatchObject({
			title: "Bank",
			company: "Acme",
			level: "IC6",
			tags: ["interview", "star"],
			competencies: ["conflict", "ownership"],
		});
		expect(note.frontmatter.custom).toBe(3);
		expect(note.questions[0]!.line).toBe(11);
	});

	it("reports broken YAML and still finds every story", () => {
		const note = parseNote(md`
			---
			date:: 1 04 2023
			tags: [#java,#concurrency]
			---
			- Tell me about a time you fixed a race?
				- S: two writers
				- A: I added a lock
				- R: zero lost updates
		`);
		expect(note.problems.map((p) => [p.kind, p.line])).toEqual([
			["frontmatter-dataview-field", 2],
			["frontmatter-invalid", 3],
		]);
		expect(note.meta.tags).toEqual(["java", "concurrency"]);
		expect(only(note.stories).parts.result).toBe("zero lost updates");
	});

	it("reads a note whose frontmatter never closes as ordinary text, with a problem", () => {
		const note = parseNote("---\ntitle: x\n- Tell me about a time you failed?\n\t- S: a\n\t- A: b");
		expect(note.problems.map((p) => p.kind)).toEqual(["frontmatter-unclosed"]);
		expect(note.stories).toHaveLength(1);
	});
});

describe("ids", () => {
	const base = "- Tell me about a time you led a migration?\n\t- Billing move\n\t\t- S: a\n\t\t- A: b";

	it("keeps question and story ids when lines are added above", () => {
		const before = parseNote(base);
		const after = parseNote(`# New heading\n\nSome intro text.\n\n${base}`);
		expect(after.questions[0]!.id).toBe(before.questions[0]!.id);
		expect(after.stories[0]!.id).toBe(before.stories[0]!.id);
		expect(after.questions[0]!.line).toBe(before.questions[0]!.line + 4);
	});

	it("keeps the question id when only markup or case changes", () => {
		const a = parseNote("- Tell me about a time you led a migration?");
		const b = parseNote('- *Tell me about a time you <mark style="background: #FF5582A6;">led</mark> a Migration*');
		expect(b.questions[0]!.id).toBe(a.questions[0]!.id);
	});

	it("uses a block id when the question line has one", () => {
		expect(parseNote("- Tell me about a time you led? ^lead-q").questions[0]!.id).toBe("q-lead-q");
	});

	it("gives the same question written twice in one note two ids", () => {
		const note = parseNote("- Tell me about a time?\n- Tell me about a time?");
		expect(new Set(note.questions.map((q) => q.id)).size).toBe(2);
	});
});

describe("signals", () => {
	it("counts words, I and we, and estimates speaking time at the given rate", () => {
		const note = parseNote("- Tell me about a time?\n\t- S: we had a problem\n\t- A: I fixed it and I told my lead\n\t- R: it worked", {
			wordsPerMinute: 60,
		});
		const s = only(note.stories).signals;
		expect(s.wordCount).toBe(14);
		expect(s.speakingSeconds).toBe(14);
		expect(s.iCount).toBe(3);
		expect(s.weCount).toBe(1);
		expect(s.hasMetric).toBe(false);
	});

	it.each([
		["a percentage", "latency fell 35%", true],
		["a multiplier", "3x more throughput", true],
		["money", "saved $40k a year", true],
		["a before and an after", "p95 went from 900 ms to 310 ms", true],
		["time won", "support replies came 2 days sooner", true],
		["the duration of the work", "in 2 weeks", false],
		["number words for the duration of the work", "fixed within two days", false],
		["a team size", "a team of 12 engineers shipped it", false],
		["a year alone", "shipped in early 2024", false],
		["no number", "the team was happier", false],
	])("finds %s in a result as a measured outcome: %s", (_name, result, expected) => {
		const note = parseNote(`- Tell me about a time?\n\t- S: a\n\t- R: ${result}`);
		expect(only(note.stories).signals.hasMetric).toBe(expected);
	});
});

describe("identity hashing", () => {
	it.each(["Tell me about a time?", "  Héllo, wörld!  ", "a--b__c", "UPPER lower 123", "", "!!!", "面试 故事"])(
		"hashes %j as its reduced text does",
		async (text) => {
			const { hashString, identityHash, identityText } = await import("../../../src/core/parser/ids");
			expect(identityHash(text)).toBe(hashString(identityText(text)));
			expect(identityHash(text, "q-abc|")).toBe(hashString(`q-abc|${identityText(text)}`));
		},
	);

	it("keeps the id format practice history is keyed by", async () => {
		// Ids are stored in data.json: the same text must give the same id in every version.
		const { hashString } = await import("../../../src/core/parser/ids");
		expect(["", "a", "Tell me about a time you failed", "q-1|conflict with a peer", "面试"].map(hashString)).toEqual([
			"gnug07h0j2b",
			"13kiv10ae7sx",
			"10ru01gcrgk6",
			"sibk187ndh3",
			"6vw90mrs29g",
		]);
	});
});
