// Builds the benchmark into dist/bench.cjs (`npm run bench` runs it right after).
// mdast-util-from-markdown is ESM-only, so it is bundled like everything else.
// The mock question's story ranking (src/core/practice/story-ranking.ts) may not
// exist yet: the bench imports a stub, and this build swaps the real module in
// when the file is there.
import esbuild from "esbuild";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ranking = resolve(root, "src/core/practice/story-ranking.ts");

/** Resolves `./story-ranking-stub` to the real ranking module when it exists. */
const optionalRanking = {
	name: "optional-story-ranking",
	setup(build) {
		build.onResolve({ filter: /\/story-ranking-stub$/ }, (args) =>
			existsSync(ranking) ? { path: ranking } : { path: resolve(args.resolveDir, `${args.path}.ts`) },
		);
	},
};

await esbuild.build({
	absWorkingDir: root,
	entryPoints: ["scripts/bench/bench.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: "dist/bench.cjs",
	// A linked map lets a --cpu-prof profile point at the TypeScript lines.
	sourcemap: "linked",
	logLevel: "warning",
	plugins: [optionalRanking],
	// The browser section drives Chromium and bundles its page at run time.
	external: ["esbuild", "playwright-core"],
});
