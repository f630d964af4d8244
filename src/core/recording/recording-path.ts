import { joinPath } from "./recording-folder";

/** How many numbered names are tried before giving up. */
const MAX_TRIES = 1000;

/**
 * A path for a new file that is not taken: `folder/base.ext`, else
 * `folder/base-1.ext`, `folder/base-2.ext`, … A recording never overwrites a
 * file. `exists` answers for a vault path (case as given; Obsidian's own check
 * is case-insensitive on case-insensitive systems, so the caller passes that).
 * Throws after `MAX_TRIES` taken names rather than loop for ever.
 */
export function freePath(folder: string, base: string, extension: string, exists: (path: string) => boolean): string {
	for (let n = 0; n <= MAX_TRIES; n++) {
		const path = joinPath(folder, `${base}${n === 0 ? "" : `-${n}`}.${extension}`);
		if (!exists(path)) return path;
	}
	throw new Error(`No free file name for "${base}" in "${folder || "/"}" after ${MAX_TRIES} tries.`);
}
