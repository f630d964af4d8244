import { NoteWriter } from "./note-writer";
import type { Random } from "./prng";
import {
	cap,
	competencyTag,
	markedQuestion,
	plainQuestion,
	questionText,
	sketchTitle,
	storyText,
	storyTitle,
	type StoryText,
} from "./story-text";
import { COMPETENCIES, NAMES, SYSTEMS } from "./words";

/** Every way of writing stories the parser supports; a story note uses one or two of them. */
export const STORY_SHAPES = ["bullets", "headings", "subheadings", "callouts", "letters", "senior"] as const;
export type StoryShape = (typeof STORY_SHAPES)[number];

type Write = (rng: Random, w: NoteWriter, long: boolean) => void;

const SEED_LABELS = ["Situation", "Task", "Action", "Results", "Takeaways"] as const;
const PARTS = ["situation", "task", "action", "result", "takeaway"] as const satisfies ReadonlyArray<keyof StoryText>;

/** Which of the five parts a story writes: usually S, T, A, R and often the takeaway; now and then one is missing. */
function partsToWrite(rng: Random): number[] {
	const out: number[] = [];
	for (let i = 0; i < 5; i++) {
		if (i === 4 ? rng.chance(0.6) : !rng.chance(0.08)) out.push(i);
	}
	return out;
}

/** Seed style: a question bullet, tab-indented numbered bold parts, titled sub-bullet stories, sketches, `---` between. */
const bullets: Write = (rng, w, long) => {
	const q = questionText(rng);
	const alternate = rng.chance(0.4) ? `/${plainQuestion(questionText(rng))}` : "";
	w.line(`- *${markedQuestion(rng, q)}${alternate}*`);
	const kind = rng.next();
	if (kind < 0.6) {
		numberedParts(rng, w, "\t", storyText(rng, long));
	} else if (kind < 0.8) {
		for (let i = rng.int(2, 3); i > 0; i--) {
			w.line(`\t- ${storyTitle(rng)}`);
			numberedParts(rng, w, "\t\t", storyText(rng, long));
		}
	} else if (kind < 0.9) {
		for (let i = rng.int(1, 2); i > 0; i--) w.line(`\t- ${sketchTitle(rng)}`);
	} else if (kind < 0.95) {
		const story = storyText(rng);
		for (const part of [story.situation, story.action, story.result]) w.line(`\t- ${part}`);
	} else {
		w.blank();
		w.line(`> ${storyText(rng).action}`);
	}
	w.line("---");
};

function numberedParts(rng: Random, w: NoteWriter, indent: string, story: StoryText): void {
	for (const i of partsToWrite(rng)) {
		const empty = i === 3 && rng.chance(0.05);
		w.line(`${indent}${i + 1}. **${SEED_LABELS[i] ?? ""}**:${empty ? "" : ` ${story[PARTS[i] ?? "action"]}`}`);
	}
}

const HEADING_LABELS = ["Situation", "Task", "Action", "Result", "Learning"] as const;

function useFor(rng: Random): string {
	const qs = [plainQuestion(questionText(rng)), plainQuestion(questionText(rng))];
	return `> Use for: ${qs.map((q) => `"${q}"`).join(", ")}`;
}

/** A heading per story, `> Use for:` questions, `**Situation:**` paragraphs. */
const headings: Write = (rng, w, long) => {
	if (rng.chance(0.25)) {
		w.blank();
		w.line(`## ${cap(rng.pick(COMPETENCIES).id)}`);
	}
	w.blank();
	w.line(`### ${storyTitle(rng)}`, "", useFor(rng));
	const story = storyText(rng, long);
	for (const i of partsToWrite(rng)) {
		w.blank();
		w.line(`**${HEADING_LABELS[i] ?? ""}:** ${story[PARTS[i] ?? "action"]}`);
		if (i === 2 && rng.chance(0.1)) w.line("", "---", "", storyText(rng).action);
	}
};

/** A heading per story with `#### Situation` sub-headings over bullets. */
const subheadings: Write = (rng, w, long) => {
	w.blank();
	w.line(`### ${storyTitle(rng)}`, "", useFor(rng));
	const story = storyText(rng, long);
	for (const i of partsToWrite(rng)) {
		w.blank();
		w.line(`#### ${HEADING_LABELS[i] ?? ""}`);
		for (const sentence of story[PARTS[i] ?? "action"].split(". ")) w.line(`- ${sentence.endsWith(".") ? sentence : `${sentence}.`}`);
	}
};

const CALLOUT_LABELS = ["Situation", "Task", "Action", "Result", "Takeaways"] as const;

/** `> [!question] …` callouts with `> **Situation** — …` lines, and now and then an `[!example]` story. */
const callouts: Write = (rng, w, long) => {
	w.blank();
	const example = rng.chance(0.2);
	const fold = rng.chance(0.3) ? "-" : "";
	w.line(example ? `> [!example] ${storyTitle(rng)}` : `> [!question]${fold} ${markedQuestion(rng, questionText(rng), "equals")}`);
	const story = storyText(rng, long);
	for (const i of partsToWrite(rng)) w.line(`> **${CALLOUT_LABELS[i] ?? ""}** — ${story[PARTS[i] ?? "action"]}`);
	if (rng.chance(0.6)) w.line(`> ${competencyTag(rng)}`);
};

