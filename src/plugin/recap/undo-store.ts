import { normalizePath, type App, type PluginManifest } from "obsidian";
import { isUndoRecord, journalOfRecord, parseJournal, type JournalWriter, type RecapJournal } from "../../core";

/** The last recap's journal (see core/recap/journal.ts), in the plugin's folder. */
export const JOURNAL_FILE = "last-recap.jsonl";
/** The undo record Kith kept before the journal; still read, so a recap applied before an update can be undone. */
export const OLD_UNDO_FILE = "last-recap.json";

/**
 * The last recap's journal, kept beside the plugin's data.json
 * (`<config>/plugins/kith/last-recap.jsonl`), where the CLI keeps it too, so either can undo
 * what the other applied. Started with `adapter.write`, then appended to line by line.
 */
export class UndoStore {
  constructor(
    private readonly app: App,
    private readonly manifest: PluginManifest,
  ) {}

  private folder(): string {
    return normalizePath(this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`);
  }

  private path(file: string): string {
    return normalizePath(`${this.folder()}/${file}`);
  }

  /** A writer for a new recap's journal; its start replaces the last one, and the old record with it. */
  writer(): JournalWriter {
    const adapter = this.app.vault.adapter;
    const journal = this.path(JOURNAL_FILE);
    return {
      start: async (line) => {
        try {
          await adapter.write(journal, line);
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          throw new Error(`${this.folder()} is not writable (${why}): the recap was not applied, nothing written.`);
        }
        await this.remove(OLD_UNDO_FILE);
      },
      append: (line) => adapter.append(journal, line),
    };
  }

  /** The last recap's journal, or its old undo record; null when there is none or it cannot be read. */
  async load(): Promise<RecapJournal | null> {
    const adapter = this.app.vault.adapter;
    if (await adapter.exists(this.path(JOURNAL_FILE))) return parseJournal(await adapter.read(this.path(JOURNAL_FILE)), JOURNAL_FILE);
    if (!(await adapter.exists(this.path(OLD_UNDO_FILE)))) return null;
    try {
      const value: unknown = JSON.parse(await adapter.read(this.path(OLD_UNDO_FILE)));
      return isUndoRecord(value) ? journalOfRecord(value) : null;
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    await this.remove(JOURNAL_FILE);
    await this.remove(OLD_UNDO_FILE);
  }

  private async remove(file: string): Promise<void> {
    const path = this.path(file);
    if (await this.app.vault.adapter.exists(path)) await this.app.vault.adapter.remove(path);
  }
}
