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
