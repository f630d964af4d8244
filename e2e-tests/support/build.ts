import { build, type Plugin } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build helper shared with esbuild.config.mjs
const { parseWorkerPlugin } = require("../../scripts/parse-worker-plugin.cjs") as { parseWorkerPlugin: () => Plugin };

export const ROOT = join(__dirname, "..", "..");
const EXAMPLE_VAULT = join(ROOT, "example-vault");

/** The markdown notes of a folder, `{ relative path: text }`; dot folders (.obsidian) are left out. */
export function readNotes(folder: string): Record<string, string> {
	const notes: Record<string, string> = {};
	const visit = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (entry.name.endsWith(".md")) notes[relative(folder, full).split("\\").join("/")] = readFileSync(full, "utf8");
		}
	};
	visit(folder);
	return notes;
}

/** `import notes from "e2e:example-vault"`: the example vault's notes, read when the page is bundled. */
const exampleVault: Plugin = {
	name: "example-vault",
	setup(b) {
		b.onResolve({ filter: /^e2e:example-vault$/ }, () => ({ path: "example-vault", namespace: "e2e" }));
		b.onLoad({ filter: /.*/, namespace: "e2e" }, () => ({
			contents: `export default ${JSON.stringify(readNotes(EXAMPLE_VAULT))};`,
			loader: "js",
			watchFiles: [],
		}));
	},
};

let bundle: Promise<string> | null = null;

/**
 * Bundles the page's script (e2e-tests/harness/main.ts, which loads
 * src/main.ts) for the browser, with `obsidian` resolved to
 * obsidian-test-mocks. Once per test file; returns the script's text.
 */
export function buildHarness(): Promise<string> {
	bundle ??= build({
		entryPoints: [join(ROOT, "e2e-tests", "harness", "main.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "chrome120",
		alias: { obsidian: "obsidian-test-mocks/obsidian" },
		plugins: [exampleVault, parseWorkerPlugin()],
		write: false,
		outfile: "harness.js",
		logLevel: "warning",
	}).then((result) => {
		const file = result.outputFiles[0];
		if (!file) throw new Error("esbuild wrote no bundle");
		// A name for stack traces; no source map, since V8 does not apply them to error stacks.
		return `${file.text}\n//# sourceURL=e2e-harness.js\n`;
	});
	return bundle;
}
