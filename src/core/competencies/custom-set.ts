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
const FIELD = /^(?:[-*+]\s+)?(?:\*\*|__)?(id|keywords|aliases)\s*(?:(?:\*\*|__)\s*)?[:：]\s*(?:(?:\*\*|__)\s*)?(.*)$/i;
const ID = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

interface Draft {
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
		.replace(/^-+|-+$/g, "");
}

/**
 * Reads a custom competency set from a note: every `##` heading is a
 * competency; optional `Id:`, `Keywords:` and `Aliases:` lines under it; the
 * first paragraph is its description; a `#` heading names the set. Frontmatter
 * and code blocks are skipped. Never throws: what cannot be used is a problem.
 */
export function parseCustomSet(text: string, fallbackName: string): CustomSetResult {
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	const problems: CustomSetProblem[] = [];
	const drafts: Draft[] = [];
	let setName: string | null = null;
	let current: Draft | null = null;
	let fence: string | null = null;
	let start = 0;
	if (lines[0]?.trim() === "---") {
		const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
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
	const competencies = toCompetencies(drafts, problems);
	if (competencies.length === 0) {
		const message =
			drafts.length === 0
				? 'It defines no competencies: start each one with a "## Name" heading.'
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

/** Splits a `Keywords:` value on commas and semicolons; quotes around a phrase are dropped. */
function list(value: string): string[] {
	return value
		.split(/[,;]/)
		.map((k) =>
			k
				.trim()
				.replace(/^["'“”‘’]+|["'“”‘’]+$/g, "")
				.toLowerCase(),
		)
		.filter((k) => k !== "");
}

/** Text without inline markup: bold, italics, highlights, code ticks, links and tags kept as their words. */
function plain(text: string): string {
	return text
		.replace(/<[^>]*>/g, "")
		.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/(\*\*|__|==|`)/g, "")
		.replace(/(^|\s)[*_](\S)/g, "$1$2")
		.replace(/(\S)[*_](?=\s|$)/g, "$1")
		.trim();
}
