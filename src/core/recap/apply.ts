import type { NoteStore } from "../note-store";
import { recapContext, type RecapContext, type RecapEditOptions } from "./apply-to-person";
import { attendeeNames, editForNames, editInputs, plannedAfter, type RecapPlan } from "./plan";

/** One note a recap wrote: what it was before (null: the recap created it) and after. */
export interface UndoEntry {
  path: string;
  before: string | null;
  after: string;
}

/** What "Undo last recap" needs: every note the apply touched. */
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

/**
 * Writes a plan: the meeting note when it is new, then each attendee's note, each with one
 * atomic read-modify-write that edits the note's current text: a note still as planned gets
 * the planned text (the same edit, not run twice); a note changed since is edited afresh. A
 * note that cannot be edited is left untouched and reported; the others are applied.
 */
export async function applyPlan(plan: RecapPlan, store: NoteStore, options: RecapEditOptions): Promise<ApplyResult> {
  const result: ApplyResult = {
    updated: [],
    created: [],
    unchanged: [],
    failed: [],
    undo: { kind: "recap", meetingPath: plan.meetingPath, appliedOn: options.today, entries: [] },
  };
  if (plan.blocking.length > 0) throw new Error(plan.blocking.join("\n"));
  const inputs = editInputs(plan.recap, plan.meetingLink, options);
  let context: RecapContext | null = null;
  if (plan.meetingNote) {
    await store.create(plan.meetingNote.path, plan.meetingNote.text);
    result.created.push(plan.meetingNote.path);
    result.undo.entries.push({ path: plan.meetingNote.path, before: null, after: plan.meetingNote.text });
  }
  for (const note of plan.notes) {
    if (note.error !== null || note.after === null) {
      result.failed.push({ path: note.path, attendee: note.attendee, error: note.error ?? "cannot be edited" });
      continue;
    }
    try {
      if (note.create) {
        await store.create(note.path, note.after);
        result.created.push(note.path);
        result.undo.entries.push({ path: note.path, before: null, after: note.after });
        continue;
      }
      const names = attendeeNames(plan.attendees, note.path, note.attendee);
      const written = await store.process(note.path, (text) => {
        const planned = plannedAfter(note, text, inputs, names);
        if (planned !== null) return planned;
        context ??= recapContext(plan.recap);
        return editForNames(text, plan.recap, names, plan.meetingLink, options, context);
      });
      if (!written.changed) {
        result.unchanged.push(note.path);
        continue;
      }
      result.updated.push(note.path);
      result.undo.entries.push({ path: note.path, before: written.before, after: written.after });
    } catch (error) {
      result.failed.push({ path: note.path, attendee: note.attendee, error: message(error) });
    }
  }
  return result;
}

export interface UndoResult {
  restored: string[];
  removed: string[];
  /** Notes left as they are because they changed since the recap (or are gone). */
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * Restores every note the recap touched where it still equals what the recap wrote, and
 * removes the notes it created where they are still untouched.
 */
export async function undoRecap(record: UndoRecord, store: NoteStore): Promise<UndoResult> {
  const result: UndoResult = { restored: [], removed: [], skipped: [] };
  for (const entry of [...record.entries].reverse()) {
    const current = await store.read(entry.path);
    if (current === null) {
      result.skipped.push({ path: entry.path, reason: "it no longer exists" });
      continue;
    }
    if (current !== entry.after) {
      result.skipped.push({ path: entry.path, reason: "it changed after the recap" });
      continue;
    }
    try {
      if (entry.before === null) {
        await store.trash(entry.path);
        result.removed.push(entry.path);
      } else {
        const before = entry.before;
        await store.process(entry.path, (text) => {
          if (text !== entry.after) throw new Error("it changed after the recap");
          return before;
        });
        result.restored.push(entry.path);
      }
    } catch (error) {
      result.skipped.push({ path: entry.path, reason: message(error) });
    }
  }
  return result;
}

/** Whether a stored value is an undo record (it comes back from JSON). */
export function isUndoRecord(value: unknown): value is UndoRecord {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<UndoRecord>;
  return v.kind === "recap" && typeof v.meetingPath === "string" && Array.isArray(v.entries);
}
