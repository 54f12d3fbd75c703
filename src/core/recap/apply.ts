import { KithError } from "../errors";
import type { NoteStore, ProcessResult } from "../note-store";
import { revertChanges, type NoteChange } from "../undo";
import { recapContext, type RecapContext, type RecapEditOptions } from "./apply-to-person";
import {
  changeToUndo,
  journalLine,
  MemoryJournal,
  type JournalHeader,
  type JournalStep,
  type JournalWrite,
  type JournalWriter,
  type RecapJournal,
} from "./journal";
import { updateMeetingNote } from "./meeting-update";
import { attendeeNames, editForNames, editInputs, meetingUpdateOptions, plannedAfter, type PlannedNote, type RecapPlan } from "./plan";

/** One note a recap wrote: what it was before (null: the recap created it) and after. */
export interface UndoEntry {
  path: string;
  before: string | null;
  after: string;
}

/** What the apply wrote, note by note; before the journal, "Undo last recap" kept this in last-recap.json. */
export interface UndoRecord {
  kind: "recap";
  meetingPath: string;
  appliedOn: string;
  entries: UndoEntry[];
}

export interface ApplyResult {
  updated: string[];
  created: string[];
  unchanged: string[];
  failed: Array<{ path: string; attendee: string; error: string }>;
  undo: UndoRecord;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether a store's write is what the journal's plan line for it said. */
function asPlanned(planned: JournalWrite, written: ProcessResult): boolean {
  return written.before === planned.before && written.after === planned.after;
}

/**
 * Writes a plan: the meeting note when it is new (or its planned update), then each attendee's
 * note, each with one atomic read-modify-write that edits the note's current text: a note still
 * as planned gets the planned text (the same edit, not run twice); a note changed since is
 * edited afresh. A note that cannot be edited is left untouched and reported; the others are
 * applied.
 *
 * The journal is started before the first note is written (when it cannot be, nothing is) and
 * each note's write is announced in it first, so undo works from what a recap stopped half-way
 * left.
 */
export async function applyPlan(
  plan: RecapPlan,
  store: NoteStore,
  options: RecapEditOptions,
  journal: JournalWriter = new MemoryJournal(),
): Promise<ApplyResult> {
  const result: ApplyResult = {
    updated: [],
    created: [],
    unchanged: [],
    failed: [],
    undo: { kind: "recap", meetingPath: plan.meetingPath, appliedOn: options.today, entries: [] },
  };
  if (plan.blocking.length > 0) throw new Error(plan.blocking.join("\n"));
  const log = journalLog(journal, { kind: "recap", meetingPath: plan.meetingPath, appliedOn: options.today }, result);
  const inputs = editInputs(plan.recap, plan.meetingLink, options);
  let context: RecapContext | null = null;
  if (plan.meetingNote) {
    const { path, text } = plan.meetingNote;
    await log.step({ step: "plan", path, before: null, after: text });
    try {
      await store.create(path, text);
    } catch (error) {
      await log.step({ step: "failed", path });
      throw error;
    }
    result.created.push(path);
    result.undo.entries.push({ path, before: null, after: text });
  }
  if (plan.meetingUpdate) {
    const update = plan.meetingUpdate;
    const edit = meetingUpdateOptions(plan.attendees, options.today);
    await writePlanned(store, log, result, update, (text) => (text === update.before && update.after !== null ? update.after : updateMeetingNote(text, plan.recap, edit).after));
  }
  for (const note of plan.notes) {
    if (note.create && note.error === null && note.after !== null) {
      await log.step({ step: "plan", path: note.path, before: null, after: note.after });
      try {
        await store.create(note.path, note.after);
      } catch (error) {
        result.failed.push({ path: note.path, attendee: note.attendee, error: message(error) });
        await log.step({ step: "failed", path: note.path });
        continue;
      }
      result.created.push(note.path);
      result.undo.entries.push({ path: note.path, before: null, after: note.after });
      continue;
    }
    const names = attendeeNames(plan.attendees, note.path, note.attendee);
    await writePlanned(store, log, result, note, (text) => {
      const after = plannedAfter(note, text, inputs, names);
      if (after !== null) return after;
      context ??= recapContext(plan.recap);
      return editForNames(text, plan.recap, names, plan.meetingLink, options, context);
    });
  }
  await log.end();
  return result;
}

/**
 * Writes one existing note the plan edits: announced in the journal, then one read-modify-write
 * through the store, where `edit` gives the planned text for a note still as planned and edits
 * a note changed since afresh. A note that cannot be edited is reported, not written.
 */
async function writePlanned(store: NoteStore, log: JournalLog, result: ApplyResult, note: PlannedNote, edit: (text: string) => string): Promise<void> {
  if (note.error !== null || note.after === null) {
    result.failed.push({ path: note.path, attendee: note.attendee, error: note.error ?? "cannot be edited" });
    return;
  }
  if (await stillAsPlannedNoOp(store, note)) {
    result.unchanged.push(note.path);
    return;
  }
  const planned: JournalWrite = { before: note.before, after: note.after };
  await log.step({ step: "plan", path: note.path, ...planned });
  let written: ProcessResult;
  try {
    written = await store.process(note.path, edit);
  } catch (error) {
    result.failed.push({ path: note.path, attendee: note.attendee, error: message(error) });
    await log.step({ step: "failed", path: note.path });
    return;
  }
  if (!asPlanned(planned, written)) await log.step({ step: "wrote", path: note.path, before: written.before, after: written.after });
  if (!written.changed) {
    result.unchanged.push(note.path);
    return;
  }
  result.updated.push(note.path);
  result.undo.entries.push({ path: note.path, before: written.before, after: written.after });
}

interface JournalLog {
  step(step: JournalStep): Promise<void>;
  end(): Promise<void>;
}

/**
 * A note the plan leaves as it is and that is still as planned needs no write, so a recap applied
 * again writes nothing, journal included: the last recap's journal stays for undo.
 */
async function stillAsPlannedNoOp(store: NoteStore, note: PlannedNote): Promise<boolean> {
  if (note.create || note.before !== note.after) return false;
  return (await store.read(note.path).catch(() => null)) === note.before;
}

/**
 * The journal as applyPlan writes it: started (header first) just before the first note's write,
 * so a recap that writes nothing leaves the last recap's journal alone. When a step cannot be
 * appended the recap stops there, so no note is written that the journal does not announce; the
 * message says what was written. A journal that cannot be started fails with its own message.
 */
function journalLog(journal: JournalWriter, header: JournalHeader, result: ApplyResult): JournalLog {
  let started = false;
  const append = async (step: JournalStep): Promise<void> => {
    try {
      await journal.append(journalLine(step));
    } catch (error) {
      const done = result.updated.length + result.created.length;
      throw new KithError(
        "unreadable",
        `The recap stopped after writing ${done} note${done === 1 ? "" : "s"}: its journal could not be written (${message(error)}). Undo the last recap to restore them.`,
      );
    }
  };
  return {
    async step(step) {
      if (!started) await journal.start(journalLine(header));
      started = true;
      await append(step);
    },
    async end() {
      if (started) await append({ step: "done" });
    },
  };
}

export interface UndoResult {
  restored: string[];
  removed: string[];
  /** Notes left as they are because they changed since the recap (or are gone). */
  skipped: Array<{ path: string; reason: string }>;
}

/** An old undo record (last-recap.json, before the journal) as a complete journal. */
export function journalOfRecord(record: UndoRecord): RecapJournal {
  return {
    meetingPath: record.meetingPath,
    appliedOn: record.appliedOn,
    notes: record.entries.map(({ path, before, after }) => ({ path, writes: [{ before, after }] })),
    complete: true,
  };
}

/**
 * Undoes a recap from its journal (complete or cut short) or an old undo record: each note that
 * still holds what the recap wrote goes back to its text before; a note the recap created is
 * trashed where untouched; a note the recap never got to write needs nothing. A note changed
 * since, or gone, is left as it is and reported.
 */
export async function undoRecap(source: RecapJournal | UndoRecord, store: NoteStore): Promise<UndoResult> {
  const journal = isUndoRecord(source) ? journalOfRecord(source) : source;
  const entries: NoteChange[] = [];
  for (const { path, writes } of journal.notes) {
    const current = await store.read(path).catch(() => undefined);
    const change = changeToUndo(path, writes, current);
    if (change) entries.push(change);
  }
  const { restored, removed, skipped } = await revertChanges({ entries }, store, `it changed after the ${journal.kind === "contacts" ? "import" : "recap"}`);
  return { restored, removed, skipped };
}

function isUndoEntry(value: unknown): value is UndoEntry {
  if (typeof value !== "object" || value === null) return false;
  const e = value as Partial<Record<keyof UndoEntry, unknown>>;
  return typeof e.path === "string" && typeof e.after === "string" && (e.before === null || typeof e.before === "string");
}

/** Whether a stored value is an undo record with entries undo can use (it comes back from JSON). */
export function isUndoRecord(value: unknown): value is UndoRecord {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<UndoRecord>;
  return v.kind === "recap" && typeof v.meetingPath === "string" && Array.isArray(v.entries) && v.entries.every(isUndoEntry);
}
