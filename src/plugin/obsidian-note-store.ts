import { MarkdownView, normalizePath, TFile, TFolder, type App, type Editor } from "obsidian";
import { KithError, textChanges, type NoteEdit, type NoteStore, type ProcessResult } from "../core";

/**
 * The note store in Obsidian. An edit runs inside `vault.process` (one atomic
 * read-modify-write); when the note is open in an editor, the same edit goes through the
 * Editor API as the smallest changed range instead, so cursor, selection and folds survive.
 */
export class ObsidianNoteStore implements NoteStore {
  constructor(private readonly app: App) {}

  private file(path: string): TFile | null {
    return this.app.vault.getFileByPath(normalizePath(path));
  }

  async read(path: string): Promise<string | null> {
    const file = this.file(path);
    return file ? this.app.vault.read(file) : null;
  }

  async process(path: string, edit: NoteEdit): Promise<ProcessResult> {
    const file = this.file(path);
    if (!file) throw new KithError("not-found", `No note at ${path}.`);
    const editor = this.openEditor(file);
    if (editor) return applyInEditor(editor, file.path, edit);
    let before = "";
    const after = await this.app.vault.process(file, (text) => {
      before = text;
      return edit(text);
    });
    return { path: file.path, before, after, changed: after !== before };
  }

  async create(path: string, text: string): Promise<void> {
    const normalized = normalizePath(path);
    if (this.app.vault.getAbstractFileByPath(normalized)) throw new KithError("exists", `A note already exists at ${normalized}.`);
    const folder = normalized.includes("/") ? normalized.slice(0, normalized.lastIndexOf("/")) : "";
    if (folder && !this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder);
    await this.app.vault.create(normalized, text);
  }

  async trash(path: string): Promise<void> {
    const file = this.file(path);
    if (!file) throw new KithError("not-found", `No note at ${path}.`);
    await this.app.fileManager.trashFile(file);
  }

  list(folder?: string): Promise<string[]> {
    if (!folder) return Promise.resolve(this.app.vault.getMarkdownFiles().map((f) => f.path));
    const root = this.app.vault.getFolderByPath(normalizePath(folder));
    const paths: string[] = [];
    const walk = (dir: TFolder): void => {
      for (const child of dir.children) {
        if (child instanceof TFolder) walk(child);
        else if (child instanceof TFile && child.extension === "md") paths.push(child.path);
      }
    };
    if (root) walk(root);
    return Promise.resolve(paths);
  }

  /** The editor of a Markdown view showing this file, if one is open. */
  private openEditor(file: TFile): Editor | null {
    for (const leaf of this.app.workspace.getLeavesOfType("markdown")) {
      const view = leaf.view;
      if (view instanceof MarkdownView && view.file?.path === file.path) return view.editor;
    }
    return null;
  }
}

/**
 * Runs the edit on the editor's text and applies only the changed places, in one
 * transaction (one undo step). Changes go last-first, so each position is valid whether the
 * editor reads them against the original text or applies them one by one.
 */
export function applyInEditor(editor: Editor, path: string, edit: NoteEdit): ProcessResult {
  const before = editor.getValue();
  const after = edit(before);
  const changes = textChanges(before, after)
    .reverse()
    .map((c) => ({ from: editor.offsetToPos(c.from), to: editor.offsetToPos(c.to), text: c.insert }));
  if (changes.length > 0) editor.transaction({ changes });
  return { path, before, after, changed: changes.length > 0 };
}
