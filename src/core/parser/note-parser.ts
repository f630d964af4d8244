import { buildBlockTree, mayHoldInert, type BlockNode } from "./block-tree";
import { noteMeta, readFrontmatter } from "./frontmatter";
import { frontmatterQuestions, type FrontmatterQuestion } from "./frontmatter-questions";
import { scanHighlights, stripMarkup } from "./highlights";
import { hashString, identityHash, IdAllocator } from "./ids";
import { cleanQuestion, soundsLikeInterview, splitAlternates } from "./question-text";
import { ANSWER_MARKER, readQuestionMarkers, splitShorthand } from "./question-markers";
import { resolvePointers } from "./story-pointers";
import { mightHoldStories } from "./story-prefilter";
import { DEFAULT_WORDS_PER_MINUTE, storySignals, type PlainPart } from "./story-signals";
import { matchLabel } from "./labels";
import { ownActionVisible } from "./own-voice";
import { plainPart } from "./story-parts";
import { onePerPart, readBulletParts, type LabelledUnit, type UnlabelledUnit } from "./unlabelled-parts";
import { sentenceWords } from "./story-words";
import { flatten, questionDraft, StoryWalker, storyTitle, type AnswerChunk, type QuestionDraft, type StoryDraft } from "./story-walker";
import {
	DEFAULT_EXPECTED_PARTS,
	PART_NAMES,
	type Answer,
	type Legend,
	type ParsedNote,
	type ParseOptions,
	type PartEntry,
	type PartName,
	type Problem,
	type Question,
	type Story,
} from "../types";

/**
 * Reads one note: frontmatter, questions with their phrasings and highlights,
 * stories with their STAR parts and quality signals, the format legend, and
 * the problems met on the way. Line numbers are 1-based. Never throws on text.
 */
export function parseNote(markdown: string, options: ParseOptions = {}): ParsedNote {
	const wordsPerMinute = options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
	const lines = splitLines(markdown);
	const frontmatter = readFrontmatter(lines);
	const problems: Problem[] = [...frontmatter.problems];
	const meta = noteMeta(frontmatter.data);
	const namedQuestions = frontmatterQuestions(frontmatter.data, lines, frontmatter.lineCount);
	const declared = declaresInterview(meta) || namedQuestions.length > 0;
	if (!options.thorough && !mightHoldStories(lines, frontmatter.lineCount, options.anyQuestion === true || declared)) {
		// Most notes of a vault hold no interview material: say so without building anything.
		return {
			frontmatter: frontmatter.data,
			meta,
			problems,
			questions: [],
			stories: [],
			legend: null,
			isStoryNote: false,
			lineCount: lines.length,
		};
	}
	const body = frontmatter.lineCount > 0 ? lines.slice(frontmatter.lineCount) : lines;

	const walker = new StoryWalker();
	walker.walkDocument(buildBlockTree(body, frontmatter.lineCount + 1, problems, mayHoldInert(markdown)));

	const legend: Legend | null = walker.legend ? { ...walker.legend } : null;
	const expected: readonly PartName[] = legend ? uniqueParts(legend.labels.map((l) => l.part)) : DEFAULT_EXPECTED_PARTS;

	const interviewNote =
		legend !== null ||
		walker.stories.some((s) => s.owner !== null || !s.weak || toldFirstHand(s)) ||
		walker.questions.some((q) => soundsLikeInterview(q.raw)) ||
		declared;

	const storyDrafts = walker.stories.filter((s) => interviewNote || !s.weak);
	linkNamedQuestions(walker, namedQuestions, storyDrafts);
	for (const q of walker.questions) settleLooseBullets(q, storyDrafts);

	const questions = buildQuestions(walker.questions, problems);
	const idOfDraft = new Map<QuestionDraft, Question>();
	walker.questions.forEach((draft, i) => {
		const q = questions[i];
		if (q) idOfDraft.set(draft, q);
	});
	const stories = buildStories(storyDrafts, idOfDraft, expected, wordsPerMinute);

	const questionById = new Map(questions.map((q) => [q.id, q]));
	// Story ids are unique in a note and a story names each question once, so no id is pushed twice:
	// no `includes` check, which read a question's whole list per story (quadratic under one question).
	for (const story of stories) {
		for (const qid of story.questionIds) questionById.get(qid)?.storyIds.push(story.id);
	}
	for (const story of stories) {
		// A story nested under a question widens that question's range to hold it.
		const owner = questionById.get(story.questionIds[0] ?? "");
		if (owner && owner.form !== "answers-line" && owner.line <= story.line) owner.endLine = Math.max(owner.endLine, story.endLine);
	}
	resolvePointers(questions, stories);
	for (const [draft, q] of idOfDraft) {
		q.answer = mergeAnswers(draft.prefixed ? draft.answers.map(withoutAnswerMarker) : draft.answers);
		if (q.answer) q.endLine = Math.max(q.endLine, q.answer.endLine);
	}

	return {
		frontmatter: frontmatter.data,
		meta,
		problems: problems.sort((a, b) => a.line - b.line),
		questions,
		stories,
		legend,
		isStoryNote: interviewNote && (questions.length > 0 || stories.length > 0 || legend !== null),
		lineCount: lines.length,
	};
}

