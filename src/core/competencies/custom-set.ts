import { BUILT_IN_SETS } from "./built-in-sets";
import type { Competency, CompetencySet } from "./types";

/** Something in a custom competency note that could not be used, with its 1-based line. */
export interface CustomSetProblem {
	line: number;
	message: string;
}

/** What a custom competency note yields: the set (`null` when it defines no competency) and what was refused. */
export interface CustomSetResult {
	set: CompetencySet | null;
	problems: CustomSetProblem[];
}

/** A note in the documented format, offered when the user asks the settings tab to create one. */
export const CUSTOM_SET_EXAMPLE = `# My competencies

Each "##" heading below is one competency. Under it, "Id:", "Keywords:" and
"Aliases:" lines are optional; the first paragraph is what the panel looks for.

## Conflict resolution
Id: conflict
Keywords: disagre*, push back, said no, tension, conflict*
A real disagreement, settled by understanding the other side and agreeing how to decide.

## Customer focus
Keywords: customer*, user research, support ticket*
You started from what users needed and can show how their experience changed.

## Technical depth
Keywords: architecture, design doc*, performance, latency, root cause*
A hard technical problem you understood to the bottom and solved yourself.
`;

/** Each run of spaces has one place in the pattern (`\s*(?:\*\*)?\s*` let two runs share the spaces every way). */
const FIELD = /^(?:[-*+]\s+)?(?:\*\*|__)?(id|keywords|aliases)\s*(?:(?:\*\*|__)\s*)?[:：]\s*(?:(?:\*\*|__)\s*)?((?:\S.*)?)$/i;
const ID = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

interface Draft {
	/** A key signal of the company (a `*` after its name): shown first, weighted more in the panel. */
	key?: boolean;
	line: number;
	name: string;
	id: string | null;
	idLine: number;
	keywords: string[] | null;
	aliases: string[];
	description: string[];
	descriptionDone: boolean;
}

/** Turns a name into an id: lower case, words joined by "-" ("Customer focus" → "customer-focus"). */
export function toCompetencyId(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|(?<!-)-+$/g, "");
}

/**
 * Reads a custom competency set from a note: every `##` heading is a
 * competency; optional `Id:`, `Keywords:` and `Aliases:` lines under it; the
 * first paragraph is its description; a `#` heading names the set. Frontmatter
 * and code blocks are skipped. Never throws: what cannot be used is a problem.
 */
