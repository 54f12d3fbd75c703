import { closeSync, constants, fstatSync, openSync, opendirSync, readFileSync, statSync, type BigIntStats, type Dirent, type Stats } from "node:fs";
import { link, lstat, mkdir, open, realpath, rename, stat, unlink, writeFile, type FileHandle } from "node:fs/promises";
import nodePath from "node:path";
import { KithError, type NoteEdit, type NoteStore, type ProcessResult } from "../core";
import { STALE_AFTER_MS, cleanStaleFiles, lockPathFor, tempName, withLock } from "./note-lock";

/** Obsidian's vault trash ("Move to Obsidian trash"): the one trash a Node program can reach without a dependency. */
const TRASH_FOLDER = ".trash";

/**
 * The lock every new person is created under: at the vault's top, which always resolves inside
 * the vault and is the same whatever the people folder, hidden as a dot file.
 */
const CREATION_LOCK = "kith-new-person";

/** How often an edit is re-run when the note changes under it before the store gives up. */
const RETRIES = 3;

/** Opens without waiting: a FIFO named like a note would otherwise block the open forever. */
const READ_NOW = constants.O_RDONLY | constants.O_NONBLOCK;
/**
 * readListed's: as READ_NOW, and a link is refused (ELOOP), to be read through readNow's checks.
 * readFileSync takes numeric flags as open does; @types/node types its `flag` as a string only.
 */
const READ_LISTED = (READ_NOW | constants.O_NOFOLLOW) as unknown as string;

