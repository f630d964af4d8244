import type { BlockNode } from "./block-tree";
import { stripMarkup } from "./highlights";
import { matchLabel, type LabelMatch } from "./labels";
import { cleanQuestion, questionShape, type QuestionShape } from "./question-text";
import { cellLines, cellPart, storyColumns, storyMapColumns, storyNames, tableAt, type StoryColumns, type TableBlock } from "./tables";
import { ANSWER_MARKER, asksPlainly, readQuestionMarkers, storyLineName } from "./question-markers";
import type { PartName, Question, StoryPointer } from "../types";

/** A question as first read, before ids and answers are settled. */
export interface QuestionDraft {
	raw: string;
	line: number;
	endLine: number;
	section: string | null;
	form: Question["form"];
	/** Stories nested in the question. */
	stories: StoryDraft[];
	/** Stories that name this question on an "Also answers:" line. */
	linkedStories: StoryDraft[];
	/** Unlabelled bullets directly under the question: sketches or free-form answer, decided at the end. */
	loose: BlockNode[];
	answers: AnswerChunk[];
	/** Stories named on `STORY:` lines under the question or in a story-map table (its own line's markers are read later). */
	pointers: { name: string; via: StoryPointer["via"] }[];
	/** A topic in a question list rather than a worded question: any `/` in it separates phrasings. */
	shorthand: boolean;
	/** Asked with an explicit `Q:` / `Question:` prefix: the bullets after it are its answer, read as one story. */
	prefixed: boolean;
	/** Sub-items of a shorthand topic that narrow it (`why meta` under `why want to change`): more phrasings of it. */
	refinements: string[];
}

export interface PartDraft {
	part: PartName | null;
	label: string;
	lines: string[];
	line: number;
	endLine: number;
}

export interface StoryDraft {
	title: string | null;
	titleRaw: string | null;
	line: number;
	endLine: number;
	owner: QuestionDraft | null;
	linked: QuestionDraft[];
	section: string | null;
	parts: PartDraft[];
	/** Unlabelled text inside a titled story, before its first label. */
	notes: string[];
	/** A question-less story with fewer than three STAR labels: kept only in a note that is clearly a story bank. */
	weak: boolean;
}

export interface AnswerChunk {
	lines: string[];
	line: number;
	endLine: number;
	kind: "bullets" | "blockquote" | "paragraph";
}

export interface LegendDraft {
	line: number;
	endLine: number;
	labels: { part: PartName; label: string }[];
}

interface Context {
	section: string | null;
	/** The question that owns this container, from an ancestor. */
	question: QuestionDraft | null;
	/** The titled story that owns this container, from an ancestor. */
	story: StoryDraft | null;
	/** Whether list items and lines at this level may open new questions. */
	canAsk: boolean;
	/** The container's heading reads like a format description ("Format", "Legend", "STAR method"). */
	legendSection: boolean;
	/** The container's title says it lists questions ("Questions mainly asked", "Q&A"): its items are questions however worded. */
	questionList: boolean;
}

/** What one level of the walk has open: the question and untitled story it started, and the part being filled. */
interface Level {
	nodes: BlockNode[];
	ctx: Context;
	question: QuestionDraft | null;
	story: StoryDraft | null;
	/** Index in `nodes` of the block that opened `story`. */
	storyStart: number;
	part: PartDraft | null;
	/** The open part began on a line of text or a heading, so following paragraphs continue it. */
	partFromLine: boolean;
	/**
	 * A paragraph at this level titled the list after it: interview questions ("Likely questions:"),
	 * or the user's own ("Questions to ask:").
	 */
	listTitle: "questions" | "own" | null;
}

/** The question that owns what this level reads: one opened here, else the one from an ancestor. */
function owner(level: Level): QuestionDraft | null {
	return level.question ?? level.ctx.question;
}

/** The story labels at this level go into: one opened here, else the titled story from an ancestor. */
function target(level: Level): StoryDraft | null {
	return level.story ?? level.ctx.story;
}

const LEGEND_HEADING = /\b(?:legend|format|template|framework|structure|method|how to (?:answer|use)|cheat ?sheet)\b|^star\b/i;
const ANSWERS_LINE = /^(?:also answers|answers|use (?:it |this )?for|good for|questions?)\s*[:：]\s*(\S.*|\s)$/i;
/** Cheap test before `ANSWERS_LINE`: the line starts with one of its words. */
const MAY_LINK = /^[\s*_>]*(?:also|answers|use|good|questions?)\b/i;
/** A list of what the company assesses ("rubrics:", "signals"): its items are definitions, not questions to answer. */
const RUBRIC_TITLE =
	/^(?:rubrics?|(?:key |their )?signals|competenc(?:y|ies)|(?:evaluation |hiring )?criteria|what they (?:look for|assess))\b/i;
