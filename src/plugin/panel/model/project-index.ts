import { fileNameOf, linkTargetKey, scanLinks } from "../../../core";

/** The keys a note can be linked by: its file name, and its path without `.md`. */
export function linkKeysOf(path: string): string[] {
  return [...new Set([linkTargetKey(fileNameOf(path)), linkTargetKey(path)])];
}

/**
 * Which project notes link to which notes, from the projects' own text: the panel's answer to
 * the seed notes' `FROM "Work/Projects" WHERE contains(file.outlinks, this.file.link)`.
 * Updated one project note at a time; keeps only link keys and paths.
 */
export class ProjectIndex {
  private readonly targets = new Map<string, Set<string>>();
  private readonly linkers = new Map<string, Set<string>>();

  /** Replaces a project note's links with those of its text; null removes the note. */
  setNote(path: string, text: string | null): void {
    this.remove(path);
    if (text === null) return;
    const keys = new Set<string>();
    for (const link of scanLinks(text)) {
      const key = link.embed ? "" : linkTargetKey(link.linkpath);
      if (key !== "") keys.add(key);
    }
    this.add(path, keys);
  }

  rename(oldPath: string, newPath: string): void {
    const keys = this.targets.get(oldPath);
    this.remove(oldPath);
    if (keys) this.add(newPath, keys);
  }

  /** Project notes that link to the note at `path`, sorted by file name. */
  linking(path: string): string[] {
    const found = new Set<string>();
    for (const key of linkKeysOf(path)) for (const p of this.linkers.get(key) ?? []) found.add(p);
    return [...found].sort((a, b) => fileNameOf(a).localeCompare(fileNameOf(b)));
  }

  private add(path: string, keys: Set<string>): void {
    if (keys.size === 0) return;
    this.targets.set(path, keys);
    for (const key of keys) {
      let paths = this.linkers.get(key);
      if (!paths) this.linkers.set(key, (paths = new Set()));
      paths.add(path);
    }
  }

  private remove(path: string): void {
    const keys = this.targets.get(path);
    if (!keys) return;
    this.targets.delete(path);
    for (const key of keys) {
      const paths = this.linkers.get(key);
      paths?.delete(path);
      if (paths?.size === 0) this.linkers.delete(key);
    }
  }
}
