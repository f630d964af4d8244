// Two projects: the core runs in plain Node; the shell (views, commands, the
// vault listener) runs in jsdom against obsidian-test-mocks, an in-memory
// Obsidian, because the `obsidian` package on npm holds types only.
process.env.TZ = "UTC";

const transform = {
	"^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
};

module.exports = {
	projects: [
		{
			displayName: "core",
			testEnvironment: "node",
			transform,
			testMatch: ["<rootDir>/tests/core/**/*.test.ts", "<rootDir>/tests/cli/**/*.test.ts"],
		},
		{
			displayName: "shell",
			testEnvironment: "jsdom",
			// Resolve packages as Node does: jsdom's default "browser" condition picks ES modules jest cannot load.
			testEnvironmentOptions: { customExportConditions: ["node", "require", "default"] },
			transform,
			testMatch: ["<rootDir>/tests/obsidian/**/*.test.ts", "<rootDir>/tests/ui/**/*.test.ts"],
			setupFiles: ["obsidian-test-mocks/jest-setup"],
			moduleNameMapper: { "^obsidian$": "obsidian-test-mocks/obsidian" },
		},
	],
};
