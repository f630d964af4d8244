import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** A markdown file read from disk, or why it could not be. */
export type ReadResult = { path: string; text: string } | { path: string; error: string };

/** Folders never read: app settings, version control, dependencies, the trash. */
const SKIPPED_FOLDERS = new Set([".obsidian", ".git", ".trash", "node_modules"]);

const MARKDOWN = /\.(?:md|markdown)$/i;

/** Markdown files under a folder, or the one file given, with paths relative to the folder (or the file name). */
export function listMarkdown(target: string): { root: string; files: string[]; others: number } {
	const stat = statSync(target);
	if (stat.isFile()) return { root: target, files: [target], others: 0 };
	const files: string[] = [];
	let others = 0;
	const visit = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!SKIPPED_FOLDERS.has(entry.name)) visit(full);
			} else if (entry.isFile() && MARKDOWN.test(entry.name)) {
				files.push(full);
			} else {
				others++;
			}
		}
	};
	visit(target);
	files.sort();
	return { root: target, files, others };
}

/** Reads a file as UTF-8 text; a binary file (NUL bytes or invalid UTF-8) is refused. */
export function readMarkdown(file: string, root: string): ReadResult {
	const path = displayPath(file, root);
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? "";
		return { path, error: code === "EACCES" ? "permission denied" : `cannot be read (${code || String(error)})` };
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
