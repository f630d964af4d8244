import { App } from "obsidian-test-mocks/obsidian";
import { parseNote } from "../../../src/core/parser/note-parser";
import { DEFAULT_SETTINGS, type StoryBankSettings } from "../../../src/core/settings";
import { StoryIndex } from "../../../src/core/index/story-index";
import type { StoryBankServices } from "../../../src/obsidian/services";
import { CompetencyService } from "../../../src/obsidian/competency-service";
import { StoryBankEvents } from "../../../src/obsidian/story-bank-events";
import { gatherTopicSources } from "../../../src/ui/template/topic-sources";
import { md } from "../../helpers/md";

function pluginWith(notes: Record<string, string>, settings: Partial<StoryBankSettings>): StoryBankServices {
	const index = new StoryIndex();
	for (const [path, text] of Object.entries(notes)) index.update(path, parseNote(text));
	const host = {
		app: App.createConfigured__({ files: {} }).asOriginalType__(),
		settings: { ...DEFAULT_SETTINGS, ...settings },
		index,
		events: new StoryBankEvents(),
		updateSettings: () => Promise.resolve([]),
		notes: { watch: () => () => {} },
	};
	return Object.assign(host, { competencies: new CompetencyService(host) }) as unknown as StoryBankServices;
}

describe("what the picker offers", () => {
	const BANK_NOTE = md`
		---
		competencies: [conflict]
		---
		- Tell me about a time you disagreed with a peer?
			- **Situation**: s
			- **Task**: t
			- **Action**: a
			- **Result**: r
		- Describe a time you <mark style="background: #ADCCFFA6;">grew</mark> someone #competency/growth
		- Why do you want this job?
	`;

	it("takes a question's competency only from what the user wrote: a tag, the note's properties, a mapped colour", () => {
		const sources = gatherTopicSources(pluginWith({ "Bank.md": BANK_NOTE }, { competencySet: "behavioural" }));
		expect(sources.vault.map((q) => [q.text, q.answered, q.competencyId])).toEqual([
			["Tell me about a time you disagreed with a peer?", true, "conflict"],
			["Describe a time you grew someone", false, "growth"],
			["Why do you want this job?", false, "conflict"],
		]);
		const bare = gatherTopicSources(
			pluginWith(
				{ "Bank.md": "- Why do you want this job?\n- Tell me about a conflict with a peer?" },
				{ competencySet: "behavioural" },
			),
		);
		expect(bare.vault.map((q) => q.competencyId)).toEqual([null, null]);
	});

	it("offers the competencies of the set in use, and the bank in that set's ids", () => {
		const sources = gatherTopicSources(pluginWith({}, { competencySet: "behavioural" }));
		expect(sources.competencies.map((c) => c.id)).toEqual([
			"motivation",
			"proactivity",
			"ambiguity",
			"perseverance",
			"conflict",
			"empathy",
			"growth",
			"communication",
		]);
		const failed = sources.bank.find((b) => b.id === "bank-failed-project");
		expect(failed?.competencies).toContain("growth");
		expect(failed?.competencies).not.toContain("failure");
	});
});
