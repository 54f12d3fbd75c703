import { KithError } from "../errors";
import type { NoteEdit, NoteStore, ProcessResult } from "../note-store";

/** The port in memory: for tests, and for planning edits without touching files. */
export class MemoryNoteStore implements NoteStore {
  readonly files = new Map<string, string>();

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.files.set(path, text);
  }

  read(path: string): Promise<string | null> {
    return Promise.resolve(this.files.get(path) ?? null);
  }

  process(path: string, edit: NoteEdit): Promise<ProcessResult> {
    const before = this.files.get(path);
    if (before === undefined) return Promise.reject(new KithError("not-found", `No note at ${path}.`));
    try {
      const after = edit(before);
      if (after !== before) this.files.set(path, after);
      return Promise.resolve({ path, before, after, changed: after !== before });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  create(path: string, text: string): Promise<void> {
    if (this.files.has(path)) return Promise.reject(new KithError("exists", `A note already exists at ${path}.`));
    this.files.set(path, text);
    return Promise.resolve();
  }

  /** Trashed notes are kept here, so tests can see what went to the trash. */
  readonly trashed = new Map<string, string>();

  trash(path: string): Promise<void> {
    const text = this.files.get(path);
    if (text === undefined) return Promise.reject(new KithError("not-found", `No note at ${path}.`));
    this.files.delete(path);
    this.trashed.set(path, text);
    return Promise.resolve();
  }

  list(folder?: string): Promise<string[]> {
    const prefix = folder ? `${folder.replace(/\/+$/, "")}/` : "";
    return Promise.resolve([...this.files.keys()].filter((p) => p.endsWith(".md") && p.startsWith(prefix)).sort());
  }
}