export function parseCustomSet(text: string, fallbackName: string, heading = ""): CustomSetResult {
	const all = text.replace(/\r\n?/g, "\n").split("\n");
	const scoped = heading === "" ? null : headingSection(all, heading);
	if (heading !== "" && scoped === null) {
		return { set: null, problems: [{ line: 1, message: `It has no heading "${heading}".` }] };
	}
	const lines = scoped ? all.map((l, i) => (i >= scoped.from && i < scoped.to ? l : "")) : all;
	const problems: CustomSetProblem[] = [];
	const drafts: Draft[] = [];
	let setName: string | null = null;
	let current: Draft | null = null;
	let fence: string | null = null;
	let start = 0;
	if (lines[0]?.trim() === "---") {
		const end = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === "---" || l.trimEnd() === "..."));
		if (end > 0) start = end + 1;
	}
	for (let i = start; i < lines.length; i++) {
		const raw = lines[i] ?? "";
		const line = raw.trim();
		const fenceMark = /^(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence !== null) {
			if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
			continue;
		}
		if (fenceMark) {
			fence = fenceMark;
			continue;
		}
		const heading = readHeading(line);
		if (heading) {
			const level = heading.level;
			const title = plain(heading.text);
			if (level === 1 && setName === null && drafts.length === 0) setName = title;
			if (level === 2) {
				current = {
					line: i + 1,
					name: title,
					id: null,
					idLine: i + 1,
					keywords: null,
					aliases: [],
					description: [],
					descriptionDone: false,
				};
				drafts.push(current);
			} else if (current) {
				current.descriptionDone = current.description.length > 0;
			}
			continue;
		}
		if (!current) continue;
		const field = FIELD.exec(line);
		if (field) {
			const key = (field[1] ?? "").toLowerCase();
			// Not `plain`: a keyword's trailing `*` is meaningful, not italics.
			const value = (field[2] ?? "").replace(/\*\*|__|==|`/g, "").trim();
			if (key === "id") {
				current.id = value.toLowerCase();
				current.idLine = i + 1;
			} else if (key === "keywords") current.keywords = [...(current.keywords ?? []), ...list(value)];
			else current.aliases.push(...list(value).map(toCompetencyId));
			continue;
		}
		if (line === "") {
			if (current.description.length > 0) current.descriptionDone = true;
			continue;
		}
		if (!current.descriptionDone) current.description.push(plain(line.replace(/^(?:[-*+]|\d+[.)])\s+/, "").replace(/^>\s?/, "")));
	}
	// With no "##" competency headings, a rubric list ("Name: description", "**Name***: …") is the set, in a code block or not.
	// A prep note may also hold a heading or two ("## Questions"): the list wins when it names more competencies.
	const listed = rubricList(lines, scoped?.from ?? start);
	const competencies = keyFirst(toCompetencies(listed.length > drafts.length ? listed : drafts, problems));
	if (competencies.length === 0) {
		const message =
			drafts.length === 0
				? `It defines no competencies: start each one with a "## Name" heading, or list them as "- Name: ` +
					`what it means". ${whatWasFound(lines)}`
				: "None of its competencies could be used; the other messages say why.";
		problems.push({ line: 1, message });
		return { set: null, problems };
	}
	return {
		set: { id: "custom", name: setName ?? fallbackName, description: `Your own competencies, from ${fallbackName}.`, competencies },
		problems,
	};
}

function toCompetencies(drafts: Draft[], problems: CustomSetProblem[]): Competency[] {
	const seen = new Set<string>();
	const out: Competency[] = [];
	for (const d of drafts) {
		if (d.name === "") {
			problems.push({ line: d.line, message: "A heading with no name was skipped." });
			continue;
		}
		const id = d.id ?? toCompetencyId(d.name);
		if (!ID.test(id)) {
			problems.push({
				line: d.idLine,
				message:
					`"${d.id ?? d.name}" cannot be an id: use lower-case words joined by "-", ` +
					`such as "customer-focus". "${d.name}" was skipped.`,
			});
			continue;
		}
		if (seen.has(id)) {
			problems.push({ line: d.idLine, message: `The id "${id}" is used twice; the second "${d.name}" was skipped.` });
			continue;
		}
		seen.add(id);
		const keywords = d.keywords && d.keywords.length > 0 ? d.keywords : [d.name.toLowerCase()];
		const description = d.description.join(" ").trim();
		out.push({
			id,
			name: d.name,
			description,
			keywords,
			...(d.key ? { key: true } : {}),
			...(d.aliases.length > 0 ? { aliases: d.aliases.filter((a) => a !== "") } : {}),
		});
	}
	return out;
}

/** Whitespace as a regex `\s` sees it, and the line separators a `.` does not cross. */
const SPACE = /^\s$/;
const LINE_SEPARATOR = /[\u2028\u2029]/;

/**
 * A trimmed line read as a heading: one to six `#`, then spaces and the text,
 * whose closing hashes ("## Name ##", "## C#") and the spaces around them are
 * dropped. Seven hashes or more read as an empty level-6 heading when nothing
 * else follows. Read by hand: the pattern it replaces
 * (`^(#{1,6})(?:\s+(.*?))?\s*#*\s*$`) took cubic time on `## a`, spaces, `x`.
 */
function readHeading(line: string): { level: number; text: string } | null {
	let hashes = 0;
	while (line.charCodeAt(hashes) === 35) hashes++;
	if (hashes === 0) return null;
	const level = Math.min(hashes, 6);
	let start = level;
	while (start < line.length && SPACE.test(line.charAt(start))) start++;
	if (start === level) {
		// No space after the hashes: a heading only when nothing but hashes and spaces follow.
		let end = level;
		while (line.charCodeAt(end) === 35) end++;
		while (end < line.length && SPACE.test(line.charAt(end))) end++;
		return end === line.length ? { level, text: "" } : null;
	}
	let end = line.length;
	while (end > start && SPACE.test(line.charAt(end - 1))) end--;
	while (end > start && line.charCodeAt(end - 1) === 35) end--;
	while (end > start && SPACE.test(line.charAt(end - 1))) end--;
	const text = line.slice(start, end);
	return LINE_SEPARATOR.test(text) ? null : { level, text };
}

/** The custom note setting split into the note's path and, after `#`, a heading inside it ("Prep/Harbor#Rubrics"). */
export function splitCustomNote(setting: string): { path: string; heading: string } {
	const at = setting.indexOf("#");
	if (at === -1) return { path: setting.trim(), heading: "" };
	return { path: setting.slice(0, at).trim(), heading: setting.slice(at + 1).trim() };
}

/** The lines under a heading (by its text, any level), up to the next heading of the same level or above. */
function headingSection(lines: string[], heading: string): { from: number; to: number } | null {
	const wanted = plain(heading).toLowerCase();
	for (let i = 0; i < lines.length; i++) {
		const h = readHeading((lines[i] ?? "").trim());
		if (!h || plain(h.text).toLowerCase() !== wanted) continue;
		let to = i + 1;
		for (; to < lines.length; to++) {
			const next = readHeading((lines[to] ?? "").trim());
			if (next && next.level <= h.level) break;
		}
		return { from: i + 1, to };
	}
	return null;
}

const MAX_RUBRIC_LINE = 400;

/** A rubric item's name: a letter, then up to 40 letters, digits, spaces and `&'’/-`. */
const RUBRIC_NAME = /^\p{L}[\p{L}\p{N} &'’/-]{0,40}$/u;
const LIST_MARKER = /^(?:[-*+]|\d+[.)])\s+/;

/** A rubric line read: its name, the key-signal stars after it, and its description. */
interface RubricItem {
	name: string;
	stars: number;
	description: string;
}

/**
 * `Name: description`, `**Name**: …`, `Name*: …` or `**Name***: …` as a list
 * item or a line. Read by hand, split at the first colon: a pattern with
 * optional spaces and stars on both sides of the name backtracked for minutes
 * on a name followed by a long run of spaces.
 */
function readRubricItem(line: string): RubricItem | null {
	const text = line.replace(LIST_MARKER, "");
	const colon = text.search(/[:：]/u);
	if (colon === -1) return null;
	let head = text.slice(0, colon);
	const boldStars = head.startsWith("**");
	if (boldStars || head.startsWith("__")) head = head.slice(2);
	let end = head.length;
	let stars = 0;
	while (end > 0 && /[\s*_]/.test(head[end - 1] as string)) {
		if (head[end - 1] === "*") stars++;
		end--;
	}
	const name = head.slice(0, end);
	if (!RUBRIC_NAME.test(name)) return null;
	let description = text.slice(colon + 1).trim();
	if (description.startsWith("**") || description.startsWith("__")) description = description.slice(2).trim();
	if (description === "") return null;
	// In "**Name***:", two of the stars close the bold; only a star beyond them marks a key signal.
	return { name, stars: stars - (boldStars ? 2 : 0), description };
}

/**
 * Competencies written as a list: each line `Name: what it means`, the name
 * bold or not, a `*` after it marking a key signal. Read in or out of a code
 * block (a pasted rubric is often indented into one). `Id:`, `Keywords:` and
 * `Aliases:` lines are fields, not competencies.
 */
function rubricList(lines: string[], from: number): Draft[] {
	const drafts: Draft[] = [];
	for (let i = from; i < lines.length; i++) {
		const line = (lines[i] ?? "").trim();
		// A rubric line is a name and one sentence; a longer line is prose, and is not handed to the pattern.
		if (line.length > MAX_RUBRIC_LINE || (line.indexOf(":") === -1 && line.indexOf("：") === -1) || readHeading(line)) continue;
		const item = readRubricItem(line);
		if (!item || FIELD.test(line)) continue;
		const name = plain(item.name);
		if (name === "" || name.split(/\s+/).length > 5) continue;
		drafts.push({
			key: item.stars > 0,
			line: i + 1,
			name,
			id: null,
			idLine: i + 1,
			keywords: null,
			aliases: [],
			description: [plain(item.description)],
			descriptionDone: true,
		});
	}
	// One "Label: value" line is a note's property, not a rubric.
	return drafts.length >= 2 ? drafts : [];
}

/** Key signals first, each group in the note's order. */
function keyFirst(competencies: Competency[]): Competency[] {
	return [...competencies.filter((c) => c.key), ...competencies.filter((c) => !c.key)];
}

/**
 * What a note that defines no competencies holds instead, and the built-in set
 * its names come nearest to, so the user can pick that set or fix the note.
 */
function whatWasFound(lines: string[]): string {
	const names: string[] = [];
	for (const raw of lines) {
		const line = raw.trim();
		const h = readHeading(line);
		const candidate = h ? plain(h.text) : plain(/^(?:[-*+]\s+|\d+[.)]\s+)?([^:：]{1,40})[:：]/.exec(line.slice(0, 60))?.[1] ?? "");
		if (candidate !== "" && candidate.split(/\s+/).length <= 5) names.push(candidate);
	}
	if (names.length === 0) return "It holds no headings or named lines.";
	const shown = names
		.slice(0, 4)
		.map((n) => `"${n}"`)
		.join(", ");
	const found = `It holds ${names.length === 1 ? "1 name" : `${names.length} names`} (${shown}${names.length > 4 ? ", …" : ""})`;
	let best: { set: CompetencySet; count: number } | null = null;
	for (const set of BUILT_IN_SETS) {
		const known = new Set(set.competencies.flatMap((c) => [toCompetencyId(c.name), c.id, ...c.name.toLowerCase().split(/\s+/)]));
		const count = names.filter((n) => known.has(toCompetencyId(n)) || known.has(n.toLowerCase())).length;
		if (count > 0 && (!best || count > best.count)) best = { set, count };
	}
	if (!best) return `${found}.`;
	return `${found}; ${best.count === 1 ? "1 of these names matches" : `${best.count} of these names match`} the ${best.set.name} set.`;
}

/** Splits a `Keywords:` value on commas and semicolons; quotes around a phrase are dropped. */
function list(value: string): string[] {
	return value
		.split(/[,;]/)
		.map((k) =>
			k
				.trim()
				.replace(/^["'“”‘’]+|(?<!["'“”‘’])["'“”‘’]+$/g, "")
				.toLowerCase(),
		)
		.filter((k) => k !== "");
}

/** Text without inline markup: bold, italics, highlights, code ticks, links and tags kept as their words. */
function plain(text: string): string {
	return text
		.replace(/<[^<>]*>/g, "")
		.replace(/\[\[(?:[^[\]|]*\|)?([^[\]]*)\]\]/g, "$1")
		.replace(/\[([^[\]]*)\]\([^)[\]]*\)/g, "$1")
		.replace(/\*\*|__|==|`/g, "")
		.replace(/(^|\s)[*_](\S)/g, "$1$2")
		.replace(/(\S)[*_](?=\s|$)/g, "$1")
		.trim();
}
