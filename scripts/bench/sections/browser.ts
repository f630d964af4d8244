import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "playwright-core";
import type { BenchContext, BenchSection, SectionBody } from "../context";
import { BENCH_ROOT, pageBundle, themedPageHtml } from "../browser/bundle";
import { median } from "../harness";
import { figure, fmt, type Row, type Target } from "../report";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

/** The page's API (scripts/bench/browser/page.ts), as the Node side calls it. */
type PageBench = {
	generate(o: { seed: number; notes?: number; storyNotes?: number; hugeBytes?: number; hostileChars?: number }): {
		notes: number;
		bytes: number;
	};
	start(o?: { panelFirst?: boolean }): Promise<{ scanMs: number; stories: number; reads: number }>;
	panelSettled(): Promise<void>;
	coverageWarm(): Promise<void>;
	closePanel(): Promise<void>;
	openPanel(): Promise<number>;
	openBiggestRow(): Promise<number>;
	expandAll(): Promise<number>;
	collapseAll(): Promise<void>;
	searchKeystroke(text: string): Promise<number>;
	clearSearch(): Promise<void>;
	saveStory(): Promise<{ drawMs: number; totalMs: number }>;
	saveHuge(): Promise<{ totalMs: number }>;
	saveHostile(): Promise<{ totalMs: number; stories: number; chars: number; skipped: boolean }>;
	stop(): Promise<void>;
	warmStart(): Promise<{ ms: number; reads: number; stories: number; scanMs: number; panelMs: number }>;
	longTasksReset(): void;
	longTasks(): number[];
	requireToOnload(code: string): Promise<Startup>;
};

/** require → onload returned, and its parts: compiling main.js, running its module body, constructing and awaiting onload. */
type Startup = { total: number; compile: number; evaluate: number; onload: number };

/** Runs `fn` on the page's bench API with one argument (sent as JSON). */
function call<A, R>(page: Page, fn: (bench: PageBench, arg: A) => R | Promise<R>, arg: A): Promise<R> {
	return page.evaluate<R>(`(${fn.toString()})(window.__bench, ${JSON.stringify(arg)})`);
}

/** The page script, bundled for the browser with the mocks and the parse worker, once per run. */
function pageScript(): Promise<string> {
	return pageBundle("scripts/bench/browser/page.ts");
}

/** A page with the bench script loaded, throttled `rate` times; a new context (its own IndexedDB) unless one is given. */
async function openPage(
	browser: Browser,
	script: string,
	rate: number,
	shared?: BrowserContext,
): Promise<{ page: Page; context: BrowserContext; cdp: CDPSession; setRate: (r: number) => Promise<void>; close: () => Promise<void> }> {
	const context = shared ?? (await browser.newContext({ viewport: { width: 1100, height: 760 } }));
	const page = await context.newPage();
	page.setDefaultTimeout(600_000);
	page.on("pageerror", (error) => process.stderr.write(`[page] ${error.message}\n`));
	page.on("console", (message) => {
		if (message.type() === "error" || message.type() === "warning")
			process.stderr.write(`[page ${message.type()}] ${message.text()}\n`);
	});
	// A page of its own origin (served by the route; nothing leaves the machine): about:blank may not use IndexedDB.
	const html = themedPageHtml();
	await page.route(PAGE_URL, (route) => route.fulfill({ body: html, contentType: "text/html" }));
	await page.goto(PAGE_URL);
	await page.addScriptTag({ content: script });
	const cdp = await context.newCDPSession(page);
	const setRate = async (r: number): Promise<void> => {
		await cdp.send("Emulation.setCPUThrottlingRate", { rate: r });
	};
	await setRate(rate);
	return { page, context, cdp, setRate, close: () => (shared ? page.close() : context.close()) };
}

const PAGE_URL = "http://bench.interview-story-bank.invalid/";
const STORY_SIZES = [1000, 10000];
const RATES = [1, 4];
/** Story notes hold about 8.8 stories each in the synthetic vault. */
const STORIES_PER_NOTE = 8.8;

const ms = (v: number): string => `${fmt(v)} ms`;
const atMost = (bound: number): Target => ({ op: "<=", bound, text: `≤ ${fmt(bound)} ms` });
const under = (bound: number): Target => ({ op: "<", bound, text: `< ${fmt(bound)} ms` });

