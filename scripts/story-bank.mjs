// `npm run story-bank -- …` runs the command line that `npm run build` built into
// dist/story-bank.cjs, in this process and without bundling it again.
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "dist", "story-bank.cjs");

if (!existsSync(built)) {
	console.error("story-bank: dist/story-bank.cjs is missing. Run `npm run build` first: it builds the plugin and this command.");
	process.exit(1);
}

/** The newest modification time of the TypeScript files under `folder`. */
function newestSource(folder) {
	let newest = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
		else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
	}
	return newest;
}

/** What the command is built from: the core, the CLI, and the constants it prints. */
const sources = [join(root, "src", "core"), join(root, "src", "cli")];

// Running a stale build is allowed (the command still works), but it should not pass unnoticed.
const newest = Math.max(
	...sources.filter((folder) => existsSync(folder)).map(newestSource),
	statSync(join(root, "src", "constants.ts")).mtimeMs,
);
if (newest > statSync(built).mtimeMs) {
	console.error("story-bank: src/ has changed since dist/story-bank.cjs was built; run `npm run build` to use the changes.");
}

createRequire(import.meta.url)(built).run();
