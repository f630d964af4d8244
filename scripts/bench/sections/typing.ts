import type { Plugin } from "esbuild";
import { existsSync } from "node:fs";
import { EditorState } from "@codemirror/state";
import { chromium, type Browser, type Page } from "playwright-core";
import { builtInSet } from "../../../src/core/competencies/built-in-sets";
import { CompetencyMatcher } from "../../../src/core/competencies/competency-matcher";
import { noteVerdicts, verdictFor, type FeedbackContext } from "../../../src/core/feedback/note-verdicts";
import { parseRegion } from "../../../src/core/feedback/story-region";
import { parseNote } from "../../../src/core/parser/note-parser";
import { feedbackField, setVerdicts } from "../../../src/ui/editor/feedback-state";
import { FEEDBACK_NOTE } from "../../../tests/core/feedback/fixture-note";
import { pageBundle, themedPageHtml } from "../browser/bundle";
import type { BenchContext, BenchSection, SectionBody } from "../context";
import { figure, fmt, type Row } from "../report";

// Typing in a 2,000-line story note with the editor's story feedback on: the
// e2e harness's real CodeMirror 6 editor in Chromium, keys sent as a user
// types them. The longest main-thread task is read with a message-channel
// heartbeat (the long-task API only reports tasks of 50 ms and more): each
// beat records the time since the previous one, so the longest gap is the
// longest stretch the page could not answer, rendering included.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"];
const NOTE_PATH = "Stories/Long story note.md";
const RATES = [1, 4];
/** What is typed: words into a part, then a new part on a line of its own (the edited story is read again after each pause). */
const WORDS = " and I wrote down the decision so the next team could reuse it";
const NEW_PART = "\t6. **Notes**: the rollout took two weeks instead of the planned four";

/** A story note of about `lines` lines: the fixture's entries over and over under its legend. */
export function longStoryNote(lines: number): string {
	const all = FEEDBACK_NOTE.split("\n");
	const head = all.slice(0, 10);
	const entries = all.slice(10, 31);
	const out = [...head];
	while (out.length + entries.length <= lines) out.push(...entries);
	return `${out.join("\n")}\n`;
}

/** The e2e harness (the plugin in an in-memory Obsidian) bundled for the page, with no example vault. */
function harnessScript(): Promise<string> {
	const noVault: Plugin = {
		name: "no-example-vault",
		setup(b) {
			b.onResolve({ filter: /^e2e:example-vault$/ }, () => ({ path: "example-vault", namespace: "e2e" }));
			b.onLoad({ filter: /.*/, namespace: "e2e" }, () => ({ contents: "export default {};", loader: "js" }));
		},
	};
	return pageBundle("e2e-tests/harness/main.ts", [noVault]);
}

const HEARTBEAT = `(() => {
	const beat = { max: 0, last: performance.now(), on: true };
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		const now = performance.now();
		beat.max = Math.max(beat.max, now - beat.last);
		beat.last = now;
		if (beat.on) channel.port2.postMessage(0);
	};
	window.__beat = beat;
	channel.port2.postMessage(0);
})()`;

/** Opens the note, types into a story near its end at `rate`× CPU, and returns the longest task and how many markers show. */
async function typeOnce(browser: Browser, script: string, note: string, rate: number, feedback: "all" | "off") {
	const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
	const page: Page = await context.newPage();
	page.setDefaultTimeout(120_000);
	try {
		await page.setContent(themedPageHtml());
		await page.addScriptTag({ content: script });
		await page.evaluate(
			async ({ path, text, editorFeedback }) => {
				const e2e = (window as unknown as { __e2e: import("../../../e2e-tests/harness/api").E2EApi }).__e2e;
				await e2e.start({ exampleVault: false, notes: { [path]: text }, settings: { editorFeedback } });
				await e2e.openNote(path);
			},
			{ path: NOTE_PATH, text: note, editorFeedback: feedback },
		);
		const content = page.locator(".mod-root .cm-content");
		await content.click({ position: { x: 10, y: 10 } });
		// A story near the end of the note: its Action line, at the end.
		await page.keyboard.press("Control+End");
		for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowUp");
		await page.keyboard.press("End");
		const cdp = await context.newCDPSession(page);
		await cdp.send("Emulation.setCPUThrottlingRate", { rate });
		await page.evaluate(HEARTBEAT);
		// Start-up work (the first scan's tail, the panel's background coverage) is not typing: wait for a quiet second.
		for (let tries = 0; tries < 20; tries++) {
			await page.evaluate(() => ((window as unknown as { __beat: { max: number } }).__beat.max = 0));
			await page.waitForTimeout(1000);
			if ((await page.evaluate(() => (window as unknown as { __beat: { max: number } }).__beat.max)) < 20 * rate) break;
		}
		await page.evaluate(() => ((window as unknown as { __beat: { max: number } }).__beat.max = 0));
		await page.keyboard.type(WORDS, { delay: 35 });
		await page.waitForTimeout(700);
		await page.keyboard.press("Enter");
		await page.keyboard.insertText(NEW_PART);
		await page.waitForTimeout(700);
		await page.keyboard.press("Backspace");
		await page.waitForTimeout(700);
		const longest = await page.evaluate(() => {
			const beat = (window as unknown as { __beat: { max: number; on: boolean } }).__beat;
			beat.on = false;
			return beat.max;
		});
		await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
		const markers = await page.locator(".mod-root .isb-verdict").count();
		const lines = await page.evaluate(() => window.__e2e?.editor()?.text.split("\n").length ?? 0);
		return { longest, markers, lines };
	} finally {
		await context.close();
	}
}