/** The panel at 1k and 10k stories: open, search, row, expand all, save. */
async function panelFigures(ctx: BenchContext, browser: Browser, script: string, rows: Row[], notes: string[]): Promise<void> {
	for (const stories of STORY_SIZES) {
		for (const rate of RATES) {
			ctx.progress(`8. browser: the panel at ${stories.toLocaleString("en-US")} stories, CPU ${rate}×`);
			const { page, cdp, setRate, close } = await openPage(browser, script, 1);
			try {
				await call(page, (b, n) => b.generate({ seed: 6, storyNotes: n }), Math.round(stories / STORIES_PER_NOTE));
				const started = await call(page, (b) => b.start(), null);
				await setRate(rate);
				const k = `${stories / 1000}k`;
				const tag = `${k} stories, ${rate}×`;
				// Opened at once after the first scan, the panel finds its coverage still being worked out in the background;
				// opened later (the usual case: some seconds after start-up), it finds it ready and only draws.
				const coldOpen = await call(page, (b) => b.openPanel(), null);
				await call(page, (b) => b.panelSettled(), null);
				await call(page, (b) => b.coverageWarm(), null);
				await call(page, (b) => b.closePanel(), null);
				const open = await call(page, (b) => b.openPanel(), null);
				await call(page, (b) => b.panelSettled(), null);
				const search = median([
					await call(page, (b) => b.searchKeystroke("m"), null),
					await call(page, (b) => b.searchKeystroke("mi"), null),
					await call(page, (b) => b.searchKeystroke("mig"), null),
				]);
				await call(page, (b) => b.clearSearch(), null);
				const row = await call(page, (b) => b.openBiggestRow(), null);
				await call(page, (b) => b.collapseAll(), null);
				const expand = await call(page, (b) => b.expandAll(), null);
				await call(page, (b) => b.collapseAll(), null);
				const saves = [];
				// BENCH_PROFILE=save writes a CPU profile of the saves at each size and rate into dist/profiles/.
				const profile = process.env.BENCH_PROFILE === "save";
				if (profile) await cdp.send("Profiler.enable").then(() => cdp.send("Profiler.start"));
				for (let i = 0; i < 3; i++) saves.push(await call(page, (b) => b.saveStory(), null));
				if (profile) {
					const { profile: taken } = await cdp.send("Profiler.stop");
					mkdirSync(resolve(BENCH_ROOT, "dist", "profiles"), { recursive: true });
					writeFileSync(resolve(BENCH_ROOT, "dist", "profiles", `save-${k}-${rate}x.cpuprofile`), JSON.stringify(taken));
				}
				const draw = median(saves.map((s) => s.drawMs));
				const total = median(saves.map((s) => s.totalMs));
				// The same save with a search open: the search index takes in the changed note instead of being built again.
				await call(page, (b) => b.searchKeystroke("mig"), null);
				const searchSaves = [];
				for (let i = 0; i < 3; i++) searchSaves.push(await call(page, (b) => b.saveStory(), null));
				await call(page, (b) => b.clearSearch(), null);
				const searchDraw = median(searchSaves.map((s) => s.drawMs));
				const small = stories === 1000;
				const interaction = rate === 1 ? atMost(50) : atMost(150);
				rows.push(
					figure(`browser.open.${k}.${rate}x`, `panel open, ${tag}`, open, "ms", ms(open), small ? interaction : undefined),
					figure(
						`browser.open_cold.${k}.${rate}x`,
						`  panel open right after the first scan, ${tag}`,
						coldOpen,
						"ms",
						ms(coldOpen),
					),
					figure(
						`browser.search.${k}.${rate}x`,
						`search keystroke → frame, ${tag}`,
						search,
						"ms",
						ms(search),
						small ? interaction : undefined,
					),
					figure(
						`browser.row.${k}.${rate}x`,
						`open the biggest row, ${tag}`,
						row,
						"ms",
						ms(row),
						small ? interaction : undefined,
					),
					figure(`browser.expand.${k}.${rate}x`, `expand every row, ${tag}`, expand, "ms", ms(expand)),
					figure(
						`browser.redraw.${k}.${rate}x`,
						`redraw after a save, ${tag}`,
						draw,
						"ms",
						ms(draw),
						rate === 1 ? atMost(small ? 16 : 50) : undefined,
					),
					figure(
						`browser.redraw_search.${k}.${rate}x`,
						`  redraw after a save with a search open, ${tag}`,
						searchDraw,
						"ms",
						ms(searchDraw),
					),
					figure(
						`browser.save.${k}.${rate}x`,
						`save → panel updated, ${tag}`,
						total,
						"ms",
						ms(total),
						rate === 1 && !small ? atMost(350) : undefined,
					),
				);
				if (rate === 1)
					notes.push(
						`${k}: ${started.stories.toLocaleString("en-US")} stories in ` +
							`${Math.round(stories / STORIES_PER_NOTE)} story notes.`,
					);
			} finally {
				await close();
			}
		}
	}
}

