/* global module, process -- a CommonJS file read by Jest in Node */
// The end-to-end tests: the plugin bundled for the browser and driven in
// Debian's Chromium by playwright-core (e2e-tests/README.md). Node runs the
// test files; each opens pages in one browser. Run in band: one browser at
// a time on a two-core machine, and timings stay honest.
process.env.TZ = "UTC";

module.exports = {
	displayName: "e2e",
	testEnvironment: "node",
	testMatch: ["<rootDir>/e2e-tests/**/*.e2e.ts"],
	transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
	testTimeout: 60_000,
	slowTestThreshold: 20,
	// One line per scenario in the log, so CI shows what ran in the browser.
	verbose: true,
};
