/** Collects a note's lines and keeps count of its length, so a generator knows when the note is long enough. */
export class NoteWriter {
	private readonly lines: string[] = [];
	private length = 0;

	/** Characters written so far, newlines included. */
	get size(): number {
		return this.length;
	}

	line(...lines: string[]): void {
		for (const text of lines) {
			this.lines.push(text);
			this.length += text.length + 1;
		}
	}

	/** One empty line, unless the note is empty or already ends with one. */
	blank(): void {
		if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.line("");
	}

	text(): string {
		return `${this.lines.join("\n")}\n`;
	}
}
