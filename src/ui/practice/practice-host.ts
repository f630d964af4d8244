import { Notice } from "obsidian";
import type { PracticeRound } from "../../core/practice/practice-round";
import { competencyLabel } from "../../core/practice/history-stats";
import type { AskedQuestion, PracticeQuestion } from "../../core/practice/practice-question";
import { formatLogLine } from "../../core/practice/practice-log-line";
import { bankQuestions } from "../../core/practice/question-bank";
import { buildQuestionPool, questionsForCompetency } from "../../core/practice/question-pool";
import { keySignalsOf, lastQuestionId, pickQuestion } from "../../core/practice/scheduler";
import { rankStoriesForQuestion, type RankedStory } from "../../core/practice/story-ranking";
import type { QuestionSource } from "../../core/settings";
import type { IndexedStory } from "../../core/index/story-index";
import type { StoryBankServices } from "../../obsidian/services";
import { appendToPracticeLog } from "../../obsidian/practice-log";
import { openNoteAtLine } from "../open-note";
import { practiceLookup } from "./competency-adapter";
import { draftStoryForQuestion } from "./draft-for-question";
import { AnswerRecorder, type RecordedAnswer } from "./recorder";
import { recordingUrl, saveRecording } from "./recording-store";
import type { AnswerRecorderLike } from "./round-recording";

/** What the round needs from the plugin's services, as data and callbacks: the round never sees the services object itself. */
export interface PracticeHost extends Pick<StoryBankServices, "app" | "clock" | "chance"> {
	settings(): { targetSeconds: number; prepSeconds: number; questionSource: QuestionSource };
	competencyName(id: string | null): string | null;
	/** The text of a question in the notes, by id (a story without a title is shown by its question). */
	questionText(id: string): string | null;
	/** Rated rounds of a question so far (the probe and the phrasing rotate with it). */
	roundsOf(questionId: string): number;
	storiesFor(question: AskedQuestion): RankedStory[];
	/** A story of the index by id. */
	story(id: string): IndexedStory | undefined;
	/** Saves a rated round, or updates it when it was saved before (same id). */
	saveRound(round: PracticeRound): Promise<void>;
	/** Writes the round's line to the practice log note, when one is set. */
	logRound(round: PracticeRound): Promise<void>;
	/** The next question, never the one just asked. */
	nextQuestion(avoidId: string | null): Promise<AskedQuestion | null>;
	openStory(story: IndexedStory, evt: MouseEvent | KeyboardEvent): Promise<void>;
	openQuestion(question: PracticeQuestion, evt: MouseEvent | KeyboardEvent): Promise<void>;
	/** Adds a STAR entry for a question still to prepare to its note (one undo); absent where the round cannot edit notes. */
	draftStory?(question: PracticeQuestion): Promise<void>;
	/** A new recorder for the round's spoken answer; it asks for the microphone only when started. */
	recorder(): AnswerRecorderLike;
	/** Writes a recorded answer into the vault (the recordings folder, or where attachments go); returns its path. */
	saveRecording(answer: RecordedAnswer, asked: AskedQuestion): Promise<string>;
	/** A URL Obsidian's audio player can load for a recording, or `null` when the file is gone. */
	recordingUrl(path: string): string | null;
}

/** Choosing questions for a round: by the scheduler, within one competency, or one question by id. */
export interface QuestionChoice {
	competencyId?: string;
	questionId?: string;
	avoidId?: string | null;
}

