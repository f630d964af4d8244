import { debounce, Setting } from "obsidian";

/** Options for a text setting that is checked before it is saved. */
export interface CheckedTextOptions {
	name: string;
	/** Text, or a fragment when the description holds a link. */
	desc: string | DocumentFragment;
	placeholder?: string;
	value: string;
	/**
	 * Returns a message when the value cannot be used, or `null` when it can.
	 * `inForce` is true for the stored value the tab opens with: it was never
	 * replaced by the fallback, so the message must say what happens with it.
	 */
	check: (value: string, inForce: boolean) => string | null;
	/** Saves a usable value (or the fallback, when the value is refused). */
	save: (value: string) => Promise<unknown>;
	/** What is saved instead of a refused value. */
	fallback: string;
}

/**
 * A text setting that says plainly, under the field, when a value cannot be
 * used and what is used instead; it saves a moment after typing stops.
 */
export function checkedText(container: HTMLElement, options: CheckedTextOptions): Setting {
	const setting = new Setting(container).setName(options.name).setDesc(options.desc);
	const message = setting.descEl.createDiv({ cls: "isb-setting-error" });
	const show = (text: string | null): void => {
		message.setText(text ?? "");
		message.toggleClass("is-hidden", text === null);
	};
	show(options.value === "" ? null : options.check(options.value, true));
	const apply = debounce(
		(value: string) => {
			const problem = value === "" ? null : options.check(value, false);
			show(problem);
			void options.save(problem === null ? value : options.fallback);
		},
		500,
		true,
	);
	setting.addText((text) => {
		text.setValue(options.value).onChange((value) => apply(value.trim()));
		if (options.placeholder) text.setPlaceholder(options.placeholder);
	});
	return setting;
}
