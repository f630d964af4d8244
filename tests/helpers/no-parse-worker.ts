/** In jest there is no worker script: every note is parsed on the main thread, as where no worker can start. */
const source = "";
export default source;
/** The build's hash of the script; there is none here. */
export const hash = "";
