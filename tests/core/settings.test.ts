import { DEFAULT_SETTINGS, followRename, normalizeSettings } from "../../src/core/settings";
import { inScope } from "../../src/core/note-scope";

describe("settings", () => {
	it("fills in defaults for a first run without warnings", () => {
		expect(normalizeSettings(undefined)).toEqual({ settings: { ...DEFAULT_SETTINGS }, warnings: [] });
	});

	it("refuses bad values one by one, keeping the good ones, and says what it used instead", () => {
		const { settings, warnings } = normalizeSettings({
			storyFolder: "/Interview/",
			wordsPerMinute: 5000,
			competencySet: "klingon",
			storyTag: "#interview",
		});
		expect(settings).toMatchObject({
			storyFolder: "Interview",
			wordsPerMinute: 150,
			competencySet: DEFAULT_SETTINGS.competencySet,
			storyTag: "interview",
		});
		expect(warnings).toEqual([
			"Speaking rate: 5000 is not valid; using 150.",
			'Competency set: "klingon" is not valid; using "senior".',
		]);
	});

	it("refuses a folder that climbs out of the vault", () => {
		expect(normalizeSettings({ storyFolder: "../elsewhere" }).settings.storyFolder).toBe("");
	});

	it("keeps a highlight colour named like an object property as an ordinary mapping", () => {
		const { settings } = normalizeSettings(JSON.parse('{"highlightCompetencies":{"__proto__":"conflict","Red":"failure"}}'));
		expect(Object.entries(settings.highlightCompetencies)).toEqual([
			["__proto__", "conflict"],
			["red", "failure"],
		]);
	});

	it("never changes the defaults it hands out", () => {
		const { settings } = normalizeSettings({});
		settings.highlightCompetencies.red = "failure";
		expect(DEFAULT_SETTINGS.highlightCompetencies).toEqual({});
	});
});

describe("story-note scope", () => {
	const scope = { storyFolder: "", storyTag: "", storyFrontmatterKey: "" };
	const facts = { path: "Interview/Bank.md", tags: ["#interview/amazon"], frontmatterKeys: ["story-bank"] };

	it.each([
		["no limit", {}, true],
		["its folder", { storyFolder: "Interview" }, true],
		["another folder", { storyFolder: "Inter" }, false],
		["a parent tag of its tag", { storyTag: "interview" }, true],
		["a tag it lacks", { storyTag: "journal" }, false],
		["a frontmatter key it has, in any case", { storyFrontmatterKey: "Story-Bank" }, true],
		["a frontmatter key it lacks", { storyFrontmatterKey: "other" }, false],
	])("a note is in scope for %s: %s", (_name, patch, expected) => {
		expect(inScope(facts, { ...scope, ...patch })).toBe(expected);
	});
});

describe("settings that name a folder or note", () => {
	const settings = {
		...DEFAULT_SETTINGS,
		storyFolder: "Prep/Stories",
		newStoryFolder: "Prep",
		practiceLogNote: "Prep/Practice log",
		userTemplateNote: "Templates/STAR.md",
		customCompetencyNote: "Prep/Competencies",
	};

	it.each([
		["the story folder itself", "Prep/Stories", "Interviews", { storyFolder: "Interviews" }],
		[
			"a folder holding several of them",
			"Prep",
			"Job hunt",
			{
				storyFolder: "Job hunt/Stories",
				newStoryFolder: "Job hunt",
				practiceLogNote: "Job hunt/Practice log",
				customCompetencyNote: "Job hunt/Competencies",
			},
		],
		["a note named without .md", "Prep/Practice log.md", "Prep/Log 2026.md", { practiceLogNote: "Prep/Log 2026" }],
		["a note named with .md", "Templates/STAR.md", "Templates/Senior.md", { userTemplateNote: "Templates/Senior.md" }],
		["the custom competency note", "Prep/Competencies.md", "Prep/Signals.md", { customCompetencyNote: "Prep/Signals" }],
		["something unrelated", "Preparation", "Elsewhere", {}],
		["a folder whose name only starts the same", "Prep/Stor", "X", {}],
		["a note named like the story folder", "Prep/Stories.md", "Prep/Old stories.md", {}],
	])("follow a move of %s", (_name, from, to, expected) => {
		expect(followRename(settings, from, to, from.endsWith(".md") ? "file" : "folder")).toEqual(expected);
	});
});