const QUESTION_LIST_WORDS = /\b(?:questions?|q\s*(?:&|and)\s*a|qs)\b/i;
/** Question lists that are the user's own questions, to ask the panel or about the process: not interview prompts. */
const OWN_QUESTIONS = new RegExp(
	String.raw`\b(?:to ask|for (?:them|the (?:interviewer|panel|recruiter|team))|my (?:own )?questions|i (?:have|want to ask)` +
		String.raw`|about the (?:format|process|role|team|company|interview))\b`,
	"i",
);
const QUESTION_CALLOUTS = new Set(["question", "faq", "help", "q"]);

/** A callout is a question when its title reads as one, or when it is a question-type callout with a worded title. */
export function isCalloutQuestion(type: string, title: string, readsAsQuestion: () => boolean): boolean {
	if (title === "") return false;
	if (QUESTION_CALLOUTS.has(type) && /[\p{L}\p{N}]/u.test(stripMarkup(title))) return true;
	return readsAsQuestion();
}
const MIN_PARTS_WITHOUT_QUESTION = 3;

/**
 * Reads questions, stories and the format legend from a note's block tree.
 * The walk goes level by level: at each level a question opens when a line
 * reads as one, STAR labels gather into the open story, and what is left
 * under a question becomes its answer or its sketches.
 */
export class StoryWalker {
	readonly questions: QuestionDraft[] = [];
	readonly stories: StoryDraft[] = [];
	legend: LegendDraft | null = null;
	/** "Also answers" questions by their wording, so two stories naming one prompt share it. */
	private readonly linkedByText = new Map<string, QuestionDraft>();
	/** Every question by its wording (see `askedAs`), and how many of `questions` are in it. */
	private readonly byWording = new Map<string, QuestionDraft>();
	private keyed = 0;

	walkDocument(nodes: BlockNode[]): void {
		this.walk(nodes, { section: null, question: null, story: null, canAsk: true, legendSection: false, questionList: false });
	}

	private walk(nodes: BlockNode[], ctx: Context): void {
		const level: Level = { nodes, ctx, question: null, story: null, storyStart: -1, part: null, partFromLine: false, listTitle: null };
		for (let i = 0; i < nodes.length; i++) {
			const node = nodes[i];
			if (!node) continue;
			const table = node.kind === "text" && node.text.charCodeAt(0) === 124 /* | */ ? tableAt(nodes, i) : null;
			if (table && this.visitTable(level, table)) i += table.span - 1;
			else this.visit(level, node, i);
		}
		this.closeStory(level);
	}

	/**
	 * A table: a story kept as `| Part | Text |` rows, a story per row under
	 * Situation/Task/Action/Result columns, or a story map (`| Question | Story |`).
	 * Any other table is left to be read line by line; false says so.
	 */
	private visitTable(level: Level, table: TableBlock): boolean {
		const { ctx } = level;
		if (ctx.story) return false;
		const columns = storyColumns(table);
		if (columns) {
			this.closeStory(level);
			for (const row of table.rows) this.tableRowStory(level, table, columns, row);
			return true;
		}
		const map = storyMapColumns(table);
		if (map) {
			if (!ctx.canAsk) return false;
			this.closeStory(level);
			level.question = null;
			for (const row of table.rows) {
				const question = this.tableQuestion(row.cells[map.question] ?? "", row.line, ctx.section);
				for (const { name, link } of storyNames(row.cells[map.story] ?? ""))
					question?.pointers.push({ name, via: link ? "wikilink" : "table" });
			}
			return true;
		}
		const labelled = [{ cells: table.header, line: table.line }, ...table.rows].filter(
			(r) => r.cells.length >= 2 && cellPart(r.cells[0] ?? ""),
		);
		if (labelled.length === 0) return false;
		this.closeStory(level);
		const story = this.newStory(null, null, owner(level), ctx.section, labelled[0]?.line ?? table.line);
		for (const row of labelled) {
			const part = cellPart(row.cells[0] ?? "");
			if (part)
				story.parts.push(
					tablePart(part, stripMarkup(row.cells[0] ?? "").replace(/[:：]$/, ""), row.cells.slice(1).join(" "), row.line),
				);
		}
		this.finishTableStory(story);
		return true;
	}

	/** Keeps a story read from a table: under its question, or on its own with three parts or more (never a legend's guidance). */
	private finishTableStory(story: StoryDraft): void {
		story.endLine = Math.max(story.line, ...story.parts.map((p) => p.endLine));
		if (story.owner) this.keep(story);
		else if (distinctParts(story) >= MIN_PARTS_WITHOUT_QUESTION && !describesParts(story)) {
			// `| Problem | Solution | Impact |` is as often a design table as a story: without a situation, an action
			// and a result it is kept only in a note that holds other interview material.
			story.weak = !(hasPart(story, "situation") && hasPart(story, "action") && hasPart(story, "result"));
			this.keep(story);
		} else if (distinctParts(story) >= MIN_PARTS_WITHOUT_QUESTION) this.takeLegend(story);
	}

