/**
 * The floor: the least work any line-by-line parser must do on a note.
 * It splits the text on "\n" (one new string per line, as `parseNote` does)
 * and reads every character of every line once with `charCodeAt`, folding
 * them into a checksum so nothing can be skipped. No regular expressions,
 * no objects beyond the line array. A parser "within 4× of the floor" costs at
 * most four such passes.
 */
export function floorPass(text: string): number {
	const lines = text.split("\n");
	let sum = 0;
	for (let l = 0; l < lines.length; l++) {
		const line = lines[l] ?? "";
		for (let i = 0; i < line.length; i++) sum = (sum + line.charCodeAt(i)) | 0;
	}
	return sum + lines.length;
}
