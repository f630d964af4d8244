import type { Rating } from "./practice-round";

/** The panel's scale, in words. */
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
	below: "Below the bar",
	at: "At the bar",
	above: "Above the bar",
};

/** What each rating means, so self-rating is calibrated the way a senior panel would score. */
export const RATING_HINTS: Readonly<Record<Rating, string>> = {
	below: "Sprint-sized scope, unclear what I did myself, no trade-off or no number.",
	at: "Cross-team scope, my decisions explicit, a real trade-off and a measured result.",
	above: "All of that, plus leverage for others and an honest reflection, inside the time.",
};