	/**
	 * One row of a story table: a story with a part per STAR column, its line
	 * range the row. The lead column asks the row's question (the note's own
	 * when it already asks it) or titles the story; a row that only asks is a
	 * question still to prepare.
	 */
	private tableRowStory(level: Level, table: TableBlock, columns: StoryColumns, row: TableBlock["rows"][number]): void {
		const lead = columns.lead === null ? "" : cellLines(row.cells[columns.lead] ?? "").join(" ");
		const filled = columns.parts.some((part, c) => part !== null && cellLines(row.cells[c] ?? "").length > 0);
		const asks = lead !== "" && (columns.leadAsks || questionShape(lead, false).isQuestion);
		const question = asks ? this.tableQuestion(lead, row.line, level.ctx.section) : owner(level);
		if (!filled) return;
		const title = asks || lead === "" ? null : storyTitle(lead);
		const story = this.newStory(title, title === null ? null : lead, question, level.ctx.section, row.line);
		columns.parts.forEach((part, c) => {
			const cell = row.cells[c] ?? "";
			// An extra column ("Competency", "Notes") keeps its words as a part of its own, like an unknown label.
			if (part || (columns.extra.includes(c) && cellLines(cell).length > 0))
				story.parts.push(tablePart(part, stripMarkup(table.header[c] ?? ""), cell, row.line));
		});
		this.finishTableStory(story);
	}

	/** The question a table cell asks: the note's own when it already asks it, else a new one on the row's line. */
	private tableQuestion(cell: string, line: number, section: string | null): QuestionDraft | null {
		const key = cleanQuestion(stripMarkup(cell)).toLowerCase();
		if (key === "") return null;
		const known = this.askedAs(key);
		if (known) return known;
		const question = questionDraft(cell, line, section, "table");
		this.questions.push(question);
		return question;
	}

	/**
	 * The first question asked in these words, markers aside. The questions are
	 * only ever appended to, so each is keyed once, when a lookup first passes
	 * it: a table of thousands of rows stays linear.
	 */
	private askedAs(key: string): QuestionDraft | undefined {
		for (; this.keyed < this.questions.length; this.keyed++) {
			const q = this.questions[this.keyed];
			if (!q) continue;
			const own = cleanQuestion(stripMarkup(readQuestionMarkers(q.raw).rest)).toLowerCase();
			if (!this.byWording.has(own)) this.byWording.set(own, q);
		}
		return this.byWording.get(key);
	}

	/** Hands one block to the method for its kind. */
	private visit(level: Level, node: BlockNode, index: number): void {
		if (node.kind === "hr") return this.visitRule(level, index);
		if (node.kind === "heading") return this.visitHeadingBlock(level, node, index);
		if (!this.attaches(level, node)) level.question = null;
		if (node.kind === "quote") return this.visitQuote(level, node, index);
		this.visitLine(level, node, index);
	}

	/** A `---`: ends the open story and question, unless the story goes on after it. */
	private visitRule(level: Level, index: number): void {
		const open = target(level);
		if (open && level.part && this.nextIsNewPart(level.nodes, index + 1, open)) return;
		if (level.ctx.story && !level.story) return;
		this.closeStory(level);
		level.question = null;
	}

	/** A heading: a STAR label heading adds a part; any other heading opens a section, question or titled story. */
	private visitHeadingBlock(level: Level, node: BlockNode, index: number): void {
		const label = labelOf(node, target(level) !== null);
		if (label && label.part !== null) {
			this.addPart(level, index, node, label);
			level.partFromLine = true;
			return;
		}
		this.closeStory(level);
		// A question bullet owns what is nested under it, never a heading after it.
		if (level.question?.form === "item") level.question = null;
		this.visitHeading(node, level.ctx, owner(level));
		level.question = null;
	}

	/** A blockquote or callout: a label, a question, a titled story, or text that belongs to what is open. */
	private visitQuote(level: Level, node: BlockNode, index: number): void {
		const { ctx } = level;
		const open = target(level);
		const links = open ? linkListOf(node) : null;
		if (open && links !== null) {
			this.linkQuestions(open, links, node.line, ctx.section);
			return;
		}
		if (node.calloutType !== null) {
			const label = labelOf(node, open !== null);
			if (label && label.part !== null) {
				this.addPart(level, index, node, label);
				return;
			}
			if (ctx.canAsk && isCalloutQuestion(node.calloutType, node.text, () => shapeOf(node).isQuestion)) {
				this.closeStory(level);
				// A callout holds its own answer; what follows it is not part of it.
				this.openQuestion(node, node.text, "callout", ctx, node.children);
				level.question = null;
				return;
			}
			if (hasDirectLabels(node)) {
				this.closeStory(level);
				this.titledStory(node, node.text, ctx, owner(level));
				return;
			}
		}
		const asker = owner(level);
		if (open && level.part && !subtreeHasLabels(node)) {
			appendNode(level.part, node);
		} else if (open) {
			this.walk(node.children, { ...ctx, question: asker, story: open, canAsk: false });
		} else if (asker) {
			if (subtreeHasLabels(node)) this.walk(node.children, { ...ctx, question: asker, story: null, canAsk: false });
			else asker.answers.push(chunk(node, "blockquote"));
		} else if (ctx.canAsk) {
			this.walk(node.children, ctx);
		}
	}

