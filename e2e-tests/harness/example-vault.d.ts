/** The markdown notes of example-vault/, `{ path: text }`, inlined by the e2e build (e2e-tests/support/build.ts). */
declare module "e2e:example-vault" {
	const notes: Readonly<Record<string, string>>;
	export default notes;
}
