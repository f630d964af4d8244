/**
 * Whether a story's result is measured: an outcome that changed, sized — a
 * before/after ("from 65 minutes to 9", "20 min → 90 s"), a percentage or
 * multiple that moved ("down 40%", "3x faster"), money saved or earned
 * ("saved about $400k a year"), or a word that carries size ("halved").
 * Numbers that are not results do not count: dates ("March 2023", "Q3"),
 * team sizes and headcounts ("a team of six", "hired 9 engineers", "22
 * product teams"), the duration of the work ("within four days"), and a
 * level with nothing it moved from ("rejection rates were around 60%").
 *
 * The text is read once as words, sentence by sentence; every rule looks at
 * a few neighbouring words, so the cost grows with the length of the text.
 */

/** A word of the text, classified once. */
interface Word {
	/** Lower case, as written (digits, `%`, `$` kept). */
	text: string;
	/** A figure that can size a result (a number, a number word, a frequency, a multiple). */
	quantity: boolean;
	/** A percentage or points ("40%", "60 percent", "2 points"). */
	percent: boolean;
	/** An amount of money ("$400k", "€2M"). */
	money: boolean;
	/** A multiple ("3x", "3×", "three times"), or a figure written with its sign ("+1.8%"): a change by itself. */
	change: boolean;
}

const NUMBER_WORDS = new Set(
	(
		"zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen " +
		"eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands " +
		"million millions billion dozen dozens half several none handful"
	).split(" "),
);
/** How often something happens: "from weekly to daily" is a before/after. */
const FREQUENCIES = new Set(["hourly", "daily", "nightly", "weekly", "fortnightly", "monthly", "quarterly", "yearly", "annually"]);
const MONTHS = new Set(
	(
		"january february march april may june july august september october november december jan feb mar apr jun jul " +
		"aug sep sept oct nov dec"
	).split(" "),
);
/** Nouns that make the number before them a size of the team or the setting, not an outcome. */
const HEADCOUNT_NOUNS = new Set(
	(
		"engineer engineers developer developers people person staff member members hire hires interviewer interviewers " +
		"teammate teammates team teams squad squads report reports employee employees contractor contractors manager " +
		"managers lead leads analyst analysts nurse nurses designer designers studio studios department departments " +
		"office offices country countries city cities service services microservice microservices repo repos repository " +
		"repositories"
	).split(" "),
);
/** Units of time: a number with one, after "in", "within", "over"…, is how long the work took. */
const TIME_UNITS = new Set(
	(
		"second seconds minute minutes min mins hour hours h day days week weeks month months quarter quarters year " +
		"years sprint sprints weekend weekends"
	).split(" "),
);
/** Words before a time span that make it the duration of the work ("fixed within four days"). */
const DURATION_LEADS = new Set(["in", "within", "over", "for", "after", "during", "inside", "later", "took", "spent", "about"]);
/** Words that say a figure moved. */
const CHANGE_WORDS = new Set(
	(
		"rose risen rise rises rising fell fallen fall falls falling dropped drop drops dropping cut cuts cutting " +
		"reduced reduce reduces reducing lowered lowers increased increase increases increasing improved improve " +
		"improves improving grew grown grow grows growing lifted lift raised boosted boost saved save saves saving " +
		"recovered shrank shrunk shrink climbed jumped slashed trimmed decreased decrease declined gained gain up down " +
		"fewer less more faster slower quicker sooner higher lower better worse shorter cheaper smaller larger bigger " +
		"doubled tripled halved quadrupled"
	).split(" "),
);
/** Words that make a span of time an outcome ("1.8 days faster", "saved two weeks") rather than how long the work took. */
const TIME_CHANGE_WORDS = new Set(
	"faster sooner quicker earlier shorter less fewer saved save saves saving cut cuts down reduced shaved".split(" "),
);
/** Words that make an amount of money an outcome rather than a budget. */
const MONEY_WORDS = new Set(
	(
		"saved save saves saving savings recovered worth valued earned earning earns revenue sales losing lost cut off " +
		"cheaper less more profit margin"
	).split(" "),
);
/** Words that are a sized change on their own. */
const SIZED_WORDS = new Set(["halved", "doubled", "tripled", "quadrupled", "tenfold", "ten-fold", "twofold", "threefold"]);
/** "cut by a third", "down to a tenth". */
const FRACTIONS = new Set(["third", "quarter", "fifth", "tenth", "half"]);
/** Words after which a figure is set against another ("zero since, against 40 a quarter before"). */
const COMPARISON_WORDS = new Set(["against", "versus", "vs", "compared", "instead", "than"]);
/** Units of a measured quantity, for two figures in the same unit. */
const MEASURE_UNITS = new Set(["ms", "s", "sec", "seconds", "min", "mins", "minutes", "gb", "mb", "tb", "qps", "rps", "fps"]);
/** Words between "to" and its figure that do not change it ("down to about 30"). */
const APPROXIMATELY = new Set(["about", "around", "roughly", "under", "below", "nearly", "almost", "approximately", "just", "only"]);
/**
 * Comparisons that set a span of time against a baseline or a budget ("11 minutes against a 30-minute budget");
 * "later than" is not one.
 */
