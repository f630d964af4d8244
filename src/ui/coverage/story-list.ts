import type { StoryEntry } from "../../core/coverage/coverage";
import { plural } from "../../core/display-text";
import { renderStory, type StoryHandlers } from "./story-item";

/** How many stories an open row draws at first, and how many more each "Show more" adds. */
export const STORY_PAGE = 20;

/** How a bounded list of stories is drawn. */
export interface StoryListOptions {
	/** Stories drawn; the rest wait behind "Show N more". */
	limit: number;
	focusKey: (story: StoryEntry) => string;
	moreKey: string;
	onShowMore: () => void;
	story: StoryHandlers;
	/** Whether each story says why it is filed where it is. */
	withSource?: boolean;
}

/**
 * The first `limit` stories, then a "Show N more" button when there are
 * more: an open row costs the same whether a competency has 5 stories or
 * 5,000, and the button keeps its place (its focus key) when it is pressed.
 */
export function renderStories(body: HTMLElement, stories: readonly StoryEntry[], options: StoryListOptions): void {
	const shown = Math.min(options.limit, stories.length);
	for (let i = 0; i < shown; i++) {
		const story = stories[i] as StoryEntry;
		renderStory(body, story, options.story, options.withSource ?? true).setAttr("data-focus-key", options.focusKey(story));
	}
	const rest = stories.length - shown;
	if (rest <= 0) return;
	const next = Math.min(STORY_PAGE, rest);
	const button = body.createEl("button", {
		cls: "isb-show-more",
		text: `Show ${next} more`,
		attr: {
			"data-nav": "",
			"data-focus-key": options.moreKey,
			"aria-label": `Show ${next} more of ${plural(rest, "hidden story", "hidden stories")}`,
		},
	});
	button.addEventListener("click", () => options.onShowMore());
}

/**
 * What a bounded story list shows, as a short string: equal strings mean the
 * same drawing. Each story counts by its key and revision (and its practice
 * date, which comes from elsewhere), never by its contents.
 */
export function storiesSignature(stories: readonly StoryEntry[], limit: number): string {
	const shown = Math.min(limit, stories.length);
	let signature = `${stories.length}`;
	for (let i = 0; i < shown; i++) {
		const s = stories[i] as StoryEntry;
		signature += `\u0001${s.key}@${s.revision}@${s.source}@${s.practised ?? ""}`;
	}
	return signature;
}
