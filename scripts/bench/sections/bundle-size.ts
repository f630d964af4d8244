import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { bundleBreakdown } from "../bundle-breakdown";
import type { BenchContext, BenchSection } from "../context";
import { figure, fmt, type Row } from "../report";
import { KIB } from "../units";

/** The repository root: the bench runs from dist/bench.cjs. */
const ROOT = resolve(__dirname, "..");

/** 6b. The size of the production main.js, built fresh by the production esbuild step of `npm run build`. */
export const bundleSection: BenchSection = {
	number: "6b",
	id: "size",
	title: "Bundle",
	run(ctx: BenchContext) {
		const path = resolve(ROOT, "main.js");
		let how = "built now with `node esbuild.config.mjs production` (the esbuild step of `npm run build`)";
		ctx.progress("6. production build of main.js");
		try {
			execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "pipe" });
		} catch (error) {
			const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split("\n")[0] ?? String(error);
			how =
				`the production build failed (${stderr}); read the existing main.js from ` +
				`${statSync(path, { throwIfNoEntry: false })?.mtime.toISOString() ?? "nowhere"}`;
		}
		let bytes: Buffer;
		try {
			bytes = readFileSync(path);
		} catch {
			return { rows: [], notes: [`No main.js: ${how}.`] };
		}
		const gzip = gzipSync(bytes).length;
		const minified = bytes.includes("\n  ") ? " (looks unminified)" : "";
		const rows: Row[] = [
			// No size target: what a user feels is start-up time, held to its target in section 8 (require → onload).
			figure("size.main_js_kb", "main.js, minified", bytes.length / KIB, "KB", `${fmt(bytes.length / KIB)} KB${minified}`),
			figure("size.main_js_gzip_kb", "main.js, gzip", gzip / KIB, "KB", `${fmt(gzip / KIB)} KB`),
		];
		const notes = [
			`main.js ${how}.`,
			"Size has no target of its own: start-up time does (require → onload ≤ 20 ms at 1×, in section 8, `--browser`).",
		];
		try {
			const breakdown = bundleBreakdown(ROOT);
			for (const share of breakdown.shares.slice(0, 6)) {
				rows.push(
					figure(`size.from.${share.source}`, `  from ${share.source}`, share.bytes / KIB, "KB", `${fmt(share.bytes / KIB)} KB`),
				);
			}
			notes.push(
				breakdown.total === bytes.length
					? "The breakdown comes from the same production build redone in memory with a metafile; the six largest sources."
					: `The breakdown's rebuild is ${fmt(breakdown.total / KIB)} KB, ` +
							`not main.js's ${fmt(bytes.length / KIB)} KB (main.js is older than the sources), ` +
							`so read the shares as approximate.`,
			);
		} catch (error) {
			notes.push(`No breakdown: ${String(error).split("\n")[0] ?? ""}`);
		}
		return { rows, notes };
	},
};
