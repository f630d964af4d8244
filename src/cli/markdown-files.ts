import { lstatSync, readdirSync, readFileSync, statSync, type Dirent, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";

/** A markdown file read from disk, or why it could not be. */
export type ReadResult = { path: string; text: string } | { path: string; error: string };

/** Folders never read: app settings, version control, dependencies, the trash. */
const SKIPPED_FOLDERS = new Set([".obsidian", ".git", ".trash", "node_modules"]);

const MARKDOWN = /\.(?:md|markdown)$/i;

/** Something under the folder that was not read, with the reason (a sentence fragment after its path). */
export interface SkippedEntry {
	path: string;
	reason: string;
}

/** What `listMarkdown` found: the files to read, the entries it had to skip, and how many other files it passed over. */
export interface MarkdownListing {
	root: string;
	files: string[];
	skipped: SkippedEntry[];
	others: number;
}

/**
 * Markdown files under a folder, or the one file given, with paths relative
 * to the folder (or the file name). Never opens anything but folders and
 * regular files: a FIFO or a device would block or never end. Symbolic links
 * are not followed (one can lead outside the folder, or back into it); a link
 * to a note or a folder is reported as skipped, as is a folder it cannot
 * read, and the walk goes on. Throws only when `target` itself cannot be
 * read as a folder or a file, with a message for the user.
 */
export function listMarkdown(target: string): MarkdownListing {
	const stat = statOrThrow(target);
	if (stat.isFile()) return { root: target, files: [target], skipped: [], others: 0 };
	if (!stat.isDirectory()) throw new Error(`${target} is ${kindOf(stat)}, not a folder or a markdown file`);
	const files: string[] = [];
	const skipped: SkippedEntry[] = [];
	let others = 0;
	const skip = (full: string, reason: string, folder = false): void => {
		skipped.push({ path: displayPath(full, target) + (folder ? "/" : ""), reason });
	};
	const visit = (dir: string): void => {
		let entries: Dirent[];
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (error) {
			if (dir === target) throw new Error(`${target}: ${describeError(error)}`);
			skip(dir, `${describeError(error)}; its notes were not read`, true);
			return;
		}
		for (const entry of entries) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!SKIPPED_FOLDERS.has(entry.name)) visit(full);
			} else if (entry.isSymbolicLink()) {
				const to = linkTarget(full);
				if (to === "folder") skip(full, "is a link to a folder; links are not followed", true);
				else if (MARKDOWN.test(entry.name)) skip(full, to === "missing" ? "is a broken link" : "is a link; links are not followed");
				else others++;
			} else if (!MARKDOWN.test(entry.name)) {
				others++;
			} else if (entry.isFile()) {
				files.push(full);
			} else {
				skip(full, `is ${kindOf(lstatSync(full))}, not a file`);
			}
		}
	};
	visit(target);
	files.sort();
	skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { root: target, files, skipped, others };
}

function statOrThrow(target: string): Stats {
	try {
		return statSync(target);
	} catch (error) {
		throw new Error(`${target}: ${describeError(error)}`);
	}
}

function linkTarget(path: string): "folder" | "file" | "missing" {
	try {
		return statSync(path).isDirectory() ? "folder" : "file";
	} catch {
		return "missing";
	}
}

/** What kind of thing a non-file, non-folder is, for a message. */
function kindOf(stat: Stats): string {
	if (stat.isFIFO()) return "a named pipe (FIFO)";
	if (stat.isCharacterDevice()) return "a character device";
	if (stat.isBlockDevice()) return "a block device";
	if (stat.isSocket()) return "a socket";
	if (stat.isSymbolicLink()) return "a symbolic link";
	return "not a regular file";
}

function describeError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code ?? "";
	if (code === "EACCES" || code === "EPERM") return "permission denied";
	if (code === "ENOENT") return "no such file or folder";
	return `cannot be read (${code || String(error)})`;
}

/** Reads a file as UTF-8 text; a binary file (NUL bytes or invalid UTF-8) is refused. */
export function readMarkdown(file: string, root: string): ReadResult {
	const path = displayPath(file, root);
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		return { path, error: describeError(error) };
	}
	if (bytes.subarray(0, 8192).includes(0)) return { path, error: "is a binary file, not markdown" };
	try {
		return { path, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
	} catch {
		return { path, error: "is not UTF-8 text" };
	}
}

function displayPath(file: string, root: string): string {
	const rel = file === root ? (file.split(sep).pop() ?? file) : relative(root, file);
	return rel.split(sep).join("/");
}
