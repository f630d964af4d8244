import { pickRecordingType } from "../../core/recording/recording-format";

/** A finished recording: the audio bytes, the type the recorder produced and how long it ran. */
export interface RecordedAnswer {
	data: ArrayBuffer;
	mimeType: string;
	seconds: number;
}

/** The outcome of asking for the microphone: recording, or a sentence for the user saying why not. */
export type RecorderStart = { ok: true } | { ok: false; message: string };

/**
 * Records the spoken answer with the web platform's `MediaRecorder` (Obsidian
 * desktop and the mobile apps' webviews have it). Nothing is asked of the
 * microphone until `start` is called, i.e. until the user first presses
 * record; nothing leaves the device. `now` is the injected clock.
 */
export class AnswerRecorder {
	private recorder: MediaRecorder | null = null;
	private stream: MediaStream | null = null;
	private chunks: Blob[] = [];
	private startedAt = 0;

	constructor(private readonly now: () => number) {}

	/** True while recording. */
	get recording(): boolean {
		return this.recorder !== null && this.recorder.state === "recording";
	}

	/** Asks for the microphone and starts recording; a missing or refused microphone gives a message, never a throw. */
	async start(): Promise<RecorderStart> {
		if (this.recording) return { ok: true };
		if (typeof MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) {
			return {
				ok: false,
				message: "Recording is not available here: this device has no audio recorder. The round goes on without it.",
			};
		}
		try {
			this.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
		} catch (error) {
			return { ok: false, message: microphoneMessage(error) };
		}
		const type = pickRecordingType((t) => MediaRecorder.isTypeSupported(t));
		this.recorder = type === null ? new MediaRecorder(this.stream) : new MediaRecorder(this.stream, { mimeType: type });
		this.chunks = [];
		this.recorder.addEventListener("dataavailable", (event) => {
			if (event.data.size > 0) this.chunks.push(event.data);
		});
		this.startedAt = this.now();
		this.recorder.start();
		return { ok: true };
	}

	/** Stops recording and hands back the audio; `null` when nothing was recording. */
	async stop(): Promise<RecordedAnswer | null> {
		const recorder = this.recorder;
		if (recorder === null || recorder.state === "inactive") return null;
		const stopped = new Promise<void>((resolve) => recorder.addEventListener("stop", () => resolve(), { once: true }));
		recorder.stop();
		await stopped;
		const seconds = Math.max(0, (this.now() - this.startedAt) / 1000);
		this.release();
		const mimeType = recorder.mimeType || this.chunks[0]?.type || "audio/webm";
		const data = await new Blob(this.chunks, { type: mimeType }).arrayBuffer();
		this.chunks = [];
		return { data, mimeType, seconds };
	}

	/** Stops without keeping anything and frees the microphone (the round closed). */
	discard(): void {
		if (this.recorder !== null && this.recorder.state !== "inactive") this.recorder.stop();
		this.chunks = [];
		this.release();
	}

	private release(): void {
		for (const track of this.stream?.getTracks() ?? []) track.stop();
		this.stream = null;
		this.recorder = null;
	}
}

/** A sentence for a failed microphone request, by the error the browser gave. */
export function microphoneMessage(error: unknown): string {
	const name = typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
	if (name === "NotAllowedError" || name === "SecurityError") {
		return "The microphone was refused, so this answer is not recorded (allow it in your system settings). The round goes on.";
	}
	if (name === "NotFoundError" || name === "OverconstrainedError") {
		return "No microphone was found, so this answer is not recorded. The round goes on.";
	}
	return "The microphone could not be started, so this answer is not recorded. The round goes on.";
}
