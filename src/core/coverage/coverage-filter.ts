import type { IndexedNote } from "../index/story-index";

/** What the coverage panel is narrowed to. Empty strings mean "no filter". */
export interface CoverageFilter {
	/** A note's path (`Bank.md`), or a folder ending in `/` (`Interviews/`). */
	scope: string;
	/** A company named in notes' `company` frontmatter, compared without regard to case. */
	company: string;
	/** Words to look for in story titles and question texts. */
	query: string;
}

/** No filter at all. */
export const NO_FILTER: Readonly<CoverageFilter> = Object.freeze({ scope: "", company: "", query: "" });

/** One choice of the note-or-folder filter. */
export interface ScopeOption {
	/** The filter value: a folder ends with `/`. */
	value: string;
	/** What the dropdown shows. */
	label: string;
	kind: "folder" | "note";
}

/** True when a note is inside the scope (a folder and its subfolders, or that one note). */
export function inFilterScope(path: string, scope: string): boolean {
	if (scope === "") return true;
	return scope.endsWith("/") ? path.startsWith(scope) : path === scope;
}

/** True when the note names the company (or no company filter is set). */
export function forCompany(note: Pick<IndexedNote, "meta">, company: string): boolean {
	return company === "" || (note.meta.company ?? "").trim().toLowerCase() === company.trim().toLowerCase();
}

/**
 * The folder and note choices for the scope filter: every folder that holds a
 * story note (and the folders above it), then every story note, by path. A
 * scope the user chose earlier that no longer exists is kept, so the dropdown
 * still shows what is filtering.
 */
export function scopeOptions(paths: readonly string[], current = ""): ScopeOption[] {
	const folders = new Set<string>();
	for (const path of paths) {
		const parts = path.split("/").slice(0, -1);
		for (let i = 1; i <= parts.length; i++) folders.add(`${parts.slice(0, i).join("/")}/`);
	}
	const options: ScopeOption[] = [
		...[...folders].sort().map((value) => ({ value, label: value, kind: "folder" as const })),
		...[...paths].sort().map((value) => ({ value, label: value.replace(/\.md$/, ""), kind: "note" as const })),
	];
	if (current !== "" && !options.some((o) => o.value === current)) {
		options.push({ value: current, label: current.replace(/\.md$/, ""), kind: current.endsWith("/") ? "folder" : "note" });
	}
	return options;
}

/** The companies named in the notes' frontmatter, each once (first spelling wins), sorted. */
export function companyOptions(notes: readonly Pick<IndexedNote, "meta">[], current = ""): string[] {
	const byKey = new Map<string, string>();
	for (const note of notes) {
		const name = note.meta.company?.trim();
		if (name && !byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
	}
	if (current !== "" && !byKey.has(current.toLowerCase())) byKey.set(current.toLowerCase(), current);
	return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}