const BASELINE_WORDS = new Set(["against", "versus", "vs", "compared", "instead"]);
/** Words that make the figure after them a goal set, not an outcome reached ("an SLO of 99.9%", "the target to 95%"). */
const TARGET_WORDS = new Set(["target", "targets", "slo", "slos", "sla", "slas", "goal", "goals", "objective", "aim", "aiming", "aimed"]);
/** Ends of a before/after: "from X to Y", "from X back under Y". */
const AFTER_WORDS = new Set(["to", "under", "below", "above", "over", "→"]);

const TOKEN = /[+−]?[$€£¥]?\d[\d,.]*(?:%|×|[a-z]+)?|[a-z]+(?:['’-][a-z]+)*|→|%/g;
const NUMERIC = /^[+−]?[$€£¥]?\d[\d,.]*/;
const YEAR = /^(?:19|20)\d\d$/;
const QUARTER = /^(?:q[1-4]|h[12]|fy\d\d)$/;

/** Splits text into sentences: at `.`, `!`, `?` or `;` before a space, and at line breaks. */
function sentences(text: string): string[] {
	return text.replace(/(?<!\s)\s*(?:->|=>)\s*/g, " → ").split(/(?<![.!?;])[.!?;]+(?=\s|$)|\n/);
}

/** The words of one sentence, with what each can mean as a figure. */
function words(sentence: string): Word[] {
	const raw = sentence.toLowerCase().match(TOKEN) ?? [];
	const out: Word[] = [];
	for (let i = 0; i < raw.length; i++) {
		const text = raw[i] ?? "";
		const next = raw[i + 1] ?? "";
		const numeric = NUMERIC.test(text);
		const money = /^[+−]?[$€£¥]/.test(text) || (numeric && (next === "dollars" || next === "euros" || next === "pounds"));
		const percent =
			(numeric && (text.endsWith("%") || next === "%" || next === "percent" || next === "pp")) ||
			((numeric || NUMBER_WORDS.has(text)) && (next === "points" || next === "point"));
		const multiple = /^\d[\d.]*[x×]$/.test(text) || ((numeric || NUMBER_WORDS.has(text)) && next === "times");
		const signed = /^[+−]/.test(text);
		const quantity = money || percent || multiple || numeric || NUMBER_WORDS.has(text) || FREQUENCIES.has(text);
		out.push({ text, quantity, percent, money, change: multiple || signed });
	}
	return out;
}

/** Whether the figure at `i` is a date, a headcount, a duration of the work or a version: not a result. */
function notAResult(ws: readonly Word[], i: number): boolean {
	const w = ws[i];
	if (!w) return true;
	if (targetFigure(ws, i)) return true;
	if (w.money || w.percent) return false;
	const prev = ws[i - 1]?.text ?? "";
	const next = ws[i + 1]?.text ?? "";
	const after = ws[i + 2]?.text ?? "";
	// "4 to 9 engineers": the first figure of a headcount range.
	if ((next === "to" || next === "→") && HEADCOUNT_NOUNS.has(ws[i + 3]?.text ?? "")) return true;
	if (YEAR.test(w.text) || QUARTER.test(w.text) || MONTHS.has(prev) || MONTHS.has(next)) return true;
	if (prev === "v" || prev === "version" || /^v\d/.test(w.text)) return true;
	if (HEADCOUNT_NOUNS.has(next) || HEADCOUNT_NOUNS.has(after) || prev === "of" || prev === "all" || prev === "team") return true;
	if (TIME_UNITS.has(next) && DURATION_LEADS.has(prev)) return true;
	return false;
}

/** A figure at `i` that can size a result. */
function resultQuantity(ws: readonly Word[], i: number): boolean {
	return ws[i]?.quantity === true && !notAResult(ws, i);
}

/** A figure that can stand on either side of a before/after: durations count here ("MTTR from two days to two hours"). */
function sideQuantity(ws: readonly Word[], i: number): boolean {
	const w = ws[i];
	if (!w?.quantity) return false;
	if (w.money || w.percent) return true;
	const prev = ws[i - 1]?.text ?? "";
	const next = ws[i + 1]?.text ?? "";
	if (YEAR.test(w.text) || QUARTER.test(w.text) || MONTHS.has(prev) || MONTHS.has(next)) return false;
	return !HEADCOUNT_NOUNS.has(next) && !HEADCOUNT_NOUNS.has(ws[i + 2]?.text ?? "");
}

/** "from X … to Y", "X → Y": a before and an after, with a figure on one side that is not a date or a headcount. */
function beforeAfter(ws: readonly Word[]): boolean {
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i]?.text;
		if (w === "→") {
			for (let j = Math.max(0, i - 4); j < Math.min(ws.length, i + 5); j++) if (sideQuantity(ws, j)) return true;
		}
		if (w !== "from") continue;
		for (let j = i + 1; j < Math.min(ws.length, i + 9); j++) {
			if (!AFTER_WORDS.has(ws[j]?.text ?? "")) continue;
			// "from 4 to 9 engineers" is a team that grew, not an outcome: a headcount on either side rules the pair out.
			if (namesHeadcount(ws, i + 1, Math.min(ws.length, j + 5))) break;
			for (let k = i + 1; k < Math.min(ws.length, j + 5); k++) if (sideQuantity(ws, k)) return true;
			break;
		}
	}
	return sameUnitPair(ws);
}

