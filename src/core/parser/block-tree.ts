import type { LabelMatch } from "./labels";
import type { QuestionShape } from "./question-text";
import type { Problem } from "../types";

/**
 * A block of a note as the parser sees it: headings own what follows them,
 * list items own what is indented under them, blockquotes own their inner
 * document. Line numbers are 1-based and point into the original note.
 */
export interface BlockNode {
	kind: "heading" | "item" | "text" | "quote" | "hr";
	line: number;
	/** Last line of the node and everything it owns. */
	endLine: number;
	/** Indent in columns (a tab counts to the next multiple of 4). */
	indent: number;
	/** Heading level; 0 for other kinds. */
	level: number;
	/** Inline text: without the list marker, `#`s or `>`. For a callout, its title. */
	text: string;
	children: BlockNode[];
	/** A text line that continues the line before it (no blank line between). */
	cont: boolean;
	/** For a quote: the callout type (`question`, `example`…), or `null` for a plain blockquote. */
	calloutType: string | null;
	/** For an item: a numbered marker (`1.`) rather than a bullet. */
	ordered: boolean;
	/** The line as written, without indentation or (inside a quote) the `>`; comments removed. */
	source: string;
	/** Memo of the label read outside a story (`undefined` until read). */
	labelLoose: LabelMatch | null | undefined;
	/** Memo of the label read inside a story. */
	labelInStory: LabelMatch | null | undefined;
	/** Memo of the question shape. */
	shape: QuestionShape | undefined;
}

/** The lines of one (sub)document with their note line numbers. */
interface Lines {
	texts: string[];
	nums: number[];
	/** Whether the note holds a fence or comment marker anywhere; when it does not, no line needs masking. */
	inert: boolean;
}

const TAB_WIDTH = 4;
/** Columns of indentation that make a line after a blank line, outside a list, an indented code block. */
const CODE_INDENT = 4;

/**
 * Deeper nesting than this is flattened: no real note nests a list or quote
 * 32 levels deep, and a hostile one must not exhaust the call stack.
 */
const MAX_DEPTH = 32;

/**
 * Builds the block tree of a note body. `firstLine` is the note line number
 * of `texts[0]`. `inert` says whether the note may hold a code fence or a
 * comment (see `mayHoldInert`); without one, the lines are read as they are.
 */
export function buildBlockTree(texts: string[], firstLine: number, problems: Problem[], inert = true): BlockNode[] {
	const nums = new Array<number>(texts.length);
	for (let i = 0; i < texts.length; i++) nums[i] = firstLine + i;
	const lines: Lines = { texts: inert ? texts.slice() : texts, nums, inert };
	if (inert) maskInertLines(lines, problems, true);
	return build(lines, problems, 0);
}

/** Whether a text holds any of the markers `maskInertLines` looks for: four native scans instead of four per line. */
export function mayHoldInert(text: string): boolean {
	return text.indexOf("```") !== -1 || text.indexOf("~~~") !== -1 || text.indexOf("<!--") !== -1 || text.indexOf("%%") !== -1;
}

/** Columns of leading whitespace, and where the content starts. */
function measureIndent(text: string): { indent: number; start: number } {
	let indent = 0;
	let i = 0;
	for (; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 32) indent++;
		else if (c === 9) indent += TAB_WIDTH - (indent % TAB_WIDTH);
		else break;
	}
	return { indent, start: i };
}

function isBlank(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff && c !== 0x200b) return false;
	}
	return true;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Blanks what must never be read for questions or labels: fenced code blocks,
 * HTML comments and Obsidian `%%` comments. An unclosed fence or comment hides
 * the rest of the note, as it does in Obsidian; that is reported as a problem.
 */
function maskInertLines(lines: Lines, problems: Problem[], comments: boolean): void {
	const { texts, nums } = lines;
	let fence: { char: string; length: number; line: number } | null = null;
	let comment: { close: string; line: number } | null = null;
	for (let i = 0; i < texts.length; i++) {
		let text = texts[i] ?? "";
		if (fence) {
			const close = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(text);
			if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
			texts[i] = "";
			continue;
		}
		if (comment) {
			const end = text.indexOf(comment.close);
			if (end === -1) {
				texts[i] = "";
				continue;
			}
			text = text.slice(end + comment.close.length);
			comment = null;
		}
		if (comments && (text.indexOf("<!--") !== -1 || text.indexOf("%%") !== -1)) {
			const stripped = stripComments(text);
			text = stripped.text;
			if (stripped.open) comment = { close: stripped.open, line: nums[i] ?? 0 };
		}
		if (text.indexOf("```") !== -1 || text.indexOf("~~~") !== -1) {
			const open = FENCE.exec(text);
			if (open?.[1] && !(open[1][0] === "`" && text.slice(open[0].length).includes("`"))) {
				fence = { char: open[1][0] ?? "`", length: open[1].length, line: nums[i] ?? 0 };
				texts[i] = "";
				continue;
			}
		}
		texts[i] = text;
	}
	if (fence) {
		problems.push({
			line: fence.line,
			kind: "code-fence-unclosed",
			message:
				`The code block opened on line ${fence.line} never closes, so nothing after it is read. ` +
				`Add a closing ${fence.char.repeat(3)} line.`,
		});
	}
	if (comment) {
		problems.push({
			line: comment.line,
			kind: "comment-unclosed",
			message:
				`The comment opened on line ${comment.line} never closes, so nothing after it is read. ` +
				`Close it with ${comment.close}.`,
		});
	}
}