	/** A list item or a line of text: a link line, a label, a question, a titled story, or text of what is open. */
	private visitLine(level: Level, node: BlockNode, index: number): void {
		const { ctx } = level;
		const open = target(level);
		const links = open ? linkListOf(node) : null;
		if (open && links !== null) {
			this.linkQuestions(open, links, node.line, ctx.section);
			return;
		}

		const answered = level.question;
		if (answered?.prefixed && answered.form === "item" && node.kind === "item" && ANSWER_MARKER.test(node.text)) {
			// The answer item of a "- Q:" item: its line starts the answer, its sub-items tell it.
			answered.answers.push({ lines: [node.text.trim()], line: node.line, endLine: node.line, kind: "paragraph" });
			answered.endLine = Math.max(answered.endLine, node.endLine);
			this.walk(node.children, { ...ctx, question: answered, story: null, canAsk: false, legendSection: false, questionList: false });
			return;
		}

		const pointedFrom = ctx.story ? null : owner(level);
		if (pointedFrom && node.kind !== "heading" && !hasDirectLabels(node)) {
			const name = storyLineName(node.text);
			if (name) {
				pointedFrom.pointers.push({ name, via: "story-line" });
				return;
			}
		}

		const label = labelOf(node, open !== null);
		if (label && label.part !== null) {
			this.addPart(level, index, node, label);
			return;
		}

		if (!node.cont && !ctx.story) {
			if (
				ctx.canAsk &&
				node.kind === "item" &&
				(ctx.questionList || level.listTitle === "questions") &&
				// In a "Q&A" section the bullets right after a "Q:" line answer it.
				!(level.question?.prefixed === true && level.question.form === "line") &&
				stripMarkup(node.text) !== ""
			) {
				// An item of a list titled as questions is one, even as a shorthand topic ("conflict (maxim)").
				this.closeStory(level);
				level.question = this.openQuestion(node, node.text, "item", ctx, node.children, !shapeOf(node).isQuestion);
				return;
			}
			const shape = shapeOf(node);
			// An explicit "Q:" opens a question at any level outside a titled story.
			const mayAsk = ctx.canAsk && !(node.kind === "item" && level.listTitle === "own");
			if (shape.isQuestion && (mayAsk || shape.prefixed)) {
				this.closeStory(level);
				level.question = this.openQuestion(node, node.text, node.kind === "item" ? "item" : "line", ctx, node.children);
				return;
			}
			if (mayAsk && isLooseQuestion(level.nodes, index)) {
				// A plain paragraph question stands alone: unlike a "**Question:**" line, it does not own the paragraphs after it.
				this.closeStory(level);
				this.openQuestion(node, node.text, "line", ctx, node.children);
				level.question = null;
				return;
			}
			if (ctx.canAsk && node.kind === "text" && !open && !owner(level)) {
				// "Likely questions:" over a list makes the list's items questions; any other paragraph ends that.
				level.listTitle = listTitleKind(stripMarkup(node.text));
				if (level.listTitle !== null) return;
			}
		}

		if (label && open) {
			this.addPart(level, index, node, label);
			return;
		}

		if (open === ctx.story && open) {
			// Inside a titled story everything unlabelled is the story's own text.
			if (level.part) level.part = this.appendToPart(open, level.part, node);
			else flatten(node, open.notes);
			open.endLine = Math.max(open.endLine, node.endLine);
			return;
		}

		const { story, part } = level;
		if (story && part && (node.kind === "text" || level.partFromLine || node.cont) && !hasDirectLabels(node)) {
			level.part = this.appendToPart(story, part, node);
			story.endLine = Math.max(story.endLine, node.endLine);
			return;
		}

		if (node.kind === "item" && hasDirectLabels(node)) {
			this.closeStory(level);
			if (ctx.canAsk && !owner(level) && readsAsTopic(node.text)) {
				// "- *Conflict with a <mark>peer</mark>*" over STAR parts: a topic written like the note's questions, highlights and all.
				level.question = this.openQuestion(node, node.text, "item", ctx, node.children);
				return;
			}
			this.titledStory(node, node.text, ctx, owner(level));
			return;
		}

		this.closeStory(level);
		const asker = owner(level);
		if (asker) {
			if (node.kind !== "item") asker.answers.push(chunk(node, "paragraph"));
			// An empty bullet ("10. ") is a placeholder, not an answer.
			else if (stripMarkup(node.text) !== "") asker.loose.push(node);
			return;
		}
		if (ctx.canAsk && node.kind === "item" && node.children.length > 0) {
			// A grouping bullet ("- Leadership") whose children may be questions, unless it lists a rubric.
			const title = stripMarkup(node.text);
			this.walk(node.children, {
				...ctx,
				section: title || ctx.section,
				canAsk: !RUBRIC_TITLE.test(title) && listTitleKind(title) !== "own",
				legendSection: ctx.legendSection || LEGEND_HEADING.test(title),
				questionList: isQuestionListTitle(title),
			});
		}
	}

