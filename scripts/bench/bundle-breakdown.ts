import { execFileSync } from "node:child_process";

/** Bytes of minified main.js by where they come from: a package, or a folder two levels under src/. */
export interface BundleShare {
	source: string;
	bytes: number;
}

/** The rebuild's size, and its bytes by source, largest first. */
export interface BundleBreakdown {
	/** Bytes of the rebuilt main.js: the real file's size, unless the sources changed since it was built. */
	total: number;
	shares: BundleShare[];
}

/** The part of esbuild's metafile the breakdown reads. */
interface Metafile {
	outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** Groups a bundled input path: `node_modules/fuse.js/dist/…` → `fuse.js`, `src/core/practice/x.ts` → `src/core/practice`. */
function group(input: string): string {
	const parts = input.split("/");
	const at = parts.lastIndexOf("node_modules");
	if (at !== -1) return parts.slice(at + 1, at + ((parts[at + 1] ?? "").startsWith("@") ? 3 : 2)).join("/");
	return parts.slice(0, parts.length > 3 ? 3 : parts.length).join("/");
}

/**
 * Where main.js's bytes come from. `node esbuild.config.mjs metafile` redoes
 * the production build in memory with the very options `npm run build` uses
 * and prints esbuild's metafile, so the shares add up to the shipped file.
 */
export function bundleBreakdown(root: string): BundleBreakdown {
	const json = execFileSync(process.execPath, ["esbuild.config.mjs", "metafile"], {
		cwd: root,
		stdio: ["ignore", "pipe", "pipe"],
		maxBuffer: 64 * 1024 * 1024,
	});
	const metafile = JSON.parse(json.toString()) as Metafile;
	const output = Object.values(metafile.outputs)[0];
	const shares = new Map<string, number>();
	for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
		const key = group(input);
		shares.set(key, (shares.get(key) ?? 0) + bytesInOutput);
	}
	return {
		total: output?.bytes ?? 0,
		shares: [...shares].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes),
	};
}
