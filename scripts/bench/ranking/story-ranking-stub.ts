/**
 * Stands in for src/core/practice/story-ranking.ts while that module does not
 * exist. The bench build (scripts/bench/build.mjs) resolves this import to the
 * real module when the file is there; this marker tells the bench it was not.
 */
export const benchStub = true;
