import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { CUSTOM_SET_HELP_URL, DOCS_URL, FORMATS_HELP_URL } from "../../src/constants";

// The README is what Obsidian's plugin browser shows, and it sends readers to docs/ and CONTRIBUTING.md:
// a link that leads nowhere is the first thing a newcomer meets. These tests follow every relative link.

const ROOT = resolve(__dirname, "../..");

/** The documents whose links are checked: the README, CONTRIBUTING.md, the changelog and every page in docs/. */
function documents(): string[] {
	const docs = readdirSync(join(ROOT, "docs"))
		.filter((name) => name.endsWith(".md"))
		.map((name) => join("docs", name));
	return ["README.md", "CONTRIBUTING.md", "CHANGELOG.md", ...docs];
}

/** The anchor GitHub gives a heading: lower case, markup and punctuation dropped, spaces as hyphens. */
function headingSlug(heading: string): string {
	return heading
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/[`*_]/g, "")
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N} -]/gu, "")
		.replace(/ /g, "-");
}

/** Markdown without its fenced and indented code blocks, which hold examples, not links. */
function withoutCode(text: string): string[] {
	const lines: string[] = [];
	let fence: string | null = null;
	for (const line of text.split("\n")) {
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence === null && marker) fence = marker;
		else if (fence !== null && marker?.startsWith(fence)) fence = null;
		else if (fence === null && !/^( {4}|\t)/.test(line)) lines.push(line.replace(/`[^`]*`/g, ""));
	}
	return lines;
}

/** Every anchor a page offers: one per heading, numbered as GitHub numbers repeats. */
function anchorsOf(file: string): Set<string> {
	const anchors = new Set<string>();
	const seen = new Map<string, number>();
	for (const line of withoutCode(readFileSync(file, "utf8"))) {
		const heading = /^#{1,6}\s+(.*?)\s*(?:#+\s*)?$/.exec(line)?.[1];
		if (heading === undefined) continue;
		const slug = headingSlug(heading);
		const count = seen.get(slug) ?? 0;
		anchors.add(count === 0 ? slug : `${slug}-${count}`);
		seen.set(slug, count + 1);
	}
	return anchors;
}

/** The targets of a document's inline links, images and link definitions, as written. */
function linkTargets(text: string): string[] {
	const targets: string[] = [];
	for (const line of withoutCode(text)) {
		for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(match[1]!);
		const definition = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(line);
		if (definition) targets.push(definition[1]!);
	}
	return targets;
}

/** Why a link from `from` to `target` does not resolve, or null when it does. External links are not followed. */
function brokenReason(from: string, target: string): string | null {
	if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
	const [path = "", anchor] = target.split("#", 2);
	const file = path === "" ? join(ROOT, from) : resolve(dirname(join(ROOT, from)), decodeURIComponent(path));
	if (!existsSync(file)) return `no file ${relative(ROOT, file)}`;
	if (anchor === undefined || anchor === "" || !file.endsWith(".md") || statSync(file).isDirectory()) return null;
	return anchorsOf(file).has(decodeURIComponent(anchor).toLowerCase()) ? null : `no heading #${anchor} in ${relative(ROOT, file)}`;
}

describe("documentation links", () => {
	it.each(documents())("every relative link in %s leads to a file and heading that exist", (doc) => {
		const broken = linkTargets(readFileSync(join(ROOT, doc), "utf8"))
			.map((target) => ({ target, reason: brokenReason(doc, target) }))
			.filter((link) => link.reason !== null);
		expect(broken).toEqual([]);
	});

	it("leads from the README to every page in docs/", () => {
		const reached = new Set(["README.md"]);
		const queue = ["README.md"];
		for (let doc = queue.shift(); doc !== undefined; doc = queue.shift()) {
			for (const target of linkTargets(readFileSync(join(ROOT, doc), "utf8"))) {
				const path = target.split("#")[0] ?? "";
				if (!path.endsWith(".md") || /^[a-z][a-z0-9+.-]*:/i.test(path)) continue;
				const next = relative(ROOT, resolve(dirname(join(ROOT, doc)), path));
				if (reached.has(next) || !existsSync(join(ROOT, next))) continue;
				reached.add(next);
				queue.push(next);
			}
		}
		expect(documents().filter((doc) => !reached.has(doc))).toEqual([]);
	});

	it.each([
		["the formats help link", FORMATS_HELP_URL],
		["the custom competency set link", CUSTOM_SET_HELP_URL],
	])("points %s the plugin shows at a page and heading in docs/", (_name, url) => {
		expect(url.startsWith(`${DOCS_URL}/`)).toBe(true);
		// Resolved as a link written in a page of docs/ would be.
		expect(brokenReason("docs/page.md", url.slice(DOCS_URL.length + 1))).toBeNull();
	});

	it("finds a broken link and a missing heading when there is one", () => {
		expect(brokenReason("README.md", "docs/no-such-page.md")).toBe("no file docs/no-such-page.md");
		expect(brokenReason("README.md", "docs/formats.md#no-such-heading")).toBe("no heading #no-such-heading in docs/formats.md");
		expect(brokenReason("README.md", "https://example.com/anything")).toBeNull();
	});

	it("names headings' anchors as GitHub does", () => {
		expect(headingSlug("The `story-bank` command line")).toBe("the-story-bank-command-line");
		expect(headingSlug("Limits and your data")).toBe("limits-and-your-data");
		expect(headingSlug("What changed in 0.2")).toBe("what-changed-in-02");
	});
});
