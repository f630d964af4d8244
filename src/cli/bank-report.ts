import { unmeasuredResult } from "../core/competencies/story-strength";
import { formatDuration, PART_TITLE, plural, storyLabel, truncate } from "../core/display-text";
import type { StoryIndex } from "../core/index/story-index";
import { FORMATS_HELP_URL } from "../constants";

/** Three minutes, the top of the usual two-to-three-minute core answer that leaves the panel time for follow-ups. */
export const LONG_STORY_SECONDS = 180;

/**
 * A readable summary of a story bank for the terminal: totals, then per note
 * the stories that lack parts, the sketches, the unanswered questions and the
 * problems met while reading. Complete stories are counted, not listed.
 */
export function formatReport(index: StoryIndex, title: string): string {
	const notes = index.notes();
	const questions = index.questions();
	const stories = index.stories();
	const complete = stories.filter((s) => !s.sketch && s.missing.length === 0).length;
	const sketches = stories.filter((s) => s.sketch).length;
	const incomplete = stories.length - complete - sketches;
	const out: string[] = [];
	out.push(`Story bank: ${title}`);
	out.push(
		`${plural(notes.length, "story note")}, ${plural(questions.length, "question")}, ${plural(stories.length, "story", "stories")}: ` +
			`${complete} complete, ${incomplete} incomplete, ${plural(sketches, "sketch", "sketches")}`,
	);
	if (notes.length === 0) {
		out.push("", `No questions or stories found. See ${FORMATS_HELP_URL} for the shapes the plugin reads.`);
	}

	for (const note of notes) {
		const byId = new Map(note.questions.map((q) => [q.id, q]));
		out.push("", `${note.path}: ${plural(note.questions.length, "question")}, ${plural(note.stories.length, "story", "stories")}`);
		for (const story of note.stories) {
			const name = truncate(storyLabel(story, byId), 70);
			if (story.sketch) {
				out.push(`  line ${story.line}: sketch "${name}" has no parts yet`);
				continue;
			}
			const notes: string[] = [];
			if (story.missing.length > 0) notes.push(`lacks ${story.missing.map((p) => PART_TITLE[p]).join(", ")}`);
			if (unmeasuredResult(story.signals)) notes.push("no measured result");
			if (story.signals.speakingSeconds > LONG_STORY_SECONDS)
				notes.push(`${formatDuration(story.signals.speakingSeconds)} to tell, over 3 minutes`);
			if (notes.length > 0) out.push(`  line ${story.line}: "${name}" ${notes.join("; ")}`);
		}
		for (const q of note.questions) {
			if (q.storyIds.length === 0 && !q.answer) out.push(`  line ${q.line}: unanswered "${truncate(q.text, 70)}"`);
		}
		for (const p of note.problems) out.push(`  line ${p.line}: problem: ${p.message}`);
	}
	for (const s of index.skipped()) out.push("", `${s.path}: skipped: ${s.reason}`);
	return out.join("\n");
}
