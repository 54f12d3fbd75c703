import type { CachedMetadata } from "obsidian";
import type { KithSettings } from "../../core";
import { ProjectIndex } from "./model/project-index";
import type { NoteIndexFeed } from "../indexing/vault-indexer";

function inFolder(path: string, folder: string): boolean {
  const f = folder.trim().replace(/^\/+|\/+$/g, "");
  return f !== "" && path.startsWith(`${f}/`);
}

/** Feeds the project index: the notes in the project folders (settings.projectFolders). */
export class ProjectFeed implements NoteIndexFeed {
  readonly index = new ProjectIndex();

  constructor(
    private readonly settings: () => KithSettings,
    private readonly excluded: (path: string) => boolean,
  ) {}

  private isProject(path: string): boolean {
    return this.settings().projectFolders.some((f) => inFolder(path, f)) && !this.excluded(path);
  }

  wants(path: string, cache: CachedMetadata | null): boolean {
    // A project note without links cannot link to anyone: the cache says so without a read.
    return this.isProject(path) && !!(cache?.links?.length || cache?.frontmatterLinks?.length);
  }

  update(path: string, text: string | null): void {
    this.index.setNote(path, text);
  }

  rename(oldPath: string, newPath: string): void {
    if (this.isProject(newPath)) this.index.rename(oldPath, newPath);
    else this.index.setNote(oldPath, null);
  }
}