	/**
	 * Whether a sibling after a question opened at this level belongs to it.
	 * A `**Question:**` line owns what follows; a question bullet owns only a
	 * blockquote or labelled lines after it (its own answer is nested under it).
	 */
	private attaches(level: Level, node: BlockNode): boolean {
		const { question } = level;
		if (!question || question.form === "line") return true;
		if (node.kind === "quote") return node.calloutType === null;
		// "- Q: …" then "- A: …": the answer is the next item.
		if (node.kind === "item" && question.prefixed && ANSWER_MARKER.test(node.text)) return true;
		if (node.kind === "text") return level.story !== null || labelOf(node, false)?.part != null;
		return false;
	}

	/** Ends the untitled story opened at this level, deciding whether it is kept. */
	private closeStory(level: Level): void {
		if (level.story) this.finishLevelStory(level.story, level.nodes, level.storyStart, level.ctx);
		level.story = null;
		level.part = null;
	}

	/** Adds a labelled part to the open story, or opens a new story when none is open or the part is already there. */
	private addPart(level: Level, index: number, node: BlockNode, label: LabelMatch): void {
		let into = target(level);
		if (!into || (label.part !== null && hasPart(into, label.part))) {
			this.closeStory(level);
			level.story = this.newStory(null, null, owner(level), level.ctx.section, node.line);
			level.storyStart = index;
			into = level.story;
		}
		level.part = this.appendPart(into, node, label, node.children);
		level.partFromLine = node.kind === "text";
	}

	private visitHeading(node: BlockNode, ctx: Context, owner: QuestionDraft | null): void {
		if (!ctx.story && shapeOf(node).isQuestion) {
			this.openQuestion(node, node.text, "heading", ctx, node.children);
			return;
		}
		const title = stripMarkup(node.text);
		if (
			hasDirectLabels(node) &&
			!LEGEND_HEADING.test(title) &&
			!labelsBeforeQuestions(node.children) &&
			!questionBeforeLabels(node.children) &&
			!node.children.some((c) => c.kind === "heading" && !labelOf(c, false)?.part)
		) {
			this.titledStory(node, node.text, ctx, owner);
			return;
		}
		this.walk(node.children, {
			section: title || ctx.section,
			question: owner,
			story: ctx.story,
			canAsk: !owner && !ctx.story,
			legendSection: LEGEND_HEADING.test(title),
			questionList: !owner && !ctx.story && isQuestionListTitle(title),
		});
	}

	private openQuestion(
		node: BlockNode,
		text: string,
		form: QuestionDraft["form"],
		ctx: Context,
		children: BlockNode[],
		shorthand = false,
	): QuestionDraft {
		let raw = text;
		let rest = children;
		// A question wrapped over several lines continues on the lines right under it.
		let k = 0;
		while (k < children.length && children[k]?.cont && children[k]?.kind === "text" && !labelOf(children[k] as BlockNode, false)) {
			raw += ` ${children[k]?.text ?? ""}`;
			k++;
		}
		if (k > 0) rest = children.slice(k);
		const question = questionDraft(raw, node.line, ctx.section, form);
		question.endLine = node.endLine;
		question.shorthand = shorthand;
		question.prefixed = (form === "line" || form === "item") && shapeOf(node).prefixed;
		this.questions.push(question);
		// A shorthand topic's short sub-items narrow it ("why meta" under "why want to change"); they are not sketches.
		if (shorthand) rest = rest.filter((child) => !takeRefinement(question, child));
		this.walk(rest, { section: ctx.section, question, story: null, canAsk: false, legendSection: false, questionList: false });
		// Text inside a callout is quoted text.
		if (form === "callout") for (const answer of question.answers) if (answer.kind === "paragraph") answer.kind = "blockquote";
		return question;
	}

