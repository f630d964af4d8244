import Fuse from "fuse.js";

/** What the panel's search box looks through for one story: short fields only. */
export interface SearchDoc {
	key: string;
	/** The story's title; empty when it has none (its first question then stands for it). */
	label: string;
	/** The texts of the questions it answers, alternates included. */
	questions: string[];
}

/** Longest query handed to fuse.js; its bitap search works on 32 characters at most. */
const MAX_QUERY = 32;

/**
 * Search over story titles and question texts with fuse.js. The index is
 * built once per index revision and reused for every keystroke; story bodies
 * are never indexed, which keeps a query over thousands of stories quick.
 */
export class CoverageSearch {
	private fuse: Fuse<SearchDoc> | null = null;
	private version: unknown = Symbol("none");

	/** The keys of the stories that match the query, or `null` when the query is empty. */
	search(docs: () => readonly SearchDoc[], query: string, version: unknown): Set<string> | null {
		const q = query.trim().slice(0, MAX_QUERY);
		if (q === "") return null;
		if (!this.fuse || version !== this.version) {
			this.fuse = new Fuse([...docs()], {
				keys: [
					{ name: "label", weight: 2 },
					{ name: "questions", weight: 1 },
				],
				threshold: 0.35,
				ignoreLocation: true,
				minMatchCharLength: 2,
			});
			this.version = version;
		}
		return new Set(this.fuse.search(q).map((r) => r.item.key));
	}
}
