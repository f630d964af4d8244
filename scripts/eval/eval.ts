/**
 * `npm run eval`: how often the plugin's judgement agrees with an expert's
 * labels on the evaluation set (eval/README.md). Each split is a small vault
 * with a labels.json; the table gives agreement per verdict on each split, one
 * column per split. It is a report, so it exits 0 whatever the figures.
 *
 *   npm run eval                 the table
 *   npm run eval -- --misses     the table, then every disagreement on the TRAINING split,
 *                                and precision/recall of the story competency per competency on it
 *
 * Misses are listed for the training split only: the validation and the blind
 * holdout splits are never tuned on, so their misses are never printed.
 */
import { join, resolve } from "node:path";
import { formatPerCompetency, formatTable, scoreSplit, type SplitScore } from "./agreement";
import { Engine } from "./engine";
import { readLabels } from "./labels";
import { loadSplit } from "./split-vault";

const EVAL_ROOT = resolve(__dirname, "..", "eval");
/** The splits in column order: the folder under eval/ and its column title. */
const SPLITS = [
	{ folder: "train", column: "train" },
	{ folder: "validation", column: "validation" },
	// Written by a labeller who never read the engine, and labelled before it was run on them (eval/README.md).
	{ folder: "holdout", column: "holdout (blind)" },
] as const;
const TUNING_SPLIT = "train";

function run(): void {
	const showMisses = process.argv.includes("--misses");
	const scores: SplitScore[] = [];
	for (const { folder: name, column } of SPLITS) {
		const folder = join(EVAL_ROOT, name);
		const labels = readLabels(folder);
		const vault = loadSplit(folder, labels);
		scores.push({ ...scoreSplit(labels, vault, new Engine(vault.index)), split: column });
	}
	process.stdout.write(`Agreement with the expert labels (senior set, default settings)\n\n${formatTable(scores)}\n`);
	if (showMisses) {
		const train = scores.find((s) => s.split === TUNING_SPLIT);
		process.stdout.write(`\nMisses on the ${TUNING_SPLIT} split (the validation and holdout splits' are never printed):\n`);
		for (const m of train?.misses ?? []) process.stdout.write(`  ${m.verdict}\t${m.item}\texpected ${m.expected}\tgot ${m.got}\n`);
		if (train) process.stdout.write(`\n${formatPerCompetency(train)}\n`);
	}
}

try {
	run();
} catch (error) {
	process.stdout.write(`eval could not run: ${error instanceof Error ? error.message : String(error)}\n`);
}
process.exitCode = 0;
