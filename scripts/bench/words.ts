/**
 * The bench's own vocabulary. Every synthetic note is assembled from these
 * lists; none of it is copied from a seed or a real note.
 */

/** Systems and pieces of work a story is about. */
export const SYSTEMS = [
	"billing export",
	"search ranking service",
	"mobile release train",
	"feature-flag service",
	"payments ledger",
	"support ticket queue",
	"data warehouse load",
	"checkout page",
	"onboarding flow",
	"identity provider",
	"metrics pipeline",
	"warehouse scanner app",
	"pricing engine",
	"notification service",
	"design system",
	"integration test suite",
	"deploy pipeline",
	"config store",
	"on-call rotation",
	"incident process",
	"partner API",
	"recommendation model",
	"inventory sync",
	"audit log",
	"finance dashboard",
	"image resizing job",
	"mobile SDK",
	"public docs site",
	"cache layer",
	"event bus",
	"edge proxy",
	"hiring loop",
	"quarterly planning",
	"vendor contract",
	"translation workflow",
	"schema registry",
	"fraud rules engine",
	"route planner",
	"label printer fleet",
] as const;

/** Who else is in a story. */
export const PEOPLE = [
	"the product manager",
	"a staff engineer",
	"our director",
	"the finance team",
	"two new joiners",
	"the support lead",
	"a senior designer",
	"the security reviewer",
	"a partner team",
	"my manager",
	"the data science lead",
	"the customer success manager",
	"an intern",
	"the VP of engineering",
	"the platform team",
	"our largest customer",
	"the legal team",
	"a principal engineer",
	"the operations manager",
	"three product teams",
] as const;

/** What was wrong at the start of a story. */
export const PROBLEMS = [
	"was failing about once a week",
	"had no clear owner after the reorg",
	"took forty minutes to build",
	"kept paging the wrong team at night",
	"was two quarters behind plan",
	"broke whenever a partner renamed a field",
	"had grown to three hundred configuration options",
	"was blocking the spring launch",
	"cost more to run than it earned",
	"dropped events under peak load",
	"had been patched by hand for months",
	"ran on a version nobody supported any more",
	"needed a manual step before every release",
	"was understood by exactly one person",
	"missed its latency target every Monday",
	"had four different ways to roll back",
	"was about to lose its only maintainer",
	"had a backlog of two hundred open bugs",
] as const;

/** What the storyteller set out to do. */
export const GOALS = [
	"cut the build time in half",
	"ship before the holiday freeze",
	"get both teams to agree on one plan",
	"keep the error rate under one percent",
	"hand it over with a runbook and alerts",
	"remove the manual release step",
	"make the cost visible to every team",
	"unblock the mobile release",
	"find the root cause rather than another patch",
	"move every consumer without downtime",
	"give the new joiners a safe first project",
	"say no without stalling their quarter",
	"replace the vendor before the contract ran out",
	"turn a vague complaint into a measurable problem",
	"protect the launch date",
] as const;

/** Things done, first person, past tense. */
export const DEEDS = [
	"rewrote",
	"profiled",
	"split",
	"documented",
	"migrated",
	"paired on",
	"proposed",
	"prototyped",
	"measured",
	"simplified",
	"automated",
	"deprecated",
	"reviewed",
	"benchmarked",
	"rolled back",
	"sketched",
	"load-tested",
	"instrumented",
	"escalated",
	"scoped",
	"negotiated",
	"reorganised",
	"sharded",
	"cached",
	"retired",
	"drafted",
	"mapped",
	"untangled",
	"re-planned",
	"shadowed",
] as const;

/** Objects of those deeds. */
export const ARTEFACTS = [
	"the slowest queries",
	"a one-page proposal",
	"the alert thresholds",
	"a shared dashboard",
	"the release checklist",
	"a time-boxed experiment",
	"the rollback script",
	"the ownership map",
	"a weekly review",
	"the retry policy",
	"the test fixtures",
	"a migration plan with two gates",
	"the on-call handbook",
	"the capacity model",
	"a risk memo with three options",
	"the cost report",
	"the design doc",
	"a reconciliation job",
	"the interview rubric",
] as const;

