// `import source from "virtual:parse-worker"` gives the parse worker's script
// (src/obsidian/parse-worker-entry.ts and the parser it imports) as text,
// bundled on its own, so main.js can start a Web Worker from a blob URL
// without shipping a second file. `import { hash }` gives a hash of that text,
// worked out here at build time: hashing 60 KB in the plugin cost 4-5 ms of
// every start-up.
const esbuild = require("esbuild");
const { createHash } = require("node:crypto");
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
					contents:
						`export default ${JSON.stringify(text)};\n` +
						`export const hash = ${JSON.stringify(createHash("sha256").update(text).digest("hex").slice(0, 12))};`,
					loader: "js",
					watchFiles: Object.keys(result.metafile.inputs).map((f) => join(__dirname, "..", f)),
				};
			});
		},
	};
}

module.exports = { parseWorkerPlugin };
