import { KithError } from "../errors";
import type { NoteChange } from "../undo";

/**
 * A recap's journal: what it is about to write and what it wrote, one JSON object a line, kept
 * where "Undo last recap" finds it. It is started before any note is written and appended to as
 * notes are written (appending keeps a 300-note recap linear, where rewriting a record after each
 * note would be quadratic), so a recap killed half-way still leaves what undo needs. The lines:
 *
 *   {"kind":"recap","meetingPath":"…","appliedOn":"2026-03-10"}   the header, first
 *   {"step":"plan","path":"…","before":"…","after":"…"}          before a note's write (before null: a new note)
 *   {"step":"wrote","path":"…","before":"…","after":"…"}         after it, when the store wrote otherwise than planned
 *   {"step":"failed","path":"…"}                                 after it, when nothing was written
 *   {"step":"done"}                                              the recap went to its end
 *
 * The store re-runs the edit on a note's current text, so what it wrote can differ from the
 * plan ("wrote"); a note it left as it was is a "wrote" line whose before equals its after.
 */
export interface JournalHeader {
  /** What wrote the journal: a recap, or a contacts import (whose meetingPath is the imported file's name). */
  kind: "recap" | "contacts";
  meetingPath: string;
  appliedOn: string;
}

export type JournalStep =
  | { step: "plan" | "wrote"; path: string; before: string | null; after: string }
  | { step: "failed"; path: string }
  | { step: "photo"; path: string; bytes: number; digest: string }
  | { step: "done" };

/** A picture a contacts import saved (no note): its size and digest tell, at undo, whether it is still the one saved. */
export interface JournalPhoto {
  path: string;
  bytes: number;
  digest: string;
}

/** One note's text before and after a write the journal records. */
export interface JournalWrite {
  before: string | null;
  after: string;
}

/** A journal as read back: each note's recorded writes, in the order the recap reached them. */
export interface RecapJournal {
  /** What wrote it: a recap, or a contacts import (its undo says which in its messages). */
  kind?: "recap" | "contacts";
  meetingPath: string;
  appliedOn: string;
  /** Every note the recap wrote or was about to write; notes whose write failed are left out. */
  notes: Array<{ path: string; writes: JournalWrite[] }>;
  /** False when the recap stopped before its end (killed, or its journal could not be written). */
  complete: boolean;
  /** The pictures a contacts import saved, after its notes; none for a recap. */
  photos?: JournalPhoto[];
}

/** Where a recap's journal goes: a file the host appends to, or memory. */
export interface JournalWriter {
  /** Starts a new journal with `line`, replacing the last recap's; throws when it cannot be written. */
  start(line: string): Promise<void>;
  append(line: string): Promise<void>;
}

/** The journal in memory: for tests, and for a host that keeps none. */
export class MemoryJournal implements JournalWriter {
  text = "";

  start(line: string): Promise<void> {
    this.text = line;
    return Promise.resolve();
  }

  append(line: string): Promise<void> {
    this.text += line;
    return Promise.resolve();
  }
}

/** One journal line, newline included; JSON escapes the newlines inside note texts. */
export function journalLine(line: JournalHeader | JournalStep): string {
  return `${JSON.stringify(line)}\n`;
}

const isText = (value: unknown): value is string => typeof value === "string";

function isHeader(value: Record<string, unknown>): boolean {
  return (value.kind === "recap" || value.kind === "contacts") && isText(value.meetingPath) && isText(value.appliedOn);
}

function isStep(value: Record<string, unknown>): value is JournalStep {
  switch (value.step) {
    case "plan":
    case "wrote":
      return isText(value.path) && isText(value.after) && (value.before === null || isText(value.before));
    case "failed":
      return isText(value.path);
    case "photo":
      return isText(value.path) && typeof value.bytes === "number" && isText(value.digest);
    case "done":
      return true;
    default:
      return false;
  }
}

function parseObject(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Reads a journal, complete or not. The text after the last newline is a line torn by a kill
 * while it was appended and is ignored: the write it announced had not begun. Null when not even
 * the header is there (nothing was written). Any other line that is not a journal line is an
 * error naming `file` and the line: a damaged journal is left for a look, never half-trusted.
 */
export function parseJournal(text: string, file: string): RecapJournal | null {
  const lines = text.split("\n");
  lines.pop();
  if (lines.length === 0) return null;
  const damaged = (n: number): KithError => new KithError("invalid-value", `${file}, line ${n}: not a line of a recap's journal; nothing was undone.`);
  const header = parseObject(lines[0] ?? "");
  if (header === null || !isHeader(header)) throw damaged(1);
  const notes = new Map<string, JournalWrite[]>();
  const photos: JournalPhoto[] = [];
  let complete = false;
  lines.slice(1).forEach((line, i) => {
    const step = parseObject(line);
    if (step === null || !isStep(step)) throw damaged(i + 2);
    if (step.step === "done") complete = true;
    else if (step.step === "failed") notes.delete(step.path);
    else if (step.step === "photo") photos.push({ path: step.path, bytes: step.bytes, digest: step.digest });
    else notes.set(step.path, [...(notes.get(step.path) ?? []), { before: step.before, after: step.after }]);
  });
  return {
    kind: header.kind === "contacts" ? "contacts" : "recap",
    meetingPath: header.meetingPath as string,
    appliedOn: header.appliedOn as string,
    notes: [...notes].map(([path, writes]) => ({ path, writes })),
    complete,
    ...(photos.length > 0 ? { photos } : {}),
  };
}

/**
 * What undoing one note takes, given its text now (null: no such note; undefined: it could not
 * be read). The write whose result the note still holds is reverted. A note still as it was
 * before (never written, or already undone) needs nothing. Anything else goes on as the last
 * write, which the revert reports as changed since or gone, and leaves alone.
 */
export function changeToUndo(path: string, writes: readonly JournalWrite[], current: string | null | undefined): NoteChange | null {
  const real = writes.filter((w) => w.before !== w.after);
  if (real.length === 0) return null;
  for (let i = real.length - 1; i >= 0; i--) {
    const write = real[i] as JournalWrite;
    if (write.after === current) return { path, ...write };
  }
  if (writes.some((w) => w.before === current)) return null;
  return { path, ...(real[real.length - 1] as JournalWrite) };
}
