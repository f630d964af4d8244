import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** The markdown files of a folder on disk, as `{ relative path: text }` for an in-memory vault. */
export function readVault(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	const visit = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (entry.name.endsWith(".md")) files[relative(folder, full).split("\\").join("/")] = readFileSync(full, "utf8");
		}
	};
	visit(folder);
	return files;
}

/** Lets promise callbacks and zero-delay timers run. */
export async function settle(rounds = 5): Promise<void> {
	for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
