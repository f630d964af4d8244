import { join } from "node:path";
import { main } from "../../src/cli/story-bank";

/** The seed note beside the project, read only when it is there (it is the user's, never copied in). */
export const SEED = join(__dirname, "..", "..", "..", "shared", "seeds", "behavioural-interviews.md");

/** Runs the story-bank CLI in-process: its exit status, what it printed on stdout and stderr, and stderr line by line. */
export function runCli(...args: string[]): { code: number; out: string; err: string; errLines: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const code = main(
		args,
		(t) => out.push(t),
		(t) => err.push(t),
	);
	return { code, out: out.join("\n"), err: err.join("\n"), errLines: err };
}