/** Whether a figure in words `from`..`to` (exclusive) is followed by a headcount noun ("9 engineers", "35 people"). */
function namesHeadcount(ws: readonly Word[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (ws[k]?.quantity && HEADCOUNT_NOUNS.has(ws[k + 1]?.text ?? "")) return true;
	return false;
}

/** A figure set as a goal: a target word within the three words before it ("an SLO target of 99.95%"). */
function targetFigure(ws: readonly Word[], i: number): boolean {
	for (let j = Math.max(0, i - 3); j < i; j++) if (TARGET_WORDS.has(ws[j]?.text ?? "")) return true;
	return false;
}

/** Two figures in the same unit in one sentence ("p99 420 ms … 180 ms"): a before and an after, in any language. */
function sameUnitPair(ws: readonly Word[]): boolean {
	const seen = new Set<string>();
	for (let i = 0; i + 1 < ws.length; i++) {
		if (!NUMERIC.test(ws[i]?.text ?? "") || !sideQuantity(ws, i)) continue;
		const unit = ws[i + 1]?.text ?? "";
		if (!MEASURE_UNITS.has(unit)) continue;
		if (seen.has(unit)) return true;
		seen.add(unit);
	}
	return false;
}

/** "dropped to 3 weeks", "fell to about two a month": a change verb, then "to", then the figure. */
function movedTo(ws: readonly Word[], i: number): boolean {
	let j = i - 1;
	while (j >= 0 && APPROXIMATELY.has(ws[j]?.text ?? "")) j--;
	return ws[j]?.text === "to" && CHANGE_WORDS.has(ws[j - 1]?.text ?? "");
}

/** Whether a word within `reach` words of `i` is in `set`. */
function near(ws: readonly Word[], i: number, reach: number, set: ReadonlySet<string>): boolean {
	for (let j = Math.max(0, i - reach); j <= Math.min(ws.length - 1, i + reach); j++)
		if (j !== i && set.has(ws[j]?.text ?? "")) return true;
	return false;
}

/** One sentence states a measured change. */
function measuredSentence(ws: readonly Word[]): boolean {
	if (beforeAfter(ws)) return true;
	const hasChange = ws.some((w) => CHANGE_WORDS.has(w.text));
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i];
		if (!w) continue;
		if (SIZED_WORDS.has(w.text) || w.change) return true;
		// "hours to minutes", "days to hours": a before/after written with units alone.
		if (w.text === "to" && TIME_UNITS.has(ws[i - 1]?.text ?? "") && TIME_UNITS.has(ws[i + 1]?.text ?? "")) return true;
		if (
			(w.text === "by" || w.text === "to") &&
			(ws[i + 1]?.text === "half" || (ws[i + 1]?.text === "a" && FRACTIONS.has(ws[i + 2]?.text ?? "")))
		)
			return true;
		const before = ws[i - 1]?.text;
		if ((w.text === "zero" || w.text === "none") && (before === "to" || before === "near" || near(ws, i, 3, CHANGE_WORDS))) return true;
		if (w.text === "order" && ws[i + 1]?.text === "of" && ws[i + 2]?.text === "magnitude") return true;
		if (w.percent && hasChange && !targetFigure(ws, i)) return true;
		if (w.money && near(ws, i, 5, MONEY_WORDS)) return true;
		if (!sideQuantity(ws, i)) continue;
		if (movedTo(ws, i)) return true;
		// A span of time sizes a result only beside a word that says time was won ("1.8 days faster") or a
		// baseline ("9 weeks instead of 3"); otherwise it is how long the work took.
		if (TIME_UNITS.has(ws[i + 1]?.text ?? "")) {
			if (near(ws, i, 4, BASELINE_WORDS) || (resultQuantity(ws, i) && near(ws, i, 4, TIME_CHANGE_WORDS))) return true;
		} else if (resultQuantity(ws, i) && (near(ws, i, 4, CHANGE_WORDS) || near(ws, i, 4, COMPARISON_WORDS))) return true;
	}
	return false;
}

/** Whether a result (or, lacking one, a takeaway) states a measured change rather than a date, a headcount or a level. */
export function hasMeasuredResult(text: string): boolean {
	for (const sentence of sentences(text)) if (measuredSentence(words(sentence))) return true;
	return false;
}
