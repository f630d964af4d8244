/** View type of the coverage sidebar. */
export const COVERAGE_VIEW_TYPE = "interview-story-bank-coverage";

/** View type of a practice round opened in a tab. */
export const PRACTICE_VIEW_TYPE = "interview-story-bank-practice";

/** Where the README explains the note formats (linked from empty states). */
export const FORMATS_HELP_URL = "https://github.com/interview-story-bank/interview-story-bank#supported-note-formats";
