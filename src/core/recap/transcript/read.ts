import { cueSpeaker, cueTexts } from "./cues";
import { distinctSpeakers } from "./speakers";
import { turnSpeaker } from "./turns";

export type TranscriptFormat = "webvtt" | "srt" | "plain";

/** What Kith takes from a transcript: who spoke. The words stay in the transcript's own file. */
export interface Transcript {
  format: TranscriptFormat;
  /** Speakers once each, in the order they first speak, as the transcript names them. */
  speakers: string[];
}

/** SRT: a cue number on its own line, then a timing line with comma decimals. */
const SRT_CUE = /^\d+\r?\n(?:\d+:)?\d\d:\d\d,\d{3}\s+-->/m;

/**
 * Reads a transcript: WebVTT (Zoom, Teams, Meet), SRT, or a plain transcript whose first
 * line starts a speaker's turn (Otter's `Name  0:03`). Null for any other text (a meeting
 * tool's summary, a note): a summary with a transcript appended is "Paste recap"'s.
 */
export function readTranscript(text: string): Transcript | null {
  const body = text.replace(/^\uFEFF/, "");
  if (/^WEBVTT(?:[ \t].*)?$/m.test(body.split(/\r?\n/, 1)[0] ?? "")) return fromCues("webvtt", body);
  if (SRT_CUE.test(body.trimStart())) return fromCues("srt", body);
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== "");
  const speakers = lines.map(turnSpeaker);
  // A plain transcript starts with a turn and has another: one stamped line is no transcript.
  if (speakers[0] === null || speakers[0] === undefined || speakers.filter((s) => s !== null).length < 2) return null;
  return { format: "plain", speakers: distinctSpeakers(speakers.filter((s): s is string => s !== null)) };
}

function fromCues(format: TranscriptFormat, text: string): Transcript {
  const speakers = cueTexts(text).flatMap((cue) => cueSpeaker(cue) ?? []);
  return { format, speakers: distinctSpeakers(speakers) };
}

