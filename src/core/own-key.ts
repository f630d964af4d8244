/**
 * The value stored under `key` in a plain record, never one every object
 * inherits: user text used as a key (a competency id `constructor`, a colour
 * `toString`) must not reach `Object.prototype`.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
