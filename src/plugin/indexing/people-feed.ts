import { getAllTags, type CachedMetadata } from "obsidian";
import { PeopleIndex, personEntry, personMarks, type PersonRules } from "../../core";
import type { NoteIndexFeed } from "./vault-indexer";

/** Feeds the people index: notes whose cached frontmatter, tags or folder say they may be people. */
export class PeopleFeed implements NoteIndexFeed {
  readonly index = new PeopleIndex();

  constructor(private readonly rules: () => PersonRules) {}

  /** Cheap, from the metadata cache: whether a rule marks the note (templates are left out when it is read). */
  wants(path: string, cache: CachedMetadata | null): boolean {
    return cache !== null && personMarks(path, cache.frontmatter ?? {}, this.rules(), () => getAllTags(cache) ?? []).length > 0;
  }

  update(path: string, text: string | null): void {
    this.index.set(path, text === null ? null : personEntry(path, text, this.rules()));
  }

  rename(oldPath: string, newPath: string): void {
    const old = this.index.get(oldPath);
    this.index.rename(oldPath, newPath, old ? { ...old, path: newPath, fileName: newPath.replace(/^.*\//, "").replace(/\.md$/i, "") } : null);
  }
}
