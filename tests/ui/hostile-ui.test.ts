import { MarkdownRenderer } from "obsidian-test-mocks/obsidian";
import { CUSTOM_SET_HELP_URL, FORMATS_HELP_URL } from "../../src/constants";
import { SKIPPED_KEY, UNFILED_KEY } from "../../src/ui/coverage/extra-sections";
import { PracticeHistoryModal } from "../../src/ui/practice/history-modal";
import { PracticeModal } from "../../src/ui/practice/practice-modal";
import { StoryBankSettingTab } from "../../src/ui/settings-tab";
import { TopicModal } from "../../src/ui/template/topic-modal";
import { PLUGIN_DIR } from "../helpers/plugin-host";
import { coveragePanel, keepModalsOpen } from "../helpers/plugin-ui";
import { button, loadPlugin, textOf } from "../helpers/practice-app";
import { settle } from "../helpers/vault";

// Notes pasted from everywhere carry markup, scripts and invisible
// characters. The plugin draws every piece of note text with createEl/setText,
// so it must show up as the characters the user wrote: never as an element,
// never as a handler, never as a link the user did not click on purpose.

const RLO = "\u202E";
const PDF = "\u202C";
const ZWSP = "\u200B";

/** A story note written to do harm in every place the plugin shows note text. */
const HOSTILE_NOTE = [
	"---",
	"company: <img src=x onerror=alert('company')>",
	"level: <script>alert('level')</script>",
	"---",
	"# <style>body{display:none}</style> Prep",
	`- Tell me about <mark style="background: #FF5582A6;" onclick="alert(1)">a hack</mark> ` +
		`<script>alert(2)</script><img src=x onerror="alert(3)"> [x](javascript:alert(4))? #competency/conflict`,
	"\t- <iframe src=\"javascript:alert(5)\"></iframe> rollout &lt;img src=x onerror=alert('title')&gt;",
	'\t\t1. **Situation**: <img src=x onerror=alert(6)> and <a href="javascript:alert(7)">click</a> ' +
		"&lt;script&gt;alert('part')&lt;/script&gt;",
	"\t\t2. **Task**: <svg onload=alert(8)> [y](javascript:alert(9)) &lt;iframe srcdoc=x&gt;",
	`\t\t3. **Action**: I <b onmouseover=alert(10)>fixed</b> it ${RLO}evil${PDF} zero${ZWSP}width`,
	"\t\t4. **Result**: <style>*{color:red}</style> 40% faster &lt;a href=javascript:alert(11)&gt;",
	"",
].join("\n");

/** A custom competency set whose names and descriptions are markup. */
const HOSTILE_SET = [
	"# Set &lt;style&gt;body{display:none}&lt;/style&gt;",
	"",
	"## <script>alert('competency')</script>",
	"Id: conflict",
	"Keywords: hack, rollout",
	"&lt;iframe src=javascript:alert('description')&gt; what the panel looks for",
	"",
	"## Plain competency",
	"Keywords: nothing-matches-this",
	"",
].join("\n");

/** The name the custom set gives the first competency (the set's reader drops the tags from names). */
const NAME = "alert('competency')";

/** A second story note, named with markup, too large to read: its name shows among the skipped notes. */
const HOSTILE_NAME = "<img src=x onerror=alert('path')>.md";

const FILES = {
	"Hack.md": HOSTILE_NOTE,
	"Competencies.md": HOSTILE_SET,
	[HOSTILE_NAME]: `${HOSTILE_NOTE}${"x".repeat(20 * 1024)}`,
};

const SETTINGS = { competencySet: "custom", customCompetencyNote: "Competencies.md", maxNoteSizeKb: 16, questionSource: "vault" } as const;

/** Elements the plugin itself creates; note text may add none. */
const OWN_TAGS = new Set([
	"div",
	"span",
	"button",
	"select",
	"optgroup",
	"option",
	"input",
	"label",
	"ul",
	"li",
	"p",
	"pre",
	"code",
	"a",
	"h2",
	"h3",
	"table",
	"thead",
	"tbody",
	"tr",
	"th",
	"td",
	"dl",
	"dt",
	"dd",
	"small",
]);

/** The only links the plugin draws: its own help pages. */
const OWN_LINKS = new Set([FORMATS_HELP_URL, CUSTOM_SET_HELP_URL]);

/** Where setIcon draws: the only places an <svg> may be. */
const ICON_HOLDERS = ".isb-disclosure-chevron, .isb-coverage-clear-icon, .modal-close-button";

