import type { FrontmatterValue, NoteMeta, Problem } from "../types";

/** What the frontmatter reader found at the top of a note. */
export interface FrontmatterResult {
	data: Record<string, FrontmatterValue>;
	/** Number of lines the block takes, fences included (0 when there is none). */
	lineCount: number;
	problems: Problem[];
}

/**
 * Reads the YAML frontmatter block at the top of a note, leniently: scalars,
 * quoted strings, flow lists (`[a, b]`), block lists and one level of nested
 * keys. A line it cannot read is reported and skipped; it never throws, and a
 * broken block never hides the note's stories.
 */
export function readFrontmatter(lines: readonly string[]): FrontmatterResult {
	const data: Record<string, FrontmatterValue> = {};
	const problems: Problem[] = [];
	if ((lines[0] ?? "").trimEnd() !== "---") return { data, lineCount: 0, problems };

	let end = -1;
	for (let i = 1; i < lines.length; i++) {
		const t = (lines[i] ?? "").trimEnd();
		if (t === "---" || t === "...") {
			end = i;
			break;
		}
	}
	if (end === -1) {
		problems.push({
			line: 1,
			kind: "frontmatter-unclosed",
			message: "The frontmatter opened on line 1 never closes with ---, so it is read as ordinary text.",
		});
		return { data, lineCount: 0, problems };
	}

	let key: string | null = null;
	let nested: Record<string, FrontmatterValue> | null = null;
	for (let i = 1; i < end; i++) {
		const raw = lines[i] ?? "";
		const lineNo = i + 1;
		if (raw.trim() === "" || /^\s*#/.test(raw)) continue;

		const item = /^\s*-(.*)$/.exec(raw);
		if (item && key !== null) {
			const list = data[key];
			const value = scalar((item[1] ?? "").trimStart());
			if (Array.isArray(list)) list.push(value);
			else data[key] = [value];
			continue;
		}

		const indented = /^\s+/.test(raw);
		const pair = readPair(raw);
		const dataview = readDataviewField(raw);
		if (dataview && !pair?.[2]?.startsWith(":")) {
			problems.push({
				line: lineNo,
				kind: "frontmatter-dataview-field",
				message:
					`Line ${lineNo} (${dataview[1] ?? ""}::) is a Dataview field, not YAML; ` +
					`Obsidian will not read the frontmatter. Write "${dataview[1] ?? ""}: …" instead.`,
			});
			data[(dataview[1] ?? "").trim()] = scalar(dataview[2] ?? "");
			continue;
		}
		if (!pair) {
			problems.push({
				line: lineNo,
				kind: "frontmatter-invalid",
				message: `Line ${lineNo} of the frontmatter is not a "key: value" line and was skipped.`,
			});
			continue;
		}
		const name = unquote((pair[1] ?? "").trim());
		const rest = pair[2];
		if (indented && key !== null && nested) {
			nested[name] = rest === undefined ? null : scalar(rest);
			continue;
		}
		key = name;
		nested = null;
		if (rest === undefined || rest === "") {
			nested = {};
			data[name] = null;
			// Filled in by the indented lines that follow, as a list or a map.
			const next = lines[i + 1] ?? "";
			if (i + 1 < end && /^\s+[^-\s]/.test(next)) data[name] = nested;
			continue;
		}
		if (rest.startsWith("[")) {
			const flow = flowList(rest);
			data[name] = flow.values;
			if (flow.hashTags) {
				problems.push({
					line: lineNo,
					kind: "frontmatter-invalid",
					message:
						`Line ${lineNo}: list items starting with # are comments in YAML; Obsidian drops them. ` +
						`Write ${name}: [${flow.values.join(", ")}] instead.`,
				});
			}
			if (!flow.closed) {
				problems.push({
					line: lineNo,
					kind: "frontmatter-invalid",
					message: `Line ${lineNo}: the list opened with [ never closes.`,
				});
			}
			continue;
		}
		data[name] = scalar(rest);
	}
	return { data, lineCount: end + 1, problems };
}

/** Line separators, which a regex `.` does not cross: a value holding one was never read as a value. */
const LINE_SEPARATOR = /[\u2028\u2029]/;

/**
 * A `key: value` line as [line, key, value]: the key before the first colon
 * (not a comment), then nothing, or spaces and the value. The value is
 * `undefined` when nothing follows the colon, "" when only spaces do. Read
 * by hand: the pattern it replaces (`^\s*([^:#][^:]*?)\s*:(?:\s+(.*)|\s*)$`)
 * took cubic time on a line of spaces without a colon.
 */
function readPair(raw: string): [string, string, string | undefined] | null {
	const colon = raw.indexOf(":");
	if (colon <= 0 || raw.charCodeAt(0) === 35 /* # */) return null;
	const key = raw.slice(0, colon);
	const after = raw.slice(colon + 1);
	if (after === "") return [raw, key, undefined];
	const value = after.trimStart();
	// "key:value" (a URL, a time) is not a pair; a value cut by a line separator was not read either.
	if (value.length === after.length || LINE_SEPARATOR.test(value)) return null;
	return [raw, key, value];
}

/** A Dataview `key:: value` line as [line, key, value] (key trimmed at the start only), or `null`. */
function readDataviewField(raw: string): [string, string, string] | null {
	const colon = raw.indexOf(":");
	if (colon === -1 || raw.charCodeAt(colon + 1) !== 58) return null;
	const key = raw.slice(0, colon).trimStart();
	const value = raw.slice(colon + 2).trimStart();
	if (key === "" || LINE_SEPARATOR.test(value)) return null;
	return [raw, key, value];
}

function unquote(text: string): string {
	const t = text.trim();
	if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) {
		return t.slice(1, -1);
	}
	return t;
}