/**
 * The extension's own work, in Node and apart from the browser's: what one
 * keystroke costs the editor state with the feedback field (mapping every
 * story's offsets and markers) against without it, and what the pause's
 * re-read of the edited story costs (parse its lines, work out its verdict).
 */
function ownWork(note: string): { keystroke: number; keystrokeBare: number; reread: number; stories: number } {
	const parsed = parseNote(note);
	const context: FeedbackContext = {
		matcher: new CompetencyMatcher(builtInSet("senior")),
		correction: () => undefined,
		targetSeconds: 150,
	};
	const verdicts = noteVerdicts(parsed, context);
	const field = feedbackField(() => {
		throw new Error("no detail in the bench");
	});
	const typeInto = (withField: boolean): number => {
		let state = EditorState.create({ doc: note, extensions: withField ? [field] : [] });
		if (withField) state = state.update({ effects: setVerdicts.of({ verdicts, detail: "all" }) }).state;
		let at = state.doc.line(state.doc.lines - 4).to;
		const t0 = performance.now();
		for (let i = 0; i < 500; i++) {
			state = state.update({ changes: { from: at, insert: "x" } }).state;
			at++;
		}
		return (performance.now() - t0) / 500;
	};
	typeInto(true);
	typeInto(false);
	const keystroke = Math.min(typeInto(true), typeInto(true));
	const keystrokeBare = Math.min(typeInto(false), typeInto(false));
	const last = parsed.stories[parsed.stories.length - 1];
	const lines = note.split("\n");
	const legend = parsed.legend ? lines.slice(parsed.legend.line - 1, parsed.legend.endLine) : [];
	const rereads: number[] = [];
	for (let i = 0; i < 20 && last; i++) {
		const t0 = performance.now();
		const from = last.line - 1;
		for (const read of parseRegion(lines.slice(from - 1, last.endLine), from, legend, 150))
			verdictFor(read.story, read.questions, parsed.meta.competencies, context);
		rereads.push(performance.now() - t0);
	}
	rereads.sort((a, b) => a - b);
	return { keystroke, keystrokeBare, reread: rereads[Math.floor(rereads.length / 2)] ?? 0, stories: parsed.stories.length };
}

/** 9. Typing in a long story note with the editor's story feedback on, and off for comparison. */
export const typingSection: BenchSection = {
	number: "9",
	id: "typing",
	title: "Typing in a 2,000-line story note (editor feedback; Chromium, CPU 1× and 4×)",
	async run(ctx: BenchContext): Promise<SectionBody> {
		if (!existsSync(CHROMIUM)) return { rows: [], notes: [`No Chromium at ${CHROMIUM}: section skipped.`] };
		const script = await harnessScript();
		const note = longStoryNote(2000);
		const rows: Row[] = [];
		const notes: string[] = [];
		ctx.progress("9. typing: the extension's own work per keystroke and per pause (Node)");
		const own = ownWork(note);
		rows.push(
			figure(
				"typing.keystroke_state",
				"keystroke: editor state update, feedback on",
				own.keystroke,
				"ms",
				`${fmt(own.keystroke)} ms`,
			),
			figure(
				"typing.keystroke_state_bare",
				"  the same without the feedback field",
				own.keystrokeBare,
				"ms",
				`${fmt(own.keystrokeBare)} ms`,
			),
			figure("typing.reread", "pause: the edited story read again", own.reread, "ms", `${fmt(own.reread)} ms`, {
				op: "<=",
				bound: 4,
				text: "≤ 4 ms",
			}),
		);
		notes.push(`Own work on the ${own.stories}-story note: 500 keystrokes' state updates (best of two), median of 20 re-reads.`);
		const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
		try {
			for (const rate of RATES) {
				ctx.progress(`9. typing: ${rate}× CPU, feedback on, then off`);
				const on = await typeOnce(browser, script, note, rate, "all");
				const off = await typeOnce(browser, script, note, rate, "off");
				rows.push(
					figure(
						`typing.longest_task.${rate}x`,
						`longest task typing, feedback on, ${rate}×`,
						on.longest,
						"ms",
						`${fmt(on.longest)} ms`,
						rate === 1 ? { op: "<=", bound: 16, text: "≤ 16 ms" } : undefined,
					),
					figure(
						`typing.longest_task_off.${rate}x`,
						`  feedback off (editor alone), ${rate}×`,
						off.longest,
						"ms",
						`${fmt(off.longest)} ms`,
					),
				);
				if (rate === 1)
					notes.push(`${on.lines.toLocaleString("en-US")}-line note; ${on.markers} story markers drawn in the viewport.`);
			}
		} finally {
			await browser.close();
		}
		notes.push(
			"Keys typed 35 ms apart into a story near the note's end, then a pause (the edited story is read again), " +
				"a new part line, a pause, a backspace. The longest gap of a message-channel heartbeat is the longest " +
				"stretch the page could not answer, rendering included; on a shared machine it is inflated.",
		);
		return { rows, notes };
	},
};
