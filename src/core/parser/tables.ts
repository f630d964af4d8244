import type { BlockNode } from "./block-tree";
import { stripMarkup } from "./highlights";
import { matchLabel } from "./labels";
import type { PartName } from "../types";

/** A markdown table read from consecutive `|` lines: its header cells and body rows. */
export interface TableBlock {
	header: string[];
	/** The body rows: each row's cells and its line. */
	rows: { cells: string[]; line: number }[];
	line: number;
	endLine: number;
	/** How many sibling nodes the table spans (header, delimiter and body rows). */
	span: number;
}

const DELIMITER = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;
const SINGLE: Readonly<Record<string, PartName>> = { S: "situation", T: "task", A: "action", R: "result", L: "takeaway" };

/** The table starting at `nodes[index]`, or `null`: a `|` line followed by a delimiter row (`|---|---|`), no blank line between. */
export function tableAt(nodes: BlockNode[], index: number): TableBlock | null {
	const head = nodes[index];
	if (!head || head.kind !== "text" || head.cont || head.text.charCodeAt(0) !== 124 /* | */) return null;
	const delimiter = nodes[index + 1];
	if (!delimiter || delimiter.kind !== "text" || !delimiter.cont || !DELIMITER.test(delimiter.text)) return null;
	const rows: TableBlock["rows"] = [];
	let end = index + 2;
	for (; end < nodes.length; end++) {
		const row = nodes[end];
		if (!row || row.kind !== "text" || !row.cont || row.text.charCodeAt(0) !== 124) break;
		rows.push({ cells: cellsOf(row.text), line: row.line });
	}
	return { header: cellsOf(head.text), rows, line: head.line, endLine: nodes[end - 1]?.line ?? head.line, span: end - index };
}

