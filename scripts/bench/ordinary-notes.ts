import { NoteWriter } from "./note-writer";
import type { Random } from "./prng";
import { cap } from "./story-text";
import { ADJECTIVES, IDENTIFIERS, NAMES, NOUNS, TAILS, TITLES, VERBS } from "./words";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] as const;

/** Inline markup a sentence may carry: bold, italics, code, a wikilink, a link, a tag. */
function decorate(rng: Random, noun: string): string {
	const r = rng.next();
	if (r < 0.06) return `**${noun}**`;
	if (r < 0.1) return `*${noun}*`;
	if (r < 0.14) return `\`${rng.pick(IDENTIFIERS)}\``;
	if (r < 0.22) return `[[${rng.pick(TITLES)}]]`;
	if (r < 0.25) return `[${noun.replace(/^the /i, "")}](https://example.org/${rng.pick(IDENTIFIERS)}/${rng.int(1, 999)})`;
	if (r < 0.27) return `${noun} #${rng.pick(["todo", "idea", "later", "home", "work"])}`;
	return noun;
}

function sentence(rng: Random): string {
	const r = rng.next();
	if (r < 0.03) return `Is ${rng.pick(NOUNS)} worth ${rng.pick(["the extra week", "the cost", "another pass", "the trouble"])}?`;
	if (r < 0.08) return `${rng.pick(NAMES)} asked whether ${rng.pick(NOUNS)} ${rng.pick(VERBS)} ${rng.pick(NOUNS)} — I think it does.`;
	const subject = rng.chance(0.3) ? rng.pick(NOUNS).replace(/^the /, `the ${rng.pick(ADJECTIVES)} `) : rng.pick(NOUNS);
	const tail = rng.chance(0.4) ? ` ${rng.pick(TAILS)}` : "";
	return `${decorate(rng, cap(subject))} ${rng.pick(VERBS)} ${decorate(rng, rng.pick(NOUNS))}${tail}.`;
}

function paragraph(rng: Random, w: NoteWriter): void {
	const out: string[] = [];
	for (let i = rng.int(2, 6); i > 0; i--) out.push(sentence(rng));
	w.blank();
	w.line(out.join(" "));
}

function fragment(rng: Random): string {
	if (rng.chance(0.05)) return `Should we move ${rng.pick(NOUNS)} to ${rng.pick(DAYS)}?`;
	const tail = rng.chance(0.3) ? ` ${rng.pick(TAILS)}` : "";
	return `${rng.pick(["Check", "Send", "Finish", "Read", "Book", "Fix", "Ask about"])} ${decorate(rng, rng.pick(NOUNS))}${tail}`;
}

function list(rng: Random, w: NoteWriter): void {
	w.blank();
	const ordered = rng.chance(0.15);
	const nest = rng.pick(["\t", "  ", "    "]);
	for (let i = 1, n = rng.int(3, 8); i <= n; i++) {
		w.line(`${ordered ? `${i}.` : "-"} ${fragment(rng)}`);
		if (rng.chance(0.15)) w.line(`${nest}- ${fragment(rng)}`);
	}
}

function tasks(rng: Random, w: NoteWriter): void {
	w.blank();
	for (let i = rng.int(3, 8); i > 0; i--)
		w.line(
			`- [${rng.chance(0.3) ? "x" : " "}] ${fragment(rng)}${rng.chance(0.2) ? ` 📅 2024-0${rng.int(1, 9)}-1${rng.int(0, 9)}` : ""}`,
		);
}

function code(rng: Random, w: NoteWriter): void {
	const lang = rng.pick(["ts", "sql", "bash", "python", ""]);
	w.blank();
	w.line(`\`\`\`${lang}`);
	for (let i = rng.int(4, 15); i > 0; i--) {
		const a = rng.pick(IDENTIFIERS);
		const b = rng.pick(IDENTIFIERS);
		if (lang === "sql") w.line(`SELECT ${a}, count(*) FROM ${b} WHERE ${a} > ${rng.int(1, 99)} GROUP BY ${a};`);
		else if (lang === "bash") w.line(`grep -rn "${a}" ./${b} | head -n ${rng.int(5, 50)}`);
		else if (lang === "python") w.line(`${"    ".repeat(rng.int(0, 2))}${a} = [x for x in ${b} if x.${a}]  # ${rng.pick(ADJECTIVES)}?`);
		else w.line(`${"\t".repeat(rng.int(0, 2))}const ${a} = ${b}.map((x) => x.${a} ?? ${rng.int(0, 9)}); // ${rng.pick(ADJECTIVES)}`);
	}
	w.line("```");
}

function table(rng: Random, w: NoteWriter): void {
	w.blank();
	w.line("| Item | Owner | Estimate |", "|---|---|---|");
	for (let i = rng.int(3, 6); i > 0; i--) w.line(`| ${rng.pick(NOUNS)} | ${rng.pick(NAMES)} | ${rng.int(1, 40)} h |`);
}

function quote(rng: Random, w: NoteWriter): void {
	w.blank();
	w.line(`> ${sentence(rng)} ${sentence(rng)}`);
	if (rng.chance(0.5)) w.line(`> — ${rng.pick(NAMES)}`);
}

function frontmatter(rng: Random, w: NoteWriter): void {
	w.line("---", `created: 2024-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(10, 28))}`);
	w.line(`tags: [${rng.pick(["home", "work", "reading", "course"])}, ${rng.pick(["draft", "weekly", "log", "ideas"])}]`);
	if (rng.chance(0.4)) w.line(`aliases: [${rng.pick(TITLES)}]`);
	if (rng.chance(0.3)) w.line(`status: ${rng.pick(["open", "done", "waiting"])}`);
	w.line("---");
}

/**
 * An ordinary note of about `size` characters: prose, lists, tasks, code,
 * tables, quotes, links and the odd question mark, but no interview material.
 */
export function ordinaryNote(rng: Random, size: number): string {
	const w = new NoteWriter();
	if (rng.chance(0.5)) frontmatter(rng, w);
	w.line(`# ${rng.pick(TITLES)}`);
	while (w.size < size) {
		const r = rng.next();
		if (r < 0.12) {
			w.blank();
			w.line(`${rng.chance(0.7) ? "##" : "###"} ${cap(rng.pick(NOUNS).replace(/^the /, ""))}`);
		} else if (r < 0.5) paragraph(rng, w);
		else if (r < 0.68) list(rng, w);
		else if (r < 0.78) tasks(rng, w);
		else if (r < 0.86) code(rng, w);
		else if (r < 0.9) table(rng, w);
		else if (r < 0.94) quote(rng, w);
		else if (r < 0.96) {
			w.blank();
			w.line("---");
		} else {
			w.blank();
			w.line(`${rng.pick(["project", "area", "source"])}:: [[${rng.pick(TITLES)}]]`);
		}
	}
	return w.text();
}
