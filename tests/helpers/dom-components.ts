import { ButtonComponent, DropdownComponent, TextComponent } from "obsidian-test-mocks/obsidian";

type Callback = (value: never) => unknown;

/** Wraps a mock's callback setter so that `listen` also wires the DOM event to the callback. */
function alsoListen<T extends object>(proto: T, method: string, listen: (self: T, callback: Callback) => void): void {
	const original = Object.getOwnPropertyDescriptor(proto, method)?.value as (this: T, callback: Callback) => T;
	jest.spyOn(proto as Record<string, Callback>, method).mockImplementation(function (this: T, callback: Callback) {
		listen(this, callback);
		return original.call(this, callback);
	});
}

/**
 * The mocks' setting components keep their callbacks to themselves; in
 * Obsidian a change in the DOM calls them. This binds the DOM events the way
 * Obsidian does, so a test can pick an option or type text like a user.
 */
export function bindComponentEvents(): void {
	alsoListen(DropdownComponent.prototype, "onChange", (self, cb) =>
		self.selectEl.addEventListener("change", () => void cb(self.selectEl.value as never)),
	);
	alsoListen(TextComponent.prototype, "onChange", (self, cb) =>
		self.inputEl.addEventListener("input", () => void cb(self.inputEl.value as never)),
	);
	alsoListen(ButtonComponent.prototype, "onClick", (self, cb) => self.buttonEl.addEventListener("click", (evt) => void cb(evt as never)));
}

/** Chooses an option of a `<select>` as a user would. */
export function choose(select: HTMLSelectElement, value: string): void {
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

/** Types into an input as a user would. */
export function type(input: HTMLInputElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input"));
}