/**
 * The questions the note's properties name are asked by the note; in a
 * one-story note (or one whose only story under no question of its own) they
 * are that story's questions. In a bank of several stories they are asked
 * but linked to none, since nothing says which story answers them. A
 * question the body also asks is that one, not a second copy.
 */
function linkNamedQuestions(walker: StoryWalker, named: FrontmatterQuestion[], stories: StoryDraft[]): void {
	if (named.length === 0) return;
	const free = stories.filter((s) => s.owner === null);
	const targets = free.length === 1 ? free : stories.length === 1 ? stories : [];
	const drafts: QuestionDraft[] = [];
	for (const { text, line } of named) {
		const key = cleanQuestion(stripMarkup(text)).toLowerCase();
		let draft = walker.questions.find((q) => cleanQuestion(stripMarkup(q.raw)).toLowerCase() === key);
		if (!draft) {
			draft = questionDraft(text, line, null, "answers-line");
			drafts.push(draft);
		}
		for (const story of targets) {
			if (story.owner === draft || story.linked.includes(draft)) continue;
			story.linked.push(draft);
			draft.linkedStories.push(story);
		}
	}
	walker.questions.unshift(...drafts);
}

/**
 * A story of only some parts (`## Action`, `## Result`) reads as the
 * speaker's own when its action (or, with none, its text) shows them acting:
 * "I rolled back…", "Rolled back…". An architecture record's "We will use…"
 * does not, so such a note stays out unless something else makes it interview material.
 */
function toldFirstHand(story: StoryDraft): boolean {
	const acting = story.parts.some((p) => p.part === "action") ? story.parts.filter((p) => p.part === "action") : story.parts;
	return ownActionVisible(acting.flatMap((p) => sentenceWords(plainPart(p.lines.join("\n")))));
}

/** The note's properties say it is interview material: competencies, or a tag such as `interview`. */
function declaresInterview(meta: ParsedNote["meta"]): boolean {
	return meta.competencies.length > 0 || meta.tags.some((t) => /interview|behavio|star\b|stories|story/i.test(t));
}

/** Lines of a note with any mix of CRLF, CR and LF, and without a byte-order mark. */
export function splitLines(markdown: string): string[] {
	let text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
	if (text.indexOf("\r") !== -1) text = text.replace(/\r\n?/g, "\n");
	return text.split("\n");
}

function uniqueParts(parts: PartName[]): PartName[] {
	return PART_NAMES.filter((p) => parts.includes(p)).sort((a, b) => parts.indexOf(a) - parts.indexOf(b));
}

/**
 * Bullets under a question that carry no labels are either sketches (short
 * titles such as "junior dev + solution", each a story still to write) or,
 * when any of them reads as a sentence, the question's free-form answer.
 */
