/**
 * Markdown written inline in a test, read as markdown: the common leading
 * indentation is removed, the first and last blank lines dropped. Tabs stay
 * tabs, so `\t` in the text means a real tab in the note.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
	const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ""), "");
	const lines = raw
		.replace(/^\n/, "")
		.replace(/\n[ \t]*$/, "")
		.split("\n");
	const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
	const cut = indents.length > 0 ? Math.min(...indents) : 0;
	return lines.map((l) => l.slice(cut)).join("\n");
}
