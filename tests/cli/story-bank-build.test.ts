import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/story-bank";
import { EXAMPLE_VAULT } from "../helpers/fixtures";

// `npm run build` builds the command line once, and `npm run story-bank` and the `story-bank` bin run that file:
// these tests build it as the build does (into a temporary folder) and run it the ways a user would.

const ROOT = join(__dirname, "..", "..");

function node(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What the CLI prints for `args` when called in this process, the JSON contract the built file must keep. */
function inProcess(...args: string[]): string {
	const out: string[] = [];
	main(
		args,
		(text) => out.push(text),
		() => undefined,
	);
	return `${out.join("\n")}\n`;
}

describe("the built story-bank command", () => {
	const folder = mkdtempSync(join(tmpdir(), "story-bank-build-"));
	const built = join(folder, "story-bank.cjs");

	beforeAll(() => {
		const build = node("esbuild.config.mjs", "cli", built);
		expect(build.stderr).toBe("");
		expect(build.status).toBe(0);
	});

	it("runs as a program and prints the same index JSON as the source", () => {
		const run = node(built, "index", EXAMPLE_VAULT, "--json");
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual(JSON.parse(inProcess("index", EXAMPLE_VAULT, "--json")));
	});

	it("starts with a node shebang, so it works as the package's bin", () => {
		expect(readFileSync(built, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
		const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
		expect(manifest.bin).toEqual({ "story-bank": "dist/story-bank.cjs" });
	});

	it("says to run npm run build when the built file is missing", () => {
		const checkout = mkdtempSync(join(tmpdir(), "story-bank-unbuilt-"));
		mkdirSync(join(checkout, "scripts"));
		copyFileSync(join(ROOT, "scripts", "story-bank.mjs"), join(checkout, "scripts", "story-bank.mjs"));
		const run = node(join(checkout, "scripts", "story-bank.mjs"), "report", EXAMPLE_VAULT);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe("");
		expect(run.stderr).toContain("Run `npm run build` first");
	});
});
