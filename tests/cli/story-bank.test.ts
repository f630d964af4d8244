import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, SEED } from "../helpers/cli";
import { EXAMPLE_VAULT } from "../helpers/fixtures";

const run = runCli;

interface JsonNote {
	path: string;
	problems: unknown[];
	questions: {
		id: string;
		text: string;
		alternates: string[];
		highlights: { text: string; color: string | null; colorName: string | null }[];
		section: string | null;
		line: number;
		storyIds: string[];
		answer: { kind: string } | null;
	}[];
	stories: {
		id: string;
		title: string | null;
		questionIds: string[];
		line: number;
		endLine: number;
		parts: Record<string, string>;
		missing: string[];
		sketch: boolean;
		signals: Record<string, unknown>;
		strength: { score: number; level: string; warnings: string[] };
	}[];
}

function json(...args: string[]): JsonNote[] {
	const result = run("index", ...args, "--json");
	expect(result.code).toBe(0);
	return (JSON.parse(result.out) as { notes: JsonNote[] }).notes;
}

describe("story-bank index --json", () => {
	it("prints every story note of the example vault, and not the ordinary note", () => {
		const notes = json(EXAMPLE_VAULT);
		expect(notes.map((n) => n.path)).toEqual([
			"Callout stories.md",
			"Experience bank.md",
			"Senior format.md",
			"Single letter labels.md",
			"Stories by heading.md",
		]);
		const bank = notes.find((n) => n.path === "Experience bank.md")!;
		expect(bank.questions).toHaveLength(14);
		expect(bank.stories).toHaveLength(9);
		const [first] = bank.questions;
		expect(first).toMatchObject({
			text: "Tell me about a time you broke production",
			alternates: ["What is the biggest technical mistake you have made, and what changed afterwards?"],
			highlights: [{ text: "broke production", color: "#FF5582A6", colorName: "red" }],
			section: "Experience Bank",
			line: 31,
		});
		const story = bank.stories.find((s) => s.questionIds.includes(first!.id))!;
		expect(Object.keys(story.parts)).toEqual(["situation", "task", "action", "result", "takeaway"]);
		expect(story).toMatchObject({ line: 32, endLine: 36, missing: [], sketch: false });
		// "Down for 14 minutes across 3 warehouses" is the damage, not a measured change.
		expect(story.signals).toMatchObject({ hasMetric: false, wordsPerMinute: 150 });
		// Scored for a staff panel: scope ("the consuming teams") and a takeaway, but no measured change.
		expect(story.strength).toMatchObject({ score: 3, level: "weak", warnings: ["No measured result"] });
	});

	it(
		"reads the user's own note: highlights and colours, titles, the missing Task, sketches, blockquotes, " +
			"six hypotheticals, no legend story",
		() => {
			// ../shared sits beside the clone in CI; a lone clone has no seed to read.
			if (!existsSync(SEED)) return;
			const [note] = json(SEED);
			expect(note!.questions).toHaveLength(18);
			expect(note!.questions.filter((q) => q.section === "Hypotheticals")).toHaveLength(6);
			expect(note!.questions[0]!.highlights.map((h) => [h.text, h.colorName])).toEqual([
				["did something wrong", "red"],
				["overlooked", "red"],
			]);
			expect(note!.questions[1]!.alternates).toHaveLength(2);
			expect(note!.stories.map((s) => s.title).filter((t) => t !== null)).toEqual([
				"Cleaned the data when no one else would",
				"Deployed the product in production and satisfied all requirements",
				"pushed back on support request",
				"layout analysis/semantic search engine",
				"junior dev + solution",
				"relocation + multiple hats",
			]);
			expect(note!.stories.filter((s) => s.sketch)).toHaveLength(3);
			expect(note!.stories.filter((s) => !s.sketch && s.missing.join() === "task")).toHaveLength(1);
			expect(note!.stories.some((s) => s.parts.situation === "describe the circumstance;")).toBe(false);
			expect(note!.questions.filter((q) => q.answer?.kind === "blockquote")).toHaveLength(2);
		},
	);
});

describe("story-bank report", () => {
	it("summarises the example vault: totals, what incomplete stories lack, sketches, long stories", () => {
		const { code, out } = run("report", EXAMPLE_VAULT);
		expect(code).toBe(0);
		expect(out).toContain("5 story notes, 33 questions, 26 stories: 17 complete, 7 incomplete, 2 sketches");
		expect(out).toMatch(/"A time when you had to make a call without complete data" lacks Task/);
		expect(out).toContain('sketch "on-call handoffs + burnout" has no parts yet');
		expect(out).toMatch(/over 3 minutes/);
	});

	it("explains what to do when a folder holds no story notes, and skips other files", () => {
		const dir = mkdtempSync(join(tmpdir(), "bank-"));
		writeFileSync(join(dir, "groceries.md"), "- milk\n- eggs\n");
		writeFileSync(join(dir, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
		const { code, out } = run("report", dir);
		expect(code).toBe(0);
		expect(out).toContain("No questions or stories found");
	});
});

describe("bad input", () => {
	it("says so on stderr and exits non-zero for a missing path", () => {
		const { code, err } = run("index", "/no/such/folder", "--json");
		expect(code).toBe(2);
		expect(err).toContain("no such file or folder: /no/such/folder");
	});

	it("refuses a binary file given by name", () => {
		const dir = mkdtempSync(join(tmpdir(), "bank-"));
		const file = join(dir, "blob.md");
		writeFileSync(file, Buffer.from([0x00, 0x01, 0x02, 0xff]));
		const { code, err } = run("report", file);
		expect(code).toBe(1);
		expect(err).toContain("blob.md is a binary file");
	});

	it("reads the other notes of a folder when one cannot be read", () => {
		// Root reads anything, so permissions cannot be tested as root.
		if (process.getuid?.() === 0) return;
		const dir = mkdtempSync(join(tmpdir(), "bank-"));
		writeFileSync(join(dir, "locked.md"), "- Tell me about a time?");
		chmodSync(join(dir, "locked.md"), 0o000);
		writeFileSync(join(dir, "open.md"), "- Tell me about a time you failed?\n\t- S: a\n\t- A: b\n\t- R: c");
		const { code, out, err } = run("report", dir);
		expect(code).toBe(1);
		expect(err).toContain("locked.md permission denied");
		expect(out).toContain("open.md");
	});

	it("explains an unknown command or option with the usage", () => {
		expect(run("summarise", ".").err).toContain('Unknown command "summarise"');
		expect(run("index", ".", "--wpm", "9000").code).toBe(2);
		expect(run("--help").out).toContain("Usage: story-bank");
	});
});
