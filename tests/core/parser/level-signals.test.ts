import { levelSignals } from "../../../src/core/parser/level-signals";
import { sentenceWords } from "../../../src/core/parser/story-words";

function signalsOf(text: string, hasTakeaway = false) {
	return levelSignals(sentenceWords(text), hasTakeaway);
}

describe("level signals", () => {
	it("finds scope beyond the own team: other teams, a count of teams, leadership", () => {
		expect(signalsOf("I met each of the other teams' leads before the review.").scope).toBe("other teams");
		expect(signalsOf("Within a year all 22 product teams used the library.").scope).toBe("22 product teams");
		expect(signalsOf("I presented both options to the VP with the three-year cost.").scope).toBe("vp");
		expect(signalsOf("I refactored the module my team owns and added tests.").scope).toBeNull();
	});

	it("finds an explicit trade-off: what was weighed and what was given up", () => {
		expect(signalsOf("I chose Postgres over the managed store because the team knew it.").tradeOff).toBe("chose * over");
		expect(signalsOf("We accepted slower writes at peak in exchange for one source of truth.").tradeOff).toBe("in exchange for");
		expect(signalsOf("I gave up a point of recall for a serving cost we could afford.").tradeOff).toBe("gave up");
		expect(signalsOf("I built the cache and shipped it.").tradeOff).toBeNull();
	});

	it("finds ambiguity faced: a problem nobody had defined, information that was missing", () => {
		expect(signalsOf("There was no definition of better, so I decided what to measure first.").ambiguity).toBe("no definition");
		expect(signalsOf("Nobody knew yet whether the bug was ours or the vendor's.").ambiguity).toBe("nobody knew");
		expect(signalsOf("The requirements were written and signed off.").ambiguity).toBeNull();
	});

	it("finds a reflection in the text, and counts a takeaway part as one", () => {
		expect(signalsOf("In hindsight I should have run the spike on the slowest phone.").reflection).toBe("in hindsight");
		expect(signalsOf("Since then every load test uses the launch-day mix.").reflection).toBe("since then");
		expect(signalsOf("Test at production volume.", true).reflection).toBe("takeaway");
		expect(signalsOf("The release went out on Tuesday.").reflection).toBeNull();
	});
});
