import type { CachedMetadata } from "obsidian";
import { TaskIndex } from "../../core/tasks";
import type { NoteIndexFeed } from "../indexing/vault-indexer";

/**
 * Feeds the task index: only notes whose metadata cache lists a task item are read, so a
 * vault of notes without tasks costs nothing beyond the cache lookups.
 */
export class TaskFeed implements NoteIndexFeed {
  readonly index = new TaskIndex();

  constructor(private readonly excluded: (path: string) => boolean) {}

  wants(path: string, cache: CachedMetadata | null): boolean {
    // Obsidian sets `task` (the checkbox character) only on task items.
    return !!cache?.listItems?.some((item) => item.task !== undefined) && !this.excluded(path);
  }

  update(path: string, text: string | null): void {
    this.index.setNote(path, text);
  }

  rename(oldPath: string, newPath: string): void {
    if (this.excluded(newPath)) this.index.setNote(oldPath, null);
    else this.index.rename(oldPath, newPath);
  }
}
