import { normalizePath, type App, type PluginManifest } from "obsidian";
import { isUndoRecord, journalOfRecord, parseJournal, type JournalWriter, type RecapJournal } from "../../core";
import { withJournalLock } from "./journal-lock";

/** The last recap's journal (see core/recap/journal.ts), in the plugin's folder. */
export const JOURNAL_FILE = "last-recap.jsonl";
/** The undo record Kith kept before the journal; still read, so a recap applied before an update can be undone. */
export const OLD_UNDO_FILE = "last-recap.json";

/** Which operation's journal a store keeps: its file, the older record it replaces (if any), and its name in messages. */
export interface UndoJournalKind {
  file: string;
  oldFile: string | null;
  what: string;
}

/** The recap's journal. A contacts import keeps its own (src/plugin/contacts/), in the same format. */
export const RECAP_JOURNAL: UndoJournalKind = { file: JOURNAL_FILE, oldFile: OLD_UNDO_FILE, what: "recap" };

/**
 * The last recap's journal (or a contacts import's: see UndoJournalKind), kept beside the plugin's data.json
 * (`<config>/plugins/kith/last-recap.jsonl`), where the CLI keeps it too, so either can undo
 * what the other applied. Started with `adapter.write`, then appended to line by line.
 */
export class UndoStore {
  constructor(
    private readonly app: App,
    private readonly manifest: PluginManifest,
    private readonly kind: UndoJournalKind = RECAP_JOURNAL,
  ) {}

  private folder(): string {
    return normalizePath(this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`);
  }

  private path(file: string): string {
    return normalizePath(`${this.folder()}/${file}`);
  }

  /** Runs `fn`, an apply or an undo of this journal, holding its lock, as the CLI does: one at a time, so a journal is one operation's, whole. */
  locked<T>(fn: () => Promise<T>): Promise<T> {
    return withJournalLock(this.app.vault.adapter, this.path(this.kind.file), this.kind.what, fn);
  }

  /** A writer for a new journal; its start replaces the last one, and the old record with it. */
  writer(): JournalWriter {
    const adapter = this.app.vault.adapter;
    const journal = this.path(this.kind.file);
    return {
      start: async (line) => {
        try {
          await adapter.write(journal, line);
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          throw new Error(`${this.folder()} is not writable (${why}): the ${this.kind.what} was not applied, nothing written.`);
        }
        if (this.kind.oldFile !== null) await this.remove(this.kind.oldFile);
      },
      append: (line) => adapter.append(journal, line),
    };
  }

  /** The last journal, or its old undo record; null when there is none or it cannot be read. */
  async load(): Promise<RecapJournal | null> {
    const adapter = this.app.vault.adapter;
    const { file, oldFile } = this.kind;
    if (await adapter.exists(this.path(file))) return parseJournal(await adapter.read(this.path(file)), file);
    if (oldFile === null || !(await adapter.exists(this.path(oldFile)))) return null;
    try {
      const value: unknown = JSON.parse(await adapter.read(this.path(oldFile)));
      return isUndoRecord(value) ? journalOfRecord(value) : null;
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    await this.remove(this.kind.file);
    if (this.kind.oldFile !== null) await this.remove(this.kind.oldFile);
  }

  private async remove(file: string): Promise<void> {
    const path = this.path(file);
    if (await this.app.vault.adapter.exists(path)) await this.app.vault.adapter.remove(path);
  }
}
