import type { CachedMetadata } from "obsidian";
import { PeopleIndex, personEntry, PERSON_TAG, personRules, type KithSettings } from "../../core";
import type { NoteIndexFeed } from "./vault-indexer";

/** Feeds the people index: notes whose cached frontmatter says they may be people. */
export class PeopleFeed implements NoteIndexFeed {
  readonly index = new PeopleIndex();

  constructor(private readonly settings: () => KithSettings) {}

  wants(_path: string, cache: CachedMetadata | null): boolean {
    const fm = cache?.frontmatter;
    if (!fm) return false;
    if (fm.type === this.settings().personType) return true;
    const tags: unknown = fm.tags;
    const list = Array.isArray(tags) ? tags : typeof tags === "string" ? [tags] : [];
    return list.some((t) => typeof t === "string" && t.replace(/^#/, "").toLowerCase() === PERSON_TAG);
  }

  update(path: string, text: string | null): void {
    this.index.set(path, text === null ? null : personEntry(path, text, personRules(this.settings())));
  }

  rename(oldPath: string, newPath: string): void {
    const old = this.index.get(oldPath);
    this.index.rename(oldPath, newPath, old ? { ...old, path: newPath, fileName: newPath.replace(/^.*\//, "").replace(/\.md$/i, "") } : null);
  }
}
