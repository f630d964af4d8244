// Copies the built plugin into example-vault/.obsidian/plugins/interview-story-bank,
// so opening example-vault in Obsidian shows the plugin at work.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";

const target = "example-vault/.obsidian/plugins/interview-story-bank";
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	if (!existsSync(file)) {
		console.error(`${file} is missing: run \`npm run build\` first.`);
		process.exit(1);
	}
	copyFileSync(file, `${target}/${file}`);
}
console.log(`Plugin copied into ${target}; open example-vault in Obsidian to try it.`);
