import { createHash, randomBytes } from "node:crypto";
import { link, lstat, open, readdir, readFile, rename, unlink, utimes } from "node:fs/promises";
import { hostname } from "node:os";
import nodePath from "node:path";
import { clearInterval, setInterval } from "node:timers";
import { setTimeout as sleep } from "node:timers/promises";
import { KithError } from "../core";

/**
 * One Kith process at a time per note: an exclusive lock file beside it, created with
 * `open(..., "wx")`, holding who took it. Every CLI writer (edit, create, trash) takes it, so
 * a read-modify-write of one process never overwrites another's. Other programs ignore it.
 */

/** How long a process waits for a lock before giving up; an edit holds one for milliseconds. */
export const LOCK_WAIT_MS = 10_000;
/**
 * A lock (or temporary file) older than this is abandoned even if its process seems alive:
 * the pid may have been reused, or the lock came from another machine sharing the folder.
 */
export const STALE_AFTER_MS = 30_000;

const LOCK_SUFFIX = ".kith-lock";
/** File names longer than this many bytes are refused by file systems. */
const MAX_NAME_BYTES = 255;

/** What a lock file says: who holds it. */
interface LockInfo {
  pid: number;
  host: string;
  /** Milliseconds since the epoch when it was taken. */
  time: number;
}

/** The lock file of a file: `.<name>.kith-lock` beside it, or a hash of the name when that is too long. */
export function lockPathFor(file: string): string {
  const name = nodePath.basename(file);
  const short = `.${name}${LOCK_SUFFIX}`;
  const lockName = Buffer.byteLength(short) <= MAX_NAME_BYTES ? short : `.kith-${createHash("sha256").update(name).digest("hex").slice(0, 16)}${LOCK_SUFFIX}`;
  return nodePath.join(nodePath.dirname(file), lockName);
}

/** Whether a file name is one of Kith's lock files. */
export function isLockName(name: string): boolean {
  return name.startsWith(".") && name.endsWith(LOCK_SUFFIX) && name.length > 1 + LOCK_SUFFIX.length;
}

export interface LockOptions {
  /** See acquire: how long a lock the plugin may take too is left before it is read back. */
  settleMs?: number;
  /** How often a held lock's time is renewed, so a long hold (a large import) is never judged abandoned. */
  refreshMs?: number;
}

/**
 * Runs `fn` holding the lock file `lockPath`; `label` names what is locked in the error. Waits
 * with a short growing backoff while another live process holds it, breaks a stale one, and
 * after LOCK_WAIT_MS refuses with a "conflict" error before anything is written. While `fn`
 * runs, the lock's time is renewed well within STALE_AFTER_MS.
 */
export async function withLock<T>(lockPath: string, label: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const mine = await acquire(lockPath, label, options.settleMs ?? 0);
  let renewing = Promise.resolve();
  const renew = setInterval(() => {
    renewing = renewIfMine(lockPath, mine);
  }, options.refreshMs ?? STALE_AFTER_MS / 3);
  renew.unref();
  try {
    return await fn();
  } finally {
    clearInterval(renew);
    await renewing;
    await release(lockPath, mine);
  }
}

/** Sets the lock's time to now if it is still ours. Best effort: a lock gone or retaken is no longer ours to renew. */
async function renewIfMine(lockPath: string, mine: string): Promise<void> {
  if ((await readFile(lockPath, "utf8").catch(() => null)) !== mine) return;
  const now = new Date();
  await utimes(lockPath, now, now).catch(() => undefined);
}

/**
 * `settleMs`: a lock Obsidian's plugin may take too, which has no exclusive create (it checks,
 * writes, then reads back): the lock is read again after that long, and is ours only if it still
 * says so. A plugin that wrote over it meanwhile holds it, and this process waits its turn.
 */
async function acquire(lockPath: string, label: string, settleMs: number): Promise<string> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    const mine = await tryCreate(lockPath);
    if (mine !== null && settleMs > 0) await sleep(settleMs);
    if (mine !== null && (settleMs === 0 || (await readFile(lockPath, "utf8").catch(() => null)) === mine)) return mine;
    const held = await readLock(lockPath);
    if (held === null) continue; // released meanwhile
    if (isStale(held.info, held.mtimeMs)) {
      await breakStaleLock(lockPath, held);
      continue;
    }
    if (Date.now() >= deadline) {
      const by = held.info ? ` (pid ${held.info.pid}${held.info.host === hostname() ? "" : ` on ${held.info.host}`})` : "";
      throw new KithError("conflict", `${label} is locked by another kith process${by}; nothing was written. Try again.`);
    }
    // Jitter, so processes that woke together do not collide again.
    await sleep(delay + Math.floor(Math.random() * delay));
  }
}

