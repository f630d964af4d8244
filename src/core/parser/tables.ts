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

/** A cell's lines: `<br>` breaks a cell into lines, as the notes that keep a story in one table row write it. */
export function cellLines(cell: string): string[] {
	return cell
		.split(/<br\s*\/?>/i)
		.map((l) => l.trim())
		.filter((l) => l !== "");
}

const QUESTION_HEADER = /^(?:questions?|prompts?|interview questions?)$/i;
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
