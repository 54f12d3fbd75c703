import { distinctAttendees, nameKey, type KithSettings, type PastedRecap, type PeopleIndex, type Recap } from "../../core";
import { parsePastedRecap, type PasteOptions } from "../../core/recap/paste";
import { isGenericSpeaker, readTranscript, recapFromTranscript } from "../../core/recap/transcript";

/**
 * What a reader (Paste recap, a transcript, a calendar event) gave the form beyond its fields:
 * what the user must confirm, and the speakers a transcript could not name.
 */
export interface RecapReading {
  recap: Recap;
  /** Uncertain values, one sentence each, listed in the form until the user previews. */
  warnings: string[];
  /** A transcript's generic speakers ("Speaker 1"): the form asks who each was. */
  unnamedSpeakers: string[];
}

/** The vault's people and the user (settings), as Paste recap reads names with them. */
export function pasteKnowledge(settings: Pick<KithSettings, "myName" | "myAliases" | "myEmails">, index: PeopleIndex): Pick<PasteOptions, "knownPeople" | "me"> {
  return {
    knownPeople: [...index.entries()].map((entry) => entry.name),
    me: { names: [settings.myName, ...settings.myAliases].filter((n) => n.trim() !== ""), emails: settings.myEmails },
  };
}

/** A transcript's recap with its warnings apart; the generic speakers' warnings become the form's rows that ask who they were. */
function transcriptReading(read: PastedRecap, speakers: readonly string[]): RecapReading {
  const { warnings, ...recap } = read;
  const unnamedSpeakers = speakers.filter(isGenericSpeaker);
  const asked = (warning: string): boolean => unnamedSpeakers.some((s) => warning.includes(`"${s}"`));
  return { recap, warnings: warnings.filter((w) => !asked(w)), unnamedSpeakers };
}

/**
 * A transcript file in the vault read as a recap that links to it, or null when the text is
 * no transcript. `title` is the form's, when it has one (a calendar event's beats a file name).
 */
export function readTranscriptFile(text: string, file: { name: string; path: string }, title: string): RecapReading | null {
  const transcript = readTranscript(text);
  if (transcript === null) return null;
  const read = recapFromTranscript(transcript, { fileName: file.name, link: file.path, title: title.trim() === "" ? null : title });
  return transcriptReading(read, transcript.speakers);
}

/**
 * Pasted text: a transcript (its speakers; no file, so nothing to link to) or a meeting tool's
 * text read by Paste recap with the vault's people and the user.
 */
export function readPastedText(text: string, meetingDate: string, knowledge: Pick<PasteOptions, "knownPeople" | "me">): RecapReading {
  const date = meetingDate.trim() === "" ? null : meetingDate.trim();
  const transcript = readTranscript(text);
  if (transcript !== null) {
    const reading = transcriptReading(recapFromTranscript(transcript, { fileName: "", link: "", date }), transcript.speakers);
    const { transcript: _noFile, ...recap } = reading.recap;
    return { ...reading, recap };
  }
  const { warnings, ...recap } = parsePastedRecap(text, { meetingDate: date, ...knowledge });
  return { recap: { ...recap, date: recap.date ?? date }, warnings, unnamedSpeakers: [] };
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = nameKey(name);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `mentioned` once each, without anyone who is also an attendee. */
export function mentionedApart(mentioned: readonly string[], attendees: readonly string[]): string[] {
  const attending = new Set(attendees.map(nameKey));
  return uniqueNames(mentioned).filter((m) => !attending.has(nameKey(m)));
}

/**
 * What the form holds after a reader: the attendees, mentioned people, emails and tags of both;
 * the reader's date, title, via, summary and lists where it has them, the form's where not.
 */
export function mergeRecaps(form: Recap, read: Recap): Recap {
  const attendees = distinctAttendees([...form.attendees, ...read.attendees]);
  const mentioned = mentionedApart([...(form.mentioned ?? []), ...(read.mentioned ?? [])], attendees);
  const emails = { ...form.emails, ...read.emails };
  const transcript = read.transcript ?? form.transcript;
  const list = <T>(mine: T[], theirs: T[]): T[] => (theirs.length > 0 ? theirs : mine);
  return {
    date: read.date ?? form.date,
    title: read.title.trim() === "" ? form.title : read.title,
    attendees,
    ...(mentioned.length > 0 ? { mentioned } : {}),
    ...(Object.keys(emails).length > 0 ? { emails } : {}),
    via: read.via ?? form.via,
    summary: read.summary.trim() === "" ? form.summary : read.summary,
    facts: list(form.facts, read.facts),
    decisions: list(form.decisions, read.decisions),
    topics: list(form.topics, read.topics),
    actions: list(form.actions, read.actions),
    tags: [...new Set([...form.tags, ...read.tags])],
    ...(transcript ? { transcript } : {}),
  };
}
