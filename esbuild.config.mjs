// Builds the plugin (main.js) and the `story-bank` command-line tool.
//   node esbuild.config.mjs              watch build of the plugin, inline sourcemap
//   node esbuild.config.mjs production   minified plugin, no sourcemap, and the CLI (what `npm run build` makes)
//   node esbuild.config.mjs cli [FILE]   the Node CLI alone, in dist/story-bank.cjs or FILE
//   node esbuild.config.mjs metafile     the production build's metafile on stdout, nothing written
//                                        (`npm run bench` splits main.js by source with it)
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import parseWorker from "./scripts/parse-worker-plugin.cjs";

const mode = process.argv[2] ?? "watch";

const banner = `/*
Interview Story Bank, an Obsidian plugin. Built with esbuild; read the source at src/.
*/`;

/** Everything Obsidian provides at run time, plus Node built-ins, stays out of the bundle. */
const pluginExternals = [
	"obsidian",
	"electron",
	"@codemirror/*",
	"@lezer/*",
	...builtinModules,
	...builtinModules.map((name) => `node:${name}`),
];

/** The shipped build, and the metafile that describes it, are minified without a sourcemap. */
const production = mode === "production" || mode === "metafile";

const pluginOptions = {
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: pluginExternals,
	format: "cjs",
	// ES2020 runs in every Obsidian (desktop Chromium, iOS 14+ and Android WebViews); es2018 would rewrite every ?. and ??.
	target: "es2020",
	logLevel: "info",
	treeShaking: true,
	outfile: "main.js",
	minify: production,
	sourcemap: production ? false : "inline",
	// Large notes are parsed in a Web Worker whose script main.js carries as text.
	plugins: [parseWorker.parseWorkerPlugin({ minify: production })],
};

/** The `story-bank` command: a Node program, run by `npm run story-bank` or as the package's `bin`. */
const cliOptions = {
	// The shebang lets the file run as the `story-bank` bin that package.json declares.
	banner: { js: "#!/usr/bin/env node" },
	entryPoints: ["src/cli/story-bank.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: process.argv[3] ?? "dist/story-bank.cjs",
	logLevel: "warning",
};

if (mode === "production") {
	// Built together, so `npm run story-bank` never needs to bundle on its own.
	await Promise.all([esbuild.build(pluginOptions), esbuild.build(cliOptions)]);
} else if (mode === "metafile") {
	const result = await esbuild.build({ ...pluginOptions, metafile: true, write: false, logLevel: "silent" });
	process.stdout.write(JSON.stringify(result.metafile));
} else if (mode === "cli") {
	await esbuild.build(cliOptions);
} else {
	const context = await esbuild.context(pluginOptions);
	await context.watch();
}
