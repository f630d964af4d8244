import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

// The core never reaches into the shell, at any depth. The probe is source text linted as if it were
// src/core/practice/probe.ts, a file two folders down, by the rule the project's own eslint.config.mjs
// resolves for that path. ESLint loads its config with import(), which Jest's module sandbox cannot run,
// so the lint happens in a child Node process. The probe is linted by that one rule without type
// information: the typed rules need a file on disk, and the boundary is a matter of import paths alone.

const PROBE_PATH = "src/core/practice/probe.ts";

const LINT_AS_CORE = `
import { ESLint, Linter } from "eslint";
import tsparser from "@typescript-eslint/parser";
const [probePath, ...sources] = JSON.parse(await new Response(process.stdin).text());
const config = await new ESLint({ cwd: process.cwd() }).calculateConfigForFile(probePath);
const rule = config.rules["no-restricted-imports"];
const flat = [{ files: ["**/*.ts"], languageOptions: { parser: tsparser }, rules: { "no-restricted-imports": rule } }];
const linter = new Linter();
const results = sources.map((code) => linter.verify(code, flat, { filename: probePath }).map((m) => m.ruleId + ": " + m.message));
process.stdout.write(JSON.stringify(results));
`;

/** The messages the core boundary rule gives each probe, placed at `PROBE_PATH`. */
function lintAsCore(sources: string[]): string[][] {
	const output = execFileSync(process.execPath, ["--input-type=module", "-e", LINT_AS_CORE], {
		cwd: resolve(__dirname, "../.."),
		input: JSON.stringify([PROBE_PATH, ...sources]),
		encoding: "utf8",
	});
	return JSON.parse(output) as string[][];
}

const FORBIDDEN = ["../../ui/x", "../../ui/coverage/coverage-view", "../../obsidian/x", "../../main", "../../cli/x", "obsidian"];
const ALLOWED = ["../parser/ids", "./scheduler", "../index/story-index", "date-fns"];

describe("the core boundary, linted from a nested core folder", () => {
	const probe = (path: string) => `import { thing } from "${path}";\nexport const used = thing;\n`;
	let results: string[][];
	beforeAll(() => {
		results = lintAsCore([...FORBIDDEN, ...ALLOWED].map(probe));
	}, 60_000);

	it.each(FORBIDDEN.map((path, i) => [path, i] as const))("rejects an import of %s", (_path, i) => {
		expect(results[i]!.length).toBeGreaterThan(0);
		for (const message of results[i]!) expect(message).toMatch(/^no-restricted-imports: /);
	});

	it.each(ALLOWED.map((path, i) => [path, FORBIDDEN.length + i] as const))("accepts an import of %s", (_path, i) => {
		expect(results[i]).toEqual([]);
	});
});
