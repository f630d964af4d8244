// Builds the evaluation into dist/eval.cjs (`npm run eval` runs it right after).
// Bundled like the bench, so the script calls the very core modules the plugin ships.
import esbuild from "esbuild";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

await esbuild.build({
	absWorkingDir: root,
	entryPoints: ["scripts/eval/eval.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: "dist/eval.cjs",
	logLevel: "warning",
});
