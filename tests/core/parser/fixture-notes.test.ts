import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fixture, questionLines, storyLine, VAULTS } from "../../helpers/fixtures";

// Each fixture in tests/vaults is one shape people keep stories in, or an edge case of one;
// tests/vaults/README.md says what each must yield. These tests hold the parser to it.

describe("fixture notes", () => {
	it("reads tabs and CRLF line endings like LF, with the legend kept out of the stories", () => {
		const note = fixture("crlf-and-tabs.md");
		expect(note.legend).toMatchObject({ line: 7, endLine: 10 });
		expect(questionLines(note)).toEqual([
			"13 Tell me about a time you cleaned up after an outage you did not cause",
			"19 Give me an example of a time you mentored someone through a hard problem",
		]);
		expect(note.questions[0]!.alternates).toEqual(["Give me an example of taking ownership of someone else's problem"]);
		expect(note.stories.map(storyLine)).toEqual([
			"14 -: S T A R",
			"20 Pairing on the flaky test hunt: S T A R",
			"25 queue consumer rewrite: sketch",
		]);
		expect(JSON.stringify(note)).not.toContain("\\r");
	});

	it("derives nesting from relative indentation, whatever mix of tabs and spaces", () => {
		const note = fixture("mixed-indent.md");
		expect(note.questions.map((q) => q.line)).toEqual([5, 12, 20]);
		expect(note.stories.map(storyLine)).toEqual(["6 -: S T A R", "13 Picking up the tax engine: S T A R", "21 -: S T A R"]);
		expect(note.stories[1]!.partList.map((p) => p.line)).toEqual([14, 15, 16, 18]);
	});

	it("reads every label spelling without keeping the punctuation", () => {
		const note = fixture("label-punctuation.md");
		expect(note.questions).toHaveLength(10);
		expect(note.stories).toHaveLength(10);
		for (const s of note.stories) {
			expect(s.missing).toEqual([]);
			expect(s.partList).toHaveLength(4);
		}
		const situations = note.stories.map((s) => s.parts.situation);
		expect(situations[2]).toBe("Nobody could find the runbooks during incidents.");
		expect(situations[3]).toBe("The mobile team was waiting on an API field we had deprioritised.");
		expect(situations[5]).toBe("Half of the payments team moved to Singapore.");
		expect(situations[7]).toBe("Design reviews had become approvals, not reviews.");
		expect(situations[9]).toBe("The pricing service had no tests and three authors, all gone.");
		expect(note.stories[9]!.parts.result).toBe("The spring update shipped with no pricing incidents.");
	});

	it("maps label synonyms and keeps an unknown label as an extra part", () => {
		const note = fixture("label-vocabulary.md");
		expect(note.stories.map((s) => s.signals.partsPresent.join(" "))).toEqual(Array(4).fill("situation task action result takeaway"));
		const stakeholders = note.stories[1]!;
		expect(stakeholders.partList.map((p) => p.label)).toEqual([
			"Background",
			"Challenge",
			"Stakeholders",
			"Decision",
			"Impact",
			"Lesson",
		]);
		expect(stakeholders.partList[2]).toMatchObject({
			part: null,
			text: "Finance, support tooling, growth analytics and the warehouse team.",
		});
		expect(stakeholders.parts.task).toBe("Each team's identifier was load-bearing for its own reports.");
	});

	it("counts absent, empty and placeholder parts as missing, and an empty template as a sketch", () => {
		const note = fixture("missing-and-empty.md");
		expect(note.stories.map(storyLine)).toEqual([
			"6 -: S A R | missing task",
			"10 -: S A | missing task,result",
			"15 -: sketch",
			"20 -: S A | missing task,result",
		]);
		expect(note.stories[1]!.parts.action).toMatch(/^I offered a documented webhook/);
		expect(note.stories[3]!.signals.hasMetric).toBe(false);
	});

	it("keeps a story whole across a --- between or inside its parts", () => {
		const note = fixture("separators.md");
		expect(note.questions.map((q) => [q.line, q.section])).toEqual([
			[5, "List entries"],
			[13, "List entries"],
			[18, "List entries"],
			[28, "Heading entries"],
			[40, "Heading entries"],
		]);
		expect(note.stories.map(storyLine)).toEqual([
			"6 -: S T A R",
			"14 cutting the load-test week: sketch",
			"19 -: S T A R",
			"30 -: S T A R",
			"42 -: S A R TK | missing task",
		]);
		expect(note.stories[4]!.parts.action).toContain("A second round of tests");
		expect(note.questions[4]!.answer).toBeNull();
	});

	it("never trusts list numbers", () => {
		const note = fixture("numbering.md");
		expect(note.questions.map((q) => q.line)).toEqual([5, 10, 15, 19]);
		expect(note.stories.map(storyLine)).toEqual([
			"6 -: S T A R",
			"11 -: S T A R",
			"16 -: S A R | missing task",
			"20 Coaching the payments on-call lead: S T A R",
			"25 Handing over the search roadmap: S T A R",
		]);
		expect(note.questions[3]!.answer).toBeNull();
	});

	it("splits alternates only where a new question starts", () => {
		const note = fixture("slashes.md");
		expect(note.questions.map((q) => q.alternates)).toEqual([
			["What would you do differently on your last big launch?"],
			["Give me an example of cutting scope to hit a date", "How do you decide what to cut?"],
			[],
			[],
			[],
			["Give me an example of a trade-off you would make again"],
			[],
			[],
		]);
		expect(note.questions[2]!.text).toBe("Describe a project where you chose a boring technology and/or pushed back on a shiny one");
		expect(note.stories.filter((s) => !s.sketch).map((s) => s.title)).toEqual([null, "search index/ranking rewrite"]);
		expect(note.stories.filter((s) => s.sketch).map((s) => s.title)).toEqual([
			"checkout redesign scope cut",
			"Postgres job queue instead of Kafka",
			"event versioning RFC",
			"read replica during the sale",
			"API versioning argument",
			"billing/ledger split",
		]);
		expect(note.questions[3]!.answer).toMatchObject({ kind: "bullets", line: 13 });
	});

	it("keeps every highlight with its colour and reports the unclosed one", () => {
		const note = fixture("highlights.md");
		const marks = note.questions.map((q) => q.highlights.map((h) => `${h.text}/${h.color}/${h.colorName}/${h.syntax}`));
		expect(marks).toEqual([
			["owned a launch/#FFB86CA6/orange/mark-style"],
			["rebuilt trust/#BBFABB/green/mark-style"],
			["pushing back on a deadline/rgba(255,0,0,0.4)/null/mark-style"],
			["missed a signal/red/red/mark-class"],
			["unusual bug/trippy/null/mark-class"],
			["a customer escalation/null/null/mark", "learn something fast/null/null/equals"],
			["disagreed/#FF5582A6/red/mark-style", "committed anyway/#ABF7F7A6/cyan/mark-style"],
			[],
			["cross-team/#D2B3FFA6/purple/mark-style"],
		]);
		const signal = note.stories.find((s) => !s.sketch && s.line === 10)!;
		expect(signal.partList).toHaveLength(4);
		expect(signal.parts.situation).toBe("Disk usage on the search cluster had been climbing for weeks.");
		expect(note.problems).toEqual([expect.objectContaining({ kind: "highlight-unclosed", line: 20 })]);
	});

	it("ignores code blocks and comments, and reports a fence that never closes", () => {
		const note = fixture("code-and-comments.md");
		expect(questionLines(note)).toEqual([
			"3 Tell me about a time you debugged a production issue under pressure",
			"32 Give me an example of a time you improved observability",
			"45 How do you decide what to automate?",
		]);
		expect(note.stories.map(storyLine)).toEqual(["4 -: S T A R", "33 -: S T A R"]);
		expect(note.stories[1]!.parts.action).not.toContain("holdout");
		expect(note.questions.map((q) => q.answer && [q.answer.kind, q.answer.line, q.answer.endLine])).toEqual([
			null,
			null,
			["bullets", 46, 46],
		]);
		expect(note.problems.map((p) => [p.kind, p.line])).toEqual([["code-fence-unclosed", 50]]);
	});

	it("reports broken frontmatter and still reads the whole body", () => {
		const note = fixture("broken-frontmatter.md");
		expect(note.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(["frontmatter-dataview-field", "frontmatter-invalid"]));
		expect(note.problems.find((p) => p.kind === "frontmatter-dataview-field")!.line).toBe(3);
		expect(note.questions.map((q) => q.line)).toEqual([13, 18, 23]);
		expect(note.stories.map(storyLine)).toEqual(["14 -: S T A R", "19 -: S T A R"]);
	});

	it("reads a note whose frontmatter never closes as body text", () => {
		const note = fixture("unclosed-frontmatter.md");
		expect(note.problems.map((p) => [p.kind, p.line])).toEqual([["frontmatter-unclosed", 1]]);
		expect(note.frontmatter).toEqual({});
		expect(note.meta.company).toBeNull();
		expect(note.questions.map((q) => q.line)).toEqual([10, 15, 17]);
		expect(note.stories.map(storyLine)).toEqual(["11 -: S T A R", "16 HL7 feed parser: sketch"]);
	});

	it("keeps unlabelled answers as free-form text and guesses no labels", () => {
		const note = fixture("no-labels.md");
		expect(note.stories).toEqual([]);
		expect(note.questions.map((q) => [q.line, q.answer && q.answer.kind, q.answer?.line, q.answer?.endLine])).toEqual([
			[7, "bullets", 8, 10],
			[11, "bullets", 12, 12],
			[13, null, undefined, undefined],
			[15, "paragraph", 17, 19],
			[21, "paragraph", 23, 23],
		]);
	});

	it("reads non-English text, full-width punctuation and emoji labels", () => {
		const note = fixture("unicode.md");
		expect(note.meta.title).toBe("面试故事 · Historias");
		expect(note.questions.map((q) => [q.line, q.form, q.text])).toEqual([
			[10, "heading", "讲一个你在信息不完整时做决定的例子？"],
			[16, "heading", "¿Cuándo tuviste que aprender algo muy rápido?"],
			[28, "answers-line", "Tell me about a migration you led"],
			[28, "answers-line", "讲一个你主导的迁移项目"],
		]);
		expect(note.stories.map(storyLine)).toEqual([
			"11 -: S T A R",
			"17 -: S T A R",
			"24 Migración de facturación → nuevo ledger: S A R | missing task",
			"30 🚀 Café con el equipo de soporte: S A R | missing task",
		]);
		expect(note.stories[0]!.parts.result).toBe("上线后 p99 延迟从 420 ms 降到 180 ms，没有回滚。");
		expect(note.stories[0]!.signals.hasMetric).toBe(true);
		expect(note.stories[2]!.questionIds).toHaveLength(2);
	});

	it("reads questions and stories in callouts, and an example callout as a titled story", () => {
		const note = fixture("callouts.md");
		expect(note.questions.map((q) => [q.line, q.form])).toEqual([
			[3, "callout"],
			[9, "callout"],
			[21, "callout"],
		]);
		expect(note.questions[1]!.highlights[0]).toMatchObject({ text: "changed direction", syntax: "equals" });
		expect(note.questions[2]!.answer).toMatchObject({ kind: "blockquote", line: 22, endLine: 22 });
		expect(note.stories.map(storyLine)).toEqual([
			"4 -: S T A R",
			"10 -: S A R | missing task",
			"15 Warehouse scanner rollout: S T A R",
		]);
		expect(note.stories[2]!.questionIds).toEqual([]);
	});

	it("reads one heading per question with part headings, across a --- in the Action", () => {
		const note = fixture("headings-per-question.md");
		expect(questionLines(note)).toEqual([
			"3 Tell me about a time you had to earn a team's trust quickly",
			"24 What is the hardest bug you have fixed?",
			"39 Walk me through a decision you reversed",
		]);
		expect(note.stories.map(storyLine)).toEqual(["5 -: S T A R", "26 -: S T A R", "41 -: S A R TK | missing task"]);
		const action = note.stories[0]!.parts.action!;
		expect(action.split("\n")).toHaveLength(3);
	});

	it("reads blockquote answers without their quote markers", () => {
		const note = fixture("blockquote-answers.md");
		expect(note.questions.map((q) => [q.line, q.form, q.answer?.kind ?? null])).toEqual([
			[3, "item", "blockquote"],
			[7, "item", "blockquote"],
			[13, "item", "blockquote"],
			[17, "heading", null],
			[24, "line", "blockquote"],
		]);
		expect(note.questions[1]!.answer).toMatchObject({ line: 9, endLine: 11 });
		expect(note.questions[2]!.answer!.text).toMatch(/^Your engineering blog's/);
		for (const q of note.questions) expect(q.answer?.text ?? "").not.toMatch(/^>/m);
	});

	it("reads story-first notes and links the prompts each story names", () => {
		const note = fixture("story-first.md");
		expect(note.questions.map((q) => [q.line, q.form, q.text])).toEqual([
			[13, "answers-line", "Tell me about a time you improved performance"],
			[13, "answers-line", "Describe a time you took ownership of a problem nobody owned"],
			[24, "answers-line", "Give me an example of a build-versus-buy decision"],
			[46, "answers-line", "How have you made a team less dependent on you?"],
		]);
		expect(note.stories.map(storyLine)).toEqual([
			"5 1 · Checkout latency rescue ★: S A R TK | missing task",
			"17 2 · Replacing the homegrown feature-flag service: S T A TK | missing result",
			"28 3 · Interview loop redesign: S A R | missing task",
			"35 4 · Vendor outage comms: S R | missing task,action",
			// A quoted question that ends in "?" still names what the story answers: the labels above are a story, not a legend.
			"41 5 · Handing the pager on: S T A R",
		]);
		expect(note.legend).toBeNull();
		expect(note.questions[3]!.storyIds).toEqual([note.stories[4]!.id]);
		expect(note.stories[0]!.parts.result).toMatch(/^p95 back to 640 ms/);
		expect(note.stories[1]!.partList).toHaveLength(4);
	});

	it.each(["ordinary-note.md", "adr-note.md"])("finds nothing in %s", (name) => {
		const note = fixture(name);
		expect(note).toMatchObject({ questions: [], stories: [], legend: null, problems: [], isStoryNote: false });
	});

	it("has a row in the fixture README for every fixture", () => {
		const readme = readFileSync(join(VAULTS, "README.md"), "utf8");
		const names = readdirSync(VAULTS).filter((f) => f.endsWith(".md") && f !== "README.md");
		expect(names.filter((name) => !readme.includes(`| \`${name}\` |`))).toEqual([]);
	});
});
