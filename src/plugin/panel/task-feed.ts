import type { CachedMetadata } from "obsidian";
import { TaskIndex } from "../../core/tasks";
import type { NoteIndexFeed } from "../indexing/vault-indexer";

/** Notes listed in the lookup maps per step: a few ms of work between frames. */
const LOOKUP_BATCH = 500;

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

  /** The task index's lookup maps, a few hundred notes between frames (a lookup before they are whole makes the rest). */
  settle(): boolean {
    return this.index.prepareLookups(LOOKUP_BATCH);
  }

  rename(oldPath: string, newPath: string): void {
    if (this.excluded(newPath)) this.index.setNote(oldPath, null);
    else this.index.rename(oldPath, newPath);
  }
}
