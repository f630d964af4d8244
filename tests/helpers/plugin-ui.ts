import type { App } from "obsidian";
import { Modal, Notice } from "obsidian-test-mocks/obsidian";
import { COVERAGE_VIEW_TYPE } from "../../src/constants";
import { CoverageView } from "../../src/ui/coverage/coverage-view";
import { openCoveragePanel } from "../../src/ui/coverage/register-coverage";
// Makes an element count as shown while it is in the document (jsdom lays nothing out).
import "./coverage-app";

/** Opens the loaded plugin's coverage panel as the ribbon button would, attached to the document so that it draws. */
export async function coveragePanel(app: App): Promise<CoverageView> {
	await openCoveragePanel(app);
	const view = app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0]?.view;
	if (!(view instanceof CoverageView)) throw new Error("no coverage panel");
	document.body.appendChild(view.containerEl);
	view.draw();
	return view;
}

/** The mock's Modal.open() closes the pop-up on the next tick; a real one stays open until closed. Returns the pop-ups opened. */
export function keepModalsOpen(): Modal[] {
	const opened: Modal[] = [];
	jest.spyOn(Modal.prototype, "open").mockImplementation(function (this: Modal) {
		opened.push(this);
		this.onOpen();
	});
	return opened;
}

/** Collects the text of every notice shown from now on. */
export function noticesShown(): () => string[] {
	const spy = jest.spyOn(Notice.prototype, "constructor__");
	return () => spy.mock.calls.map((c) => (typeof c[0] === "string" ? c[0] : (c[0].textContent ?? "")));
}
