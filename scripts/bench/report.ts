import type { Machine } from "./machine";

/** A target a figure is held to: `value op bound`. */
export interface Target {
	op: "<" | "<=" | ">=";
	bound: number;
	/** How the target reads in the table ("≥ 10×"). */
	text: string;
}

/** One figure of the report. */
export interface Row {
	/** Stable key for `--json` readers ("parse.vs_floor"). */
	key: string;
	label: string;
	value: number;
	unit: string;
	/** The figure as the table shows it. */
	display: string;
	target: Target | null;
	/** Whether the target holds; `null` when the row has no target. */
	pass: boolean | null;
}

/** One numbered section of the report. */
export interface Section {
	id: string;
	title: string;
	rows: Row[];
	/** Lines printed under the section: what was measured and how. */
	notes: string[];
}

/** Builds a row and checks it against its target. */
export function figure(key: string, label: string, value: number, unit: string, display: string, target?: Target): Row {
	const pass = !target
		? null
		: target.op === "<"
			? value < target.bound
			: target.op === "<="
				? value <= target.bound
				: value >= target.bound;
	return { key, label, value, unit, display, target: target ?? null, pass };
}

/** Rounds to a few significant figures for display. */
export function fmt(value: number, digits = 3): string {
	if (!Number.isFinite(value)) return String(value);
	const abs = Math.abs(value);
	if (abs >= 1000) return Math.round(value).toLocaleString("en-US");
	if (abs === 0) return "0";
	return value.toPrecision(digits).replace(/\.0+$|(\.\d*[1-9])0+$/, "$1");
}

const WIDTHS = [46, 24, 12];

function pad(text: string, width: number): string {
	return text.length >= width ? `${text.slice(0, width - 1)}…` : text + " ".repeat(width - text.length);
}

/** The report as a compact text table. */
export function formatTable(machine: Machine, sections: readonly Section[]): string {
	const out: string[] = [];
	out.push(`Interview Story Bank benchmark — ${machine.cpu} × ${machine.cores} cores, Node ${machine.node}, ${machine.platform}`);
	const busy = Math.max(machine.loadAtStart, machine.loadAtEnd) > machine.cores ? " (other work shared the CPU: expect noise)" : "";
	out.push(
		`${machine.date}, seed ${machine.seed}, ${machine.mode} run, load average ${machine.loadAtStart} → ` +
			`${machine.loadAtEnd}${busy}${machine.gc ? "" : ", no --expose-gc: heap figures are rough"}`,
	);
	out.push("");
	out.push(`${pad("Measure", WIDTHS[0] ?? 0)}${pad("Figure", WIDTHS[1] ?? 0)}${pad("Target", WIDTHS[2] ?? 0)}Status`);
	for (const section of sections) {
		out.push(`── ${section.id}. ${section.title} ${"─".repeat(Math.max(0, 84 - section.title.length))}`);
		for (const row of section.rows) {
			const status = row.pass === null ? "" : row.pass ? "PASS" : "MISS";
			out.push(
				[
					pad(`  ${row.label}`, WIDTHS[0] ?? 0),
					pad(row.display, WIDTHS[1] ?? 0),
					pad(row.target?.text ?? "", WIDTHS[2] ?? 0),
					status,
				]
					.join("")
					.trimEnd(),
			);
		}
		for (const note of section.notes) out.push(`  · ${note}`);
	}
	const judged = sections.flatMap((s) => s.rows).filter((r) => r.pass !== null);
	const missed = judged.filter((r) => r.pass === false);
	out.push("");
	out.push(
		`${judged.length - missed.length} of ${judged.length} targets met` +
			`${missed.length > 0 ? `; missed: ${missed.map((r) => r.key).join(", ")}` : ""}.`,
	);
	return out.join("\n");
}

/** The report for machines: `--json`. */
export function formatJson(machine: Machine, sections: readonly Section[]): string {
	const plain = sections.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, label: r.label.trim() })) }));
	return JSON.stringify({ machine, sections: plain }, null, 2);
}
