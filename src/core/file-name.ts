/** Characters a file name cannot hold: the file systems', path separators, and those that break a wikilink (`#`, `^`, `[`, `]`, `|`). */
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/g;

/**
 * Text as it can stand in a file name: control characters and the characters
 * above become spaces, and runs of spaces one; trimmed.
 */
export function fileNameText(text: string): string {
	const printable = Array.from(text, (c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? " " : c)).join("");
	return printable.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
}

/** `text` cut to at most `max` characters: at the last space past half of `max`, else at `max`. Shorter text is returned as it is. */
export function cutAtWord(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const space = cut.lastIndexOf(" ");
	return space > max / 2 ? cut.slice(0, space) : cut;
}
