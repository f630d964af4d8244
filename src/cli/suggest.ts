import type { CompetencyMatcher } from "../core/competencies/competency-matcher";
import { suggestStories, type SuggestSource } from "../core/practice/suggest-stories";
import { competenciesJson, type CompetencyJson } from "./competency-json";

/** What `story-bank suggest --json` prints. */
export interface SuggestionJson {
	question: { text: string; competencies: CompetencyJson[] };
	stories: { id: string; title: string | null; path: string; line: number; score: number; why: string[] }[];
	probes: string[];
}

/** The suggestion for a question as the CLI's JSON contract. */
export function suggestJson(index: SuggestSource, text: string, matcher: CompetencyMatcher): SuggestionJson {
	const s = suggestStories(index, text, matcher);
	return {
		question: { text, competencies: competenciesJson(s.question.competencies, matcher) },
		stories: s.stories.map((r) => ({
			id: r.story.id,
			title: r.story.title,
			path: r.story.path,
			line: r.story.line,
			score: r.score,
			why: r.why,
		})),
		probes: s.probes,
	};
}

/** The suggestion as lines a person reads. */
export function formatSuggestion(s: SuggestionJson): string {
	const lines = [`Question: ${s.question.text}`];
	lines.push(`Competency: ${s.question.competencies.map((c) => c.name).join(", ") || "none recognised"}`);
	lines.push("", s.stories.length > 0 ? "Stories:" : "No story fits yet.");
	s.stories.forEach((st, i) =>
		lines.push(`${i + 1}. ${st.title ?? `Story on line ${st.line}`} (${st.path}:${st.line}): ${st.why.join("; ")}`),
	);
	lines.push("", "Follow-up probes:", ...s.probes.map((p) => `- ${p}`));
	return lines.join("\n");
}
