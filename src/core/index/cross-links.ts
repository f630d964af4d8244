import { linkParts, nameScore, pointerKeys, storyAt, titleKeys, type PointerKeys, type TitleKeys } from "../parser/story-pointers";
import type { IndexedNote, IndexedQuestion, IndexedStory } from "./indexed-note";
import { TitleWordIndex } from "./title-words";

/** A question's `[[link]]` resolved to a story: where the pointer is written and the story it names. */
export interface CrossLink {
	/** The note of the question. */
	from: string;
	/** The question's place in that note, and the pointer's place in the question. */
	question: number;
	pointer: number;
	/** The note of the story, and the story's place in it. */
	to: string;
	story: number;
	/** The story's id, as resolved. */
	storyId: string;
}

/**
 * A pointer the parser could not resolve inside its own note: a link (the
 * note it names and the place in it), or a story's name (a nickname, a
 * story-map title), which may be the title of a story in another note.
 */
interface WantedLink {
	question: number;
	pointer: number;
	/** The note part as written (`Folder/Note`, `Note.md`), lower case, without `.md`; `null` for a name. */
	note: string | null;
	subpath: string | null;
	/** Matched against the titles of other notes' stories: the name, or a whole-note link's note part, which may name a story. */
	title: PointerKeys | null;
}

/** A titled story of a note, ready to be matched against names. */
interface TitledStory {
	story: number;
	id: string;
	keys: TitleKeys;
}

/** A note name as links spell it, for lookups: lower case, last path segment, no `.md`. */
function nameKey(linkOrPath: string): string {
	const last = linkOrPath.slice(linkOrPath.lastIndexOf("/") + 1);
	return last.replace(/\.md$/i, "").trim().toLowerCase();
}

/** The folder of a path, with its trailing slash ("" at the vault's root). */
function folderOf(path: string): string {
	return path.slice(0, path.lastIndexOf("/") + 1);
}

/**
 * Every pointer of a note still unresolved after parsing: a `[[wikilink]]`
 * (after the question, in a story-map row) or a `STORY:` line that names
 * another note, and a nickname or story-map title that names no story of
 * its own note (the story may be in another one).
 */
function wantedLinks(note: IndexedNote): WantedLink[] {
	const out: WantedLink[] = [];
	note.questions.forEach((q, question) => {
		(q.pointers ?? []).forEach((p, pointer) => {
			if (p.storyId !== null) return;
			if (p.via !== "wikilink" && p.via !== "story-line") {
				out.push({ question, pointer, note: null, subpath: null, title: pointerKeys(p.name) });
				return;
			}
			const { note: target, subpath } = linkParts(p.name);
			if (target === "") return;
			const title = subpath === null ? pointerKeys(target.replace(/\.md$/i, "")) : null;
			out.push({ question, pointer, note: target.replace(/\.md$/i, "").toLowerCase(), subpath, title });
		});
	});
	return out;
}

/** Kept per story list, and worked out only once a name asks: a vault whose questions name no story never keys its titles. */
const titledOf = new WeakMap<readonly IndexedStory[], TitledStory[]>();

/** A note's titled stories, with their names keyed for matching. */
function titledStories(note: IndexedNote): TitledStory[] {
	const known = titledOf.get(note.stories);
	if (known) return known;
	const out: TitledStory[] = [];
	note.stories.forEach((s, story) => {
		if (s.title !== null) out.push({ story, id: s.id, keys: titleKeys(s.title) });
	});
	titledOf.set(note.stories, out);
	return out;
}

/**
 * The links between notes: which question of which note points (by a
 * `[[Note#Heading]]`, `[[Note]]` or `[[Note#^block]]` link the parser could
 * not resolve inside its own note) to which story of another note. Kept up
 * to date one note at a time: a note that comes, changes or goes resolves
 * its own links again, and the notes whose links name it (found through a
 * map from note name to the notes that name it, never a scan of every
 * question) resolve theirs. Each call returns the paths whose linked copy
 * (`linkedCopy`) must be rebuilt.
 */
export class CrossLinks {
	/** Note name → the indexed notes with that name. */
	private readonly notesNamed = new Map<string, Set<string>>();
	/** Note name → the notes holding links that name it. */
	private readonly namedBy = new Map<string, Set<string>>();
	private readonly wanted = new Map<string, WantedLink[]>();
	private readonly outgoing = new Map<string, CrossLink[]>();
	private readonly incoming = new Map<string, Set<CrossLink>>();
	/** The notes with a titled story, for names that point across notes. */
	private readonly titled = new Set<string>();
	/** Which of those hold a title with a given word: the notes a name is matched against. */
	private readonly titleWords = new TitleWordIndex(
		() => this.titled,
		(path) => (this.note(path)?.stories ?? []).map((story) => story.title ?? ""),
	);
	/** The notes holding a pointer that may name a story title of another note. */
	private readonly namers = new Set<string>();

