import { buildSync } from "esbuild";
import { builtinModules } from "node:module";

/** Bytes of minified main.js by where they come from: a package, or a folder two levels under src/. */
export interface BundleShare {
	source: string;
	bytes: number;
}

/** Groups a bundled input path: `node_modules/fuse.js/dist/…` → `fuse.js`, `src/core/practice/x.ts` → `src/core/practice`. */
function group(input: string): string {
	const parts = input.split("/");
	const at = parts.lastIndexOf("node_modules");
	if (at !== -1) return parts.slice(at + 1, at + ((parts[at + 1] ?? "").startsWith("@") ? 3 : 2)).join("/");
	return parts.slice(0, parts.length > 3 ? 3 : parts.length).join("/");
}

/**
 * Where main.js's bytes come from, largest first. It builds the plugin again
 * in memory with the options esbuild.config.mjs uses for production (that
 * file builds on import, so it cannot be asked), with a metafile.
 */
export function bundleBreakdown(root: string): BundleShare[] {
	const result = buildSync({
		absWorkingDir: root,
		entryPoints: ["src/main.ts"],
		bundle: true,
		external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
		format: "cjs",
		target: "es2018",
		minify: true,
		treeShaking: true,
		write: false,
		metafile: true,
		outfile: "main.js",
		logLevel: "silent",
	});
	const output = Object.values(result.metafile.outputs)[0];
	const shares = new Map<string, number>();
	for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
		const key = group(input);
		shares.set(key, (shares.get(key) ?? 0) + bytesInOutput);
	}
	return [...shares].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes);
}
