import type { Highlight, HighlightSyntax } from "../types";
import { mostCommon } from "./markdown-lines";
import type { HighlightStyle } from "./types";

/**
 * How a note writes its highlights: the usual syntax, the palette colours it
 * uses (most used first), and how it writes each colour in that syntax (a
 * 6-digit `#FF5582` from an old Highlightr stays 6-digit).
 */
export function detectHighlightStyle(highlights: readonly Highlight[]): HighlightStyle {
	const syntax: HighlightSyntax | null = mostCommon(highlights.map((h) => h.syntax)) ?? null;
	const counts = new Map<string, number>();
	for (const h of highlights) if (h.colorName) counts.set(h.colorName, (counts.get(h.colorName) ?? 0) + 1);
	const coloursByUse = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
	const written: Record<string, string> = {};
	for (const name of coloursByUse) {
		const values = highlights.filter((h) => h.colorName === name && h.syntax === syntax && h.color !== null).map((h) => h.color ?? "");
		const value = mostCommon(values);
		if (value !== undefined) written[name] = value;
	}
	return { syntax, written, coloursByUse };
}
