import { build, type Plugin } from "esbuild";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The repository root: the bench runs from dist/bench.cjs. */
export const BENCH_ROOT = resolve(__dirname, "..");

/**
 * A browser page's script, bundled as the in-browser sections load it: the
 * entry point with the Obsidian mocks standing in for `obsidian` and the
 * parse worker built in, minified, plus any plugins the section needs.
 */
export async function pageBundle(entry: string, plugins: readonly Plugin[] = []): Promise<string> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS build helper esbuild.config.mjs uses too
	const { parseWorkerPlugin } = require(resolve(BENCH_ROOT, "scripts/parse-worker-plugin.cjs")) as {
		parseWorkerPlugin: (o: { minify: boolean }) => Plugin;
	};
	const result = await build({
		absWorkingDir: BENCH_ROOT,
		entryPoints: [entry],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "chrome120",
		minify: true,
		alias: { obsidian: "obsidian-test-mocks/obsidian" },
		plugins: [...plugins, parseWorkerPlugin({ minify: true })],
		write: false,
		logLevel: "warning",
	});
	return result.outputFiles[0]?.text ?? "";
}

/** An empty page in Obsidian's light theme with the plugin's styles, as the browser tests draw it. */
export function themedPageHtml(): string {
	const theme = readFileSync(resolve(BENCH_ROOT, "e2e-tests/page/obsidian-theme.css"), "utf8");
	const styles = readFileSync(resolve(BENCH_ROOT, "styles.css"), "utf8");
	return `<!doctype html><html><head><style>${theme}</style><style>${styles}</style></head><body class="theme-light"></body></html>`;
}
