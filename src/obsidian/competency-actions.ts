import { Events, type EventRef } from "obsidian";

/**
 * What other features offer to do for a competency. The coverage panel shows
 * a button for each one registered, on empty and thin competencies.
 */
export interface CompetencyActions {
	/** Inserts a story template for the competency. */
	draft?: (competencyId: string) => void;
	/** Starts a mock question for the competency. */
	practice?: (competencyId: string) => void;
}

const CHANGED = "changed";

/**
 * The cross-feature actions on a competency: the template and practice
 * features register theirs at start-up, the coverage panel reads them. Kept
 * apart from the competency set, so no feature depends on another.
 */
export class CompetencyActionRegistry {
	private value: CompetencyActions = {};
	private readonly changes = new Events();

	/** The actions registered now. */
	current(): Readonly<CompetencyActions> {
		return this.value;
	}

	/** Registers (or, with `undefined`, removes) actions. */
	set(patch: Partial<CompetencyActions>): void {
		this.value = { ...this.value, ...patch };
		this.changes.trigger(CHANGED);
	}

	/** Calls back after the actions changed. Register the ref with `registerEvent`. */
	onChanged(callback: () => void): EventRef {
		return this.changes.on(CHANGED, callback);
	}
}
