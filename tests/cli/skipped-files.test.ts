import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli";

// Whatever a folder holds, the CLI reports every note it can read, names each thing it skipped on stderr
// in one line, and says with exit status 1 that something was skipped.

/** The CLI's exit status, stdout, and what it wrote on stderr one line at a time. */
function run(...args: string[]): { code: number; out: string; err: string[] } {
	const { code, out, errLines } = runCli(...args);
	return { code, out, err: errLines };
}

const STORY =
	"- Tell me about a time you failed?\n\t- Export outage\n\t\t- S: the export failed\n\t\t- A: I rewrote it\n\t\t- R: 0 failures\n";

function bank(): string {
	const dir = mkdtempSync(join(tmpdir(), "bank-"));
	writeFileSync(join(dir, "Open.md"), STORY);
	return dir;
}

/** A folder whose listing fails as an unreadable one does. Root reads every folder, so the refusal is made here. */
const mockRefused = { folder: "" };
jest.mock("node:fs", () => {
	const actual = jest.requireActual<typeof import("node:fs")>("node:fs");
	return {
		...actual,
		readdirSync: (path: string, options: object) => {
			if (mockRefused.folder !== "" && path === mockRefused.folder)
				throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: "EACCES" });
			return actual.readdirSync(path, options as { withFileTypes: true });
		},
	};
});

afterEach(() => (mockRefused.folder = ""));

describe("a folder the CLI cannot wholly read", () => {
	it("reports the rest when a subfolder cannot be read, naming it in one line", () => {
		const dir = bank();
		mkdirSync(join(dir, "Private"));
		writeFileSync(join(dir, "Private", "Secret.md"), STORY);
		mockRefused.folder = join(dir, "Private");
		const { code, out, err } = run("index", dir);
		expect(code).toBe(1);
		expect(err).toEqual(["story-bank: Private/ permission denied; its notes were not read; skipped."]);
		expect(out).toContain("Open.md:1\tquestion");
		expect(out).not.toContain("Secret");
	});

	it("names symbolic links to a note and to a folder, skips them, and reports the rest", () => {
		const dir = bank();
		const elsewhere = mkdtempSync(join(tmpdir(), "elsewhere-"));
		writeFileSync(join(elsewhere, "Linked.md"), STORY);
		symlinkSync(join(elsewhere, "Linked.md"), join(dir, "Linked.md"));
		symlinkSync(elsewhere, join(dir, "Shared"));
		symlinkSync(join(elsewhere, "gone.md"), join(dir, "Broken.md"));
		symlinkSync(join(elsewhere, "Linked.md"), join(dir, "not-a-note.txt"));
		const { code, out, err } = run("index", dir);
		expect(code).toBe(1);
		expect(err).toEqual([
			"story-bank: Broken.md is a broken link; skipped.",
			"story-bank: Linked.md is a link; links are not followed; skipped.",
			"story-bank: Shared/ is a link to a folder; links are not followed; skipped.",
		]);
		expect(out).toContain("Open.md:1\tquestion");
		expect(out).not.toContain("Linked");
	});

	it("skips a named pipe called like a note without opening it (it would wait forever)", () => {
		const dir = bank();
		execFileSync("mkfifo", [join(dir, "Pipe.md")]);
		const { code, out, err } = run("report", dir);
		expect(code).toBe(1);
		expect(err).toEqual(["story-bank: Pipe.md is a named pipe (FIFO), not a file; skipped."]);
		expect(out).toContain("Open.md");
	});

	it.each([
		["a named pipe", "named pipe (FIFO)"],
		["/dev/zero", "character device"],
	])("refuses %s given as the path with one line and exit status 2", (what, kind) => {
		let path = "/dev/zero";
		if (what !== "/dev/zero") {
			path = join(mkdtempSync(join(tmpdir(), "bank-")), "pipe");
			execFileSync("mkfifo", [path]);
		}
		const { code, out, err } = run("index", path, "--json");
		expect(code).toBe(2);
		expect(err).toEqual([`story-bank: ${path} is a ${kind}, not a folder or a markdown file.`]);
		expect(out).toBe("");
	});

	it("exits 0 with nothing on stderr when every note was read", () => {
		const { code, err } = run("index", bank());
		expect([code, err]).toEqual([0, []]);
	});
});