function settleLooseBullets(q: QuestionDraft, stories: StoryDraft[]): void {
	if (q.loose.length === 0) return;
	const lettered = labelledParts(q.loose) >= 2;
	if ((q.prefixed || lettered) && tellAsStory(q, stories, lettered)) return;
	if (q.loose.every((n) => isTitleLike(n.text))) {
		for (const node of q.loose) {
			const sketch: StoryDraft = {
				title: storyTitle(node.text),
				titleRaw: node.text,
				line: node.line,
				endLine: node.endLine,
				owner: q,
				linked: [],
				section: q.section,
				parts: [],
				notes: [],
				weak: false,
			};
			for (const child of node.children) flatten(child, sketch.notes);
			stories.push(sketch);
			q.stories.push(sketch);
		}
		return;
	}
	const lines: string[] = [];
	for (const node of q.loose) flatten(node, lines);
	const first = q.loose[0];
	const last = q.loose[q.loose.length - 1];
	q.answers.push({
		lines,
		line: first?.line ?? q.line,
		endLine: Math.max(...q.loose.map((n) => n.endLine), last?.endLine ?? q.line),
		kind: "bullets",
	});
}

/**
 * A `Q:` question answered by plain bullets (maybe after an `A:` line), or
 * any question answered by bullets lettered `A:` / `R:` (`lettered`), is
 * answered by one story told in those bullets: lettered bullets are their
 * parts, and the parts of unlettered ones are read from their order (see
 * `readBulletParts`). A labelled part after the bullets (`Lesson: …`) ends
 * that story. Under a `Q:` line, one or two short unlettered titles stay
 * sketches, as under any question; any other paragraph under the question
 * leaves it all a free-form answer.
 */
function tellAsStory(q: QuestionDraft, stories: StoryDraft[], lettered: boolean): boolean {
	const marker = q.answers.length === 1 ? q.answers[0] : undefined;
	if (q.answers.length > 1 || (marker && (marker.kind !== "paragraph" || !ANSWER_MARKER.test(marker.lines[0] ?? "")))) return false;
	const first = q.loose[0];
	const last = q.loose[q.loose.length - 1];
	if (!first || !last || (marker && marker.line > first.line)) return false;
	if (!marker && !lettered && q.loose.length < 3 && q.loose.every((n) => isTitleLike(n.text))) return false;
	// Labels after the bullets finish the story the bullets begin; labels before them are a story of their own.
	// A story that opens on a Situation or Task is a story of its own, not the end of the bullets' one.
	const closing = q.stories.length === 1 && q.stories[0]?.title === null ? q.stories[0] : undefined;
	const labelled = closing?.parts.some((p) => p.part === "situation" || p.part === "task") ? undefined : closing;
	if (q.stories.length > (labelled && labelled.line > last.endLine ? 1 : 0)) return false;

	const units: (UnlabelledUnit | LabelledUnit)[] = [];
	const answerStart = marker
		? [(marker.lines[0] ?? "").replace(ANSWER_MARKER, ""), ...marker.lines.slice(1)].filter((l) => l !== "")
		: [];
	if (marker && answerStart.length > 0) units.push({ lines: answerStart, line: marker.line, endLine: marker.endLine });
	for (const node of q.loose) {
		// "- A: …" then "- R: …" under a question: labels the walk opened no story on (a bare "A:" may be "Answer").
		const label = matchLabel(node.text, { inStory: true, heading: false });
		const lines = [label?.part ? label.body : node.text.trim()].filter((l) => l !== "");
		for (const child of node.children) flatten(child, lines);
		const unit = { lines, line: node.line, endLine: node.endLine };
		units.push(label?.part ? { ...unit, part: label.part, label: label.label } : unit);
	}
	q.answers = [];
	const line = marker?.line ?? first.line;
	const endLine = Math.max(last.endLine, ...units.map((u) => u.endLine));
	const after = labelled?.parts.flatMap((p) => (p.part ? [p.part] : [])) ?? [];
	const parts = readBulletParts(units, after);
	if (labelled) {
		labelled.parts = onePerPart([...parts, ...labelled.parts]);
		labelled.line = line;
		return true;
	}
	const story: StoryDraft = {
		title: null,
		titleRaw: null,
		line,
		endLine,
		owner: q,
		linked: [],
		section: q.section,
		parts,
		notes: [],
		weak: false,
	};
	stories.push(story);
	q.stories.push(story);
	return true;
}

