import { formatLogLine } from "../../../src/core/practice/practice-log-line";
import { parseDataText, readPluginData, serializePluginData } from "../../../src/core/plugin-data";
import { rated } from "../../helpers/practice";

const stored = (rounds: unknown[]) => ({ schemaVersion: 2, settings: {}, history: { rounds } });
const oldRound = {
	id: "r-old",
	questionId: "q-0",
	questionText: "Why this team?",
	competencyId: null,
	source: "vault",
	storyIds: [],
	rating: "at",
	note: "",
	seconds: 130,
	practisedAt: "2026-11-01T09:00:00.000Z",
};

describe("a recorded answer in the practice history", () => {
	it("loads data.json written before recordings existed, with no recording and no warning", () => {
		const read = readPluginData(stored([oldRound]));
		expect(read.warnings).toEqual([]);
		expect(read.data.history.rounds[0]).not.toHaveProperty("recording");
	});

	it("keeps a round's recording path through a save and a load", () => {
		const round = rated("q-1", "above", "2026-12-04T19:05:00Z", { recording: "Attachments/Practice 2026-12-04 1905 Why us.webm" });
		const data = readPluginData(stored([oldRound])).data;
		data.history.rounds.push(round);
		const back = readPluginData(parseDataText(JSON.stringify(serializePluginData(data))).value).data;
		expect(back.history.rounds[1]?.recording).toBe("Attachments/Practice 2026-12-04 1905 Why us.webm");
	});

	it("drops a recording field that is not a path rather than refuse the round", () => {
		const read = readPluginData(
			stored([
				{ ...oldRound, recording: 42 },
				{ ...oldRound, id: "r-2", recording: "" },
			]),
		);
		expect(read.data.history.rounds).toHaveLength(2);
		for (const r of read.data.history.rounds) expect(r).not.toHaveProperty("recording");
	});

	it("ends the practice log line with the recording's embed so it plays in the log", () => {
		const round = rated("q-1", "above", "2026-11-21T09:05:00Z", { questionText: "Why us?", seconds: 100, recording: "A/Why us.webm" });
		expect(formatLogLine(round, { dateFormat: "yyyy-MM-dd", competencyName: null })).toBe(
			"- 2026-11-21 · Above the bar · 1:40 · Why us? · ![[A/Why us.webm]]",
		);
	});
});
