import type { Engine } from "./engine";
import type { SplitLabels } from "./labels";
import type { SplitVault } from "./split-vault";

/** The verdicts the eval scores, in table order. */
export const VERDICTS = [
	{ id: "parts", label: "STAR parts present", target: 0.95 },
	{ id: "measured", label: "measured result", target: 0.95 },
	{ id: "voice", label: '"I" visible', target: 0.95 },
	{ id: "length", label: "length (thin / ok / too long)", target: 0.95 },
	{ id: "competencyTop2", label: "story competency: expert's main in top 2", target: 0.9 },
	{ id: "competencyTop1", label: "story competency: top 1", target: 0.75 },
	{ id: "acceptableTop1", label: "story competency: top 1 acceptable (main or also)", target: null },
	{ id: "hit3", label: "suggestion: an expert pick in top 3", target: 0.9 },
	{ id: "hit1", label: "suggestion: top 1 is an expert pick", target: null },
	{ id: "questionCompetency", label: "question competency (top 1)", target: 0.9 },
	{ id: "probe", label: "probe topic", target: 0.9 },
] as const;

export type VerdictId = (typeof VERDICTS)[number]["id"];

/** One disagreement with the expert, for reading the misses of the training split. */
export interface Miss {
	verdict: VerdictId;
	item: string;
	expected: string;
	got: string;
}

/** Per competency: how often the plugin's top-1 was it (predicted), how often the expert's main was it (labelled), and both. */
export interface CompetencyTally {
	predicted: number;
	labelled: number;
	both: number;
}

/** Agreement counts per verdict for one split, and the misses behind them. */
export interface SplitScore {
	split: string;
	counts: Record<VerdictId, { agree: number; total: number }>;
	/** Story competency, top 1 against the expert's main, per competency id. */
	perCompetency: Map<string, CompetencyTally>;
	storiesFound: number;
	storiesLabelled: number;
	misses: Miss[];
}

/** Scores the engine against one split's labels. A story the parser did not find disagrees on every story verdict. */
export function scoreSplit(labels: SplitLabels, vault: SplitVault, engine: Engine): SplitScore {
	const counts = Object.fromEntries(VERDICTS.map((v) => [v.id, { agree: 0, total: 0 }])) as SplitScore["counts"];
	const misses: Miss[] = [];
	const tally = (verdict: VerdictId, item: string, agree: boolean, expected: string, got: string): void => {
		counts[verdict].total++;
		if (agree) counts[verdict].agree++;
		else misses.push({ verdict, item, expected, got });
	};
	const perCompetency = new Map<string, CompetencyTally>();
	const tallyOf = (id: string): CompetencyTally => {
		const known = perCompetency.get(id);
		if (known) return known;
		const fresh = { predicted: 0, labelled: 0, both: 0 };
		perCompetency.set(id, fresh);
		return fresh;
	};
	let found = 0;
	for (const label of labels.stories) {
		const story = vault.storyOf.get(label.id) ?? null;
		if (story) found++;
		const v = story ? engine.story(story) : null;
		const got = (value: string | undefined): string => (v ? (value ?? "none") : "story not found by the parser");
		tally("parts", label.id, v !== null && sameSet(v.parts, label.parts), label.parts.join(","), got(v?.parts.join(",")));
		tally(
			"measured",
			label.id,
			v?.measuredResult === label.measuredResult,
			String(label.measuredResult),
			got(String(v?.measuredResult)),
		);
		tally("voice", label.id, v?.iVisible === label.iVisible, String(label.iVisible), got(String(v?.iVisible)));
		tally("length", label.id, v?.length === label.length, label.length, got(v?.length));
		const comps = v?.competencies ?? [];
		tallyOf(label.competency).labelled++;
		if (comps[0] !== undefined) tallyOf(comps[0]).predicted++;
		if (comps[0] === label.competency) tallyOf(label.competency).both++;
		const shown = got(comps.slice(0, 3).join(",") || "none");
		tally("competencyTop2", label.id, comps.slice(0, 2).includes(label.competency), label.competency, shown);
		tally("competencyTop1", label.id, comps[0] === label.competency, label.competency, shown);
		const acceptable = [label.competency, ...label.alsoAcceptable];
		tally("acceptableTop1", label.id, comps[0] !== undefined && acceptable.includes(comps[0]), acceptable.join("|"), shown);
	}
	for (const q of labels.questions) {
		const v = engine.question(q.text, 3);
		const picks = new Set(q.stories.map((id) => vault.storyOf.get(id)?.id).filter((id): id is string => id !== undefined));
		const named = v.stories.map((id) => vault.labelOf.get(id) ?? id).join(",") || "none";
		tally(
			"hit3",
			q.id,
			v.stories.some((id) => picks.has(id)),
			q.stories.join(","),
			named,
		);
		tally("hit1", q.id, v.stories[0] !== undefined && picks.has(v.stories[0]), q.stories.join(","), named);
		tally("questionCompetency", q.id, v.competencies[0] === q.competency, q.competency, v.competencies.slice(0, 3).join(",") || "none");
		tally("probe", q.id, v.probe === q.probe, q.probe, v.probe);
	}
	return { split: labels.split, counts, perCompetency, storiesFound: found, storiesLabelled: labels.stories.length, misses };
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((x) => b.includes(x));
}

/** "92.5% (37/40)". */
function figure(c: { agree: number; total: number }): string {
	if (c.total === 0) return "–";
	return `${((100 * c.agree) / c.total).toFixed(1)}% (${c.agree}/${c.total})`;
}

/** The agreement table, one column per split, with the target and whether every split meets it. */
export function formatTable(scores: readonly SplitScore[]): string {
	const header = ["verdict", ...scores.map((s) => s.split), "target"];
	const rows = VERDICTS.map((v) => {
		const cells = scores.map((s) => figure(s.counts[v.id]));
		const met =
			v.target === null
				? ""
				: scores.every((s) => s.counts[v.id].total > 0 && s.counts[v.id].agree / s.counts[v.id].total >= v.target);
		const target = v.target === null ? "(info)" : `≥ ${Math.round(v.target * 100)}% ${met ? "met" : "NOT met"}`;
		return [v.label, ...cells, target];
	});
	const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? "").length)));
	const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
	const rule = `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`;
	const found = scores.map((s) => `${s.split}: ${s.storiesFound}/${s.storiesLabelled} labelled stories found by the parser`).join("; ");
	return [line(header), rule, ...rows.map(line), "", found].join("\n");
}

/** Precision and recall of the story competency (top 1) per competency: which competencies the plugin over- or under-calls. */
export function formatPerCompetency(score: SplitScore): string {
	const pct = (n: number, d: number): string => (d === 0 ? "–" : `${Math.round((100 * n) / d)}%`);
	const rows = [...score.perCompetency.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(
			([id, t]) =>
				`  ${id.padEnd(18)} precision ${pct(t.both, t.predicted).padStart(4)} (${t.both}/${t.predicted})   ` +
				`recall ${pct(t.both, t.labelled).padStart(4)} (${t.both}/${t.labelled})`,
		);
	return [`Story competency (top 1) per competency, ${score.split} split:`, ...rows].join("\n");
}
