/**
 * `npm run bench`: generates synthetic vaults and prints, side by side, what
 * the parser and the index cost on them, each figure with its target.
 *
 * - vault.ts builds the seeded vault from story-notes.ts, ordinary-notes.ts
 *   and story-text.ts (own words in words.ts, randomness from prng.ts);
 * - harness.ts times (warm-up, interleaving, medians), floor.ts is the floor;
 * - sections/ holds one file per measured section, ranking/ the matching,
 *   bundle-breakdown.ts splits main.js by source;
 * - report.ts prints the table or `--json`; options.ts reads the flags.
 */
import { BenchContext, buildIndex, type BenchSection } from "./context";
import { sinkValue, timeMs } from "./harness";
import { currentLoad, describeMachine } from "./machine";
import { parseArgs } from "./options";
import { formatJson, formatTable, type Section } from "./report";
import { browserSection } from "./sections/browser";
import { bundleSection } from "./sections/bundle-size";
import { hugeNoteSection } from "./sections/huge-note";
import { incrementalSection } from "./sections/incremental";
import { indexSection } from "./sections/index-build";
import { matchSection } from "./sections/match";
import { memorySection } from "./sections/memory";
import { parseSection } from "./sections/parse";
import { rejectSection } from "./sections/reject";
import { typingSection } from "./sections/typing";

/** In report order. */
const SECTIONS: readonly BenchSection[] = [
	parseSection,
	rejectSection,
	indexSection,
	incrementalSection,
	matchSection,
	memorySection,
	bundleSection,
	hugeNoteSection,
	browserSection,
	typingSection,
];

async function main(): Promise<number> {
	const options = parseArgs(process.argv.slice(2));
	if ("error" in options) {
		if (options.exitCode === 0) console.log(options.error);
		else console.error(options.error);
		return options.exitCode;
	}
	const ctx = new BenchContext(options);
	if (options.coldIndex !== null) {
		// The child process the index section starts: nothing has run the parser yet, as when Obsidian starts.
		const notes = ctx.vault.notes(options.coldIndex);
		console.log(JSON.stringify({ ms: timeMs(() => buildIndex(notes).stories().length) }));
		return 0;
	}
	const machine = describeMachine(options.seed, options.mode);
	const parses = SECTIONS.some((s) => s.id !== "size" && s.id !== "browser" && (!options.only || options.only.has(s.id)));
	if (parses) ctx.warmUp();
	const sections: Section[] = [];
	for (const section of SECTIONS) {
		if (options.only && !options.only.has(section.id)) continue;
		const body = await section.run(ctx);
		sections.push({ id: section.number, title: section.title, ...body });
	}
	machine.loadAtEnd = currentLoad();
	ctx.progress(`done (checksum ${sinkValue()})`);
	console.log(options.json ? formatJson(machine, sections) : formatTable(machine, sections));
	return 0;
}

void main().then((code) => {
	process.exitCode = code;
});
