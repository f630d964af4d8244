// Some maintained packages ship only ES modules (`stemmer`). esbuild bundles them for
// main.js as they are; jest runs CommonJS, so this transform turns such a package's
// files into CommonJS with the esbuild the build already uses. Only the packages
// listed in jest.config.cjs's transformIgnorePatterns exception reach it.
const { transformSync } = require("esbuild");

module.exports = {
	process(source, path) {
		const { code, map } = transformSync(source, {
			format: "cjs",
			loader: "js",
			sourcefile: path,
			sourcemap: "inline",
			target: "node20",
		});
		return { code, map };
	},
};