/** Removes complete comments from a line; reports the closer still awaited when one is left open. */
function stripComments(text: string): { text: string; open: string | null } {
	let out = "";
	let rest = text;
	for (;;) {
		const html = rest.indexOf("<!--");
		const obs = rest.indexOf("%%");
		if (html === -1 && obs === -1) return { text: out + rest, open: null };
		const useHtml = html !== -1 && (obs === -1 || html < obs);
		const start = useHtml ? html : obs;
		const opener = useHtml ? "<!--" : "%%";
		const closer = useHtml ? "-->" : "%%";
		out += rest.slice(0, start);
		const end = rest.indexOf(closer, start + opener.length);
		if (end === -1) return { text: out, open: closer };
		rest = rest.slice(end + closer.length);
	}
}

/** A heading line, trimmed at the end: its text is what follows the hashes and their spaces (it starts with neither). */
const HEADING = /^(#{1,6})(?:[ \t]+([^ \t\n\r\u2028\u2029].*)?)?$/;
const HR = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|<hr\s*\/?>)$/i;
const CALLOUT = /^\[!([A-Za-z][\w-]*)\][+-]?(.*)$/;

/** Where a list marker (`-`, `*`, `+`, `•`, `1.`, `2)`, with an optional `[ ]` box) ends, or -1. */
export function listMarkerEnd(line: string, at: number): number {
	let i = at;
	const c = line.charCodeAt(i);
	if (c === 45 || c === 42 || c === 43 || c === 0x2022) {
		i++;
	} else if (c >= 48 && c <= 57) {
		while (i < at + 9 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
		const close = line.charCodeAt(i);
		if (close !== 46 && close !== 41) return -1;
		i++;
	} else {
		return -1;
	}
	const space = line.charCodeAt(i);
	if (i < line.length && space !== 32 && space !== 9) return -1;
	while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
	if (line.charCodeAt(i) !== 91 /* [ */ || line.charCodeAt(i + 2) !== 93 /* ] */ || !" xX/-".includes(line.charAt(i + 1))) return i;
	const afterBox = i + 3;
	if (afterBox < line.length && line.charCodeAt(afterBox) !== 32 && line.charCodeAt(afterBox) !== 9) return i;
	i = afterBox;
	while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
	return i;
}

function newNode(kind: BlockNode["kind"], line: number, indent: number, text: string, source: string): BlockNode {
	return {
		kind,
		line,
		endLine: line,
		indent,
		level: 0,
		text,
		children: [],
		cont: false,
		calloutType: null,
		ordered: false,
		source,
		labelLoose: undefined,
		labelInStory: undefined,
		shape: undefined,
	};
}

/** Builds nodes from already-masked lines. */
function build(lines: Lines, problems: Problem[], depth: number): BlockNode[] {
	const { texts, nums } = lines;
	const root: BlockNode[] = [];
	const headings: BlockNode[] = [];
	const items: BlockNode[] = [];
	let prevBlank = true;
	/** The last node that can be continued by a lazy line (an item or a text line). */
	let paragraph: BlockNode | null = null;

	const container = (): BlockNode[] => {
		// Read the last entry only when there is one: `list[-1]` is a slow property lookup in V8, not an array read.
		if (items.length > 0) return (items[items.length - 1] as BlockNode).children;
		return headings.length > 0 ? (headings[headings.length - 1] as BlockNode).children : root;
	};
	const closeItemsFrom = (indent: number): void => {
		while (items.length > 0 && (items[items.length - 1]?.indent ?? 0) >= indent) items.pop();
	};

	for (let i = 0; i < texts.length; i++) {
		const raw = texts[i] ?? "";
		if (isBlank(raw)) {
			prevBlank = true;
			paragraph = null;
			continue;
		}
		const { indent, start } = measureIndent(raw);
		if (indent >= CODE_INDENT && prevBlank && items.length === 0 && depth === 0) {
			// An indented code block (CommonMark): 4+ columns after a blank line, outside a list. Like a fence, never read.
			// Not inside a quote, where "> \t" is a tab in the quoted text, not four columns of indentation.
			while (i + 1 < texts.length && (isBlank(texts[i + 1] ?? "") || measureIndent(texts[i + 1] ?? "").indent >= CODE_INDENT)) i++;
			paragraph = null;
			continue;
		}
		const content = raw.slice(start).trimEnd();
		const line = nums[i] ?? 0;
		const first = content.charCodeAt(0);

		if (first === 62 /* > */ && depth < MAX_DEPTH) {
			let j = i;
			const inner: Lines = { texts: [], nums: [], inert: lines.inert };
			while (j < texts.length) {
				const t = texts[j] ?? "";
				const m = /^[ \t]*>[ \t]?/.exec(t);
				if (!m) break;
				inner.texts.push(t.slice(m[0].length));
				inner.nums.push(nums[j] ?? 0);
				j++;
			}
			const node = newNode("quote", line, indent, "", content);
			const callout = CALLOUT.exec((inner.texts[0] ?? "").trim());
			if (callout) {
				node.calloutType = (callout[1] ?? "").toLowerCase();
				node.text = trimStartSpaces(callout[2] ?? "");
				inner.texts[0] = "";
			}
			if (inner.inert) maskInertLines(inner, problems, false);
			node.children = build(inner, problems, depth + 1);
			node.endLine = nums[j - 1] ?? line;
			placeBlock(node, indent);
			i = j - 1;
			prevBlank = false;
			paragraph = null;
			continue;
		}

		if (first === 35 /* # */) {
			const h = HEADING.exec(content);
			if (h) {
				const level = h[1]?.length ?? 1;
				const node = newNode("heading", line, indent, headingText(h[2] ?? ""), content);
				node.level = level;
				items.length = 0;
				while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
				container().push(node);
				headings.push(node);
				prevBlank = false;
				paragraph = null;
				continue;
			}
		}

		if ((first === 45 || first === 42 || first === 95 || first === 60) && HR.test(content)) {
			const node = newNode("hr", line, indent, "", content);
			placeBlock(node, indent);
			prevBlank = false;
			paragraph = null;
			continue;
		}

		const markerEnd = listMarkerEnd(content, 0);
		if (markerEnd !== -1) {
			const node = newNode("item", line, indent, content.slice(markerEnd), content);
			node.ordered = first >= 48 && first <= 57;
			closeItemsFrom(indent);
			container().push(node);
			if (items.length < MAX_DEPTH) items.push(node);
			prevBlank = false;
			paragraph = node;
			continue;
		}

		if (first === 60 /* < */ && /^(?:<\/?[A-Za-z][^>]*>\s*)+$/.test(content) && !/<mark\b/i.test(content)) {
			// A line of bare HTML tags (<details>, <p align="left"></p>) carries no text.
			continue;
		}

		const node = newNode("text", line, indent, content, content);
		if (!prevBlank && paragraph) {
			node.cont = true;
			const owner = paragraph.kind === "item" ? paragraph : items.length > 0 ? items[items.length - 1] : undefined;
			(owner ? owner.children : container()).push(node);
		} else {
			placeBlock(node, indent);
		}
		prevBlank = false;
		paragraph = node;
	}

	if (depth === 0) fixEndLines(root);
	return root;

	/** Puts a block under the deepest open item it is indented under, closing the others. */
	function placeBlock(node: BlockNode, indent: number): void {
		closeItemsFrom(indent);
		container().push(node);
	}
}

/** Spaces and tabs removed from the start. */
function trimStartSpaces(text: string): string {
	let i = 0;
	while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
	return i === 0 ? text : text.slice(i);
}

/**
 * A heading's text without its closing hashes ("## Title ##") and the spaces
 * around them, read backwards: a pattern anchored at the end (`[ \t]+#+$`)
 * is tried from every space of a long run, each try reading the whole run.
 */
function headingText(text: string): string {
	let end = text.length;
	while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
	let hashes = end;
	while (hashes > 0 && text.charCodeAt(hashes - 1) === 35) hashes--;
	if (hashes === end) return text.slice(0, end);
	let spaces = hashes;
	while (spaces > 0 && (text.charCodeAt(spaces - 1) === 32 || text.charCodeAt(spaces - 1) === 9)) spaces--;
	return spaces === hashes ? text.slice(0, end) : text.slice(0, spaces);
}

/** Sets each node's `endLine` to the last line it owns. */
function fixEndLines(nodes: BlockNode[]): number {
	let last = 0;
	for (const node of nodes) {
		if (node.children.length > 0) node.endLine = Math.max(node.endLine, fixEndLines(node.children));
		last = Math.max(last, node.endLine);
	}
	return last;
}
