import { FuzzySuggestModal, type App } from "obsidian";
import type { CoverageLevel, PracticeCompetency } from "../../core/practice/competency-lookup";

/** A competency as the picker lists it. */
export interface CompetencyChoice extends PracticeCompetency {
	level: CoverageLevel;
}

const LEVEL_NOTE: Readonly<Record<CoverageLevel, string>> = { empty: "no story yet", thin: "thin stories", strong: "strong" };

/** "Start mock question for competency…": a fuzzy list of the chosen set's competencies, with how well each is covered. */
export class CompetencyPicker extends FuzzySuggestModal<CompetencyChoice> {
	constructor(
		app: App,
		private readonly choices: readonly CompetencyChoice[],
		private readonly onChoose: (competencyId: string) => void,
	) {
		super(app);
		this.setPlaceholder("Practise which competency?");
		this.setInstructions([
			{ command: "↑↓", purpose: "to move" },
			{ command: "↵", purpose: "to practise" },
			{ command: "esc", purpose: "to dismiss" },
		]);
	}

	override getItems(): CompetencyChoice[] {
		return [...this.choices];
	}

	override getItemText(item: CompetencyChoice): string {
		return `${item.name} (${LEVEL_NOTE[item.level]})`;
	}

	override onChooseItem(item: CompetencyChoice): void {
		this.onChoose(item.id);
	}
}