/** Measured results; `{n}` and `{m}` become numbers, `{p}` a percentage. */
export const OUTCOMES = [
	"latency fell from {m} ms to {n} ms",
	"the error rate dropped by {p}%",
	"we shipped {n} days early",
	"support tickets fell by {p}%",
	"build time went from {m} to {n} minutes",
	"{n} teams adopted it within a quarter",
	"we saved about ${m}k a year",
	"there has been no repeat incident in {n} months",
	"onboarding took {n} days instead of {m}",
	"conversion rose by {p}%",
	"the backlog shrank from {m} to {n} open bugs",
	"pages per week went from {m} to {n}",
	"the team stopped patching exports by hand",
	"both teams now use the same dashboard",
	"the launch went out on the announced date",
] as const;

/** Lessons a story closes with. */
export const LESSONS = [
	"measure before arguing",
	"write the decision down before the meeting",
	"small reversible steps beat one big launch",
	"ask what problem the request is solving",
	"name an owner, even a temporary one",
	"share the numbers early, good or bad",
	"the people who just struggled write the best guides",
	"a kill criterion agreed in advance ends most debates",
	"defaults are part of the interface",
	"say who decided, and say when it was me",
	"slow first incidents are the price of delegation",
] as const;

/** Openings that take a verb phrase: "Tell me about a time you" + topic. */
export const OPENERS = [
	"Tell me about a time you",
	"Describe a situation where you",
	"Give me an example of when you",
	"Walk me through a time you",
	"A time when you",
	"Share an example of how you",
	"Have you ever",
	"Talk me through a project where you",
	"Times when you",
] as const;

/** Verb phrases for those openings. */
export const TOPICS = [
	"disagreed with your manager",
	"had to deliver bad news to a stakeholder",
	"missed a deadline",
	"took ownership of something outside your role",
	"changed a senior leader's mind",
	"worked with incomplete data",
	"simplified a complex system",
	"mentored a junior engineer",
	"handled a production incident",
	"pushed back on a product decision",
	"learned a new domain quickly",
	"resolved a conflict between two teams",
	"made a decision you later reversed",
	"raised the quality bar for your team",
	"cut scope to hit a date",
	"earned the trust of a sceptical team",
	"dealt with an underperforming teammate",
	"delivered under heavy pressure",
	"led a change without authority",
	"failed and recovered",
	"received difficult feedback",
	"improved a process nobody owned",
	"influenced the roadmap of another team",
	"balanced speed against quality",
	"went beyond your remit",
	"had to make a call without complete data",
	"broke production",
	"noticed someone on your team was struggling",
] as const;

/** Whole questions that need no opener. */
export const DIRECT_QUESTIONS = [
	"How do you decide when a design is good enough?",
	"What is the hardest bug you have fixed?",
	"How do you handle a teammate who keeps missing commitments?",
	"Why do you want to leave your current role?",
	"What would your last manager say is your biggest weakness?",
	"How do you prioritise when everything is urgent?",
	"What is a technical decision you later reversed?",
	"How have you grown the engineers around you?",
	"What was the most difficult feedback you received, and what did you do with it?",
	"How do you get buy-in for work that has no visible feature?",
	"Which project are you proudest of, and why?",
	"How do you keep a long migration from stalling?",
	"What do you do when two stakeholders want opposite things?",
] as const;

/** Verbs that open a story title. */
export const TITLE_VERBS = [
	"Adopted",
	"Rebuilt",
	"Retired",
	"Untangled",
	"Rescued",
	"Shrank",
	"Sharded",
	"Opened up",
	"Stabilised",
	"Handed over",
	"Replaced",
	"Rescoped",
	"Measured",
	"Simplified",
] as const;

/** Second halves of sketch titles ("checkout page + burnout"). */
export const SKETCH_TAILS = [
	"burnout",
	"headcount ask",
	"a missed date",
	"a vendor outage",
	"two owners",
	"the reorg",
	"a late pivot",
	"the angry customer",
	"on-call handoffs",
	"budget cut",
	"the rewrite nobody wanted",
] as const;

/** Competencies with the words that signal them (the reference ranking's keyword field). */
export const COMPETENCIES: ReadonlyArray<{ id: string; keywords: readonly string[] }> = [
	{ id: "ownership", keywords: ["ownership", "owner", "initiative", "accountable", "beyond remit"] },
	{ id: "conflict", keywords: ["conflict", "disagreement", "pushback", "tension", "compromise"] },
	{ id: "influence", keywords: ["influence", "persuade", "buy-in", "convince", "without authority"] },
	{ id: "ambiguity", keywords: ["ambiguity", "incomplete data", "unclear", "judgment call", "uncertainty"] },
	{ id: "growth", keywords: ["mentoring", "coaching", "delegation", "feedback", "growing others"] },
	{ id: "failure", keywords: ["failure", "mistake", "incident", "postmortem", "recovery"] },
	{ id: "delivery", keywords: ["deadline", "delivery", "scope", "pressure", "trade-off"] },
	{ id: "customer", keywords: ["customer", "user", "support", "complaint", "trust"] },
];