/** Creates the lock file with our record; its text, or null when another holds it. */
async function tryCreate(lockPath: string): Promise<string | null> {
  const text = `${JSON.stringify({ pid: process.pid, host: hostname(), time: Date.now(), token: randomBytes(6).toString("hex") })}\n`;
  let file;
  try {
    file = await open(lockPath, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return null;
    throw error;
  }
  try {
    await file.writeFile(text, "utf8");
  } finally {
    await file.close();
  }
  return text;
}

/** Removes the lock if it is still ours (a lock broken as stale may have been retaken since). */
async function release(lockPath: string, mine: string): Promise<void> {
  if ((await readFile(lockPath, "utf8").catch(() => null)) === mine) await unlink(lockPath).catch(() => undefined);
}

interface HeldLock {
  text: string;
  /** Null while its holder has not finished writing it, or when it is not Kith's. */
  info: LockInfo | null;
  ino: number;
  mtimeMs: number;
}

async function readLock(lockPath: string): Promise<HeldLock | null> {
  try {
    // lstat first: reading a FIFO put in a lock's place would wait forever.
    const file = await lstat(lockPath);
    if (!file.isFile()) throw new KithError("unreadable", `${lockPath} is not a regular file; remove it to let Kith edit the note beside it.`);
    const text = await readFile(lockPath, "utf8");
    return { text, info: parseLock(text), ino: file.ino, mtimeMs: file.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    return typeof value.pid === "number" && typeof value.host === "string" && typeof value.time === "number" ? (value as LockInfo) : null;
  } catch {
    return null;
  }
}

/** Stale: its process (on this machine) is gone, or it is older than STALE_AFTER_MS. */
export function isStale(info: Pick<LockInfo, "pid" | "host"> | null, mtimeMs: number, now = Date.now()): boolean {
  if (now - mtimeMs > STALE_AFTER_MS) return true;
  return info !== null && info.host === hostname() && !isRunning(info.pid);
}

/** Whether a process of this machine is alive (EPERM: alive, another user's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes a stale lock without removing a live one: two processes may judge the same lock
 * stale, and the slower must not delete the lock the faster has taken since. So the lock is
 * first renamed aside (atomic, one winner), then checked to be the very file judged stale; a
 * live lock moved by mistake goes back with `link`, which never replaces a file.
 */
async function breakStaleLock(lockPath: string, stale: HeldLock): Promise<void> {
  const aside = nodePath.join(nodePath.dirname(lockPath), tempName());
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = await readLock(aside);
  if (moved && (moved.ino !== stale.ino || moved.text !== stale.text)) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

const TEMP_NAME = /^\.kith-(\d+)-[0-9a-f]+\.tmp$/;

/** A short temporary file name, `.kith-<pid>-<6 hex>.tmp`: never derived from a note's name, so never too long. */
export function tempName(): string {
  return `.kith-${process.pid}-${randomBytes(3).toString("hex")}.tmp`;
}

/** The pid in one of Kith's temporary file names, or null when the name is not one. */
export function tempNamePid(name: string): number | null {
  const match = TEMP_NAME.exec(name);
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * Removes Kith's own leftovers in a folder, found by their exact name patterns: temporary files
 * and locks of a process that was killed (stale as `isStale` says). Best effort: a file that
 * another process removes first, or that cannot be removed, is left to the next edit.
 */
export async function cleanStaleFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const file = nodePath.join(folder, name);
    const pid = tempNamePid(name);
    if (pid !== null) await removeStaleTemp(file, pid);
    else if (isLockName(name)) await breakIfStale(file);
  }
}

async function removeStaleTemp(file: string, pid: number): Promise<void> {
  const info = await lstat(file).catch(() => null);
  if (info?.isFile() && isStale({ pid, host: hostname() }, info.mtimeMs)) await unlink(file).catch(() => undefined);
}

async function breakIfStale(lockPath: string): Promise<void> {
  const held = await readLock(lockPath).catch(() => null);
  if (held && isStale(held.info, held.mtimeMs)) await breakStaleLock(lockPath, held).catch(() => undefined);
}
