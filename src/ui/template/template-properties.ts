import { Notice, parseYaml, type App, type TFile } from "obsidian";
import { mergeMissing } from "../../core/template/story-frontmatter";

/**
 * Adds properties to a note through `processFrontMatter`: keys the note
 * lacks are added, the note's own values win, and no second `---` block is
 * ever written. YAML that cannot be read, the template's or the note's, is
 * reported in a notice and nothing is changed. Returns whether it merged.
 */
export async function mergeProperties(app: App, file: TFile, additions: Readonly<Record<string, unknown>>): Promise<boolean> {
	try {
		await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			mergeMissing(frontmatter, additions);
		});
		return true;
	} catch (error) {
		new Notice(
			`The properties of "${file.basename}" are not valid YAML, so the template's properties were not added. ` +
				`Fix them in source mode and try again. (${errorText(error)})`,
			12000,
		);
		return false;
	}
}

/** Reads a template's YAML frontmatter; `null` (with a notice) when it is not a set of properties. */
export function readTemplateProperties(yaml: string, templatePath: string): Record<string, unknown> | null {
	try {
		const value: unknown = yaml.trim() === "" ? {} : parseYaml(yaml);
		if (value === null || value === undefined) return {};
		if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
	} catch (error) {
		new Notice(
			`The properties of the template note "${templatePath}" are not valid YAML, so they were not added. (${errorText(error)})`,
			12000,
		);
		return null;
	}
	new Notice(`The properties of the template note "${templatePath}" are not a list of keys and values, so they were not added.`, 12000);
	return null;
}

function errorText(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split("\n")[0] ?? text;
}
