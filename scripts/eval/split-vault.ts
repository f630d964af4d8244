import { StoryIndex, type IndexedStory } from "../../src/core/index/story-index";
import { parseNote } from "../../src/core/parser/note-parser";
import { listMarkdown, readMarkdown } from "../../src/cli/markdown-files";
import type { SplitLabels } from "./labels";

/** A split's notes indexed the way the CLI indexes a folder, and each story label's story. */
export interface SplitVault {
	index: StoryIndex;
	/** Label id → the story the parser found for it, or `null` when the parser did not find it. */
	storyOf: Map<string, IndexedStory | null>;
	/** Story id → label id, for the stories that have a label. */
	labelOf: Map<string, string>;
}

/** Title and part texts, markup and spacing flattened, for finding a label's phrase. */
function storyText(story: IndexedStory): string {
	return [story.title ?? "", ...story.partList.map((p) => p.text)].join(" ").replace(/\s+/g, " ");
}

/** Indexes a split folder (as `story-bank index` would) and finds each labelled story by its file and phrase. */
export function loadSplit(folder: string, labels: SplitLabels): SplitVault {
	const index = new StoryIndex();
	const { root, files } = listMarkdown(folder);
	for (const file of files) {
		const read = readMarkdown(file, root);
		if ("error" in read) throw new Error(`${read.path} ${read.error}`);
		index.update(read.path, parseNote(read.text, { wordsPerMinute: labels.wordsPerMinute }));
	}
	const storyOf = new Map<string, IndexedStory | null>();
	const labelOf = new Map<string, string>();
	for (const label of labels.stories) {
		const found = (index.note(label.file)?.stories ?? []).filter((s) => storyText(s).includes(label.find));
		if (found.length > 1) throw new Error(`${label.id}: "${label.find}" is in ${found.length} stories of ${label.file}`);
		const story = found[0] ?? null;
		storyOf.set(label.id, story);
		if (story) labelOf.set(story.id, label.id);
	}
	return { index, storyOf, labelOf };
}
