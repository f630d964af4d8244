import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { StartOptions } from "../harness/api";
import { buildHarness, ROOT } from "./build";

/** Debian's Chromium; npm tools cannot download a browser here. Another build can be named in CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a headless Chromium on a closed network: no sandbox (CI runs as
 * root), no GPU, and none of the background connections (updates, sync,
 * QUIC) that such a network refuses. Playwright gives every launch a new,
 * empty user data directory of its own.
 */
const FLAGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

/** Starts Chromium, or fails with how to get it: the e2e tests never pass without a browser. `flags` are added to the usual ones. */
export async function launchChromium(flags: readonly string[] = []): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`Chromium is not installed at ${CHROMIUM}, so the end-to-end tests cannot run. ` +
				"Install it with `apt-get install -y chromium` (as root; .ci/run does this), " +
				"or set CHROMIUM_PATH to a Chromium or Chrome binary.",
		);
	}
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...flags] });
}

/** A page with the plugin loaded, and what went wrong on it. */
export interface AppPage {
	page: Page;
	context: BrowserContext;
	/** Console errors and uncaught exceptions, in order. */
	errors: string[];
	/** Every alert, confirm or prompt the page opened. */
	dialogs: string[];
	close(): Promise<void>;
}

/** How a test wants the page: the theme, the window size, and how to start the app. */
export interface PageOptions extends StartOptions {
	theme?: "light" | "dark";
	viewport?: { width: number; height: number };
	sidebarWidth?: number;
	phone?: boolean;
	/** Pixel density; 2 for crisp screenshots. */
	scale?: number;
}

const SECURE_ORIGIN = "http://localhost/";

const THEME_CSS = readFileSync(join(ROOT, "e2e-tests", "page", "obsidian-theme.css"), "utf8");

/**
 * Opens a page styled as Obsidian (the theme variables plus the plugin's own
 * styles.css, read afresh), runs the bundled plugin in it and starts it. No
 * network: the page is set from a string and the script is inlined.
 */
export async function openApp(browser: Browser, options: PageOptions = {}): Promise<AppPage> {
	const { theme = "light", viewport = { width: 1100, height: 760 }, sidebarWidth = 300, phone = false, scale = 1, ...start } = options;
	// UTC, like the Node side (jest.e2e.config.cjs): a date shown on the page reads the same on every machine.
	const context = await browser.newContext({ viewport, deviceScaleFactor: scale, reducedMotion: "reduce", timezoneId: "UTC" });
	const page = await context.newPage();
	// Everything here happens in milliseconds; a missing element should fail fast, not after 30 s.
	page.setDefaultTimeout(8000);
	const errors: string[] = [];
	const dialogs: string[] = [];
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
	});
	page.on("pageerror", (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
	page.on("dialog", (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});

	const styles = readFileSync(join(ROOT, "styles.css"), "utf8");
	// A secure origin, as Obsidian's app:// is: the microphone (navigator.mediaDevices) exists only in one.
	// http://localhost counts as secure; the route answers it here, so nothing is fetched.
	await page.route(SECURE_ORIGIN, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><html></html>" }));
	await page.goto(SECURE_ORIGIN);
	await page.setContent(
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Interview Story Bank</title>` +
			`<style>${THEME_CSS}</style><style>${styles}</style></head><body class="theme-${theme}"></body></html>`,
	);
	await page.addScriptTag({ content: await buildHarness() });
	await page.evaluate(
		async ({ start, sidebarWidth, phone }) => {
			const e2e = window.__e2e;
			if (!e2e) throw new Error("the harness did not load");
			await e2e.start(start);
			e2e.setLayout({ sidebarWidth, phone });
		},
		{ start, sidebarWidth, phone },
	);
	return { page, context, errors, dialogs, close: () => context.close() };
}

/**
 * For a test file: one Chromium for all its tests, a fresh page (a new
 * browser context) per test, closed after it. Returns how a test opens one.
 */
export function pagesInChromium(flags: readonly string[] = []): (options?: PageOptions) => Promise<AppPage> {
	let browser: Browser | null = null;
	const open: AppPage[] = [];
	beforeAll(async () => {
		browser = await launchChromium(flags);
	});
	afterEach(async () => {
		for (const app of open.splice(0)) await app.close();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return async (options) => {
		if (!browser) throw new Error("Chromium did not start");
		const app = await openApp(browser, options);
		open.push(app);
		return app;
	};
}
