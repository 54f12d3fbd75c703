import type { NoteStore } from "./note-store";

/**
 * One note a multi-note operation changed: its text before (null: the operation created it)
 * and after (null: the operation moved it to the trash). The recap's UndoEntry is the case
 * where `after` is never null.
 */
export interface NoteChange {
  path: string;
  before: string | null;
  after: string | null;
}

/** What an "Undo last ..." command needs: every note an operation touched, in order. */
export interface ChangeRecord {
  kind: string;
  /** What the user did, for messages: `Merged Dana O. into Dana Okafor`. */
  label: string;
  appliedOn: string;
  entries: NoteChange[];
}

export interface RevertResult {
  restored: string[];
  /** Notes the operation created and the undo trashed, or trashed and the undo recreated. */
  recreated: string[];
  removed: string[];
  /** Notes left alone: changed since, or in the way. */
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * Undoes an operation, last change first, only where it is safe: a changed note is restored
 * where it still equals what the operation wrote; a created one is trashed where untouched; a
 * trashed one is created again where nothing else took its path. Every other note is skipped
 * and reported, so an edit made since is never lost.
 */
export async function revertChanges(
  record: Pick<ChangeRecord, "entries">,
  store: NoteStore,
  /** The skip reason for a note changed since, in the words of the operation's own messages. */
  changedSince = "it changed since",
): Promise<RevertResult> {
  const result: RevertResult = { restored: [], recreated: [], removed: [], skipped: [] };
  for (const change of [...record.entries].reverse()) {
    const skip = (reason: string): void => void result.skipped.push({ path: change.path, reason });
    try {
      const current = await store.read(change.path);
      if (change.after === null) {
        if (change.before === null) continue;
        if (current !== null) skip("another note now has its path");
        else {
          await store.create(change.path, change.before);
          result.recreated.push(change.path);
        }
      } else if (current === null) skip("it no longer exists");
      else if (current !== change.after) skip(changedSince);
      else if (change.before === null) {
        await store.trash(change.path);
        result.removed.push(change.path);
      } else {
        const { before, after } = change;
        await store.process(change.path, (text) => {
          if (text !== after) throw new Error(changedSince);
          return before;
        });
        result.restored.push(change.path);
      }
    } catch (error) {
      skip(error instanceof Error ? error.message : String(error));
    }
  }
  return result;
}
