import type { NoteStore } from "../note-store";
import { journalLine, type JournalWriter } from "../recap/journal";
import type { ContactsPlan, PlannedNote } from "./plan";

export interface ContactsApplyResult {
  created: string[];
  updated: string[];
  /** Notes left as they were, with why (changed since the plan, or could not be written). */
  failed: Array<{ path: string; error: string }>;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

type Outcome = { kind: "created" | "updated" | "unchanged"; path: string } | { kind: "failed"; path: string; error: string };

/** One note of the plan written: created, or replaced only if it is still the text the plan read. */
async function writeNote(note: PlannedNote, store: NoteStore): Promise<Outcome> {
  try {
    if (note.before === null) {
      await store.create(note.path, note.after);
      return { kind: "created", path: note.path };
    }
    const written = await store.process(note.path, (text) => {
      if (text !== note.before) throw new Error("it changed since the import was planned; import again");
      return note.after;
    });
    return { kind: written.changed ? "updated" : "unchanged", path: note.path };
  } catch (error) {
    return { kind: "failed", path: note.path, error: message(error) };
  }
}

/**
 * Writes an import's notes through the recap's journal (core/recap/journal.ts), so one undo
 * (undoRecap) takes the whole import back, even one stopped half-way: the journal is started
 * and every write announced in it (one append for all) before the first write; undo passes
 * over an announced note that was never written. A note changed since the plan is left as it
 * is and reported; the others are written. Photos are the host's to write, after this, each
 * then named in the journal (savedPhotoLine) so the undo trashes it too.
 *
 * `writesAtOnce`: how many notes are written at a time. Each new note is flushed to disk before
 * it appears, and on a disk one flush after another is most of an import's time (2,000 notes:
 * 7 s one at a time, under 1 s eight at a time, here); a host whose store creates folders
 * racily keeps 1.
 */
export async function applyContactsImport(plan: ContactsPlan, store: NoteStore, journal: JournalWriter, file: string, today: string, writesAtOnce = 1): Promise<ContactsApplyResult> {
  const result: ContactsApplyResult = { created: [], updated: [], failed: [] };
  if (plan.notes.length === 0) return result;
  await journal.start(journalLine({ kind: "contacts", meetingPath: file, appliedOn: today }));
  await journal.append(plan.notes.map((note) => journalLine({ step: "plan", path: note.path, before: note.before, after: note.after })).join(""));
  const outcomes: Outcome[] = new Array<Outcome>(plan.notes.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < plan.notes.length; i = next++) {
      outcomes[i] = await writeNote(plan.notes[i] as PlannedNote, store);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(writesAtOnce, plan.notes.length)) }, worker));
  const failedLines: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === "created") result.created.push(outcome.path);
    else if (outcome.kind === "updated") result.updated.push(outcome.path);
    else if (outcome.kind === "failed") {
      result.failed.push({ path: outcome.path, error: outcome.error });
      failedLines.push(journalLine({ step: "failed", path: outcome.path }));
    }
  }
  await journal.append(`${failedLines.join("")}${journalLine({ step: "done" })}`);
  return result;
}