	/** `note`: the index's note at a path, as parsed (without links). */
	constructor(private readonly note: (path: string) => IndexedNote | undefined) {}

	/** A note came or changed. */
	noteStored(path: string): Set<string> {
		const touched = new Set([path]);
		addTo(this.notesNamed, nameKey(path), path);
		this.forgetWanted(path);
		const stored = this.note(path);
		if (stored?.stories.some((story) => story.title !== null)) this.titled.add(path);
		else this.titled.delete(path);
		this.titleWords.update(path);
		const wanted = stored ? wantedLinks(stored) : [];
		if (wanted.length > 0) this.wanted.set(path, wanted);
		for (const w of wanted) if (w.note !== null) addTo(this.namedBy, nameKey(w.note), path);
		if (wanted.some((w) => w.title !== null)) this.namers.add(path);
		this.resolveFrom(path, touched);
		this.resolveTo(path, touched);
		this.resolveNamesInto(path, touched);
		return touched;
	}

	/** A note went (deleted, renamed away, no longer a story note). */
	noteRemoved(path: string): Set<string> {
		const touched = new Set([path]);
		deleteFrom(this.notesNamed, nameKey(path), path);
		this.titled.delete(path);
		this.titleWords.update(path);
		this.forgetWanted(path);
		this.resolveFrom(path, touched);
		this.resolveTo(path, touched);
		this.resolveNamesInto(path, touched);
		return touched;
	}

	/** The links written in a note. */
	linksFrom(path: string): readonly CrossLink[] {
		return this.outgoing.get(path) ?? [];
	}

	/** The links that point into a note. */
	linksTo(path: string): readonly CrossLink[] {
		const links = this.incoming.get(path);
		return links ? [...links] : [];
	}

	clear(): void {
		this.notesNamed.clear();
		this.namedBy.clear();
		this.wanted.clear();
		this.outgoing.clear();
		this.incoming.clear();
		this.titled.clear();
		this.titleWords.clear();
		this.namers.clear();
	}

	private forgetWanted(path: string): void {
		for (const w of this.wanted.get(path) ?? []) if (w.note !== null) deleteFrom(this.namedBy, nameKey(w.note), path);
		this.wanted.delete(path);
		this.namers.delete(path);
	}

	/**
	 * A note's titles came, changed or went: the notes holding a name that
	 * reached a story here, or that one of its titles now answers, resolve their
	 * names again. Only this note's titles are read, not the whole vault's.
	 */
	private resolveNamesInto(path: string, touched: Set<string>): void {
		if (this.namers.size === 0) return;
		const stored = this.titled.has(path) ? this.note(path) : undefined;
		const titles = stored ? titledStories(stored) : [];
		for (const namer of this.namers) {
			if (namer === path) continue;
			const linksHere = (this.outgoing.get(namer) ?? []).some((link) => link.to === path);
			const wanted = this.wanted.get(namer) ?? [];
			const answered = wanted.some((w) => w.title !== null && titles.some((t) => nameScore(w.title as PointerKeys, t.keys) > 0));
			if (linksHere || answered) this.resolveFrom(namer, touched, false);
		}
	}

	/**
	 * The story another note titles with a name: the best `nameScore` over every
	 * titled story but the asking note's own (the parser tried those). Ties go to
	 * the note in the same folder, then the shortest path, then the first by
	 * path and the first story in it.
	 */
	private titledStory(name: PointerKeys, from: string): { to: string; story: number; storyId: string } | null {
		let best: { to: string; story: number; storyId: string } | null = null;
		let bestScore = 0;
		const here = folderOf(from).toLowerCase();
		const rank = (path: string): [number, number, string] => [Number(folderOf(path).toLowerCase() !== here), path.length, path];
		for (const path of this.titleWords.candidates(name)) {
			const note = path === from ? undefined : this.note(path);
			if (!note) continue;
			for (const t of titledStories(note)) {
				const score = nameScore(name, t.keys);
				if (score === 0 || score < bestScore) continue;
				if (score === bestScore && best !== null && !ranksBefore(rank(path), rank(best.to))) continue;
				best = { to: path, story: t.story, storyId: t.id };
				bestScore = score;
			}
		}
		return best;
	}

	/** Resolves again the links of every note that names this one (its name may now find it, or no longer). */
	private resolveTo(path: string, touched: Set<string>): void {
		for (const from of this.namedBy.get(nameKey(path)) ?? []) if (from !== path) this.resolveFrom(from, touched, false);
	}

