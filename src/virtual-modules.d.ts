/** The parse worker's script as text (scripts/parse-worker-plugin.cjs builds it into main.js). */
declare module "virtual:parse-worker" {
	const source: string;
	export default source;
	/** A hash of the script, worked out at build time: names the parser's version for the index cache. */
	export const hash: string;
}