	private titledStory(node: BlockNode, titleRaw: string, ctx: Context, owner: QuestionDraft | null): void {
		const title = storyTitle(titleRaw);
		const story = this.newStory(title, titleRaw, owner, ctx.section, node.line);
		story.endLine = node.endLine;
		this.walk(node.children, {
			section: ctx.section,
			question: owner,
			story,
			canAsk: false,
			legendSection: false,
			questionList: false,
		});
		if (owner) {
			this.keep(story);
			return;
		}
		const distinct = distinctParts(story);
		if (distinct === 0) return;
		if (distinct >= MIN_PARTS_WITHOUT_QUESTION && (LEGEND_HEADING.test(title ?? "") || describesParts(story))) {
			// "- our framework" over labels that say what each part holds: the note's legend, never a story.
			this.takeLegend(story);
			return;
		}
		story.weak = distinct < MIN_PARTS_WITHOUT_QUESTION;
		this.keep(story);
	}

	private newStory(
		title: string | null,
		titleRaw: string | null,
		owner: QuestionDraft | null,
		section: string | null,
		line: number,
	): StoryDraft {
		return { title, titleRaw, line, endLine: line, owner, linked: [], section, parts: [], notes: [], weak: false };
	}

	private keep(story: StoryDraft): void {
		this.stories.push(story);
		story.owner?.stories.push(story);
	}

	/** Decides what an untitled label block opened at this level is: a story, the note's legend, or nothing. */
	private finishLevelStory(story: StoryDraft, siblings: BlockNode[], start: number, ctx: Context): void {
		if (story.owner) {
			this.keep(story);
			return;
		}
		const distinct = distinctParts(story);
		if (distinct < MIN_PARTS_WITHOUT_QUESTION) {
			// Only some parts (`## Action`, `## Result`): kept, like a titled story, only in a note that is clearly a story bank.
			story.weak = true;
			if (distinct > 0 && !ctx.legendSection && !questionFollows(siblings, start + 1)) this.keep(story);
			return;
		}
		if (ctx.legendSection || questionFollows(siblings, start + 1) || describesParts(story)) {
			this.takeLegend(story);
			return;
		}
		this.keep(story);
	}

	/** Keeps a label block as the note's legend when it has none yet; a second legend is dropped, never kept as a story. */
	private takeLegend(story: StoryDraft): void {
		if (this.legend) return;
		const labels: LegendDraft["labels"] = [];
		for (const p of story.parts) if (p.part) labels.push({ part: p.part, label: p.label });
		this.legend = { line: story.line, endLine: story.endLine, labels };
	}

	private appendPart(story: StoryDraft, node: BlockNode, label: LabelMatch, body: BlockNode[]): PartDraft {
		const part: PartDraft = { part: label.part, label: label.label, lines: [], line: node.line, endLine: node.line };
		if (label.body) part.lines.push(label.body);
		story.parts.push(part);
		let current = part;
		for (const child of body) {
			const links = linkListOf(child);
			if (links !== null) {
				// "> Use for: …" after the last part names the story's questions; it is not part of that part.
				this.linkQuestions(story, links, child.line, story.section);
				continue;
			}
			if (child.kind === "item" || child.kind === "text") {
				const nested = labelOf(child, true);
				if (nested?.part && !hasPart(story, nested.part)) {
					current = this.appendPart(story, child, nested, child.children);
					continue;
				}
			}
			appendNode(current, child);
		}
		story.endLine = Math.max(story.endLine, node.endLine, current.endLine);
		return current;
	}

	/**
	 * After a `---` inside a story: does the story go on? It does when the next
	 * label (past plain paragraphs) is a part the story does not have yet, with
	 * no question, list or heading in between.
	 */
	private nextIsNewPart(nodes: BlockNode[], from: number, story: StoryDraft): boolean {
		for (let i = from; i < nodes.length && i < from + 20; i++) {
			const next = nodes[i];
			if (!next || next.kind === "hr" || next.kind === "quote") return false;
			const label = labelOf(next, true);
			if (label?.part) return !hasPart(story, label.part);
			if (next.kind !== "text" || shapeOf(next).isQuestion) return false;
		}
		return false;
	}

	/**
	 * Adds a node to a part's text. A label on a line that merely continues
	 * the node (no blank line before it) starts the next part instead.
	 */
	private appendToPart(story: StoryDraft, part: PartDraft, node: BlockNode): PartDraft {
		if (node.kind === "hr") return part;
		if (node.kind !== "quote" && node.source.trim() !== "") part.lines.push(node.source.trim());
		part.endLine = Math.max(part.endLine, node.line);
		let current = part;
		for (const child of node.children) {
			if (child.cont && child.kind === "text") {
				const linked = MAY_LINK.test(child.text) ? ANSWERS_LINE.exec(stripMarkup(child.text)) : null;
				if (linked?.[1]) {
					this.linkQuestions(story, linked[1], child.line, story.section);
					continue;
				}
				const label = labelOf(child, true);
				if (label?.part && !hasPart(story, label.part)) {
					current = this.appendPart(story, child, label, []);
					continue;
				}
			}
			current = this.appendToPart(story, current, child);
		}
		return current;
	}