	/**
	 * Drops a note's links and resolves its wanted links again. The notes whose
	 * copy changes go in `touched`: when the note itself changed, every note it
	 * linked or links to (they show its questions); otherwise only the notes of a
	 * link that came, went or reaches another story.
	 */
	private resolveFrom(from: string, touched: Set<string>, changed = true): void {
		const before = new Map<string, CrossLink>();
		for (const link of this.outgoing.get(from) ?? []) {
			before.set(linkKey(link), link);
			const into = this.incoming.get(link.to);
			into?.delete(link);
			if (into?.size === 0) this.incoming.delete(link.to);
		}
		this.outgoing.delete(from);
		const links: CrossLink[] = [];
		for (const w of this.wanted.get(from) ?? []) {
			const found = this.resolve(w, from);
			if (found === null) continue;
			const link: CrossLink = { from, question: w.question, pointer: w.pointer, ...found };
			const to = link.to;
			links.push(link);
			let into = this.incoming.get(to);
			if (!into) this.incoming.set(to, (into = new Set()));
			into.add(link);
			if (changed || !before.delete(linkKey(link))) touched.add(to).add(from);
		}
		for (const gone of changed ? [] : before.values()) touched.add(gone.to).add(from);
		if (changed) for (const old of before.values()) touched.add(old.to);
		if (links.length > 0) this.outgoing.set(from, links);
	}

	/** Where a wanted pointer leads: the note and story a link names, else the story another note titles with its name. */
	private resolve(w: WantedLink, from: string): { to: string; story: number; storyId: string } | null {
		const to = w.note === null ? null : this.notePath(w.note, from);
		const target = to === null ? undefined : this.note(to);
		const story = target ? storyAt(target, w.subpath) : null;
		if (to !== null && target && story) return { to, story: target.stories.indexOf(story), storyId: story.id };
		// A note that exists but holds no such story is not searched further; a name or a link to no note may title a story.
		return w.title !== null && to === null ? this.titledStory(w.title, from) : null;
	}

	/**
	 * The note a link names, as Obsidian resolves it: the note at that path
	 * from the vault's root, else one whose path ends with it, else (for a bare
	 * name) one with that name, case-insensitively. Several candidates: the
	 * one in the linking note's folder, then the shortest path, then the first
	 * by path.
	 */
	private notePath(link: string, from: string): string | null {
		const candidates = [...(this.notesNamed.get(nameKey(link)) ?? [])];
		if (candidates.length === 0) return null;
		const bare = (path: string): string => path.replace(/\.md$/i, "").toLowerCase();
		const exact = candidates.find((p) => bare(p) === link);
		if (exact !== undefined) return exact;
		const fits = link.includes("/") ? candidates.filter((p) => bare(p).endsWith(`/${link}`)) : candidates;
		const here = folderOf(from).toLowerCase();
		const ranked = fits.sort(
			(a, b) =>
				Number(folderOf(b).toLowerCase() === here) - Number(folderOf(a).toLowerCase() === here) ||
				a.length - b.length ||
				(a < b ? -1 : a > b ? 1 : 0),
		);
		return ranked[0] ?? null;
	}
}

/**
 * The note as the index shows it: its questions' resolved links (the
 * pointer's `storyId` and `path`, the story id in `storyIds`) and, on its
 * stories, the questions of other notes that point to them (in `questionIds`
 * and the note's `linkedQuestions`). A note with no link in or out is
 * returned as it is; otherwise a new copy (caches keyed by the note object
 * see the change), its unchanged entries shared.
 */
export function linkedCopy(
	note: IndexedNote,
	out: readonly CrossLink[],
	into: readonly CrossLink[],
	noteAt: (path: string) => IndexedNote | undefined,
): IndexedNote {
	if (out.length === 0 && into.length === 0) return note;
	const questions = note.questions.slice();
	for (const link of out) {
		const q = questions[link.question];
		const pointer = q?.pointers?.[link.pointer];
		if (!q?.pointers || !pointer) continue;
		const pointers = q.pointers.slice();
		const storyId = link.storyId;
		pointers[link.pointer] = link.to === note.path ? { ...pointer, storyId } : { ...pointer, storyId, path: link.to };
		questions[link.question] = { ...q, pointers, storyIds: q.storyIds.includes(storyId) ? q.storyIds : [...q.storyIds, storyId] };
	}
	const stories = note.stories.slice();
	const linkedQuestions: IndexedQuestion[] = [];
	for (const link of into) {
		const question = noteAt(link.from)?.questions[link.question];
		const story: IndexedStory | undefined = stories[link.story];
		if (!question || !story) continue;
		if (!story.questionIds.includes(question.id)) stories[link.story] = { ...story, questionIds: [...story.questionIds, question.id] };
		if (link.from !== note.path && !linkedQuestions.includes(question)) linkedQuestions.push(question);
	}
	return linkedQuestions.length > 0 ? { ...note, questions, stories, linkedQuestions } : { ...note, questions, stories };
}

/** What a link joins: the pointer and the story, by id (a story that kept its place but changed its id makes a new link). */
function linkKey(link: CrossLink): string {
	return `${link.question}|${link.pointer}|${link.to}|${link.storyId}`;
}

/** True when rank `a` comes before rank `b`: same folder first, then the shorter path, then the path's order. */
function ranksBefore(a: [number, number, string], b: [number, number, string]): boolean {
	return a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	set.add(value);
}

function deleteFrom(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}
