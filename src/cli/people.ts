import { FrontmatterError, KithError, PeopleIndex, isKithError, type PersonEntry } from "../core";
import { readPersonEntry } from "../core/people/entry";
import type { NoteStamp } from "./fs-note-store";
import { cacheKey, loadCache, saveCache, type CachedNotes } from "./people-cache";
import { printable } from "./printable";
import { progressLine } from "./progress";
import type { VaultContext } from "./vault";

/**
 * A note whose change time is this close to the walk is not cached: a write in the same clock
 * tick (2 s on FAT, a few ms elsewhere) could leave its stamp unchanged while its text is not
 * what was read. It is read again next time, until it is older.
 */
const RACY_MS = 2000;

/**
 * The vault's people index for one command. Every note is stamped (one stat each); a note whose
 * stamp is the one in the people cache is not read, the others are, and the cache is rewritten
 * when anything changed. So a warm call reads only what changed since the last one; a cold one
 * reads every note once, since any note may be a person (a `#person` tag in its body).
 *
 * A note that cannot be read is skipped with a warning on stderr, so one unreadable file does
 * not stop every command; malformed frontmatter is `doctor`'s to report, and a lookup that lands
 * on such a note says so. Neither is cached: both are read again next time, and said again.
 */
export async function loadPeople(ctx: VaultContext): Promise<PeopleIndex> {
  const key = cacheKey(ctx.rules);
  const walked = Date.now();
  const notes = ctx.store.stampNotes();
  const { notes: cached, problem } = await loadCache(ctx.store.root, key);
  if (problem) console.error(`kith: warning: ${printable(problem)}`);
  const index = new PeopleIndex();
  const progress = progressLine(ctx.progress, "reading notes");
  /** The notes read now, with the entry to cache (undefined: read, but not to be cached). */
  const reread = new Map<string, PersonEntry | null | undefined>();
  // Both lists are in path order: each note is looked up in the cache by walking the two side by side.
  let at = 0;
  for (const [done, note] of notes.entries()) {
    const { path } = note;
    if (cached) {
      while (at < cached.paths.length && (cached.paths[at] ?? "") < path) at++;
      if (cached.paths[at] === path && cached.sizes[at] === note.size && cached.mtimes[at] === note.mtimeMs && cached.ctimes[at] === note.ctimeMs) {
        index.set(path, cached.people[path] ?? null);
        continue;
      }
    }
    progress.tick(done, notes.length);
    reread.set(path, undefined);
    try {
      const text = await ctx.store.read(path);
      if (text === null) continue; // removed since the walk
      const entry = readPersonEntry(path, text, ctx.rules);
      index.set(path, entry);
      if (note.ctimeMs < walked - RACY_MS) reread.set(path, entry);
    } catch (error) {
      if (error instanceof FrontmatterError) index.unindexed.set(path, new KithError(error.code, `${path}: ${error.message}`));
      else if (isKithError(error) && error.code === "unreadable") index.unindexed.set(path, error);
      else throw error;
    }
  }
  progress.end();
  if (reread.size > 0 || notes.length !== (cached?.paths.length ?? 0)) await saveCache(ctx.store.root, key, cacheOf(notes, cached, reread));
  // Folders the walk could not enter, then notes that could not be read; each said once.
  for (const warning of ctx.store.warnings.splice(0)) console.error(`kith: warning: ${printable(warning)}`);
  for (const error of index.unindexed.values()) {
    if (error.code === "unreadable") console.error(`kith: warning: ${printable(error.message)} Skipped.`);
  }
  return index;
}

/** The cache after this call: each note's entry as read now, else as cached. */
function cacheOf(notes: readonly NoteStamp[], cached: CachedNotes | null, reread: ReadonlyMap<string, PersonEntry | null | undefined>): CachedNotes {
  const fresh: CachedNotes = { paths: [], sizes: [], mtimes: [], ctimes: [], people: {} };
  for (const { path, size, mtimeMs, ctimeMs } of notes) {
    const entry = reread.has(path) ? reread.get(path) : (cached?.people[path] ?? null);
    if (entry === undefined) continue;
    fresh.paths.push(path);
    fresh.sizes.push(size);
    fresh.mtimes.push(mtimeMs);
    fresh.ctimes.push(ctimeMs);
    if (entry) fresh.people[path] = entry;
  }
  return fresh;
}
