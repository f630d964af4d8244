import { hasMeasuredResult } from "../../../src/core/parser/measured-result";

// A measured result is an outcome that changed, sized. The sentences are the
// kind people write in a Result part; each says why it does or does not count.
describe("measured result", () => {
	it.each([
		["a before and an after", "Checkout p95 went from 1.4 s to 380 ms."],
		["availability that moved, not its target", "Availability went from 99.5% to 99.95% over the next quarter."],
		["on-call load that moved", "On-call pages went from about 30 a week to under 5."],
		["an arrow between the two", "Deploy time 25 min → 8 min for the whole org."],
		["a percentage that moved", "Flaky reruns are down 60% since the quarantine."],
		["a signed percentage", "+1.8% conversion in the A/B test."],
		["points that moved", "The feature lifted day-30 retention by 2 points."],
		["money saved", "That took roughly $30k a month off the cloud bill."],
		["money earned", "The new tier earned $1.2M in its first year."],
		["a multiple", "The ingest job now handles 3× the old peak."],
		["a word that carries size", "On-call pages halved over the quarter."],
		["a fraction", "We cut build minutes by a third."],
		["down to zero", "Manual reruns went to near zero."],
		["frequencies as before and after", "Releases went from weekly to daily."],
		["units alone as before and after", "Onboarding a new carrier went from days to hours."],
		["time won", "Claims settle 1.8 days faster on average."],
		["a span set against a baseline", "The migration took 9 weeks instead of 3."],
		["a figure that fell to a level", "Time to a first solo shift dropped to about 3 weeks."],
		["incidents against a baseline", "Zero duplicate payouts since, against 40-odd a quarter before."],
		["the same unit twice, in any language", "上线后 p99 延迟从 420 ms 降到 180 ms。"],
	])("counts %s: %s", (_why, text) => {
		expect(hasMeasuredResult(text)).toBe(true);
	});

	it.each([
		["a date", "We shipped it on 14 September 2023."],
		["a quarter and a year", "It went live in Q3 2021."],
		["a team size", "A team of 8 delivered it."],
		["a count of teams", "Seven teams now use the library."],
		["a headcount", "We hired 9 engineers that year."],
		["the duration of the work", "The fix was live within four days."],
		["a delay against a plan", "It shipped one month later than the original target."],
		["a level with nothing it moved from", "Rejection rates were around 60% and the feature was turned off."],
		["a target that was set", "The SLO was set at 99.9%."],
		["an end state with no baseline", "Zero bricked devices across the rollout."],
		["a vague word", "Pages got significantly faster and people were happier."],
		["money with no change", "The contract was signed for $2M."],
		["a version", "Everything now runs on Java 17."],
		["an effort count", "I wrote 60 tests for the parser."],
		["a count of the damage", "Logins were down for 40 minutes across 3 regions."],
		["a team that grew", "The platform group grew from 4 to 9 engineers while I led it."],
		["a headcount before and after", "Headcount went from 20 to 35 people."],
		["a target raised beside a change word", "We raised the availability target to 99.9% and I wrote the plan."],
		["an SLO beside a change word", "We set an SLO target of 99.95% and reduced paging noise."],
	])("does not count %s: %s", (_why, text) => {
		expect(hasMeasuredResult(text)).toBe(false);
	});
});
