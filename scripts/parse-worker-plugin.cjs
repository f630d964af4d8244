// `import source from "virtual:parse-worker"` gives the parse worker's script
// (src/obsidian/parse-worker-entry.ts and the parser it imports) as text,
// bundled on its own, so main.js can start a Web Worker from a blob URL
// without shipping a second file.
const esbuild = require("esbuild");
const { join } = require("node:path");

/** The esbuild plugin; `minify` follows the build it is part of. */
function parseWorkerPlugin({ minify = false } = {}) {
	return {
		name: "parse-worker",
		setup(build) {
			build.onResolve({ filter: /^virtual:parse-worker$/ }, () => ({ path: "parse-worker", namespace: "parse-worker" }));
			build.onLoad({ filter: /.*/, namespace: "parse-worker" }, async () => {
				const entry = join(__dirname, "..", "src", "obsidian", "parse-worker-entry.ts");
				const result = await esbuild.build({
					entryPoints: [entry],
					bundle: true,
					format: "iife",
					platform: "browser",
					target: "es2020",
					minify,
					write: false,
					logLevel: "warning",
					metafile: true,
				});
				const text = result.outputFiles[0]?.text ?? "";
				return {
					contents: `export default ${JSON.stringify(text)};`,
					loader: "js",
					watchFiles: Object.keys(result.metafile.inputs).map((f) => join(__dirname, "..", f)),
				};
			});
		},
	};
}

module.exports = { parseWorkerPlugin };