/** Errors of `link` on a file system without hard links (exFAT, some network shares). */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/** Folders no walk enters: Obsidian's config and trash, git, packages. Dot-folders in general are hidden in Obsidian. */
function skippedFolder(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** A file system error as a KithError naming the vault path and the problem in words; other errors as they are. */
function fileError(path: string, error: unknown, action: "read" | "written" = "read"): unknown {
  switch (errorCode(error)) {
    case "EACCES":
    case "EPERM":
      return new KithError("unreadable", `${path} cannot be ${action}: permission denied.`);
    case "ELOOP":
      return new KithError("unreadable", `${path} is a link loop.`);
    case "EISDIR":
      return new KithError("unreadable", `${path} is not a regular file.`);
    case "ENAMETOOLONG":
      return new KithError("invalid-name", `${path}: the name is too long for the file system.`);
    // A folder on the way is a file (`--people-folder Notes.md`, say).
    case "EEXIST":
    case "ENOTDIR":
      return new KithError("unreadable", `${path} cannot be ${action}: a file stands where a folder on its way should be.`);
    default:
      return error;
  }
}

/** A note as the walk found it: where it is, and its version (what changes when the file does). */
export interface NoteStamp {
  /** Its folder's vault path with a trailing slash (`People/`), `""` at the vault's top: its path is `folder + name`. */
  folder: string;
  name: string;
  /** Size, modification and change times (ms with a fraction, as fine as the file system keeps them): the same three mean no write in between. */
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** The folder of a vault path, for messages about writing into it. */
function folderOf(path: string): string {
  const folder = nodePath.posix.dirname(path);
  return folder === "." ? "The vault folder" : folder;
}

/** A note's bytes as read, with the file's version (identity, size, times) they were read at. */
interface NoteVersion {
  bytes: Buffer;
  stats: BigIntStats;
}

/** Same file, same size, same modification and change times: no one wrote it in between. */
function sameVersion(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/**
 * The NoteStore port on a vault folder. Every path is vault-relative with forward slashes and
 * is resolved inside the vault; nothing is ever written outside it. Every write holds the note's
 * lock (see note-lock.ts), so Kith processes take turns; an edit writes a temporary file beside
 * the note and renames it over the note, so a reader sees the old or the new text, never half
 * of one, and a new note appears whole or not at all.
 */
export class FsNoteStore implements NoteStore {
  /** The vault folder, absolute. */
  readonly root: string;
  /** What `list` left out and why (folders it could not read), for the host to show. */
  readonly warnings: string[] = [];
  private realRoot: Promise<string> | null = null;
  /** When each folder was last cleaned of what a crashed Kith left there (see cleanFolder). */
  private readonly cleaned = new Map<string, number>();

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
    let target: string;
    try {
      target = await realpath(absolute);
    } catch (error) {
      if (errorCode(error) === "ENOENT") throw new KithError("not-found", `No note at ${path}.`);
      throw fileError(path, error);
    }
    if (!this.contains(await this.realRoot, target)) throw new KithError("outside-vault", `${path} links to ${target}, outside the vault.`);
    return target;
  }

  /**
   * The real path of `folder`, created when missing; refused when it or a folder on its way
   * resolves outside the vault. The nearest existing folder is checked first, so no folder is
   * ever made outside.
   */
  private async folderInVault(path: string, folder: string): Promise<string> {
    let existing = folder;
    while (!(await lstat(existing).catch(() => null))) existing = nodePath.dirname(existing);
    await this.writeTarget(path, existing);
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw fileError(folderOf(path), error, "written");
    }
    return this.writeTarget(path, folder);
  }

  // Reads and walks are synchronous: for many small notes they are an order of magnitude faster
  // than fs.promises here (110,500 notes: 1.4 s against 17 s one at a time, 4.2 s 16 at a time).
  async read(path: string): Promise<string | null> {
    return Promise.resolve(this.readNow(path));
  }

  /**
   * As `read`, without the promise: a scan of 110,000 notes pays a microtask turn per note
   * otherwise. Null when the note is gone; a note that cannot be read throws a KithError.
   */
  readNow(path: string): string | null {
    const absolute = this.resolve(path);
    let fd: number;
    try {
      fd = openSync(absolute, READ_NOW);
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return null;
      throw fileError(path, error);
    }
    try {
      if (!fstatSync(fd).isFile()) throw new KithError("unreadable", `${path} is not a regular file.`);
      return readFileSync(fd, "utf8");
    } catch (error) {
      throw fileError(path, error);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * As readNow, for a path the walk has just listed: one call, no descriptor handled in JS,
   * which over a whole vault reads in 2.3 s what readNow reads in 3.2 s (110,000 notes). The
   * walk saw a regular file or a link to one; a link, or a folder or pipe put in the file's place
   * since, fails here (O_NOFOLLOW, O_NONBLOCK: never a wait) and goes through readNow's checks.
   */
  readListed(path: string): string | null {
    try {
      return readFileSync(this.resolve(path), { encoding: "utf8", flag: READ_LISTED });
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return null;
      return this.readNow(path);
    }
  }

  async process(path: string, edit: NoteEdit): Promise<ProcessResult> {
    const target = await this.writeTarget(path, this.resolve(path));
    return this.locked(path, target, async () => {
      await this.cleanFolder(nodePath.dirname(target));
      for (let attempt = 0; attempt <= RETRIES; attempt++) {
        const current = await this.readVersion(path, target);
        if (current === null) continue; // written while being read: read it again
        const before = decodeUtf8(path, current.bytes);
        const after = edit(before);
        if (after === before) return { path, before, after, changed: false };
        const replaced = await this.replaceIfUnchanged(path, target, current, after);
        if (!replaced) continue;
        if (replaced.late) await this.keepLateWrite(path, target, current.bytes, replaced.late, after, edit);
        return { path, before, after, changed: true };
      }
      throw new KithError("conflict", `${path} kept changing while Kith was editing it; nothing was written. Try again.`);
    });
  }

  /**
   * The note's bytes, refusing a note Kith must not edit; null when its size or times moved
   * during the read (another program was writing it).
   */
  private async readVersion(path: string, target: string): Promise<NoteVersion | null> {
    let file: FileHandle;
    try {
      file = await open(target, READ_NOW);
    } catch (error) {
      if (errorCode(error) === "ENOENT") throw new KithError("not-found", `No note at ${path}.`);
      throw fileError(path, error);
    }
    try {
      const before = await file.stat({ bigint: true });
      refuseUneditable(path, before);
      const bytes = await file.readFile();
      // By path, not handle: a note replaced by a rename meanwhile is another file.
      const after = await stat(target, { bigint: true }).catch(() => null);
      return after && sameVersion(before, after) ? { bytes, stats: after } : null;
    } finally {
      await file.close();
    }
  }

  /**
   * Writes `after` to a temporary file beside `target`, then renames it over `target` if the
   * note is still the version the edit read. False (and no trace left) when it changed meanwhile.
   * The old note stays open across the rename: `late` is its text when another program wrote it
   * in the instant between the last check and the rename (a shell's `>>`), else null.
   */
  private async replaceIfUnchanged(path: string, target: string, current: NoteVersion, after: string): Promise<false | { late: Buffer | null }> {
    const temp = nodePath.join(nodePath.dirname(target), tempName());
    let renamed = false;
    try {
      await writeReplacement(path, temp, after, current.stats);
      const old = await open(target, READ_NOW).catch(() => null);
      if (!old) return false;
      try {
        // The last moment before the rename: an editor or sync client may have saved meanwhile.
        const now = await this.readVersion(path, target);
        const held = await old.stat({ bigint: true });
        if (!now || !sameVersion(now.stats, current.stats) || !sameVersion(held, current.stats) || !now.bytes.equals(current.bytes)) return false;
        try {
          await rename(temp, target);
        } catch (error) {
          throw fileError(folderOf(path), error, "written");
        }
        renamed = true;
        // The rename changes the old file's link count and so its ctime: only its size and mtime tell a write.
        const late = await old.stat({ bigint: true });
        return { late: late.size === current.stats.size && late.mtimeNs === current.stats.mtimeNs ? null : await old.readFile() };
      } finally {
        await old.close();
      }
    } finally {
      if (!renamed) await unlink(temp).catch(() => undefined);
    }
  }

  /**
   * Another program wrote the old note in the instant between Kith's last check and its rename:
   * that write is kept, never lost. An append (`read` then more) is merged: the new note becomes
   * the edit made on the old note with it (`edit(late)`), then whatever reached the new note since
   * its rename (what follows `after` there). Any other change, or a new note rewritten since, is
   * kept beside the note as a conflicted copy (a .txt, so that it is no second person), said on stderr.
   */
  private async keepLateWrite(path: string, target: string, read: Buffer, late: Buffer, after: string, edit: NoteEdit): Promise<void> {
    const merged = late.length > read.length && late.subarray(0, read.length).equals(read) ? mergedText(path, late, edit) : null;
    for (let attempt = 0; merged !== null && attempt <= RETRIES; attempt++) {
      const current = await this.readVersion(path, target);
      if (current === null) continue;
      const text = decodeUtf8(path, current.bytes);
      if (!text.startsWith(after)) break;
      const next = merged + text.slice(after.length);
      const replaced = await this.replaceIfUnchanged(path, target, current, next);
      if (!replaced) continue;
      // This rename raced a write too: the note it replaced (`text`) plus that write is `next` plus the write.
      if (replaced.late) await this.keepLateWrite(path, target, current.bytes, replaced.late, next, (withWrite) => next + withWrite.slice(text.length));
      return;
    }
    const { dir, name } = nodePath.posix.parse(path);
    const stamp = new Date().toISOString().slice(0, 19).replace("T", " ").replace(/:/g, "");
    for (let n = 1; ; n++) {
      const copy = nodePath.posix.join(dir, `${name} (conflicted copy ${stamp}${n === 1 ? "" : ` ${n}`}).txt`);
      try {
        await this.createFile(copy, late);
      } catch (error) {
        if (errorCode(error) === "EEXIST") continue;
        throw error;
      }
      console.error(`kith: warning: another program wrote ${path} at the moment Kith did; Kith's edit is in the note, and the other program's version is kept in ${copy}.`);
      return;
    }
  }

  /**
   * Runs `fn` holding the vault's lock for new people, so processes that create the same person
   * take turns and the second finds the first one's note.
   */
  withCreationLock<T>(fn: () => Promise<T>): Promise<T> {
    return this.locked(CREATION_LOCK, nodePath.join(this.root, CREATION_LOCK), fn, "Creating people in this vault");
  }

  /** Runs `fn` holding the lock of `file`; a lock that cannot be made beside it is a write refused in its folder. */
  private locked<T>(path: string, file: string, fn: () => Promise<T>, label = path): Promise<T> {
    return withLock(lockPathFor(file), label, fn).catch((error: unknown) => {
      throw fileError(folderOf(path), error, "written");
    });
  }

  /**
   * Writes the note whole into a temporary file, then links it into place: a hard link fails
   * when a file is there, so the note appears whole and only where there was none, with no lock
   * to take (an import of 2,000 people took one per note). Without hard links, a check and a
   * rename, under the note's lock.
   */
  async create(path: string, text: string): Promise<void> {
    const absolute = this.resolve(path);
    const folder = await this.folderInVault(path, nodePath.dirname(absolute));
    const target = nodePath.join(folder, nodePath.basename(absolute));
    const exists = (): KithError => new KithError("exists", `A note already exists at ${path}.`);
    await this.cleanFolder(folder);
    const temp = nodePath.join(folder, tempName());
    try {
      await writeNewFile(path, temp, text);
      const linked = await hardLink(temp, target);
      if (linked === false) throw exists();
      if (linked === null) {
        await this.locked(path, target, async () => {
          if (!(await placeExclusively(temp, target, false))) throw exists();
        });
      }
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  /** Writes a new file that is no note (an imported photo), where none is: its folder, followed through links, must be in the vault. */
  async createFile(path: string, bytes: Uint8Array): Promise<void> {
    const absolute = this.resolve(path);
    const folder = await this.folderInVault(path, nodePath.dirname(absolute));
    await writeFile(nodePath.join(folder, nodePath.basename(absolute)), bytes, { flag: "wx" });
  }

  /**
   * Removes the temporary and lock files a crashed Kith left in `folder`, at most once per
   * STALE_AFTER_MS: a file is stale only that long after it was written, so a second look sooner
   * finds next to nothing, and a stale lock met on the way is broken where it is met. Each look
   * reads every name in the folder: once per note, 10,000 people made an import of 2,000 take 30 s.
   */
  private async cleanFolder(folder: string): Promise<void> {
    const last = this.cleaned.get(folder);
    if (last !== undefined && Date.now() - last < STALE_AFTER_MS) return;
    this.cleaned.set(folder, Date.now());
    await cleanStaleFiles(folder);
  }

  /**
   * Moves a note into the vault's `.trash` folder, as Obsidian's own trash does: flat, with a
   * number added when the name is taken. A linked note moves as a link; its target stays.
   */
  async trash(path: string): Promise<void> {
    const absolute = this.resolve(path);
    const entry = await lstat(absolute).catch(() => null);
    if (!entry) throw new KithError("not-found", `No note at ${path}.`);
    // A folder that links out of the vault holds files that are not the vault's to move.
    const note = nodePath.join(await this.writeTarget(path, nodePath.dirname(absolute)), nodePath.basename(absolute));
    const trash = await this.folderInVault(TRASH_FOLDER, nodePath.join(this.root, TRASH_FOLDER));
    const { name, ext } = nodePath.parse(absolute);
    await this.locked(path, note, async () => {
      for (let n = 0; ; n++) {
        const target = nodePath.join(trash, n === 0 ? `${name}${ext}` : `${name} ${n}${ext}`);
        // link() may follow a symlink on some systems; a linked note moves by rename instead.
        if (await placeExclusively(note, target, !entry.isSymbolicLink())) return;
      }
    });
  }

  async list(folder?: string): Promise<string[]> {
    const start = folder ? this.resolve(folder.replace(/\/+$/, "")) : this.root;
    const paths: string[] = [];
    this.walk(start, (full, entry, path) => {
      if (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) paths.push(path);
    });
    return Promise.resolve(paths.sort());
  }

  /**
   * Calls `visit` with every note of the vault and its stamp: one stat per note and no read (a
   * linked note's stat is its target's). In the walk's order, not sorted, and nothing kept: a
   * folder lists in the same order each time it is unchanged, so the people cache, written in
   * this order, is matched note by note as the walk goes (sorting 110,000 paths, and holding
   * them, cost a third of a warm call).
   */
  stampNotes(visit: (note: NoteStamp) => void): void {
    this.walk(this.root, (full, entry, _path, folder) => {
      if (!entry.isFile() && !entry.isSymbolicLink()) return;
      const stats = statSafely(full);
      if (stats?.isFile()) visit({ folder, name: entry.name, size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs });
    });
  }

  private vaultPath(absolute: string): string {
    return nodePath.relative(this.root, absolute).split(nodePath.sep).join("/");
  }

  /**
   * Calls `visit` for each Markdown file entry under `dir` (regular or a link: `visit` decides).
   * A linked folder is not entered, so a link loop cannot make the walk endless. A folder that
   * cannot be read is left out, with a warning. Entries are streamed, not listed whole, so a
   * folder of 100,000 meetings is never held at once.
   */
  private walk(dir: string, visit: (full: string, entry: Dirent, path: string, folder: string) => void, prefix = this.vaultPath(dir)): void {
    let folder;
    try {
      folder = opendirSync(dir);
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return;
      if (errorCode(error) !== "EACCES" && errorCode(error) !== "EPERM") throw fileError(this.vaultPath(dir), error);
      this.warnings.push(`${this.vaultPath(dir) || "The vault folder"} cannot be read: permission denied; its notes are left out.`);
      return;
    }
    const folderPath = prefix === "" ? "" : `${prefix}/`;
    try {
      for (let entry = folder.readSync(); entry !== null; entry = folder.readSync()) {
        const full = `${dir}${nodePath.sep}${entry.name}`;
        const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!skippedFolder(entry.name)) this.walk(full, visit, path);
        } else if (!entry.name.startsWith(".") && entry.name.endsWith(".md")) {
          visit(full, entry, path, folderPath);
        }
      }
    } finally {
      folder.closeSync();
    }
  }
}

function statSafely(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null; // null: a dangling link, or removed since the folder was read
  } catch {
    return null; // a link loop, say
  }
}

/**
 * Refuses a note an edit must leave alone: not a regular file; read-only to its owner; with
 * several hard links (the rename would give this path a new file and leave the others with the
 * old text); or, unless Kith runs as root, owned by another user (the new file would be ours).
 */
function refuseUneditable(path: string, stats: BigIntStats): void {
  if (!stats.isFile()) throw new KithError("unreadable", `${path} is not a regular file.`);
  if ((stats.mode & 0o200n) === 0n) throw new KithError("unreadable", `${path} is read-only; Kith leaves it as it is.`);
  if (stats.nlink > 1n) throw new KithError("unreadable", `${path} has ${stats.nlink} hard links; Kith edits only notes with one link.`);
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && stats.uid !== BigInt(uid)) {
    throw new KithError("unreadable", `${path} belongs to another user (uid ${stats.uid}); Kith edits only notes you own.`);
  }
}

/** The new version of a note in a temporary file: the note's mode and owner, flushed to disk. */
/** The edit made on the note with another program's append, or null when it cannot be (an append cut inside a character). */
function mergedText(path: string, late: Buffer, edit: NoteEdit): string | null {
  try {
    return edit(decodeUtf8(path, late));
  } catch {
    return null;
  }
}

async function writeReplacement(path: string, temp: string, text: string, note: BigIntStats): Promise<void> {
  const mode = Number(note.mode & 0o7777n);
  const file = await openNew(path, temp, mode);
  try {
    await file.writeFile(text, "utf8");
    await keepOwner(path, file, note);
    // open's mode is reduced by the umask; the note keeps exactly the mode it had.
    await file.chmod(mode);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** A new note, whole and flushed to disk, in a temporary file. */
async function writeNewFile(path: string, temp: string, text: string): Promise<void> {
  const file = await openNew(path, temp, 0o666);
  try {
    await file.writeFile(text, "utf8");
    await file.sync();
  } finally {
    await file.close();
  }
}

async function openNew(path: string, temp: string, mode: number): Promise<FileHandle> {
  try {
    return await open(temp, "wx", mode);
  } catch (error) {
    throw fileError(folderOf(path), error, "written");
  }
}

/** Gives the new file the note's owner and group (root can; anyone can give a group they belong to). */
async function keepOwner(path: string, file: FileHandle, note: BigIntStats): Promise<void> {
  const mine = await file.stat({ bigint: true });
  if (mine.uid === note.uid && mine.gid === note.gid) return;
  try {
    await file.chown(Number(note.uid), Number(note.gid));
  } catch {
    throw new KithError("unreadable", `${path} belongs to group ${note.gid}, which Kith cannot give to the new version; nothing was written.`);
  }
}

/**
 * Moves `from` to `to` only if nothing is there: a hard link, which fails when `to` exists, then
 * `from` removed. Where hard links are missing, or `byLink` is false, a check and a rename, which
 * only the note's lock protects. False (and `from` left) when `to` is taken.
 */
async function placeExclusively(from: string, to: string, byLink: boolean): Promise<boolean> {
  const linked = byLink ? await hardLink(from, to) : null;
  if (linked !== null) {
    if (linked) await unlink(from);
    return linked;
  }
  if (await lstat(to).catch(() => null)) return false;
  await rename(from, to);
  return true;
}

/** True when linked, false when `to` exists, null when the file system has no hard links. */
async function hardLink(from: string, to: string): Promise<boolean | null> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    if (NO_HARD_LINKS.has(errorCode(error) ?? "")) return null;
    throw error;
  }
}

/**
 * A note's text for an edit. Bytes that are not UTF-8 would come back as U+FFFD and be written
 * so; such a note is refused instead, since every byte an edit does not mean to change must stay.
 */
function decodeUtf8(path: string, bytes: Buffer): string {
  const text = bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(bytes)) {
    throw new KithError("invalid-value", `${path} is not valid UTF-8 text; Kith leaves it as it is.`);
  }
  return text;
}

function isFile(path: string): boolean {
  return statSafely(path)?.isFile() ?? false; // false for a dangling link
}
