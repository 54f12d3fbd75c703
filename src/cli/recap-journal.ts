import { randomBytes } from "node:crypto";
import { appendFile, readFile, rename, unlink, writeFile } from "node:fs/promises";
import nodePath from "node:path";
import { KithError, isUndoRecord, journalOfRecord, parseJournal, type JournalWriter, type RecapJournal, type UndoResult } from "../core";
import { linkName, linkedNames, undoImport } from "../core/contacts-import/photos";
import type { FsNoteStore } from "./fs-note-store";
import { lockPathFor, withLock } from "./note-lock";
import { PLUGIN_FOLDER, errorCode, pluginFolder, problem } from "./plugin-folder";

/** The last recap's journal (see core/recap/journal.ts); the plugin keeps it at the same place, so either can undo the other's recap. */
export const JOURNAL_FILE = `${PLUGIN_FOLDER}/last-recap.jsonl`;
/** The undo record Kith kept before the journal, one JSON object; still read, so a recap applied before an update can be undone. */
export const OLD_UNDO_FILE = `${PLUGIN_FOLDER}/last-recap.json`;

const NOT_APPLIED = "the recap was not applied, nothing written";
const NOT_UNDONE = "nothing was undone";

const baseName = (file: string): string => file.slice(file.lastIndexOf("/") + 1);

/**
 * The journal as a file in the plugin folder: started by writing a temporary file and renaming it
 * over the last recap's journal (a reader sees the old one or the new one), then appended to.
 */
export class FileJournal implements JournalWriter {
  private file: string | null = null;

  /** `file`: the journal's place in the plugin folder (a contacts import keeps its own, so each undo finds its own). */
  constructor(
    private readonly vault: string,
    private readonly journalFile: string = JOURNAL_FILE,
  ) {}

