import { Notice, type DataAdapter } from "obsidian";

/**
 * The journal's lock, taken through the vault adapter: the same file the CLI's `kith recap apply`
 * and `undo` take (`.<journal>.kith-lock` beside it, see src/cli/note-lock.ts), so a recap
 * applied here and one applied by a pipeline take turns, and each journal stays one recap's.
 *
 * The adapter has no exclusive create, so the lock is written, left a moment, and read back: a
 * writer that lost the race reads another's token and waits. The CLI reads its own lock back
 * after the same moment, so a plugin that wrote over it holds it. Two writers still both hold it
 * when the plugin's check and write lie further apart than that moment (25 ms), which an
 * adapter does not take.
 */

/** How long a recap waits for another to finish, as the CLI does. */
const WAIT_MS = 10_000;
/** A lock older than this was left by a process that stopped; the CLI judges a foreign one the same. */
const STALE_MS = 30_000;
/** How long a lock is left before it is read back (the CLI waits as long: PLUGIN_SETTLE_MS). */
const SETTLE_MS = 25;
/** After this long waiting, a notice says why nothing happens yet. */
const SAY_AFTER_MS = 1_000;

/** The lock file of a journal (a short name, so never the CLI's hashed form). */
export function journalLockPath(journal: string): string {
  const slash = journal.lastIndexOf("/");
  return `${journal.slice(0, slash + 1)}.${journal.slice(slash + 1)}.kith-lock`;
}

/** Runs `fn` holding `journal`'s lock; `what` names the operation in the refusal. */
export async function withJournalLock<T>(adapter: DataAdapter, journal: string, what: string, fn: () => Promise<T>): Promise<T> {
  const lock = journalLockPath(journal);
  const mine = await acquire(adapter, lock, what);
  // A long hold (a large import) keeps the lock's time fresh, so no one breaks it as abandoned.
  const hold = { released: false, renewing: null as Promise<void> | null };
  const renew = window.setInterval(() => {
    // One renewal at a time: a slow read (a stalled sync) must not leave a second one to write late.
    hold.renewing ??= renewIfMine(adapter, lock, mine, hold).finally(() => (hold.renewing = null));
  }, STALE_MS / 3);
  try {
    return await fn();
  } finally {
    hold.released = true;
    window.clearInterval(renew);
    // A renewal under way finishes first: written after the lock's removal, it would make a lock no one holds.
    await hold.renewing;
    // Still ours: one judged stale meanwhile may have been retaken by another.
    if ((await adapter.read(lock).catch(() => null)) === mine) await adapter.remove(lock).catch(() => undefined);
  }
}

/**
 * Writes the lock again (the adapter has no touch) if it is still ours, the hold goes on, and it
 * has not gone stale meanwhile (a laptop asleep): another writer may have broken and taken it.
 */
async function renewIfMine(adapter: DataAdapter, lock: string, mine: string, hold: { released: boolean }): Promise<void> {
  const held = await adapter.stat(lock).catch(() => null);
  if (!held || Date.now() - held.mtime > STALE_MS) return;
  if ((await adapter.read(lock).catch(() => null)) !== mine || hold.released) return;
  await adapter.write(lock, mine).catch(() => undefined);
}

async function acquire(adapter: DataAdapter, lock: string, what: string): Promise<string> {
  const started = Date.now();
  let said = false;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    const held = await adapter.stat(lock);
    if (held === null) {
      // pid 0 and a host no machine has: the CLI then judges it by its age alone.
      const mine = `${JSON.stringify({ pid: 0, host: "Obsidian", time: Date.now(), token: Math.random().toString(36).slice(2) })}\n`;
      await adapter.write(lock, mine);
      await pause(SETTLE_MS);
      if ((await adapter.read(lock).catch(() => null)) === mine) return mine;
      continue;
    }
    if (Date.now() - held.mtime > STALE_MS) {
      await adapter.remove(lock).catch(() => undefined);
      continue;
    }
    const waited = Date.now() - started;
    if (waited >= WAIT_MS) throw new Error(`Another ${what} is being applied or undone in this vault (by kith or another window); nothing was written. Try again in a moment.`);
    if (waited >= SAY_AFTER_MS && !said) {
      said = true;
      new Notice(`Waiting for another ${what} in this vault to finish…`);
    }
    await pause(delay);
  }
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, ms));
