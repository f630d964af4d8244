import { topicChoices } from "../../core/template/topics";
import type { StoryTopic } from "../../core/template/types";
import type { StoryBankServices } from "../../obsidian/services";
import { TopicModal } from "./topic-modal";
import { gatherTopicSources } from "./topic-sources";

/** Opens the picker over the plugin's questions, bank and competencies; `onChoose` gets the chosen topic. */
export function openTopicPicker(services: StoryBankServices, action: string, onChoose: (topic: StoryTopic) => void): void {
	const sources = gatherTopicSources(services);
	new TopicModal(services.app, { choices: topicChoices(sources), onChoose, action }).open();
}
