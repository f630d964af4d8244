import { plural } from "../display-text";
import { correctionKey, type CompetencyVerdict, type StoryCorrection } from "./corrections";

const VERDICTS: readonly CompetencyVerdict[] = ["confirmed", "removed"];

/**
 * Reads stored corrections: each entry needs a note path, a story id and a
 * time; verdicts other than confirmed/removed are dropped with a warning.
 * Two entries for one story merge as two devices' copies would.
 */
export function readCorrections(raw: unknown): { corrections: StoryCorrection[]; warnings: string[] } {
	if (raw === undefined || raw === null) return { corrections: [], warnings: [] };
	if (!Array.isArray(raw)) return { corrections: [], warnings: ["The stored competency corrections were not a list; they are ignored."] };
	const read: StoryCorrection[] = [];
	let refused = 0;
	for (const entry of raw as unknown[]) {
		const correction = readCorrection(entry);
		if (correction) read.push(correction);
		else refused++;
	}
	const warnings =
		refused > 0
			? [
					`${plural(refused, "competency correction", "competency corrections")} could not be read and ` +
						`${refused === 1 ? "was" : "were"} ignored.`,
				]
			: [];
	return { corrections: mergeCorrections(read, []), warnings };
}

function readCorrection(raw: unknown): StoryCorrection | null {
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
	const r = raw as Record<string, unknown>;
	if (typeof r.path !== "string" || r.path === "" || typeof r.storyId !== "string" || r.storyId === "") return null;
	if (typeof r.updatedAt !== "number" || !Number.isFinite(r.updatedAt)) return null;
	if (typeof r.verdicts !== "object" || r.verdicts === null || Array.isArray(r.verdicts)) return null;
	// fromEntries defines own properties, so a competency id such as `__proto__` stays data.
	const verdicts = Object.fromEntries(
		Object.entries(r.verdicts as Record<string, unknown>).filter((e): e is [string, CompetencyVerdict] =>
			VERDICTS.includes(e[1] as CompetencyVerdict),
		),
	);
	return { path: r.path, storyId: r.storyId, verdicts, updatedAt: r.updatedAt };
}

/**
 * Joins two lists of corrections (ours and a synced copy): one entry per
 * story, the one changed last winning whole, in a stable order.
 */
export function mergeCorrections(a: readonly StoryCorrection[], b: readonly StoryCorrection[]): StoryCorrection[] {
	const byKey = new Map<string, StoryCorrection>();
	for (const c of [...a, ...b]) {
		const key = correctionKey(c.path, c.storyId);
		const held = byKey.get(key);
		if (!held || c.updatedAt > held.updatedAt) byKey.set(key, c);
	}
	return [...byKey.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, c]) => c);
}

/** The correction held for one story, if any. */
export function correctionFor(list: readonly StoryCorrection[], path: string, storyId: string): StoryCorrection | undefined {
	return list.find((c) => c.path === path && c.storyId === storyId);
}

/**
 * The list with one verdict changed: `null` forgets the user's word on that
 * competency (it is "suggested" again). The entry stays, with its time, even
 * when empty, so the change wins over an older copy from another device.
 */
export function setVerdict(
	list: readonly StoryCorrection[],
	target: { path: string; storyId: string },
	competencyId: string,
	verdict: CompetencyVerdict | null,
	now: number,
): StoryCorrection[] {
	const held = correctionFor(list, target.path, target.storyId);
	const verdicts = new Map(Object.entries(held?.verdicts ?? {}));
	if (verdict === null) verdicts.delete(competencyId);
	else verdicts.set(competencyId, verdict);
	const updated: StoryCorrection = {
		path: target.path,
		storyId: target.storyId,
		verdicts: Object.fromEntries(verdicts),
		updatedAt: Math.max(now, (held?.updatedAt ?? 0) + 1),
	};
	return mergeCorrections(
		list.filter((c) => c !== held),
		[updated],
	);
}

/**
 * The list after a note or folder moved: corrections of the moved note (or of
 * notes inside the moved folder) follow it; story ids stay as they were.
 * `null` when nothing moved.
 */
export function followCorrections(
	list: readonly StoryCorrection[],
	oldPath: string,
	newPath: string,
	kind: "file" | "folder",
): StoryCorrection[] | null {
	let moved = false;
	const next = list.map((c) => {
		const path =
			kind === "file"
				? c.path === oldPath
					? newPath
					: null
				: c.path.startsWith(`${oldPath}/`)
					? newPath + c.path.slice(oldPath.length)
					: null;
		if (path === null) return c;
		moved = true;
		return { ...c, path };
	});
	return moved ? mergeCorrections(next, []) : null;
}
