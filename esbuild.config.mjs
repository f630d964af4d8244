// Builds the plugin (main.js) and the `story-bank` command-line tool.
//   node esbuild.config.mjs              watch build of the plugin, inline sourcemap
//   node esbuild.config.mjs production   minified plugin, no sourcemap (what `npm run build` ships)
//   node esbuild.config.mjs cli          the Node CLI in dist/story-bank.cjs
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

const cliOptions = {
	entryPoints: ["src/cli/story-bank.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: "dist/story-bank.cjs",
	logLevel: "warning",
};

if (mode === "production") {
	await esbuild.build(pluginOptions);
} else if (mode === "metafile") {
	const result = await esbuild.build({ ...pluginOptions, metafile: true, write: false, logLevel: "silent" });
	process.stdout.write(JSON.stringify(result.metafile));
} else if (mode === "cli") {
	await esbuild.build(cliOptions);
} else {
	const context = await esbuild.context(pluginOptions);
	await context.watch();
}
