import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, readdir, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import nodePath from "node:path";
import { KithError, type NoteEdit, type NoteStore, type ProcessResult } from "../core";

/** Obsidian's vault trash ("Move to Obsidian trash"): the one trash a Node program can reach without a dependency. */
const TRASH_FOLDER = ".trash";

/** How often an edit is re-run when the note changes under it before the store gives up. */
const RETRIES = 3;

/** Folders no walk enters: Obsidian's config and trash, git, packages. Dot-folders in general are hidden in Obsidian. */
function skippedFolder(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/**
 * The NoteStore port on a vault folder. Every path is vault-relative with forward slashes and
 * is resolved inside the vault; nothing is ever written outside it. An edit writes a temporary
 * file beside the note and renames it over the note, so a reader sees the old or the new text,
 * never half of one.
 */
export class FsNoteStore implements NoteStore {
  /** The vault folder, absolute. */
  readonly root: string;
  private realRoot: Promise<string> | null = null;

  constructor(root: string) {
    this.root = nodePath.resolve(root);
  }

  /** The absolute path of a vault path; refuses absolute paths and anything that climbs out. */
  resolve(path: string): string {
    if (path.includes("\0")) throw new KithError("invalid-value", `"${path}" is not a path.`);
    const posix = path.replace(/\\/g, "/");
    if (nodePath.posix.isAbsolute(posix) || nodePath.win32.isAbsolute(path) || /^[A-Za-z]:/.test(posix)) {
      throw new KithError("outside-vault", `${path} is an absolute path; give a path inside the vault.`);
    }
    const normal = nodePath.posix.normalize(posix);
    const absolute = nodePath.resolve(this.root, ...normal.split("/"));
    if (normal === ".." || normal.startsWith("../") || !this.contains(this.root, absolute)) {
      throw new KithError("outside-vault", `${path} is outside the vault.`);
    }
    return absolute;
  }

  private contains(root: string, absolute: string): boolean {
    const rel = nodePath.relative(root, absolute);
    return rel === "" || (rel !== ".." && !rel.startsWith(`..${nodePath.sep}`) && !nodePath.isAbsolute(rel));
  }

  /**
   * The file a write really lands on: symlinks followed, so a linked note stays a link. A link
   * (of the note or of a folder above it) that leads out of the vault is refused.
   */
  private async writeTarget(path: string, absolute: string): Promise<string> {
    this.realRoot ??= realpath(this.root);
    const [root, target] = await Promise.all([this.realRoot, realpath(absolute)]);
    if (!this.contains(root, target)) throw new KithError("outside-vault", `${path} links to ${target}, outside the vault.`);
    return target;
  }

  async read(path: string): Promise<string | null> {
    try {
      return await readFile(this.resolve(path), "utf8");
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "EISDIR") return null;
      throw error;
    }
  }

  async process(path: string, edit: NoteEdit): Promise<ProcessResult> {
    const absolute = this.resolve(path);
    for (let attempt = 0; attempt <= RETRIES; attempt++) {
      let target: string;
      let before: string;
      try {
        target = await this.writeTarget(path, absolute);
        before = await readUtf8(path, target);
      } catch (error) {
        if (errorCode(error) === "ENOENT") throw new KithError("not-found", `No note at ${path}.`);
        throw error;
      }
      const after = edit(before);
      if (after === before) return { path, before, after, changed: false };
      if (await this.replaceIfUnchanged(target, before, after)) return { path, before, after, changed: true };
    }
    throw new KithError("conflict", `${path} kept changing while Kith was editing it; nothing was written. Try again.`);
  }

  /**
   * Writes `after` to a temporary file beside `target`, then renames it over `target` if the
   * note still holds `before`. False (and no trace left) when the note changed meanwhile.
   */
  private async replaceIfUnchanged(target: string, before: string, after: string): Promise<boolean> {
    const { mode } = await stat(target);
    const temp = nodePath.join(
      nodePath.dirname(target),
      `.${nodePath.basename(target)}.kith-${process.pid}-${randomBytes(6).toString("hex")}.tmp`,
    );
    let renamed = false;
    try {
      const file = await open(temp, "wx", mode & 0o7777);
      try {
        await file.writeFile(after, "utf8");
        // open's mode is reduced by the umask; the note keeps exactly the mode it had.
        await file.chmod(mode & 0o7777);
        await file.sync();
      } finally {
        await file.close();
      }
      // The last moment before the rename: an editor or sync client may have saved meanwhile.
      if ((await readFile(target, "utf8")) !== before) return false;
      await rename(temp, target);
      renamed = true;
      return true;
    } finally {
      if (!renamed) await unlink(temp).catch(() => undefined);
    }
  }

  async create(path: string, text: string): Promise<void> {
    const absolute = this.resolve(path);
    const folder = nodePath.dirname(absolute);
    await mkdir(folder, { recursive: true });
    // A folder that is a link out of the vault must not receive the note.
    await this.writeTarget(path, folder);
    let file;
    try {
      file = await open(absolute, "wx", 0o666);
    } catch (error) {
      if (errorCode(error) === "EEXIST") throw new KithError("exists", `A note already exists at ${path}.`);
      throw error;
    }
    try {
      await file.writeFile(text, "utf8");
    } catch (error) {
      await file.close();
      await unlink(absolute).catch(() => undefined);
      throw error;
    }
    await file.close();
  }

  /**
   * Moves a note into the vault's `.trash` folder, as Obsidian's own trash does: flat, with a
   * number added when the name is taken. A linked note moves as a link; its target stays.
   */
  async trash(path: string): Promise<void> {
    const absolute = this.resolve(path);
    if (!(await lstat(absolute).catch(() => null))) throw new KithError("not-found", `No note at ${path}.`);
    // A folder that links out of the vault holds files that are not the vault's to move.
    await this.writeTarget(path, nodePath.dirname(absolute));
    const folder = nodePath.join(this.root, TRASH_FOLDER);
    await mkdir(folder, { recursive: true });
    const { name, ext } = nodePath.parse(absolute);
    for (let n = 0; ; n++) {
      const target = nodePath.join(folder, n === 0 ? `${name}${ext}` : `${name} ${n}${ext}`);
      if (await lstat(target).catch(() => null)) continue;
      await rename(absolute, target);
      return;
    }
  }

  async list(folder?: string): Promise<string[]> {
    const start = folder ? this.resolve(folder.replace(/\/+$/, "")) : this.root;
    const paths: string[] = [];
    await this.walk(start, paths);
    return paths.map((p) => nodePath.relative(this.root, p).split(nodePath.sep).join("/")).sort();
  }

  /**
   * Collects Markdown files under `dir`. A linked file counts (its link is the note); a linked
   * folder is not entered, so a link loop cannot make the walk endless.
   */
  private async walk(dir: string, out: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return;
      throw error;
    }
    for (const entry of entries) {
      const full = nodePath.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolder(entry.name)) await this.walk(full, out);
      } else if (!entry.name.startsWith(".") && entry.name.endsWith(".md")) {
        if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(full)))) out.push(full);
      }
    }
  }
}

/**
 * A note's text for an edit. Bytes that are not UTF-8 would come back as U+FFFD and be written
 * so; such a note is refused instead, since every byte an edit does not mean to change must stay.
 */
async function readUtf8(path: string, file: string): Promise<string> {
  const bytes = await readFile(file);
  const text = bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(bytes)) {
    throw new KithError("invalid-value", `${path} is not valid UTF-8 text; Kith leaves it as it is.`);
  }
  return text;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false; // a dangling link
  }
}