/** What is wrong with the markup under `root`: elements or attributes that note text could have smuggled in. */
function foreignMarkup(root: HTMLElement): string[] {
	const found: string[] = [];
	for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
		const tag = el.tagName.toLowerCase();
		// Icons are the app's own SVG, drawn by setIcon into the plugin's icon holders; any other SVG is foreign.
		const icon = el.instanceOf(SVGElement) && el.closest(ICON_HOLDERS) !== null;
		if (!OWN_TAGS.has(tag) && !icon) found.push(`<${tag}>`);
		for (const attr of Array.from(el.attributes)) {
			const name = attr.name.toLowerCase();
			if (name.startsWith("on")) found.push(`${tag}[${name}]`);
			if (["src", "srcdoc", "formaction", "action", "xlink:href", "background", "poster"].includes(name))
				found.push(`${tag}[${name}]`);
			if (name === "href" && !OWN_LINKS.has(attr.value)) found.push(`${tag}[href=${attr.value}]`);
			// Inline style is only ever the plugin's own custom properties (bar widths, swatches).
			if (name === "style" && !/^(?:\s*--isb-[\w-]+:[^;]*;)*\s*$/.test(attr.value)) found.push(`${tag}[style=${attr.value}]`);
		}
	}
	return found;
}

/** Every text node's text, so that assertions see exactly what the user sees. */
function texts(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll("*")).flatMap((el) =>
		Array.from(el.childNodes)
			.filter((n) => n.nodeType === Node.TEXT_NODE)
			.map((n) => n.textContent ?? ""),
	);
}

/** The plugin over the hostile notes, with the custom set read; counts any markdown rendering from here on. */
async function start(practiceIn: "tab" | "modal" = "tab") {
	const ctx = await loadPlugin(FILES, { ...SETTINGS, practiceIn });
	await ctx.plugin.competencies.reload();
	const render = jest.spyOn(MarkdownRenderer, "render");
	const renderMarkdown = jest.spyOn(MarkdownRenderer, "renderMarkdown");
	return { ...ctx, markdownRendered: () => render.mock.calls.length + renderMarkdown.mock.calls.length };
}

afterEach(() => {
	jest.useRealTimers();
	jest.restoreAllMocks();
	document.body.empty();
});