	private linkQuestions(story: StoryDraft, list: string, line: number, section: string | null): void {
		const quoted = [...list.matchAll(/["“]([^"”“]+)["”]/g)].map((m) => m[1] ?? "");
		const texts = quoted.length > 0 ? quoted : list.split(/(?<!\s)\s*[·•|;]\s*/);
		for (const text of texts) {
			const key = cleanQuestion(stripMarkup(text)).toLowerCase();
			if (key === "") continue;
			const known = this.linkedByText.get(key);
			if (known) {
				if (!known.linkedStories.includes(story)) known.linkedStories.push(story);
				if (!story.linked.includes(known)) story.linked.push(known);
				continue;
			}
			const question = questionDraft(text, line, section, "answers-line");
			question.linkedStories.push(story);
			this.questions.push(question);
			this.linkedByText.set(key, question);
			story.linked.push(question);
		}
	}
}

/**
 * A node's STAR label, read once per node: headings and callout titles may
 * hold a label alone. A label read outside a story reads the same inside one
 * (a property test holds `matchLabel` to that), so it is not read twice.
 */
function labelOf(node: BlockNode, inStory: boolean): LabelMatch | null {
	const cached = inStory ? node.labelInStory : node.labelLoose;
	if (cached !== undefined) return cached;
	const label =
		inStory && node.labelLoose
			? node.labelLoose
			: node.text
				? matchLabel(node.text, { inStory, heading: node.kind === "heading" || node.kind === "quote" })
				: null;
	if (inStory) node.labelInStory = label;
	else node.labelLoose = label;
	return label;
}

/** Whether a node reads as a question, read once per node (paragraph lines are held to the strict rule). */
function shapeOf(node: BlockNode): QuestionShape {
	node.shape ??= questionShape(node.text, node.kind === "text");
	return node.shape;
}

function hasPart(story: StoryDraft, part: PartName): boolean {
	return story.parts.some((p) => p.part === part);
}

function distinctParts(story: StoryDraft): number {
	const seen = new Set<PartName>();
	for (const p of story.parts) if (p.part) seen.add(p.part);
	return seen.size;
}

/** True when a node's own children start STAR parts (a titled story). */
function hasDirectLabels(node: BlockNode): boolean {
	for (const child of node.children) {
		if (child.kind === "item" || child.kind === "text" || child.kind === "heading") {
			if (labelOf(child, false)?.part) return true;
		} else if (child.kind === "quote" && child.calloutType !== null && child.text) {
			if (labelOf(child, false)?.part) return true;
		}
	}
	return false;
}

function subtreeHasLabels(node: BlockNode): boolean {
	return hasDirectLabels(node) || node.children.some((c) => c.children.length > 0 && subtreeHasLabels(c));
}

/** A label block followed by questions in the same section is the note's format legend, not a story. */
function labelsBeforeQuestions(children: BlockNode[]): boolean {
	const first = children.findIndex((c) => (c.kind === "item" || c.kind === "text") && labelOf(c, false)?.part);
	return first !== -1 && questionFollows(children, first + 1);
}

/** A question line ahead of the labels makes the heading a section holding that question, not a story title. */
function questionBeforeLabels(children: BlockNode[]): boolean {
	for (const c of children) {
		if (c.kind !== "item" && c.kind !== "text") continue;
		if (labelOf(c, false)?.part) return false;
		if (shapeOf(c).isQuestion) return true;
	}
	return false;
}

function questionFollows(nodes: BlockNode[], from: number): boolean {
	for (let i = from; i < nodes.length; i++) {
		const n = nodes[i];
		if (!n) continue;
		if (n.kind === "hr" || (n.kind === "quote" && (n.calloutType === null || !n.text))) continue;
		// "Also answers: "…?"" names the questions the labels above answer: they are a story, not a legend before questions.
		if (linkListOf(n) !== null) continue;
		if (shapeOf(n).isQuestion) return true;
	}
	return false;
}

/** Words of guidance: what a part should hold ("what was at stake", "describe the circumstance"), not what happened. */
const GUIDANCE = new RegExp(
	String.raw`^(?:describe|explain|summari[sz]e|state|list|outline|give|say|name|walk|end|start|set|show|mention|quantify` +
		String.raw`|include|keep|add|note|tell)\b|\b(?:what|where|why|how|which|who|whom|your|you)\b`,
	"i",
);

/**
 * Whether a label block reads as a format description: three labels or more,
 * each body short, and all but one of them worded as guidance ("where it
 * happened and what was at stake") rather than as events.
 */
function describesParts(story: StoryDraft): boolean {
	const bodies = story.parts.filter((p) => p.part !== null).map((p) => stripMarkup(p.lines.join(" ")));
	if (bodies.length < MIN_PARTS_WITHOUT_QUESTION || bodies.some((b) => b === "" || b.split(/\s+/).length > 20)) return false;
	return bodies.filter((b) => GUIDANCE.test(b)).length >= bodies.length - 1;
}

/** A part read from a table cell, its `<br>` breaks as lines. */
function tablePart(part: PartName | null, label: string, cell: string, line: number): PartDraft {
	return { part, label, lines: cellLines(cell), line, endLine: line };
}

/** The question list of an "Also answers:" or "Use for:" line, written as a line, an item or a one-line blockquote. */
function linkListOf(node: BlockNode): string | null {
	let line: BlockNode | undefined = node;
	if (node.kind === "quote") {
		if (node.calloutType !== null || node.children.length !== 1) return null;
		line = node.children[0];
	}
	if (!line || (line.kind !== "text" && line.kind !== "item") || !MAY_LINK.test(line.text)) return null;
	return ANSWERS_LINE.exec(stripMarkup(line.text))?.[1] ?? null;
}

/** A list item written like a question of the note though not worded as one: wholly in italics, or highlighted. */
function readsAsTopic(text: string): boolean {
	if (text.indexOf("<mark") !== -1 || /==\S/.test(text)) return true;
	return /^\s*(?:\*(?!\*)|_(?!_))\S.*\S(?:\*|_)\s*$/.test(text) && !text.trimStart().startsWith("**");
}

/** A title that says its list holds interview questions: "Questions", "Questions mainly asked", "Q&A", "Likely questions:". */
export function isQuestionListTitle(title: string): boolean {
	return listTitleKind(title) === "questions";
}

/** What a list's title says the list holds: interview questions, the user's own questions, or neither. */
function listTitleKind(title: string): Level["listTitle"] {
	const plain = title.replace(/[:：]\s*$/, "").trim();
	if (plain === "" || plain.length > 60 || plain.split(/\s+/).length > 7 || /[?？]/.test(plain)) return null;
	if (!QUESTION_LIST_WORDS.test(plain)) return null;
	return OWN_QUESTIONS.test(plain) ? "own" : "questions";
}

/**
 * A paragraph of one line that asks an interview question in plain words
 * ("Why do you want to leave your current team? (TODO: prep)"): a question,
 * though not wrapped in emphasis as strict paragraph questions must be.
 */
function isLooseQuestion(siblings: BlockNode[], index: number): boolean {
	const node = siblings[index];
	if (!node || node.kind !== "text" || node.cont || siblings[index + 1]?.cont) return false;
	if (node.text.indexOf("?") === -1 && node.text.indexOf("？") === -1) return false;
	return asksPlainly(node.text);
}

/** Takes a shorthand topic's sub-item as one of its phrasings when it is a short topic itself; false leaves it to the walk. */
function takeRefinement(question: QuestionDraft, child: BlockNode): boolean {
	if (child.kind !== "item" || subtreeHasLabels(child) || child.children.length > 0) return false;
	if (storyLineName(child.text) !== null) return false;
	const plain = stripMarkup(readQuestionMarkers(child.text).rest);
	if (plain === "" || (plain.split(/\s+/).length > 8 && !/[?？]$/.test(plain)) || /[.;!。]$/.test(plain)) return false;
	question.refinements.push(child.text);
	return true;
}

/** A question draft with nothing under it yet, on one line. */
export function questionDraft(raw: string, line: number, section: string | null, form: Question["form"]): QuestionDraft {
	return {
		raw,
		line,
		endLine: line,
		section,
		form,
		stories: [],
		linkedStories: [],
		loose: [],
		answers: [],
		pointers: [],
		shorthand: false,
		prefixed: false,
		refinements: [],
	};
}

/** A story title from a bullet or heading: plain text, without a `Story:` prefix or trailing colon. */
export function storyTitle(raw: string): string | null {
	const title = stripMarkup(raw)
		.replace(/^(?:story|example)\s*(?:\d+\s*)?[:：.—–-]\s*/i, "")
		.replace(/(?<!\s)\s*[:：]\s*$/, "")
		.trim();
	if (title === "" || /^(?:answer|my answer|star|answer \(star\))$/i.test(title)) return null;
	return title;
}

/** The lines a node and its children hold, as written and trimmed. */
export function flatten(node: BlockNode, out: string[]): void {
	if (node.kind !== "hr" && node.kind !== "quote" && node.source.trim() !== "") out.push(node.source.trim());
	for (const child of node.children) flatten(child, out);
}

function appendNode(part: PartDraft, node: BlockNode): void {
	flatten(node, part.lines);
	part.endLine = Math.max(part.endLine, node.endLine);
}

function chunk(node: BlockNode, kind: AnswerChunk["kind"]): AnswerChunk {
	const lines: string[] = [];
	flatten(node, lines);
	return { lines, line: node.line, endLine: node.endLine, kind };
}
