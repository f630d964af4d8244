const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where a line's first word starts, past spaces, emphasis, quotes, emoji and
 * HTML tags, looking no further than `limit` characters. -1 when there is no
 * word there, or when it starts with a letter of a non-Latin script (label
 * words and question cues are English).
 */
export function firstWordStart(raw: string, limit: number): number {
	const end = Math.min(raw.length, limit);
	let i = 0;
	while (i < end) {
		const c = raw.charCodeAt(i);
		if (c === 60 /* < */) {
			const close = raw.indexOf(">", i);
			if (close === -1) return -1;
			i = close + 1;
			continue;
		}
		const lower = c | 0x20;
		if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) return i;
		if (c > 127 && LETTER_OR_DIGIT.test(raw[i] ?? "")) return -1;
		i++;
	}
	return -1;
}

/** The lower-case char codes of the two letters at `at`, as one number (0 past the end). */
export function bigramAt(raw: string, at: number): number {
	const second = at + 1 < raw.length ? raw.charCodeAt(at + 1) : 0;
	const lower = second >= 65 && second <= 90 ? second | 0x20 : second;
	return (raw.charCodeAt(at) | 0x20) * 65536 + lower;
}
