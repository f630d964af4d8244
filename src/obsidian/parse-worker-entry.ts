// The parse worker's own script: bundled on its own (scripts/parse-worker-plugin.cjs)
// and shipped inside main.js as text. It parses what it is sent and posts the
// parsed note back; the structured clone gives the main thread fresh strings.
import { parseNote } from "../core/parser/note-parser";
import type { ParseRequest, ParseReply } from "./parse-worker";

self.onmessage = (event: MessageEvent<ParseRequest>) => {
	const { id, text, options } = event.data;
	let reply: ParseReply;
	try {
		reply = { id, note: parseNote(text, options) };
	} catch (error) {
		reply = { id, error: String(error) };
	}
	self.postMessage(reply);
};
