/**
 * The one door between the pure core and a file system. The plugin implements it with
 * `vault.process`, the CLI with write-temp-then-rename, tests with memory.
 * Paths are vault-relative with forward slashes.
 */
export type NoteEdit = (text: string) => string;

export interface ProcessResult {
  path: string;
  before: string;
  after: string;
  changed: boolean;
}

export interface NoteStore {
  /** The note's text, or null when there is no such file. */
  read(path: string): Promise<string | null>;
  /**
   * Atomically read the note, run `edit` on its current text and write the result when it
   * differs. When `edit` throws, nothing is written and the error propagates.
   */
  process(path: string, edit: NoteEdit): Promise<ProcessResult>;
  /** Create a new note; fails when the path already exists. */
  create(path: string, text: string): Promise<void>;
  /** Vault-relative paths of all Markdown files, optionally only those under `folder`. */
  list(folder?: string): Promise<string[]>;
  /** Moves a note to the trash the user chose (never a silent delete). */
  trash(path: string): Promise<void>;
}
