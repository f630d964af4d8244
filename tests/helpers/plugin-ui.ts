import type { App, WorkspaceLeaf } from "obsidian";
import { type App as MockApp, Modal, Notice, WorkspaceLeaf as MockLeaf } from "obsidian-test-mocks/obsidian";
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

/**
 * Every note opened from now on, with the leaf and the state it was opened
 * with: `getLeaf` hands out a new mock leaf whose `openFile` only records
 * (the mock's leaves open nothing). Returns the record and the `getLeaf` spy.
 */
export function recordOpenedNotes(mock: MockApp) {
	const opened: { leaf: WorkspaceLeaf; path: string; state: unknown }[] = [];
	const getLeaf = jest.spyOn(mock.asOriginalType__().workspace, "getLeaf").mockImplementation(() => {
		const target = MockLeaf.create2__(mock).asOriginalType3__();
		jest.spyOn(target, "openFile").mockImplementation(async (file, state) => {
			opened.push({ leaf: target, path: file.path, state });
		});
		return target;
	});
	return { opened, getLeaf };
}