/**
 * The size of the vault for the first scan and the warm start: 5,000 notes by default, so the section runs in a few
 * minutes (the page builds every note and the harness's stand-in metadata cache reads each one, which costs more
 * than the plugin's scan); BENCH_VAULT_NOTES=20000 for the issue's figures.
 */
function largeVaultNotes(ctx: BenchContext): number {
	return Number(process.env.BENCH_VAULT_NOTES) || (ctx.options.mode === "quick" ? 2000 : 5000);
}

/** The longest main-thread task (≥ 50 ms, as Chromium's long-task API reports them) during a first scan and a huge save. */
async function longTaskFigures(ctx: BenchContext, browser: Browser, script: string, rows: Row[], notes: string[]): Promise<void> {
	const vaultNotes = largeVaultNotes(ctx);
	for (const rate of RATES) {
		ctx.progress(`8. browser: first scan of ${vaultNotes.toLocaleString("en-US")} notes with the panel open, CPU ${rate}×`);
		const { page, setRate, close } = await openPage(browser, script, 1);
		try {
			await call(page, (b, n) => b.generate({ seed: 6, notes: n }), vaultNotes);
			await setRate(rate);
			await call(page, (b) => b.longTasksReset(), null);
			const scan = await call(page, (b) => b.start({ panelFirst: true }), null);
			await call(page, (b) => b.panelSettled(), null);
			const tasks = await call(page, (b) => b.longTasks(), null);
			const longest = Math.max(0, ...tasks);
			rows.push(
				figure(
					`browser.scan_longest_task.${rate}x`,
					`first scan, ${vaultNotes / 1000}k notes, panel open: longest task, ${rate}×`,
					longest,
					"ms",
					tasks.length === 0 ? "none ≥ 50 ms" : `${ms(longest)} (${tasks.length} over 50)`,
					rate === 4 ? under(50) : undefined,
				),
			);
			notes.push(
				`First scan at ${rate}×: ${fmt(scan.scanMs)} ms to the index's end, ${scan.stories.toLocaleString("en-US")} stories.`,
			);
		} finally {
			await close();
		}
	}
	// 2 MB, under the 2,048 KB default limit: a note of 2 MiB runs a little past it and is skipped, never parsed.
	const hugeBytes = 2_000_000;
	for (const rate of RATES) {
		ctx.progress(`8. browser: saving a 2 MB story note, CPU ${rate}×`);
		const { page, setRate, close } = await openPage(browser, script, 1);
		try {
			await call(page, (b, n) => b.generate({ seed: 6, storyNotes: 114, hugeBytes: n }), hugeBytes);
			await call(page, (b) => b.start(), null);
			await call(page, (b) => b.openPanel(), null);
			await call(page, (b) => b.panelSettled(), null);
			await setRate(rate);
			await call(page, (b) => b.longTasksReset(), null);
			const saved = await call(page, (b) => b.saveHuge(), null);
			await call(page, (b) => b.panelSettled(), null);
			const tasks = await call(page, (b) => b.longTasks(), null);
			const longest = Math.max(0, ...tasks);
			rows.push(
				figure(
					`browser.huge_longest_task.${rate}x`,
					`save a 2 MB story note: longest task, ${rate}×`,
					longest,
					"ms",
					tasks.length === 0 ? "none ≥ 50 ms" : `${ms(longest)} (${tasks.length} over 50)`,
					rate === 4 ? under(50) : undefined,
				),
			);
			notes.push(
				`2 MB save at ${rate}×: ${fmt(saved.totalMs)} ms from the save to the panel counting its stories; ` +
					`long tasks ${tasks.map((t) => Math.round(t)).join(", ") || "none"}.`,
			);
		} finally {
			await close();
		}
	}
}