  async start(line: string): Promise<void> {
    const folder = (await pluginFolder(this.vault, { create: true, outcome: NOT_APPLIED })) as string;
    const file = nodePath.join(folder, baseName(this.journalFile));
    const temp = `${file}.kith-${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temp, line, { encoding: "utf8", flag: "wx" });
      await rename(temp, file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw new KithError("unreadable", `${PLUGIN_FOLDER} is not writable (${problem(error)}): ${NOT_APPLIED}.`);
    }
    // The old record was the recap before this one's: undo must not find it any more.
    if (this.journalFile === JOURNAL_FILE) await unlink(nodePath.join(folder, baseName(OLD_UNDO_FILE))).catch(() => undefined);
    this.file = file;
  }

  async append(line: string): Promise<void> {
    if (this.file === null) throw new Error("the journal was not started");
    await appendFile(this.file, line, "utf8");
  }
}

/**
 * How long a journal lock is left before it is read again (see withLock): Obsidian's plugin takes
 * the same lock through its vault adapter, which checks and writes in two steps, milliseconds apart.
 */
const PLUGIN_SETTLE_MS = 25;

/**
 * Runs `fn` (a recap's apply, or its undo) holding the journal's lock: one kith process at a
 * time writes or undoes a journal, so each journal is one recap's, whole, and undo takes back
 * exactly that recap. Concurrent recaps used to append into one another's journal. `writes`:
 * the plugin folder is made for the journal (an undo only reads it).
 */
export async function withJournalLock<T>(vault: string, journalFile: string, writes: boolean, fn: () => Promise<T>): Promise<T> {
  const folder = await pluginFolder(vault, { create: writes, outcome: writes ? NOT_APPLIED : NOT_UNDONE });
  if (folder === null) return fn();
  let locked = false;
  try {
    return await withLock(
      lockPathFor(nodePath.join(folder, baseName(journalFile))),
      journalFile,
      () => {
        locked = true;
        return fn();
      },
      { settleMs: PLUGIN_SETTLE_MS },
    );
  } catch (error) {
    if (locked || error instanceof KithError) throw error;
    throw new KithError("unreadable", `${PLUGIN_FOLDER} is not writable (${problem(error)}): ${writes ? NOT_APPLIED : NOT_UNDONE}.`);
  }
}

async function readIfThere(file: string, name: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw new KithError("unreadable", `${name} cannot be read (${problem(error)}): ${NOT_UNDONE}.`);
  }
}

/** An undo record from before the journal, as a journal; a damaged one is an error and stays for a look. */
function oldRecord(text: string): RecapJournal {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new KithError("invalid-value", `${OLD_UNDO_FILE} is not valid JSON; ${NOT_UNDONE}.`);
  }
  if (!isUndoRecord(value)) throw new KithError("invalid-value", `${OLD_UNDO_FILE} is not a recap's undo record; ${NOT_UNDONE}.`);
  return journalOfRecord(value);
}

/** The last recap's journal (or its old undo record), or null when there is none. */
export async function loadLastRecap(vault: string, journalFile: string = JOURNAL_FILE): Promise<RecapJournal | null> {
  const folder = await pluginFolder(vault, { create: false, outcome: NOT_UNDONE });
  if (folder === null) return null;
  const journal = await readIfThere(nodePath.join(folder, baseName(journalFile)), journalFile);
  if (journal !== null) return parseJournal(journal, journalFile);
  if (journalFile !== JOURNAL_FILE) return null;
  const old = await readIfThere(nodePath.join(folder, baseName(OLD_UNDO_FILE)), OLD_UNDO_FILE);
  return old === null ? null : oldRecord(old);
}

/** Deletes the last recap's journal and old record, once undone. */
export async function removeLastRecap(vault: string, journalFile: string = JOURNAL_FILE): Promise<void> {
  const folder = await pluginFolder(vault, { create: false, outcome: NOT_UNDONE });
  if (folder === null) return;
  for (const file of journalFile === JOURNAL_FILE ? [JOURNAL_FILE, OLD_UNDO_FILE] : [journalFile]) await unlink(nodePath.join(folder, baseName(file))).catch(() => undefined);
}

/**
 * Undoes the last recap (or contacts import, by its journal file) holding the journal's lock,
 * then deletes the journal: what was undone, or null when there was nothing to undo.
 */
export async function undoLast(vault: string, store: FsNoteStore, journalFile: string = JOURNAL_FILE): Promise<{ journal: RecapJournal; result: UndoResult } | null> {
  return withJournalLock(vault, journalFile, false, async () => {
    const journal = await loadLastRecap(vault, journalFile);
    if (!journal) return null;
    const inVault = (path: string): string => {
      const full = nodePath.join(vault, ...path.split("/"));
      if (nodePath.relative(vault, full).split(nodePath.sep)[0] === "..") throw new KithError("outside-vault", `${path} is outside the vault.`);
      return full;
    };
    // A contacts import's photos go with its notes, each while it is still the picture saved and no note links it.
    const result = await undoImport(journal, store, {
      read: async (path) => {
        try {
          return await readFile(inVault(path));
        } catch (error) {
          if (errorCode(error) === "ENOENT") return null;
          throw error;
        }
      },
      trash: (path) => store.trash(path),
      linkedFrom: (pictures, except) => Promise.resolve(notesLinking(store, pictures, except)),
    });
    await removeLastRecap(vault, journalFile);
    return { journal, result };
  });
}

/**
 * Of the pictures, those a note other than `except` links, each with the first such note: the
 * CLI keeps no link index, so every note is read (an undo of a contacts import, not a hot path),
 * and only one that names a picture's file type (`.jpg`) has its links read. A note that cannot
 * be read links nothing in Obsidian either, and is passed over.
 */
function notesLinking(store: FsNoteStore, pictures: readonly string[], except: ReadonlySet<string>): Map<string, string> {
  const byName = new Map<string, string[]>();
  for (const picture of pictures) byName.set(linkName(picture), [...(byName.get(linkName(picture)) ?? []), picture]);
  const names = new Set(byName.keys());
  const types = [...new Set([...names].map((name) => name.slice(name.lastIndexOf("."))))];
  const namesAType = new RegExp(types.map((type) => type.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "i");
  const linking = new Map<string, string>();
  store.stampNotes((note) => {
    const path = note.folder + note.name;
    if (except.has(path)) return;
    let text: string | null;
    try {
      text = store.readListed(path);
    } catch {
      return;
    }
    if (text === null || !namesAType.test(text)) return;
    for (const name of linkedNames(text, names)) {
      for (const picture of byName.get(name) ?? []) if (!linking.has(picture)) linking.set(picture, path);
    }
  });
  return linking;
}