const LETTERS = ["S", "T", "A", "R", "L"] as const;

/** `### Question: …` or `- **Q:** …` with `- S: …` single-letter labels. */
const letters: Write = (rng, w, long) => {
	const story = storyText(rng, long);
	const q = markedQuestion(rng, questionText(rng), "class");
	const colon = rng.chance(0.2) ? "：" : ": ";
	w.blank();
	if (rng.chance(0.5)) {
		w.line(`### Question: ${q}`);
		for (const i of partsToWrite(rng)) w.line(`- ${LETTERS[i] ?? "A"}${colon}${story[PARTS[i] ?? "action"]}`);
	} else {
		w.line(`- **Q:** ${q}`);
		for (const i of partsToWrite(rng)) w.line(`    - ${LETTERS[i] ?? "A"}${colon}${story[PARTS[i] ?? "action"]}`);
	}
};

const SENIOR_LABELS = ["Context", "Goal", "Decision and trade-off", "Result", "Reflection"] as const;

/** Judgment-first stories: a heading question and `**Context:**`-style paragraphs. */
const senior: Write = (rng, w, long) => {
	const story = storyText(rng, long);
	w.blank();
	w.line(`## ${plainQuestion(questionText(rng))}`);
	for (const i of partsToWrite(rng)) {
		w.blank();
		w.line(`**${SENIOR_LABELS[i] ?? ""}:** ${story[PARTS[i] ?? "action"]}`);
	}
};

const WRITERS: Readonly<Record<StoryShape, Write>> = { bullets, headings, subheadings, callouts, letters, senior };

/** Opens a shape's section: the seed's `## Experience Bank` and five-label legend, the senior format's own legend. */
function openSection(rng: Random, w: NoteWriter, shape: StoryShape): void {
	w.blank();
	if (shape === "bullets") {
		w.line("## Experience Bank", "");
		if (rng.chance(0.5)) {
			const notes = [
				"the context in two sentences",
				"what I owned",
				"my decisions and trade-offs",
				"what changed, measured",
				"what I would repeat",
			];
			SEED_LABELS.forEach((label, i) => w.line(`${i + 1}. **${label}**: ${notes[i] ?? ""};`));
			w.line("");
		}
		w.line("---");
	} else if (shape === "senior") {
		w.line("Each answer uses four labels:", "");
		[0, 2, 3, 4].forEach((i, n) => w.line(`${n + 1}. **${SENIOR_LABELS[i] ?? ""}**: what to say here;`));
	} else if (shape === "callouts" || shape === "headings") {
		w.line(`## ${rng.pick(["Stories", "Prompts", "Bank", "By competency"])}`);
	}
}

function frontmatter(rng: Random, w: NoteWriter, title: string): void {
	const competencies = [rng.pick(COMPETENCIES).id, rng.pick(COMPETENCIES).id];
	w.line("---", `title: ${title}`, `created: 2024-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`);
	w.line(`tags: [interviewing, ${rng.pick(["behavioural", "star", "staff", "prep"])}]`);
	if (rng.chance(0.5)) w.line(`competencies: [${competencies.join(", ")}]`);
	if (rng.chance(0.4))
		w.line(
			`company: ${rng.pick(NAMES)} ${rng.pick(["Freight", "Labs", "Health", "Bank"])}`,
			"role: Senior Software Engineer",
			"level: IC5",
		);
	w.line("---");
}

/**
 * A story note of about `size` characters: frontmatter (usually), a title and
 * intro, then entries in one shape, or two for one note in four.
 */
export function storyNote(rng: Random, size: number, shapes: readonly StoryShape[] = STORY_SHAPES, long = false): string {
	const w = new NoteWriter();
	const title = `${rng.pick(["Interview stories", "Experience bank", "Story bank", "Behavioural prep"])} ${rng.pick(NAMES)}`;
	if (rng.chance(0.7)) frontmatter(rng, w, title);
	w.line(`# ${title}`, "");
	w.line(
		`Prep for the ${rng.pick(SYSTEMS)} team loop. Every story needs my own decisions and a number where I ` +
			`honestly have one. Which stories still lack a result?`,
	);
	const mixed = shapes.length > 1 && rng.chance(0.25);
	let shape = rng.pick(shapes);
	openSection(rng, w, shape);
	while (w.size < size) {
		if (mixed && rng.chance(0.15)) {
			shape = rng.pick(shapes);
			openSection(rng, w, shape);
		}
		WRITERS[shape](rng, w, long && rng.chance(0.2));
	}
	return w.text();
}

/** One huge story note that cycles through every shape, with some five-minute stories. */
export function hugeStoryNote(rng: Random, size: number): string {
	const w = new NoteWriter();
	frontmatter(rng, w, "Everything I have ever prepared");
	let round = 0;
	while (w.size < size) {
		const shape = STORY_SHAPES[round % STORY_SHAPES.length] ?? "bullets";
		w.blank();
		w.line(`# Round ${round + 1}: ${shape}`);
		openSection(rng, w, shape);
		const sectionEnd = w.size + 40_000;
		while (w.size < sectionEnd && w.size < size) WRITERS[shape](rng, w, rng.chance(0.1));
		round++;
	}
	return w.text();
}