/** The cells of a table row, trimmed; `\|` stays inside its cell. */
function cellsOf(row: string): string[] {
	const cells: string[] = [];
	let cell = "";
	for (let i = 0; i < row.length; i++) {
		const c = row[i];
		if (c === "\\" && row[i + 1] === "|") {
			cell += "|";
			i++;
		} else if (c === "|") {
			cells.push(cell.trim());
			cell = "";
		} else cell += c;
	}
	cells.push(cell.trim());
	if (cells[0] === "") cells.shift();
	if (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
	return cells;
}

/** The STAR part a cell holding only a label names (`**Situation**`, `Result:`, `S`), or `null`. */
export function cellPart(cell: string): PartName | null {
	const plain = stripMarkup(cell)
		.replace(/[:：]\s*$/, "")
		.trim();
	if (plain.length === 1) return SINGLE[plain] ?? null;
	const label = matchLabel(cell, { inStory: false, heading: true });
	return label?.part && label.body === "" ? label.part : null;
}

/**
 * The STAR part a column header names: a label alone (`Situation`, `S`), or
 * one with a gloss after a slash, bracket or dash (`Result / metrics`,
 * `Action (what I did)`, `Outcome – impact`). The first piece that names a part wins.
 */
export function columnPart(header: string): PartName | null {
	const whole = cellPart(header);
	if (whole) return whole;
	for (const raw of stripMarkup(header).split(/[/(),&+—–]| - |\band\b/i)) {
		const piece = raw.trim();
		if (piece === "" || piece === header) continue;
		const part = cellPart(piece);
		if (part) return part;
	}
	return null;
}

/** The columns of a table that keeps one story per row: the column naming each row, and each column's part. */
export interface StoryColumns {
	/** The column that names the row's story or question (`Question`, `Story`, `Title`, or a first unnamed column), if any. */
	lead: number | null;
	/** The lead column holds questions (its header says so): each row answers its own question. */
	leadAsks: boolean;
	/** Each column's STAR part, `null` for the lead column and for extra columns (`Competency`, `Notes`). */
	parts: (PartName | null)[];
	/** The extra columns whose words a story keeps as parts of their own (not the lead, nor a `#` column). */
	extra: number[];
}

const QUESTION_HEADER = /^(?:questions?|prompts?|interview questions?)$/i;
const LEAD_HEADER = /^(?:questions?|prompts?|interview questions?|stor(?:y|ies)|titles?|topics?|examples?|projects?|names?)$/i;
/** A column that only numbers the rows (`#`, `No.`): never a title. */
const NUMBER_HEADER = /^(?:#|no\.?|n[°º]|nr\.?)?$/i;
/** A column that files the row (`Competency`, `Themes`): its words are kept, but it never titles the story. */
const FILING_HEADER = /^(?:competenc(?:y|ies)|skills?|signals?|themes?|tags?|categor(?:y|ies)|leadership principles?|lps?)$/i;

/**
 * For a table whose header names three STAR parts or more (`| Question | S | T | A | R |`,
 * `| Story | Situation | Task | Action | Result / metrics | Learnings |`): its columns, read once. `null` for any other table.
 */
export function storyColumns(table: TableBlock): StoryColumns | null {
	const parts = table.header.map(columnPart);
	if (new Set(parts.filter((p) => p !== null)).size < 3) return null;
	const names = table.header.map((h) => stripMarkup(h));
	let lead = names.findIndex((name, c) => parts[c] === null && LEAD_HEADER.test(name));
	if (lead === -1 && parts[0] === null && !NUMBER_HEADER.test(names[0] ?? "") && !FILING_HEADER.test(names[0] ?? "")) lead = 0;
	const extra = parts.flatMap((part, c) => (part === null && c !== lead && !NUMBER_HEADER.test(names[c] ?? "") ? [c] : []));
	return { lead: lead === -1 ? null : lead, leadAsks: lead !== -1 && QUESTION_HEADER.test(names[lead] ?? ""), parts, extra };
}

/**
 * Whether a line is the header of a story table, given the line after it (a
 * delimiter row): a cheap look for the prefilter, before any block is built.
 * Body rows are passed over on the delimiter test, so a long table costs one read of its header.
 */
export function isStoryTableHeader(line: string, next: string): boolean {
	if (!DELIMITER.test(next.replace(/^[\s>]*/, "").trimEnd()) || line.split("|").length < 5) return false;
	return (
		new Set(
			cellsOf(line)
				.map(columnPart)
				.filter((p) => p !== null),
		).size >= 3
	);
}

/** A cell's lines: `<br>` breaks a cell into lines, as the notes that keep a story in one table row write it. */
export function cellLines(cell: string): string[] {
	return cell
		.split(/<br\s*\/?>/i)
		.map((l) => l.trim())
		.filter((l) => l !== "");
}

const STORY_HEADER = /^(?:stor(?:y|ies)|examples?|answers?|story to tell)$/i;

/** For a story-map table (`| Question | Story |`), the question and story columns; `null` for any other table. */
export function storyMapColumns(table: TableBlock): { question: number; story: number } | null {
	const names = table.header.map((h) => stripMarkup(h));
	const question = names.findIndex((h) => QUESTION_HEADER.test(h));
	const story = names.findIndex((h) => STORY_HEADER.test(h));
	return question !== -1 && story !== -1 ? { question, story } : null;
}

/** The story names in a story-map cell: each `[[link]]`, or else the titles separated by commas, semicolons or `<br>`. */
export function storyNames(cell: string): { name: string; link: boolean }[] {
	const links = [...cell.matchAll(/\[\[([^[\]|]+)(?:\|[^[\]]*)?\]\]/g)].map((m) => ({ name: (m[1] ?? "").trim(), link: true }));
	if (links.length > 0) return links;
	return cell
		.split(/<br\s*\/?>|[;,]/i)
		.map((n) => stripMarkup(n))
		.filter((n) => n !== "" && n !== "-" && n !== "—")
		.map((name) => ({ name, link: false }));
}
