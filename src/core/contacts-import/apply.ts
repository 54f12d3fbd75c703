import type { NoteStore } from "../note-store";
import { journalLine, type JournalStep, type JournalWriter } from "../recap/journal";
import type { ContactsPlan } from "./plan";

export interface ContactsApplyResult {
  created: string[];
  updated: string[];
  /** Notes left as they were, with why (changed since the plan, or could not be written). */
  failed: Array<{ path: string; error: string }>;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Writes an import's notes through the recap's journal (core/recap/journal.ts), so one undo
 * (undoRecap) takes the whole import back, even one stopped half-way: the journal is started
 * before the first write and each write is announced in it first. A note changed since the plan
 * is left as it is and reported; the others are written. Photos are the host's to write, before
 * this (a picture is no note and is not undone).
 */
export async function applyContactsImport(plan: ContactsPlan, store: NoteStore, journal: JournalWriter, file: string, today: string): Promise<ContactsApplyResult> {
  const result: ContactsApplyResult = { created: [], updated: [], failed: [] };
  if (plan.notes.length === 0) return result;
  await journal.start(journalLine({ kind: "contacts", meetingPath: file, appliedOn: today }));
  const log = (step: JournalStep): Promise<void> => journal.append(journalLine(step));
  for (const note of plan.notes) {
    await log({ step: "plan", path: note.path, before: note.before, after: note.after });
    try {
      if (note.before === null) {
        await store.create(note.path, note.after);
        result.created.push(note.path);
        continue;
      }
      const written = await store.process(note.path, (text) => {
        if (text !== note.before) throw new Error("it changed since the import was planned; import again");
        return note.after;
      });
      if (written.changed) result.updated.push(note.path);
    } catch (error) {
      await log({ step: "failed", path: note.path });
      result.failed.push({ path: note.path, error: message(error) });
    }
  }
  await log({ step: "done" });
  return result;
}