/** Builds the round's host from the plugin's services; `inModal` decides where a story opens. */
export function practiceHost(services: StoryBankServices, inModal: boolean): PracticeHost {
	const app = services.app;
	const rounds = (): PracticeRound[] => services.store.data.history.rounds;
	return {
		app,
		clock: services.clock,
		chance: services.chance,
		settings: () => ({
			targetSeconds: services.settings.targetAnswerSeconds,
			prepSeconds: services.settings.prepSeconds,
			questionSource: services.settings.questionSource,
		}),
		competencyName: (id) => (id === null ? null : competencyLabel(id, practiceLookup(services).competencies())),
		questionText: (id) => services.index.question(id)?.text ?? null,
		roundsOf: (questionId) => rounds().filter((r) => r.questionId === questionId).length,
		storiesFor: (asked) => {
			const lookup = practiceLookup(services);
			const q = asked.question;
			return rankStoriesForQuestion(
				{
					id: q.source === "vault" ? q.id : undefined,
					text: asked.text,
					phrasings: q.phrasings,
					highlights: q.highlights,
					storyIds: q.storyIds,
					competencyId: q.competencyId,
				},
				services.index,
				{ competenciesOfStory: lookup.competenciesOfStory },
			);
		},
		story: (id) => services.index.story(id),
		saveRound: async (round) => {
			await services.store.putRound(round);
			services.events.triggerHistoryChanged();
		},
		logRound: async (round) => {
			if (services.settings.practiceLogNote === "") return;
			const line = formatLogLine(round, {
				dateFormat: services.settings.practiceLogDateFormat,
				competencyName: competencyLabelOrNull(services, round.competencyId),
			});
			try {
				await appendToPracticeLog(app.vault, services.settings.practiceLogNote, line);
			} catch (error) {
				console.error("Interview Story Bank could not write the practice log", error);
				new Notice(
					`Could not add the round to the practice log note: ` +
						`${error instanceof Error ? error.message : String(error)} The round is saved in the practice history.`,
				);
			}
		},
		nextQuestion: (avoidId) => chooseQuestion(services, { avoidId }),
		openStory: async (story, evt) => {
			await openNoteAtLine(app, story, evt, { kind: "round", inModal });
		},
		openQuestion: async (question, evt) => {
			if (question.path !== null)
				await openNoteAtLine(app, { path: question.path, line: question.line ?? 1 }, evt, { kind: "round", inModal });
		},
		draftStory: (question) =>
			draftStoryForQuestion(
				services,
				question,
				question.competencyId === null ? null : competencyLabel(question.competencyId, practiceLookup(services).competencies()),
				inModal,
			),
		recorder: () => new AnswerRecorder(services.clock),
		saveRecording: (answer, asked) =>
			saveRecording(app, {
				answer,
				questionText: asked.text,
				// "Same folder as the note" puts the answer beside the question's note, or the open note for a built-in question.
				currentFile: asked.question.path ?? app.workspace.getActiveFile()?.path ?? null,
				pluginFolder: services.settings.recordingFolder,
				now: services.clock(),
			}),
		recordingUrl: (path) => recordingUrl(app, path),
	};
}

/** Questions offered lately, per plugin, most recent last: never saved, a session's memory only. */
const recentlyOffered = new WeakMap<StoryBankServices, string[]>();
const RECENT_LIMIT = 50;

/**
 * Picks a question: the one asked for by id while it still exists, else the
 * one that most needs practice (within a competency, when one is given). Waits for the first
 * scan of the vault, so a round started right after start-up sees the notes.
 */
export async function chooseQuestion(services: StoryBankServices, choice: QuestionChoice = {}): Promise<AskedQuestion | null> {
	await services.whenIndexed();
	const lookup = practiceLookup(services);
	const pool = buildQuestionPool(services.index.notes(), services.settings.questionSource, lookup).questions;
	const history = services.store.data.history.rounds;
	const id = choice.questionId;
	if (id !== undefined) {
		const question = pool.find((q) => q.id === id) ?? bankQuestions(lookup).find((q) => q.id === id);
		if (question) return { question, text: question.phrasings[0] ?? "", reasons: ["chosen"] };
	}
	const list = choice.competencyId === undefined ? pool : questionsForCompetency(pool, choice.competencyId, lookup);
	const onScreen = choice.avoidId !== undefined ? choice.avoidId : (id ?? lastQuestionId(history));
	// Questions offered and skipped lately are avoided too, so Next walks the pool instead of alternating between two.
	const recent = recentlyOffered.get(services) ?? [];
	const avoid = [...recent.filter((q) => q !== onScreen), ...(onScreen === null ? [] : [onScreen])].slice(-Math.max(1, list.length - 1));
	const isKey = keySignalsOf(services.competencies.current().matcher.set);
	const asked = pickQuestion(list, { rounds: history, now: new Date(services.clock()), levelOf: lookup.levelOf, isKey }, avoid);
	if (asked) recentlyOffered.set(services, [...recent.filter((q) => q !== asked.question.id), asked.question.id].slice(-RECENT_LIMIT));
	return asked;
}

function competencyLabelOrNull(services: StoryBankServices, id: string | null): string | null {
	return id === null ? null : competencyLabel(id, practiceLookup(services).competencies());
}
