import type { StoryBankSettings } from "./settings";

/** What the scope check needs to know about a note, from Obsidian's metadata cache or the parser. */
export interface NoteFacts {
	path: string;
	/** Tags anywhere in the note, with or without `#`. */
	tags: readonly string[];
	/** Frontmatter keys. */
	frontmatterKeys: readonly string[];
}

/**
 * Whether a note is in the user's story-note scope. Each setting that is set
 * must hold (folder, tag, frontmatter key); none set means the whole vault.
 * A tag matches itself and its nested tags (`interview` matches `interview/amazon`).
 */
export function inScope(facts: NoteFacts, settings: Pick<StoryBankSettings, "storyFolder" | "storyTag" | "storyFrontmatterKey">): boolean {
	const folder = settings.storyFolder;
	if (folder !== "" && !facts.path.startsWith(`${folder}/`)) return false;
	const tag = settings.storyTag.toLowerCase();
	if (tag !== "") {
		const hit = facts.tags.some((t) => {
			const name = t.replace(/^#/, "").toLowerCase();
			return name === tag || name.startsWith(`${tag}/`);
		});
		if (!hit) return false;
	}
	const key = settings.storyFrontmatterKey.toLowerCase();
	if (key !== "" && !facts.frontmatterKeys.some((k) => k.toLowerCase() === key)) return false;
	return true;
}
