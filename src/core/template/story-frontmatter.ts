import { format } from "date-fns";

/** A frontmatter value as Obsidian's YAML reader hands it over. */
type YamlValue = unknown;

/** The properties a new story note starts with: the day it was created and the competencies it serves. */
export function storyProperties(date: Date, competencyIds: readonly string[]): { created: string; competencies: string[] } {
	return { created: format(date, "yyyy-MM-dd"), competencies: [...competencyIds] };
}

/** A frontmatter block for a new note's properties, fences included. */
export function frontmatterBlock(properties: { created: string; competencies: readonly string[] }): string {
	const list = properties.competencies.map(yamlScalar).join(", ");
	return `---\ncreated: ${yamlScalar(properties.created)}\ncompetencies: [${list}]\n---\n`;
}

/** A plain YAML scalar when that is safe, else a double-quoted one. */
function yamlScalar(value: string): string {
	return /^[\p{L}\p{N}][\p{L}\p{N}_./-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(value)
		? value
		: JSON.stringify(value);
}

/**
 * Adds to a note's frontmatter the properties it does not have yet. The
 * note's own values win: a key it already has keeps its value, unless that
 * value is empty (no value, an empty string or an empty list). Returns the
 * keys that were added. Mutates `target`, as `processFrontMatter` expects.
 */
export function mergeMissing(target: Record<string, YamlValue>, additions: Readonly<Record<string, YamlValue>>): string[] {
	const added: string[] = [];
	for (const [key, value] of Object.entries(additions)) {
		if (isEmptyValue(value) || !isEmptyValue(target[key])) continue;
		target[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
		added.push(key);
	}
	return added;
}

function isEmptyValue(value: YamlValue): boolean {
	return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}
