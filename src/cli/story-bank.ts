import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { formatReport } from "./bank-report";
import { loadSet } from "./competency-json";
import { indexToJson } from "./index-json";
import { suggestJson, formatSuggestion } from "./suggest";
import { CompetencyMatcher } from "../core/competencies/competency-matcher";
import { DEFAULT_SET } from "../core/competencies/built-in-sets";
import type { CompetencySet } from "../core/competencies/types";
import { DEFAULT_SETTINGS } from "../core/settings";
import { parseNote } from "../core/parser/note-parser";
import { StoryIndex } from "../core/index/story-index";
import { listMarkdown, readMarkdown, type MarkdownListing } from "./markdown-files";

const USAGE = `Usage: story-bank <command> PATH [options]

Commands:
  index PATH [--json]   Index the story notes in a folder or file. --json prints the whole index as JSON;
                        without it, one line per question and story.
  report PATH           A readable summary: totals, incomplete stories and what they lack, sketches,
                        unanswered questions and problems.
  suggest PATH "QUESTION" [--json]
                        The stories that best answer a question, best first, each with why, and the
                        follow-up probes the question's competency draws.

Options:
  --set NAME|FILE       Competency set: senior (default), behavioural, amazon, or a competency note.
  --wpm N               Speaking rate for story timings (default 150 words per minute).
  --help                This text.

Exit status:
  0  every markdown file was read.
  1  some files or folders were skipped (unreadable, binary, a link, a pipe); each is named on stderr,
     and the rest is reported.
  2  bad arguments, or PATH itself is missing or is not a folder or a regular file.`;

interface Options {
	command: string;
	target: string;
	question: string;
	json: boolean;
	wordsPerMinute: number | undefined;
	set: CompetencySet;
}

function parseArgs(argv: string[]): Options | string {
	const positional: string[] = [];
	let json = false;
	let wordsPerMinute: number | undefined;
	let set = DEFAULT_SET;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		if (arg === "--help" || arg === "-h") return "help";
		if (arg === "--json") json = true;
		else if (arg === "--wpm") {
			const value = Number(argv[++i]);
			if (!Number.isFinite(value) || value < 50 || value > 400) return "--wpm needs a number of words per minute between 50 and 400.";
			wordsPerMinute = value;
		} else if (arg === "--set") {
			const loaded = loadSet(argv[++i] ?? "");
			if ("error" in loaded) return loaded.error;
			set = loaded.set;
		} else if (arg.startsWith("--")) return `Unknown option ${arg}.`;
		else positional.push(arg);
	}
	const [command, target, question] = positional;
	if (!command) return "help";
	if (command !== "index" && command !== "report" && command !== "suggest") return `Unknown command "${command}".`;
	if (!target) return `${command} needs a PATH: a folder of notes or one markdown file.`;
	if (command === "suggest" && !question?.trim()) return `suggest needs a question after the PATH, in quotes.`;
	return { command, target, question: question ?? "", json, wordsPerMinute, set };
}

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], out: (text: string) => void, err: (text: string) => void): number {
	const options = parseArgs(argv);
	if (options === "help") {
		out(USAGE);
		return 0;
	}
	if (typeof options === "string") {
		err(`story-bank: ${options}\n\n${USAGE}`);
		return 2;
	}
	if (!existsSync(options.target)) {
		err(`story-bank: no such file or folder: ${options.target}`);
		return 2;
	}
	let listing: MarkdownListing;
	try {
		listing = listMarkdown(options.target);
	} catch (error) {
		err(`story-bank: ${error instanceof Error ? error.message : String(error)}.`);
		return 2;
	}
	const { root, files } = listing;
	for (const entry of listing.skipped) err(`story-bank: ${entry.path} ${entry.reason}; skipped.`);
	const index = new StoryIndex();
	let failed = listing.skipped.length;
	for (const file of files) {
		const read = readMarkdown(file, root);
		if ("error" in read) {
			err(`story-bank: ${read.path} ${read.error}; skipped.`);
			failed++;
			continue;
		}
		// A single file named on the command line is a story note whatever its wording.
		const single = files.length === 1;
		index.update(read.path, parseNote(read.text, { wordsPerMinute: options.wordsPerMinute, anyQuestion: single }), {
			keepEmpty: single,
		});
	}
	if (files.length === 0) err(`story-bank: no markdown files in ${options.target}.`);

	const matcher = new CompetencyMatcher(options.set);
	const targetSeconds = DEFAULT_SETTINGS.targetAnswerSeconds;
	if (options.command === "report") {
		out(formatReport(index, basename(resolve(options.target))));
	} else if (options.command === "suggest") {
		const suggestion = suggestJson(index, options.question, matcher);
		out(options.json ? JSON.stringify(suggestion, null, 2) : formatSuggestion(suggestion));
	} else if (options.json) {
		out(JSON.stringify(indexToJson(index, { matcher, targetSeconds }), null, 2));
	} else {
		for (const note of index.notes()) {
			for (const q of note.questions) out(`${note.path}:${q.line}\tquestion\t${q.id}\t${q.text}`);
			for (const s of note.stories) out(`${note.path}:${s.line}\tstory\t${s.id}\t${s.title ?? ""}`);
		}
	}
	return failed > 0 ? 1 : 0;
}

/** Runs the CLI as a program: arguments from the command line, output to stdout and stderr, the exit code set. */
export function run(): void {
	// `story-bank index . | head` closes the pipe early; that is not an error.
	process.stdout.on("error", (error: NodeJS.ErrnoException) => {
		if (error.code === "EPIPE") process.exit(0);
		throw error;
	});
	process.exitCode = main(
		process.argv.slice(2),
		(text) => process.stdout.write(`${text}\n`),
		(text) => process.stderr.write(`${text}\n`),
	);
}

// Run directly (`node dist/story-bank.cjs`, or the `story-bank` bin); `npm run story-bank` calls run() itself.
if (require.main === module) run();
