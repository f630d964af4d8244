/** The parse worker's script as text (scripts/parse-worker-plugin.cjs builds it into main.js). */
declare module "virtual:parse-worker" {
	const source: string;
	export default source;
}