/** Issue 22: the longest main-thread task on saving a 50 KB hostile note (every pathological shape at once), panel open. */
async function hostileFigures(ctx: BenchContext, browser: Browser, script: string, rows: Row[], notes: string[]): Promise<void> {
	const chars = 50_000;
	for (const rate of RATES) {
		ctx.progress(`8. browser: saving a 50 KB hostile note, CPU ${rate}×`);
		const { page, setRate, close } = await openPage(browser, script, 1);
		try {
			await call(page, (b, n) => b.generate({ seed: 6, storyNotes: 114, hostileChars: n }), chars);
			await call(page, (b) => b.start(), null);
			await call(page, (b) => b.openPanel(), null);
			await call(page, (b) => b.panelSettled(), null);
			await call(page, (b) => b.coverageWarm(), null);
			await setRate(rate);
			await call(page, (b) => b.longTasksReset(), null);
			const saved = await call(page, (b) => b.saveHostile(), null);
			await call(page, (b) => b.coverageWarm(), null);
			await call(page, (b) => b.panelSettled(), null);
			const tasks = await call(page, (b) => b.longTasks(), null);
			const longest = Math.max(0, ...tasks);
			rows.push(
				figure(
					`browser.hostile_longest_task.${rate}x`,
					`save a 50 KB hostile note: longest task, ${rate}×`,
					longest,
					"ms",
					tasks.length === 0 ? "none ≥ 50 ms" : `${ms(longest)} (${tasks.length} over 50)`,
					rate === 1 ? under(50) : undefined,
				),
			);
			const inWorker = saved.chars >= 40_000 ? " (parsed in the worker, as every note of 40,000 characters or more)" : "";
			const long = tasks.map((t) => Math.round(t)).join(", ") || "none";
			notes.push(
				`Hostile note at ${rate}×: ${saved.chars.toLocaleString("en-US")} characters, ` +
					`${saved.skipped ? "skipped" : `${saved.stories} stories read`}${inWorker}, ` +
					`${fmt(saved.totalMs)} ms from the save to the index holding it; long tasks ${long}.`,
			);
		} finally {
			await close();
		}
	}
}

/** A warm start of the 20k-note vault: ms to the panel's totals, and notes read. */
async function warmStartFigures(ctx: BenchContext, browser: Browser, script: string, rows: Row[], notes: string[]): Promise<void> {
	const vaultNotes = largeVaultNotes(ctx);
	// Two starts over the whole vault per rate: at 4× that alone ran past ten minutes; BENCH_WARM_RATES=1,4 asks for it.
	const rates = (process.env.BENCH_WARM_RATES ?? "1")
		.split(",")
		.map(Number)
		.filter((r) => r > 0);
	for (const rate of rates) {
		ctx.progress(`8. browser: warm start of ${vaultNotes.toLocaleString("en-US")} notes, CPU ${rate}×`);
		const first = await openPage(browser, script, 1);
		try {
			await call(first.page, (b, n) => b.generate({ seed: 6, notes: n }), vaultNotes);
			const cold = await call(first.page, (b) => b.start(), null);
			ctx.progress(`   cold start: ${fmt(cold.scanMs)} ms, ${cold.reads} notes read`);
			await call(first.page, (b) => b.stop(), null);
			await first.page.close();
			// The next session: a new page of the same origin, so the same IndexedDB, over the same files.
			const second = await openPage(browser, script, 1, first.context);
			await call(second.page, (b, n) => b.generate({ seed: 6, notes: n }), vaultNotes);
			await second.setRate(rate);
			const warm = await call(second.page, (b) => b.warmStart(), null);
			ctx.progress(
				`   warm start: ${fmt(warm.ms)} ms: ${fmt(warm.scanMs)} ms from layout ready to the index, ` +
					`${fmt(warm.panelMs)} ms to open the panel`,
			);
			const share = warm.reads / vaultNotes;
			rows.push(
				figure(
					`browser.warm_ms.${rate}x`,
					`warm start ${vaultNotes / 1000}k notes → panel totals, ${rate}×`,
					warm.ms,
					"ms",
					ms(warm.ms),
					rate === 1 ? atMost(300) : undefined,
				),
				figure(
					`browser.warm_reads.${rate}x`,
					`  notes read on the warm start, ${rate}×`,
					share * 100,
					"%",
					`${warm.reads} (${fmt(share * 100)}%)`,
					{ op: "<=", bound: 1, text: "≤ 1%" },
				),
			);
			if (rate === 1)
				notes.push(
					`Cold start of the same vault: ${fmt(cold.scanMs)} ms to the end of the scan, ` +
						`${cold.reads.toLocaleString("en-US")} notes read; warm: ` +
						`${warm.stories.toLocaleString("en-US")} stories (cold ${cold.stories.toLocaleString("en-US")}).`,
				);
		} finally {
			await first.context.close();
		}
	}
}

