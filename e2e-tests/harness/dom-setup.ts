import { setup } from "obsidian-test-mocks/setup";

// Obsidian's DOM helpers (createDiv, setText, toggleClass, …) on the real
// browser's prototypes. Imported first, so they exist before any module runs.
setup();