describe("note text in the plugin's UI", () => {
	it("shows in the coverage panel as the characters written, with no element, handler or link of its own", async () => {
		const ctx = await start();
		const view = await coveragePanel(ctx.app);
		await view.setState(
			{ expanded: ["conflict", "plain-competency", UNFILED_KEY, SKIPPED_KEY], scope: "", company: "" },
			{ history: false },
		);
		const root = view.contentEl;

		expect(foreignMarkup(root)).toEqual([]);
		// Entities stay as typed: an HTML parser would have turned them into a <style> element.
		expect(textOf(root, ".isb-coverage-set")).toBe("Set &lt;style&gt;body{display:none}&lt;/style&gt;");
		expect(textOf(root, '[data-competency="conflict"] .isb-disclosure-title')).toBe(NAME);
		expect(textOf(root, ".isb-competency-description")).toBe(
			"&lt;iframe src=javascript:alert('description')&gt; what the panel looks for",
		);
		expect(textOf(root, ".isb-story-label")).toBe("rollout <img src=x onerror=alert('title')>");
		expect(Array.from(root.querySelectorAll(".isb-skipped .isb-story-label")).map((el) => el.textContent)).toEqual([HOSTILE_NAME]);
		// The company filter offers the frontmatter value as an option's text, not as markup.
		expect(Array.from(root.querySelectorAll("select option")).map((o) => o.textContent)).toContain(
			"<img src=x onerror=alert('company')>",
		);
		expect(ctx.markdownRendered()).toBe(0);
	});

	it("keeps a search for markup from becoming markup", async () => {
		const ctx = await start();
		const view = await coveragePanel(ctx.app);
		const search = view.contentEl.querySelector<HTMLInputElement>("input[type=search]")!;
		search.value = "<svg onload=alert('search')>";
		search.dispatchEvent(new Event("input"));
		await new Promise((resolve) => setTimeout(resolve, 250));
		expect(textOf(view.contentEl, ".isb-coverage-matches")).toBe("No story matches.");
		expect(foreignMarkup(view.contentEl)).toEqual([]);
	});

	it("shows in a practice round in a tab as text: question, chips, stories, their parts and the follow-up", async () => {
		const ctx = await start("tab");
		ctx.run("start-mock-question");
		await settle();
		const root = ctx.practiceView()!.contentEl;
		button(root, "Show my stories").click();
		button(root, "Ask me a follow-up").click();

		expect(foreignMarkup(root)).toEqual([]);
		expect(Array.from(root.querySelectorAll(".isb-practice-chip")).map((c) => c.textContent)).toEqual([
			NAME,
			"<img src=x onerror=alert('company')>",
			"<script>alert('level')</script>",
		]);
		expect(textOf(root, ".isb-practice-story-open")).toBe("rollout <img src=x onerror=alert('title')>");
		const parts = Array.from(root.querySelectorAll(".isb-practice-story-parts dd")).map((dd) => dd.textContent);
		expect(parts).toContain("and click <script>alert('part')</script>");
		// Invisible and direction-changing characters are kept as written, as characters.
		expect(parts).toContain(`I fixed it ${RLO}evil${PDF} zero${ZWSP}width`);
		expect(ctx.markdownRendered()).toBe(0);
	});

	it("shows in a practice round in a pop-up as text", async () => {
		const ctx = await start("modal");
		const opened = keepModalsOpen();
		ctx.run("start-mock-question");
		await settle();
		const modal = opened.find((m) => m instanceof PracticeModal)!;
		button(modal.contentEl, "Show my stories").click();
		button(modal.contentEl, "Ask me a follow-up").click();

		expect(foreignMarkup(modal.modalEl)).toEqual([]);
		expect(textOf(modal.contentEl, ".isb-practice-story-open")).toBe("rollout <img src=x onerror=alert('title')>");
		expect(textOf(modal.contentEl, ".isb-practice-source")).toBe("From Hack.md");
		expect(ctx.markdownRendered()).toBe(0);
	});

	it("shows what the user typed after a round, and what data.json holds, as text in the practice history", async () => {
		const stored = {
			schemaVersion: 1,
			settings: SETTINGS,
			history: {
				rounds: [
					{
						id: "r-stored",
						questionId: "q-gone",
						questionText: "<iframe src=javascript:alert('stored')></iframe>",
						competencyId: "conflict",
						source: "vault",
						storyIds: [],
						rating: "below",
						note: "<img src=x onerror=alert('stored note')>",
						seconds: 90,
						practisedAt: new Date(Date.now() - 86_400_000).toISOString(),
					},
				],
			},
		};
		const ctx = await loadPlugin({ ...FILES, [`${PLUGIN_DIR}/data.json`]: JSON.stringify(stored) });
		await ctx.plugin.competencies.reload();
		ctx.run("start-mock-question");
		await settle();
		const round = ctx.practiceView()!.contentEl;
		const note = round.querySelector<HTMLInputElement>(".isb-practice-note")!;
		note.value = "<script>alert('typed')</script>";
		note.dispatchEvent(new Event("input"));
		button(round, /^At the bar/).click();
		await settle();

		const opened = keepModalsOpen();
		ctx.run("show-practice-history");
		await settle();
		const modal = opened.find((m) => m instanceof PracticeHistoryModal)!;
		expect(foreignMarkup(modal.modalEl)).toEqual([]);
		const notes = Array.from(modal.contentEl.querySelectorAll(".isb-history-note")).map((n) => n.textContent);
		expect(notes).toEqual(expect.arrayContaining(["<script>alert('typed')</script>", "<img src=x onerror=alert('stored note')>"]));
		expect(texts(modal.contentEl)).toContain("<iframe src=javascript:alert('stored')></iframe>");
		expect(textOf(modal.contentEl, ".isb-history-table td")).toBe(NAME);
	});

	it("shows in the story template picker as text", async () => {
		const ctx = await start();
		const opened = keepModalsOpen();
		jest.spyOn(TopicModal.prototype, "onOpen").mockImplementation(() => {});
		ctx.run("new-story-note");
		const picker = opened.find((m) => m instanceof TopicModal)!;
		const list = document.body.createDiv();
		// The user's questions, and whatever is typed, offered as a question to use as written.
		const typed = "<img src=x onerror=alert('typed')>";
		for (const choice of [...picker.getSuggestions(""), ...picker.getSuggestions(typed)])
			picker.renderSuggestion(choice, list.createDiv());
		expect(foreignMarkup(list)).toEqual([]);
		const titles = Array.from(list.querySelectorAll(".isb-topic-title")).map((t) => t.textContent);
		expect(titles).toContain("Tell me about a hack alert(2) x)?");
		expect(titles).toContain(typed);
	});

	it("shows the custom set's names as text in the settings tab", async () => {
		const ctx = await start();
		const tab = new StoryBankSettingTab(ctx.app, ctx.plugin, ctx.plugin.services);
		document.body.appendChild(tab.containerEl);
		// What Obsidian does when the user opens the tab.
		(tab as { display(): void }).display();
		expect(foreignMarkup(tab.containerEl)).toEqual([]);
		expect(textOf(tab.containerEl, ".isb-competency-ok")).toBe(`Read 2 competencies: ${NAME}, Plain competency.`);
	});
});
