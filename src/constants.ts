/** View type of the coverage sidebar. */
export const COVERAGE_VIEW_TYPE = "interview-story-bank-coverage";

/** View type of a practice round opened in a tab. */
export const PRACTICE_VIEW_TYPE = "interview-story-bank-practice";

/** The user guide: the `docs/` folder of the plugin's repository, as GitHub shows it. */
export const DOCS_URL = "https://github.com/interview-story-bank/interview-story-bank/blob/main/docs";

/** The page on the note formats the plugin reads (linked from empty states and the CLI report). */
export const FORMATS_HELP_URL = `${DOCS_URL}/formats.md`;

/** The section on writing your own competency set in a note (linked from the settings). */
export const CUSTOM_SET_HELP_URL = `${DOCS_URL}/coverage.md#your-own-competency-set`;