/** How many distinct STAR parts the bullets' labels name (`- A: …`, `- R: …`: letters that open no story on their own). */
function labelledParts(bullets: readonly BlockNode[]): number {
	const parts = new Set<PartName>();
	for (const node of bullets) {
		const part = matchLabel(node.text, { inStory: true, heading: false })?.part;
		if (part) parts.add(part);
	}
	return parts.size;
}

/** Short, without sentence punctuation: reads as a title ("relocation + multiple hats"), not as an answer. */
function isTitleLike(raw: string): boolean {
	const plain = stripMarkup(raw);
	if (plain === "" || plain.length > 80) return false;
	if (/[.;!?。！？:：,]$/.test(plain)) return false;
	return plain.split(/\s+/).length <= 8;
}

const TAG = /(?:^|[\s(,])#([\p{L}\p{N}_][\p{L}\p{N}_\-/]*)/gu;

/** Tags written in a text (HTML attributes such as colours are not tags). */
export function findTags(text: string): string[] {
	if (text.indexOf("#") === -1) return [];
	const visible = text.replace(/<[^<>]*>/g, " ").replace(/`[^`]*`/g, " ");
	const tags: string[] = [];
	TAG.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = TAG.exec(visible)) !== null) {
		const tag = m[1] ?? "";
		if (/\D/.test(tag) && !tags.includes(tag)) tags.push(tag);
	}
	return tags;
}

const BLOCK_ID = /\s\^([A-Za-z0-9-]+)\s*$/;

function buildQuestions(drafts: QuestionDraft[], problems: Problem[]): Question[] {
	const ids = new IdAllocator();
	return drafts.map((draft) => {
		const markers = readQuestionMarkers(draft.raw);
		const tags = findTags(markers.rest);
		const withoutTags =
			tags.length > 0 ? markers.rest.replace(TAG, (m: string) => (/^[\s(,]/.test(m) ? (m[0] ?? "") : "")) : markers.rest;
		const refinements = draft.refinements.map((r) => readQuestionMarkers(r).rest);
		const phrasings = [...(draft.shorthand ? splitShorthand(withoutTags) : splitAlternates(withoutTags)), ...refinements]
			.map((segment) => cleanQuestion(stripMarkup(segment)))
			.filter((t) => t !== "");
		const text = phrasings[0] ?? cleanQuestion(stripMarkup(withoutTags));
		const scan = scanHighlights(draft.raw);
		if (scan.unclosed) {
			problems.push({
				line: draft.line,
				kind: "highlight-unclosed",
				message: `Line ${draft.line}: a <mark> highlight is never closed with </mark>, so its phrase is not read as highlighted.`,
			});
		}
		const blockId = draft.raw.indexOf("^") !== -1 ? BLOCK_ID.exec(draft.raw)?.[1] : undefined;
		return {
			id: ids.take(`q-${blockId ?? identityHash(text)}`),
			text,
			alternates: phrasings.slice(1),
			highlights: scan.highlights,
			section: draft.section,
			line: draft.line,
			endLine: draft.endLine,
			storyIds: [],
			answer: null,
			tags,
			form: draft.form,
			raw: draft.raw,
			pointers: [...markers.pointers, ...draft.pointers].map((p) => ({ ...p, storyId: null })),
			todo: markers.todo,
			starred: markers.starred,
		};
	});
}

function buildStories(
	drafts: StoryDraft[],
	questionOf: Map<QuestionDraft, Question>,
	expected: readonly PartName[],
	wordsPerMinute: number,
): Story[] {
	const ids = new IdAllocator();
	const untitledCount = new Map<string, number>();
	return drafts
		.slice()
		.sort((a, b) => a.line - b.line)
		.map((draft) => {
			const ownerId = draft.owner ? (questionOf.get(draft.owner)?.id ?? "") : `section:${draft.section ?? ""}`;
			let hash: string;
			if (draft.title) {
				hash = identityHash(draft.title, `${ownerId}|`);
			} else {
				const n = (untitledCount.get(ownerId) ?? 0) + 1;
				untitledCount.set(ownerId, n);
				hash = hashString(`${ownerId}|#${n}`);
			}
			const titleRaw = draft.titleRaw ?? "";
			const blockId = titleRaw.indexOf("^") !== -1 ? BLOCK_ID.exec(titleRaw)?.[1] : undefined;

			const partList: PartEntry[] = [];
			if (draft.notes.length > 0)
				partList.push({ part: null, label: "Notes", text: draft.notes.join("\n"), line: draft.line, endLine: draft.endLine });
			let endLine = draft.endLine;
			let hashes = titleRaw.indexOf("#") !== -1;
			for (const p of draft.parts) {
				const text = p.lines.length === 1 ? (p.lines[0] ?? "") : p.lines.join("\n");
				partList.push({ part: p.part, label: p.label, text, line: p.line, endLine: p.endLine });
				if (p.endLine > endLine) endLine = p.endLine;
				if (!hashes && text.indexOf("#") !== -1) hashes = true;
			}
			const plain: PlainPart[] = [];
			const parts: Partial<Record<PartName, string>> = {};
			for (const entry of partList) {
				const text = plainPart(entry.text);
				if (text === "") continue;
				plain.push({ part: entry.part, plain: text });
				if (entry.part && parts[entry.part] === undefined) parts[entry.part] = entry.text;
			}
			const missing = expected.filter((p) => parts[p] === undefined);
			const questionIds: string[] = [];
			if (draft.owner) {
				const owner = questionOf.get(draft.owner);
				if (owner) questionIds.push(owner.id);
			}
			for (const linked of draft.linked) {
				const q = questionOf.get(linked);
				if (q && !questionIds.includes(q.id)) questionIds.push(q.id);
			}
			return {
				id: ids.take(`s-${blockId ?? hash}`),
				title: draft.title,
				questionIds,
				section: draft.section,
				line: draft.line,
				endLine,
				parts,
				partList,
				missing,
				sketch: plain.every((p) => p.part === null),
				signals: storySignals(plain, missing, wordsPerMinute),
				tags: hashes ? findTags([titleRaw, ...partList.map((p) => p.text)].join("\n")) : [],
				links: titleRaw.indexOf("[[") !== -1 ? [...titleRaw.matchAll(/\[\[([^\]|#]+)/g)].map((m) => (m[1] ?? "").trim()) : [],
			};
		});
}

/** A `Q:` question's answer without its `A:` marker: the words after it, or nothing when the marker stands alone. */
function withoutAnswerMarker(chunk: AnswerChunk): AnswerChunk {
	const first = chunk.lines[0];
	if (chunk.kind !== "paragraph" || first === undefined || !ANSWER_MARKER.test(first)) return chunk;
	const rest = first.replace(ANSWER_MARKER, "");
	return { ...chunk, lines: rest === "" ? chunk.lines.slice(1) : [rest, ...chunk.lines.slice(1)] };
}

function mergeAnswers(chunks: AnswerChunk[]): Answer | null {
	const filled = chunks.filter((c) => c.lines.length > 0).sort((a, b) => a.line - b.line);
	const first = filled[0];
	if (!first) return null;
	const kinds = new Set(filled.map((c) => c.kind));
	return {
		text: filled.map((c) => c.lines.join("\n")).join("\n"),
		line: first.line,
		endLine: Math.max(...filled.map((c) => c.endLine)),
		kind: kinds.size === 1 ? first.kind : "mixed",
	};
}
