// Two projects: the core runs in plain Node; the shell (views, commands, the
// vault listener) runs in jsdom against obsidian-test-mocks, an in-memory
// Obsidian, because the `obsidian` package on npm holds types only.
process.env.TZ = "UTC";

const transform = {
	"^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
	// ES-module-only packages (see scripts/jest/esm-package-transform.cjs).
	"^.+/node_modules/stemmer/.+\\.js$": "<rootDir>/scripts/jest/esm-package-transform.cjs",
};
/** Packages jest must transform: everything else in node_modules is loaded as it is. */
const transformIgnorePatterns = ["/node_modules/(?!stemmer/)"];

module.exports = {
	// The shell's rounds and debounces run on a fake clock, and each async advance of it waits a real
	// event-loop turn per timer: a 95-second round is 380 clock ticks. Such a test takes 0.6 s alone and
	// 3 s in a full parallel run; 20 s (not jest's 5 s) keeps a busy CI machine from failing it on time alone.
	testTimeout: 20_000,
	projects: [
		{
			displayName: "core",
			testEnvironment: "node",
			transform,
			transformIgnorePatterns,
			testMatch: [
				"<rootDir>/tests/core/**/*.test.ts",
				"<rootDir>/tests/cli/**/*.test.ts",
				"<rootDir>/tests/docs/**/*.test.ts",
				"<rootDir>/tests/lint/**/*.test.ts",
			],
		},
		{
			displayName: "shell",
			testEnvironment: "jsdom",
			// Resolve packages as Node does: jsdom's default "browser" condition picks ES modules jest cannot load.
			testEnvironmentOptions: { customExportConditions: ["node", "require", "default"] },
			transform,
			transformIgnorePatterns,
			testMatch: ["<rootDir>/tests/obsidian/**/*.test.ts", "<rootDir>/tests/ui/**/*.test.ts"],
			setupFiles: ["obsidian-test-mocks/jest-setup"],
			moduleNameMapper: {
				"^obsidian$": "obsidian-test-mocks/obsidian",
				"^virtual:parse-worker$": "<rootDir>/tests/helpers/no-parse-worker.ts",
			},
		},
	],
};
