// Lint: Obsidian's review rules (eslint-plugin-obsidianmd, with typed
// typescript-eslint rules), plus one project rule: the core never imports
// `obsidian`, so it stays testable without the app and usable from the CLI.
// eslint-plugin-regexp keeps every regex free of backtracking that grows
// faster than the text (issue 22: one note could freeze Obsidian).
import tsparser from "@typescript-eslint/parser";
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import regexp from "eslint-plugin-regexp";
import globals from "globals";

export default defineConfig([
	...obsidianmd.configs.recommended,
	// What ships in main.js or the CLI is held to it; tests and bench scripts read only the project's own files.
	{ ...regexp.configs["flat/recommended"], files: ["src/**/*.ts"] },
	{
		files: ["src/**/*.ts"],
		rules: {
			// Errors, not warnings: a pattern that can backtrack super-linearly freezes the app on one note.
			"regexp/no-super-linear-backtracking": "error",
			"regexp/no-super-linear-move": "error",
			// Style only: `[A-Za-z]` says what it means where the rest of the pattern is case-sensitive.
			"regexp/use-ignore-case": "off",
		},
	},
	{
		files: ["**/*.ts"],
		languageOptions: {
			parser: tsparser,
			parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// TypeScript checks names itself; the base rule does not know its global types (NodeJS, …).
			"no-undef": "off",
			// Declarative settings need Obsidian 1.13; the plugin supports 1.7.2 and later, so it keeps display().
			"obsidianmd/settings-tab/prefer-setting-definitions": "off",
			// The rule knows "Cursor" as a brand (the editor); in this command's name it is the text cursor.
			"obsidianmd/ui/sentence-case": [
				"error",
				{ acronyms: ["STAR", "IC6", "README"], ignoreRegex: ["^Show story feedback at cursor$"], enforceCamelCaseLower: true },
			],
			"@typescript-eslint/no-unused-vars": [
				"error",
				{ argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
			],
		},
	},
	{
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [
						{ name: "obsidian", message: "The core is plain TypeScript: keep Obsidian in the shell (src/ui, src/obsidian)." },
					],
					patterns: [
						{
							// At any depth: src/core/practice/x.ts reaches the shell through ../../ui/…, not ../ui/….
							group: ["**/ui", "**/ui/**", "**/obsidian", "**/obsidian/**", "**/main", "**/cli", "**/cli/**"],
							message: "The core depends on nothing outside src/core.",
						},
					],
				},
			],
		},
	},
	{
		// The CLI is a Node program, never bundled into main.js.
		files: ["src/cli/**/*.ts", "scripts/**/*.ts", "scripts/**/*.mjs", "scripts/**/*.cjs"],
		languageOptions: { globals: globals.node },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/rule-custom-message": "off",
			"no-console": "off",
			"import/no-nodejs-modules": "off",
		},
	},
	{
		// CommonJS build helpers, shared by esbuild.config.mjs and the e2e harness build.
		files: ["scripts/**/*.cjs"],
		languageOptions: { sourceType: "commonjs" },
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
	{
		files: ["tests/**/*.ts", "e2e-tests/**/*.ts"],
		languageOptions: { globals: { ...globals.jest, ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"obsidianmd/ui/sentence-case": "off",
			// Tests drive the mocks directly and may use what a plugin may not.
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"@typescript-eslint/no-non-null-assertion": "off",
		},
	},
	{
		files: ["manifest.json"],
		languageOptions: { parser: tsparser },
		plugins: { obsidianmd },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	globalIgnores([
		"node_modules",
		"main.js",
		"dist",
		"coverage",
		"esbuild.config.mjs",
		"version-bump.mjs",
		"jest.config.cjs",
		"eslint.config.mjs",
		"example-vault",
		"e2e-tests/.out",
		"docs",
	]),
]);
