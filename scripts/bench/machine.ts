import { arch, cpus, loadavg, platform, totalmem } from "node:os";
import { canCollect } from "./harness";

/** The machine and run the figures come from, printed at the top of every report. */
export interface Machine {
	cpu: string;
	cores: number;
	node: string;
	v8: string;
	platform: string;
	memoryGb: number;
	date: string;
	seed: number;
	mode: "full" | "quick";
	/** Whether `--expose-gc` was given, so heap figures are exact. */
	gc: boolean;
	/** One-minute load average when the run started: above the core count, other work shared the machine. */
	loadAtStart: number;
	/** The same when the figures were printed. */
	loadAtEnd: number;
}

/** The one-minute load average, to one decimal. */
export function currentLoad(): number {
	return Math.round((loadavg()[0] ?? 0) * 10) / 10;
}

export function describeMachine(seed: number, mode: Machine["mode"]): Machine {
	const list = cpus();
	return {
		cpu: (list[0]?.model ?? "unknown CPU").replace(/\s+/g, " ").trim(),
		cores: list.length,
		node: process.versions.node,
		v8: process.versions.v8,
		platform: `${platform()} ${arch()}`,
		memoryGb: Math.round(totalmem() / 2 ** 30),
		date: new Date().toISOString().slice(0, 10),
		seed,
		mode,
		gc: canCollect,
		loadAtStart: currentLoad(),
		loadAtEnd: currentLoad(),
	};
}
