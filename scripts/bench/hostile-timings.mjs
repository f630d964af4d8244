// Builds scripts/bench/hostile-timings.ts into dist/ and runs it with the same arguments:
//     node scripts/bench/hostile-timings.mjs [--sizes 10,50,100] [--reps 5] [--budget 5000] [--only id,id]
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const outfile = resolve(root, "dist/hostile-timings.cjs");

await esbuild.build({
	absWorkingDir: root,
	entryPoints: ["scripts/bench/hostile-timings.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile,
	logLevel: "warning",
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
process.exitCode = run.status ?? 1;
