import { cutAtWord, fileNameText } from "../file-name";
import type { StoryTopic } from "./types";

const MAX_LENGTH = 80;

/**
 * The name of a new story note (without `.md`): the question, or the
 * competency, without characters a file name or a link cannot hold, cut at
 * a word before 80 characters; "Story" when nothing is left.
 */
export function storyNoteName(topic: StoryTopic | null): string {
	const source = topic ? (topic.kind === "competency" && topic.competencyName ? `${topic.competencyName} story` : topic.question) : "";
	let name = cutAtWord(fileNameText(source), MAX_LENGTH);
	// A name starting with a dot is hidden; one ending with a dot or space is refused on Windows.
	name = name.replace(/^[.\s]+|(?<![.\s])[.\s]+$/g, "");
	return name === "" ? "Story" : name;
}

/**
 * A path for a new note that no file has yet: `folder/name.md`, else
 * `folder/name 2.md`, `folder/name 3.md`… `exists` should answer without
 * regard to case where the vault's file system does. Never returns a taken path.
 */
export function uniqueNotePath(folder: string, name: string, exists: (path: string) => boolean): string {
	const prefix = folder === "" || folder === "/" ? "" : `${folder.replace(/(?<!\/)\/+$/, "")}/`;
	const candidate = (n: number): string => `${prefix}${n === 1 ? name : `${name} ${n}`}.md`;
	let n = 1;
	while (exists(candidate(n))) n++;
	return candidate(n);
}
