/**
 * Which audio container to record in. Browsers differ: Chromium and Obsidian
 * desktop record WebM/Opus, Safari and the iOS app record MP4/AAC, Firefox
 * records Ogg. The first type the platform says it supports wins.
 */

/** Preferred recording types, best first. */
export const RECORDING_TYPES: readonly string[] = [
	"audio/webm;codecs=opus",
	"audio/webm",
	"audio/mp4",
	"audio/ogg;codecs=opus",
	"audio/ogg",
];

/** The first supported type of `preferred`, or `null` when none is (the recorder then uses its own default). */
export function pickRecordingType(isSupported: (type: string) => boolean, preferred: readonly string[] = RECORDING_TYPES): string | null {
	for (const type of preferred) {
		try {
			if (isSupported(type)) return type;
		} catch {
			// Some webviews throw on a type they do not know instead of answering false.
		}
	}
	return null;
}

const EXTENSIONS: Record<string, string> = {
	"audio/webm": "webm",
	"video/webm": "webm",
	"audio/mp4": "m4a",
	"video/mp4": "m4a",
	"audio/aac": "m4a",
	"audio/x-m4a": "m4a",
	"audio/ogg": "ogg",
	"audio/mpeg": "mp3",
	"audio/wav": "wav",
};

/**
 * The file extension for a recorded type (parameters such as `;codecs=opus`
 * ignored). Every extension returned is one Obsidian embeds as audio; an
 * unknown type falls back to `webm`, what most recorders produce.
 */
export function extensionForType(type: string | null | undefined): string {
	const base = (type ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
	return EXTENSIONS[base] ?? "webm";
}