/** Highlightr's palette as it writes inline styles. */
export const MARK_COLOURS = [
	"#FF5582A6",
	"#FFB86CA6",
	"#FFF3A3A6",
	"#BBFABBA6",
	"#ABF7F7A6",
	"#ADCCFFA6",
	"#D2B3FFA6",
	"#FFB8EBA6",
] as const;

/** Highlightr's class-mode names. */
export const MARK_CLASSES = ["hltr-red", "hltr-yellow", "hltr-green", "hltr-blue", "hltr-purple", "hltr-grey"] as const;

/** Things an ordinary note talks about. */
export const NOUNS = [
	"the spreadsheet",
	"the draft",
	"the schedule",
	"the estimate",
	"the router",
	"the invoice",
	"the outline",
	"the chapter",
	"the dataset",
	"the prototype",
	"the agenda",
	"the budget",
	"the lecture",
	"the garden bed",
	"the reading list",
	"the release notes",
	"the backup drive",
	"the train ticket",
	"the grant application",
	"the recipe",
	"the lab report",
	"the playlist",
	"the floor plan",
	"the sprint board",
	"the photo archive",
] as const;

/** Present-tense verbs for ordinary prose. */
export const VERBS = [
	"needs",
	"covers",
	"explains",
	"depends on",
	"replaces",
	"mentions",
	"summarises",
	"compares",
	"moves past",
	"checks",
	"borrows from",
	"leaves out",
	"repeats",
	"links to",
	"builds on",
	"contradicts",
] as const;

/** Adjectives for ordinary prose. */
export const ADJECTIVES = [
	"rough",
	"final",
	"shared",
	"weekly",
	"open",
	"slow",
	"cheap",
	"careful",
	"detailed",
	"short",
	"noisy",
	"quiet",
	"older",
	"second",
	"simpler",
	"longer",
	"unfinished",
	"borrowed",
] as const;

/** Trailing phrases that lengthen ordinary sentences. */
export const TAILS = [
	"before the end of the month",
	"after the last review",
	"for the second time this year",
	"without much fuss",
	"according to the notes from Tuesday",
	"once the weather turns",
	"if the numbers hold",
	"as discussed with the group",
	"in more detail than I expected",
	"at least for now",
	"for reasons I still do not fully follow",
] as const;

/** First names for meeting notes and links. */
export const NAMES = [
	"Ana",
	"Bruno",
	"Chen",
	"Dara",
	"Eli",
	"Fatima",
	"Goran",
	"Hana",
	"Ines",
	"Jonas",
	"Kemal",
	"Lena",
	"Mateo",
	"Nadia",
	"Oskar",
	"Priya",
	"Quinn",
	"Rosa",
	"Sami",
	"Tomas",
	"Uma",
	"Viktor",
	"Wren",
	"Yusuf",
	"Zoe",
] as const;

/** Note titles for wikilinks and paths. */
export const TITLES = [
	"Reading log",
	"Garden plan",
	"Sprint review",
	"Tax paperwork",
	"Conference talk",
	"Kitchen renovation",
	"Book club",
	"Travel itinerary",
	"Household budget",
	"Running plan",
	"Home network",
	"Release notes",
	"Weekly review",
	"Distributed systems lecture",
	"Recipe ideas",
	"Thesis outline",
	"Team offsite",
	"Bike maintenance",
	"Language practice",
] as const;

/** Folders of an ordinary vault. */
export const FOLDERS = [
	"Daily",
	"Projects",
	"Reading",
	"Meetings",
	"Areas/Home",
	"Areas/Health",
	"Archive/2023",
	"Inbox",
	"Courses",
] as const;

/** Identifiers for code blocks. */
export const IDENTIFIERS = [
	"total",
	"items",
	"config",
	"result",
	"rows",
	"userId",
	"retries",
	"buffer",
	"index",
	"payload",
	"cursor",
	"limit",
] as const;
