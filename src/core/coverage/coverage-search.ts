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

const OPTIONS = {
	keys: [
		{ name: "label", weight: 2 },
		{ name: "questions", weight: 1 },
	],
	threshold: 0.35,
	ignoreLocation: true,
	minMatchCharLength: 2,
};

/**
 * Search over story titles and question texts with fuse.js. The documents
 * come in groups (a note's stories), each group an object that is replaced
 * when it changes, as the index replaces a note. The search index is built
 * once and, when the index revision moves, takes out the documents of the
 * groups that went and adds those of the groups that came, so a save while a
 * search is open costs the changed note, not every story. Story bodies are
 * never indexed, which keeps a query over thousands of stories quick.
 */
export class CoverageSearch {
	private fuse: Fuse<SearchDoc> | null = null;
	private version: unknown = Symbol("none");
	private held = new Map<object, readonly SearchDoc[]>();

	/** The keys of the stories that match the query, or `null` when the query is empty. */
	search<G extends object>(
		groups: readonly G[],
		docsOf: (group: G) => readonly SearchDoc[],
		query: string,
		version: unknown,
	): Set<string> | null {
		const q = query.trim().slice(0, MAX_QUERY);
		if (q === "") return null;
		if (!this.fuse) this.rebuild(groups, docsOf);
		else if (version !== this.version) this.sync(groups, docsOf);
		this.version = version;
		return new Set((this.fuse as Fuse<SearchDoc>).search(q).map((r) => r.item.key));
	}

	private rebuild<G extends object>(groups: readonly G[], docsOf: (group: G) => readonly SearchDoc[]): void {
		this.held = new Map(groups.map((g) => [g, docsOf(g)]));
		this.fuse = new Fuse([...this.held.values()].flat(), OPTIONS);
	}

	/** Takes out the documents of groups that are gone (or replaced) and adds the new ones; many changes build afresh. */
	private sync<G extends object>(groups: readonly G[], docsOf: (group: G) => readonly SearchDoc[]): void {
		const now = new Set<object>(groups);
		const added = groups.filter((g) => !this.held.has(g));
		const goneGroups = [...this.held.keys()].filter((g) => !now.has(g));
		// A rescan or a new competency set replaces most notes: one build is cheaper than thousands of removals.
		if (goneGroups.length + added.length > Math.max(8, this.held.size / 4)) {
			this.rebuild(groups, docsOf);
			return;
		}
		const gone = new Set(goneGroups.flatMap((g) => (this.held.get(g) ?? []).map((doc) => doc.key)));
		for (const group of goneGroups) this.held.delete(group);
		const fuse = this.fuse as Fuse<SearchDoc>;
		// Removed before the new copies go in: a changed note's stories keep their keys.
		if (gone.size > 0) fuse.remove((doc) => gone.has(doc.key));
		for (const group of added) {
			const docs = docsOf(group);
			this.held.set(group, docs);
			for (const doc of docs) fuse.add(doc);
		}
	}
}
