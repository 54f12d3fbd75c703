import { isIsoDate } from "../../dates";
import { emptyRecap, type PastedRecap } from "../recap";
import type { Transcript } from "./read";
import { isGenericSpeaker } from "./speakers";

/** A transcript file's extensions: Zoom's `.transcript.vtt`, `.vtt`, `.srt`, `.txt`. */
const EXTENSIONS = /(?:\.transcript)?\.(?:vtt|srt|txt|md)$/i;
/** A date (and time) a file name starts with: `2026-03-03 10.00.00`, Otter's `20260303 0900`, Zoom's `GMT20260303-090000`. */
const LEADING_STAMP = /^(?:GMT)?(\d{4})-?(\d\d)-?(\d\d)(?:[ T_-]*\d\d[.:]?\d\d(?:[.:]?\d\d)?)?[\s_-]*/i;

/** The day a transcript's file name starts with, or null. */
export function dateFromFileName(fileName: string): string | null {
  const m = LEADING_STAMP.exec(fileName);
  const date = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  return date && isIsoDate(date) ? date : null;
}

/** A title from the file name: its date stamp, extension and Zoom's `_Recording` word taken off. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(EXTENSIONS, "");
  const title = base.replace(LEADING_STAMP, "").replace(/^-\s*/, "").replace(/^Recording$/i, "").replace(/_/g, " ").trim();
  return title === "" ? base : title;
}

export interface TranscriptRecapOptions {
  /** The transcript's file name (its date and title when not given). */
  fileName: string;
  /** What the meeting note links to: the transcript's path in the vault, or where it is. */
  link: string;
  date?: string | null;
  title?: string | null;
}

/**
 * A transcript as a recap: its speakers are the attendees; a speaker the tool could not name
 * is a warning for the user to say who it was. Nothing of what was said is taken: the meeting
 * note links to the transcript.
 */
export function recapFromTranscript(transcript: Transcript, options: TranscriptRecapOptions): PastedRecap {
  const unnamed = transcript.speakers.filter(isGenericSpeaker);
  const warnings = unnamed.map((s) => `The transcript does not name "${s}": add who it was to the attendees.`);
  if (transcript.speakers.length === 0) warnings.push("The transcript names no speakers: add the attendees.");
  return {
    ...emptyRecap(),
    date: options.date ?? dateFromFileName(options.fileName),
    title: options.title?.trim() || titleFromFileName(options.fileName),
    attendees: transcript.speakers.filter((s) => !isGenericSpeaker(s)),
    transcript: options.link,
    warnings,
  };
}
