import { normalizePath, type App, type PluginManifest } from "obsidian";
import { isUndoRecord, type UndoRecord } from "../../core";

export const UNDO_FILE = "last-recap.json";

/**
 * The last recap's undo record, kept beside the plugin's data.json
 * (`<config>/plugins/kith/last-recap.json`), where the CLI keeps it too, so either can undo
 * what the other applied.
 */
export class UndoStore {
  constructor(
    private readonly app: App,
    private readonly manifest: PluginManifest,
  ) {}

  private path(): string {
    const dir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
    return normalizePath(`${dir}/${UNDO_FILE}`);
  }

  async save(record: UndoRecord): Promise<void> {
    await this.app.vault.adapter.write(this.path(), JSON.stringify(record));
  }

  async load(): Promise<UndoRecord | null> {
    const path = this.path();
    if (!(await this.app.vault.adapter.exists(path))) return null;
    try {
      const value: unknown = JSON.parse(await this.app.vault.adapter.read(path));
      return isUndoRecord(value) ? value : null;
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    const path = this.path();
    if (await this.app.vault.adapter.exists(path)) await this.app.vault.adapter.remove(path);
  }
}
