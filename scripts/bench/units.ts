/** Sizes are binary throughout: 1 KB = 1,024 bytes, 1 MB = 1,048,576 bytes (as Obsidian's size setting counts them). */
export const KIB = 1024;
export const MIB = 1024 * 1024;

/** UTF-8 bytes of a set of notes. */
export function totalBytes(notes: ReadonlyArray<{ bytes: number }>): number {
	let sum = 0;
	for (const note of notes) sum += note.bytes;
	return sum;
}

/** Throughput in MB per second. */
export function mbPerSecond(bytes: number, ms: number): number {
	return ms > 0 ? bytes / MIB / (ms / 1000) : 0;
}
