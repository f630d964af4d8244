// IndexedDB for jsdom tests: fake-indexeddb, which clones values with
// structuredClone, a global jsdom leaves out; Node's serializer stands in
// (it keeps Maps, as the browser's does).
import { deserialize, serialize } from "node:v8";

globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the line above, which an import would run before
require("fake-indexeddb/auto");
