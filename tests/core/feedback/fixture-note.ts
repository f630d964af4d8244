/**
 * A story note shaped like a real user's bank (a legend with a Takeaway,
 * numbered bold labels under italic question items, `---` between entries),
 * in the project's own words: one story complete with a measured result, one
 * with no Task and no number, one titled story told mostly as "we".
 */
export const FEEDBACK_NOTE = [
	"# Interview stories", // 1
	"", // 2
	"## Story bank", // 3
	"", // 4
	"1. **Situation**: where it happened;", // 5
	"2. **Task**: what was mine to do;", // 6
	"3. **Action**: the steps I took;", // 7
	"4. **Results**: what changed;", // 8
	"5. **Takeaways**: what I kept from it;", // 9
	"", // 10
	"---", // 11
	"- *Tell me about a time you made a mistake that reached customers.*", // 12
	"\t1. **Situation**: I shipped a caching change to the billing service that assumed every invoice had a currency field;", // 13
	"\t2. **Task**: I had to find every invoice the change had broken and repair them before the monthly run;", // 14
	"\t3. **Action**: I wrote a query over the audit log, rolled back the change, and chose to repair records by script " +
		"rather than by hand, even though it took a day longer;", // 15
	"\t4. **Results**: failed invoices went from 1,200 a day to zero within a week, and two other teams adopted the check I added;", // 16
	"\t5. **Takeaways**: I learned to test against production-shaped data before trusting a schema;", // 17
	"---", // 18
	"- *Describe a project you led from start to finish.*", // 19
	"\t1. **Situation**: the search page was slow and nobody owned it;", // 20
	"\t3. **Action**: I profiled the queries, split the index and moved the ranking to a worker;", // 21
	"\t4. **Results**: users noticed it felt much better;", // 22
	"\t5. **Takeaways**: ownership sometimes means picking up what is lying around;", // 23
	"---", // 24
	"- *How do you handle disagreement within a team?*", // 25
	"\t- Release train debate", // 26
	"\t\t1. **Situation**: we argued about moving to weekly releases;", // 27
	"\t\t2. **Task**: we needed to agree on a cadence;", // 28
	"\t\t3. **Action**: we met, we talked it through and we settled on weekly trains with a freeze day;", // 29
	"\t\t4. **Results**: we released more often and incidents went down 40%;", // 30
	"\t\t5. **Takeaways**: we learned that data ends arguments;", // 31
	"", // 32
].join("\n");
