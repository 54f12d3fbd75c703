import type { DataAdapter } from "obsidian";

/**
 * The journal's lock, taken through the vault adapter: the same file the CLI's `kith recap apply`
 * and `undo` take (`.<journal>.kith-lock` beside it, see src/cli/note-lock.ts), so a recap
 * applied here and one applied by a pipeline take turns, and each journal stays one recap's.
 *
 * The adapter has no exclusive create, so the lock is written and read back: a writer that
 * lost the race reads another's token and waits. Two writers within the same instant can
 * still both believe they hold it; the CLI's own `open(…, "wx")` has no such gap.
 */

/** How long a recap waits for another to finish, as the CLI does. */
const WAIT_MS = 10_000;
/** A lock older than this was left by a process that stopped; the CLI judges a foreign one the same. */
const STALE_MS = 30_000;

/** The lock file of a journal (a short name, so never the CLI's hashed form). */
export function journalLockPath(journal: string): string {
  const slash = journal.lastIndexOf("/");
  return `${journal.slice(0, slash + 1)}.${journal.slice(slash + 1)}.kith-lock`;
}

/** Runs `fn` holding `journal`'s lock; `what` names the operation in the refusal. */
export async function withJournalLock<T>(adapter: DataAdapter, journal: string, what: string, fn: () => Promise<T>): Promise<T> {
  const lock = journalLockPath(journal);
  const mine = await acquire(adapter, lock, what);
  try {
    return await fn();
  } finally {
    // Still ours: one judged stale meanwhile may have been retaken by another.
    if ((await adapter.read(lock).catch(() => null)) === mine) await adapter.remove(lock).catch(() => undefined);
  }
}

async function acquire(adapter: DataAdapter, lock: string, what: string): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    const held = await adapter.stat(lock);
    if (held === null) {
      // pid 0 and a host no machine has: the CLI then judges it by its age alone.
      const mine = `${JSON.stringify({ pid: 0, host: "Obsidian", time: Date.now(), token: Math.random().toString(36).slice(2) })}\n`;
      await adapter.write(lock, mine);
      if ((await adapter.read(lock).catch(() => null)) === mine) return mine;
      continue;
    }
    if (Date.now() - held.mtime > STALE_MS) {
      await adapter.remove(lock).catch(() => undefined);
      continue;
    }
    if (Date.now() >= deadline) throw new Error(`Another ${what} is being applied or undone in this vault (by kith or another window); nothing was written. Try again in a moment.`);
    await new Promise((resolve) => window.setTimeout(resolve, delay));
  }
}
