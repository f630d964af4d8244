const DAY_MS = 24 * 60 * 60 * 1000;

/** What the age filter needs of a recording: its path and when it was made (ISO 8601). */
export interface DatedRecording {
	path: string;
	recordedAt: string;
}

/**
 * Recordings made more than `days` whole days before `now`; a recording with
 * an unreadable date is never selected (nothing is deleted on a guess). `days`
 * below 1 or not a number selects nothing.
 */
export function recordingsOlderThan<T extends DatedRecording>(recordings: readonly T[], days: number, now: number): T[] {
	if (!Number.isFinite(days) || days < 1) return [];
	const cutoff = now - days * DAY_MS;
	return recordings.filter((r) => {
		const at = Date.parse(r.recordedAt);
		return !Number.isNaN(at) && at < cutoff;
	});
}

/** A byte count as the settings show it: `0 B`, `512 KB`, `3.4 MB`. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} B`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	const mb = bytes / (1024 * 1024);
	return mb < 1024 ? `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB` : `${(mb / 1024).toFixed(1)} GB`;
}

/** The recordings the practice history links, newest first, once each (two rounds never share a file, but a synced copy might). */
export function recordingsOfRounds<T extends { recording?: string; practisedAt: string }>(
	rounds: readonly T[],
): (T & { recording: string })[] {
	const newestFirst = rounds
		.filter((r): r is T & { recording: string } => typeof r.recording === "string" && r.recording !== "")
		.sort((a, b) => (a.practisedAt < b.practisedAt ? 1 : a.practisedAt > b.practisedAt ? -1 : 0));
	const seen = new Set<string>();
	const out: (T & { recording: string })[] = [];
	for (const round of newestFirst) {
		if (seen.has(round.recording)) continue;
		seen.add(round.recording);
		out.push(round);
	}
	return out;
}
