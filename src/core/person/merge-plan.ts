import { KithError } from "../errors";
import { retargetLinks } from "../links/retarget";
import type { NoteEdit, NoteStore } from "../note-store";
import type { ChangeRecord, NoteChange } from "../undo";
import { headingsOf } from "./context";
import { mergePersonInto, type MergeOptions } from "./merge";
import { isPersonNote } from "./is-person";
import { parsePerson } from "./parse";
import { rewriteTaskHandle } from "./task-handles";

/** What a merge needs from its host besides the store: where to look and how links resolve. */
export interface MergeRequest {
  oldPath: string;
  targetPath: string;
  /** Notes that may mention the old person: those linking to it and those whose tasks name its handle. */
  candidates: readonly string[];
  /** Whether a link path written in note `fromPath` resolves to the old note. */
  resolvesToOld: (linkpath: string, fromPath: string) => boolean;
  /** The link text for the target written in note `fromPath`. */
  linkText: (fromPath: string) => string;
  options: MergeOptions;
}

export interface MergePlan {
  label: string;
  /** Each note's text before and after; the old note last, with `after: null` (trashed). */
  changes: NoteChange[];
}

export interface MergeResult {
  record: ChangeRecord;
  failed: Array<{ path: string; error: string }>;
}

interface MergeEdits {
  label: string;
  oldText: string;
  paths: string[];
  editFor(path: string): NoteEdit;
}

async function readPerson(store: NoteStore, path: string, request: MergeRequest): Promise<string> {
  const text = await store.read(path);
  if (text === null) throw new KithError("not-found", `No note at ${path}.`);
  if (!isPersonNote(text, path, { ...request.options.rules, headings: headingsOf(request.options) })) {
    throw new KithError("not-a-person", `${path} is not a person note.`);
  }
  return text;
}

/** The edit of every note a merge touches, from the two people's current texts. */
async function mergeEdits(store: NoteStore, request: MergeRequest): Promise<MergeEdits> {
  const { oldPath, targetPath, options } = request;
  if (oldPath === targetPath) throw new KithError("invalid-value", "A person cannot be merged into themselves.");
  const oldText = await readPerson(store, oldPath, request);
  const targetText = await readPerson(store, targetPath, request);
  const rules = { ...options.rules, headings: headingsOf(options) };
  const old = parsePerson(oldText, oldPath, rules);
  const target = parsePerson(targetText, targetPath, rules);
  const paths = [...new Set([targetPath, ...request.candidates])].filter((p) => p !== oldPath);
  return {
    label: `Merged ${old.name} into ${target.name}`,
    oldText,
    paths,
    editFor: (path) => (text) => {
      const merged = path === targetPath ? mergePersonInto(text, targetPath, oldText, oldPath, options) : text;
      const linked = retargetLinks(merged, path, (linkpath) => request.resolvesToOld(linkpath, path), {
        path: targetPath,
        linkText: request.linkText,
      });
      return rewriteTaskHandle(linked, old.handle, target.handle);
    },
  };
}

/** What a merge would write, computed on the notes as they are now; nothing is written. */
export async function planMerge(store: NoteStore, request: MergeRequest): Promise<MergePlan> {
  const edits = await mergeEdits(store, request);
  const changes: NoteChange[] = [];
  for (const path of edits.paths) {
    const before = await store.read(path);
    if (before === null) continue;
    const after = edits.editFor(path)(before);
    if (after !== before) changes.push({ path, before, after });
  }
  changes.push({ path: request.oldPath, before: edits.oldText, after: null });
  return { label: edits.label, changes };
}

/**
 * Carries out a merge: the target first (nothing else is written when it fails), then each
 * other note, every one an atomic edit re-run on its current text; the old note goes to the
 * trash only when all of them were written, so no link is left pointing at a trashed note.
 */
export async function applyMerge(store: NoteStore, request: MergeRequest): Promise<MergeResult> {
  const edits = await mergeEdits(store, request);
  const record: ChangeRecord = { kind: "merge", label: edits.label, appliedOn: request.options.today, entries: [] };
  const failed: MergeResult["failed"] = [];
  for (const path of edits.paths) {
    try {
      // A note deleted since it was listed has no link left to move.
      if (path !== request.targetPath && (await store.read(path)) === null) continue;
      const written = await store.process(path, edits.editFor(path));
      if (written.changed) record.entries.push({ path, before: written.before, after: written.after });
    } catch (error) {
      if (path === request.targetPath) throw error;
      failed.push({ path, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (failed.length === 0) {
    await store.trash(request.oldPath);
    record.entries.push({ path: request.oldPath, before: edits.oldText, after: null });
  }
  return { record, failed };
}
