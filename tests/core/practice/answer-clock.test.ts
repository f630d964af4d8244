import { AnswerClock, formatClock } from "../../../src/core/practice/answer-clock";

function clock(prepSeconds: number, targetSeconds = 150) {
	let now = 1_000_000;
	const c = new AnswerClock({ prepSeconds, targetSeconds, now: () => now });
	return { c, tick: (seconds: number) => (now += seconds * 1000) };
}

describe("the answer clock", () => {
	it("counts down to the target length", () => {
		const { c, tick } = clock(0);
		expect(c.read()).toEqual({ phase: "answer", paused: false, secondsLeft: 150, answerSeconds: 0, timeUp: false });
		tick(30.5);
		expect(c.read()).toMatchObject({ secondsLeft: 120, answerSeconds: 30 });
	});

	it("says time is up at zero and keeps counting into overtime", () => {
		const { c, tick } = clock(0);
		tick(150);
		expect(c.read()).toMatchObject({ secondsLeft: 0, timeUp: true });
		tick(12);
		expect(c.read()).toMatchObject({ secondsLeft: -12, answerSeconds: 162, timeUp: true });
	});

	it("freezes while paused", () => {
		const { c, tick } = clock(0);
		tick(10);
		c.toggle();
		tick(60);
		expect(c.read()).toMatchObject({ paused: true, answerSeconds: 10 });
		c.toggle();
		tick(5);
		expect(c.read()).toMatchObject({ paused: false, answerSeconds: 15 });
	});

	it("runs the preparation countdown first, then starts the answer", () => {
		const { c, tick } = clock(30);
		tick(10);
		expect(c.read()).toMatchObject({ phase: "prep", secondsLeft: 20, answerSeconds: 0, timeUp: false });
		tick(25);
		expect(c.read()).toMatchObject({ phase: "answer", secondsLeft: 145, answerSeconds: 5 });
	});

	it("lets the user end preparation early", () => {
		const { c, tick } = clock(60);
		tick(5);
		c.skipPrep();
		tick(3);
		expect(c.read()).toMatchObject({ phase: "answer", answerSeconds: 3 });
	});

	it("stops for good when the answer is rated, and reports the time spent answering", () => {
		const { c, tick } = clock(10);
		tick(10 + 95);
		expect(c.stop()).toBe(95);
		tick(100);
		expect(c.read()).toMatchObject({ phase: "stopped", answerSeconds: 95 });
		c.resume();
		tick(5);
		expect(c.stop()).toBe(95);
	});

	it.each([
		[150, "2:30"],
		[5, "0:05"],
		[0, "0:00"],
		[-12, "+0:12"],
		[-75, "+1:15"],
	])("shows %i seconds as %s", (seconds, shown) => {
		expect(formatClock(seconds)).toBe(shown);
	});
});