/** require(main.js) → onload returned, the production build, median of five fresh pages per rate; and its three parts. */
async function startupFigures(ctx: BenchContext, browser: Browser, script: string, rows: Row[], notes: string[]): Promise<void> {
	ctx.progress("8. browser: production build of main.js, then require → onload");
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: BENCH_ROOT, stdio: "pipe" });
	const code = readFileSync(resolve(BENCH_ROOT, "main.js"), "utf8");
	let compileMs = 0;
	for (const rate of RATES) {
		const times: Startup[] = [];
		for (let i = 0; i < 5; i++) {
			const { page, close } = await openPage(browser, script, rate);
			try {
				times.push(await call(page, (b, c) => b.requireToOnload(c), code));
			} finally {
				await close();
			}
		}
		const part = (k: keyof Startup): number => median(times.map((t) => t[k]));
		const t = part("total");
		if (rate === 1) compileMs = part("compile");
		rows.push(
			figure(
				`browser.require_onload.${rate}x`,
				`require(main.js) → onload returned, ${rate}×`,
				t,
				"ms",
				ms(t),
				rate === 1 ? atMost(20) : atMost(100),
			),
			figure(`browser.require_compile.${rate}x`, `  compiling main.js, ${rate}×`, part("compile"), "ms", ms(part("compile"))),
			figure(
				`browser.require_evaluate.${rate}x`,
				`  running its module body, ${rate}×`,
				part("evaluate"),
				"ms",
				ms(part("evaluate")),
			),
			figure(
				`browser.onload.${rate}x`,
				`  onload (constructing the plugin, awaiting onload), ${rate}×`,
				part("onload"),
				"ms",
				ms(part("onload")),
			),
		);
	}
	notes.push(
		`main.js is ${fmt(code.length / 1024)} KB. Compiling it is most of require → onload, and grows with its size ` +
			`(${fmt(code.length / 1024 / Math.max(0.001, compileMs))} KB per ms at 1× in this run); ` +
			"onload only registers things and reads data.json.",
	);
}

/** 8. What the user feels, in Chromium with the CPU at full speed and slowed four times. */
export const browserSection: BenchSection = {
	number: "8",
	id: "browser",
	title: "In the browser (Chromium, CPU 1× and 4×)",
	async run(ctx: BenchContext): Promise<SectionBody> {
		if (!existsSync(CHROMIUM))
			return {
				rows: [],
				notes: [`No Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH): section skipped.`],
			};
		const script = await pageScript();
		const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
		const rows: Row[] = [];
		const notes: string[] = [];
		try {
			// BENCH_BROWSER=startup,panel,warm,tasks,hostile runs only some parts (for iterating on one).
			const parts = new Set((process.env.BENCH_BROWSER ?? "startup,panel,warm,tasks,hostile").split(","));
			let shown = 0;
			/** Prints the figures measured so far on stderr: the section takes minutes, and a figure is worth having early. */
			const report = (): void => {
				for (const row of rows.slice(shown)) ctx.progress(`   ${row.label.trim()}: ${row.display}`);
				shown = rows.length;
			};
			if (parts.has("startup")) await startupFigures(ctx, browser, script, rows, notes);
			report();
			if (parts.has("panel")) await panelFigures(ctx, browser, script, rows, notes);
			report();
			if (parts.has("warm")) await warmStartFigures(ctx, browser, script, rows, notes);
			report();
			if (parts.has("tasks")) await longTaskFigures(ctx, browser, script, rows, notes);
			report();
			if (parts.has("hostile")) await hostileFigures(ctx, browser, script, rows, notes);
			report();
		} finally {
			await browser.close();
		}
		notes.push(
			"The plugin (src/main.ts) on obsidian-test-mocks in headless Chromium, the e2e harness's workspace; " +
				"CPU slowed with Emulation.setCPUThrottlingRate (4× ≈ a mid-range phone). " +
				"Times run to the painted frame. Long tasks come from Chromium's long-task API, which reports tasks of 50 ms and more.",
			"The search figure starts when the search runs, after the box's 150 ms debounce; " +
				"save → panel updated includes the index's 250 ms and the panel's 50 ms debounces.",
		);
		return { rows, notes };
	},
};