function scalar(text: string): FrontmatterValue {
	const t = withoutComment(text).trim();
	if (t === "" || t === "~" || t === "null") return null;
	if (t === "true") return true;
	if (t === "false") return false;
	if (/^-?\d+(?:\.\d+)?$/.test(t)) return Number(t);
	if (t.startsWith("[")) return flowList(t).values;
	return unquote(t);
}

/**
 * The text before a ` # comment` at its end. Found by hand: the pattern
 * `\s+#.*$` was tried from every space of a long run, each try reading the run.
 * A comment cut by a line separator (which `.` did not cross) is not one.
 */
function withoutComment(text: string): string {
	const from = Math.max(text.lastIndexOf("\u2028"), text.lastIndexOf("\u2029")) + 1;
	for (let hash = text.indexOf("#", from); hash !== -1; hash = text.indexOf("#", hash + 1)) {
		let start = hash;
		while (start > 0 && WHITESPACE.test(text.charAt(start - 1))) start--;
		if (start < hash) return text.slice(0, start);
	}
	return text;
}

const WHITESPACE = /^\s$/;

function flowList(text: string): { values: string[]; hashTags: boolean; closed: boolean } {
	const closeAt = text.lastIndexOf("]");
	const closed = closeAt > 0;
	const inner = text.slice(1, closed ? closeAt : undefined);
	const values = inner
		.split(",")
		.map((part) => unquote(part.trim()))
		.filter((part) => part !== "");
	const hashTags = values.some((v) => v.startsWith("#"));
	return { values: values.map((v) => v.replace(/^#/, "")), hashTags, closed };
}

function asString(value: FrontmatterValue | undefined): string | null {
	if (value === undefined || value === null) return null;
	if (typeof value === "string") return value.trim() || null;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return null;
}

function asList(value: FrontmatterValue | undefined, separator: RegExp): string[] {
	if (value === undefined || value === null) return [];
	if (Array.isArray(value)) return value.map((v) => asString(v)).filter((v): v is string => v !== null);
	const single = asString(value);
	if (single === null) return [];
	return single
		.split(separator)
		.map((v) => v.trim())
		.filter((v) => v !== "");
}

/** Picks the keys the plugin uses, whatever their case (`Company`, `company`). */
export function noteMeta(data: Record<string, FrontmatterValue>): NoteMeta {
	const lower = new Map<string, FrontmatterValue>();
	for (const [k, v] of Object.entries(data)) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), v);
	return {
		title: asString(lower.get("title")),
		created: asString(lower.get("created") ?? lower.get("date")),
		modified: asString(lower.get("modified") ?? lower.get("updated")),
		tags: asList(lower.get("tags") ?? lower.get("tag"), /[,\s]+/).map((t) => t.replace(/^#/, "")),
		company: asString(lower.get("company")),
		role: asString(lower.get("role")),
		level: asString(lower.get("level")),
		competencies: asList(lower.get("competencies") ?? lower.get("competency"), /,/),
	};
}
