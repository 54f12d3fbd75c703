import { FrontmatterError, KithError, PeopleIndex, isKithError, type PersonEntry } from "../core";
import { readPersonEntry } from "../core/people/entry";
import { personPrecheck } from "../core/person/person-precheck";
import type { NoteStamp } from "./fs-note-store";
import type { NotesNamed } from "./notes-named";
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
 * How many notes the cache may be behind the vault before it is rewritten. Rewriting it costs about
 * what reading a thousand changed notes does (130 ms of a warm call on 110,000 notes); until then
 * each call reads the notes changed since it was written again (well under 30 ms for 200). A
 * pipeline's add-fact or recap, which changes a few notes a call, rewrites it once in many calls.
 */
const STALE_NOTES = 200;

const byPath = <T extends { path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The vault's people index for one command. Every note is stamped (one stat each); a note whose
 * stamp is the one in the people cache is not read, the others are, and the cache is rewritten
 * once it is STALE_NOTES behind. So a warm call reads only what changed since the cache was
 * written (a server, since its last call: it keeps the cache in memory); a cold one
 * reads every note once, since any note may be a person (a `#person` tag in its body), and
 * parses the YAML only of those whose raw text may mark a person (personPrecheck).
 *
 * `named`, when given, is shown every note the walk passes (see notesNamed).
 *
 * A note that cannot be read is skipped with a warning on stderr, so one unreadable file does
 * not stop every command; malformed frontmatter is `doctor`'s to report, and a lookup that lands
 * on such a note says so. Neither is cached: both are read again next time, and said again.
 */
export async function loadPeople(ctx: VaultContext, named?: NotesNamed): Promise<PeopleIndex> {
  const key = cacheKey(ctx.rules);
  const walked = Date.now();
  const memory = ctx.peopleMemory;
  const remembered = memory?.notes && memory.rules === key.rules ? memory.notes : null;
  const { notes: cached, problem } = remembered ? { notes: remembered, problem: null } : await loadCache(ctx.store.root, key);
  if (problem) console.error(`kith: warning: ${printable(problem)}`);
  const rowOf = cachedRows(cached);
  const personAt = new Map(cached?.personRows.map((row, i) => [row, cached.people[i]]));
  const people: PersonEntry[] = [];
  /** Per note in the walk's order: its cached row (>= 0), or -1 - its place in `changed`. */
  const order: number[] = [];
  /** The notes to read: new or changed since the cache was written. */
  const changed: NoteStamp[] = [];
  /** How many of the cache's notes the walk found, changed or not: the others are gone. */
  let found = 0;
  ctx.store.stampNotes((note) => {
    named?.visit(note.folder, note.name);
    const row = rowOf(note.folder, note.name);
    if (row !== -1) found++;
    if (cached && row !== -1 && cached.sizes[row] === note.size && cached.mtimes[row] === note.mtimeMs && cached.ctimes[row] === note.ctimeMs) {
      order.push(row);
      const entry = personAt.get(row);
      if (entry) people.push(entry);
    } else {
      order.push(-1 - changed.length);
      changed.push(note);
    }
  });

  const mayBePerson = personPrecheck(ctx.rules);
  const progress = progressLine(ctx.progress, "reading notes");
  const unindexed: Array<{ path: string; error: KithError }> = [];
  /** Per changed note, the entry to cache (undefined: read, but not to be cached). */
  const read: Array<PersonEntry | null | undefined> = [];
  for (const [done, note] of changed.entries()) {
    progress.tick(done, changed.length);
    read.push(undefined);
    const path = note.folder + note.name;
    try {
      const text = ctx.store.readListed(path);
      if (text === null) continue; // removed since the walk
      // Most notes are meetings: a look at the raw text spares them the YAML parse.
      const entry = mayBePerson(text, path) ? readPersonEntry(path, text, ctx.rules) : null;
      if (entry) people.push(entry);
      if (note.ctimeMs < walked - RACY_MS) read[done] = entry;
    } catch (error) {
      if (error instanceof FrontmatterError) unindexed.push({ path, error: new KithError(error.code, `${path}: ${error.message}`) });
      else if (isKithError(error) && error.code === "unreadable") unindexed.push({ path, error });
      else throw error;
    }
  }
  progress.end();
  // What the cache does not know: notes read now that it may hold, and its notes that are gone.
  const learned = read.filter((entry) => entry !== undefined).length + (cached ? cached.names.length - found : 0);
  // How far the file is behind: a server's memory may be ahead of it by what earlier calls learned.
  const behind = (remembered ? (memory?.behind ?? 0) : 0) + learned;
  // The file is rewritten when it is missing or STALE_NOTES behind. A note edited in the last seconds is not cached at all.
  const save = memory?.saves !== false && (!cached || behind >= STALE_NOTES);
  if ((learned > 0 || (!cached && order.length > 0)) && (memory || save)) {
    const fresh = cacheOf(order, cached, personAt, changed, read);
    if (memory) Object.assign(memory, { notes: fresh, rules: key.rules, behind: save ? 0 : behind });
    if (save) await saveCache(ctx.store.root, key, fresh);
  } else if (memory) {
    Object.assign(memory, { notes: cached, rules: key.rules, behind });
  }
  // In path order, as a sorted walk gave them: messages that list several people read the same each time.
  const index = new PeopleIndex();
  for (const entry of people.sort(byPath)) index.set(entry.path, entry);
  for (const { path, error } of unindexed.sort(byPath)) index.unindexed.set(path, error);
  // Folders the walk could not enter, then notes that could not be read; each said once.
  for (const warning of ctx.store.warnings.splice(0)) console.error(`kith: warning: ${printable(warning)}`);
  for (const error of index.unindexed.values()) {
    if (error.code === "unreadable") console.error(`kith: warning: ${printable(error.message)} Skipped.`);
  }
  return index;
}

/**
 * Finds a note's row in the cache. The walk lists the vault in the order it did last time while
 * its folders are unchanged, and the cache is written in that order: the next row is tried
 * first, and only when it is not the note is a map of every row's path made (once).
 */
function cachedRows(cached: CachedNotes | null): (folder: string, name: string) => number {
  if (!cached) return () => -1;
  let next = 0;
  let rows: Map<string, number> | null = null;
  return (folder, name) => {
    if (cached.names[next] === name && cached.folders[next] === folder) return next++;
    rows ??= new Map(cached.names.map((n, i) => [`${cached.folders[i] ?? ""}${n}`, i]));
    const row = rows.get(folder + name) ?? -1;
    if (row !== -1) next = row + 1;
    return row;
  };
}

/** The cache after this call, in the walk's order: each note as read now, else as cached; notes not to be cached left out. */
function cacheOf(
  order: readonly number[],
  cached: CachedNotes | null,
  personAt: ReadonlyMap<number, PersonEntry | undefined>,
  changed: readonly NoteStamp[],
  read: ReadonlyArray<PersonEntry | null | undefined>,
): CachedNotes {
  const fresh: CachedNotes = { folders: [], names: [], sizes: [], mtimes: [], ctimes: [], personRows: [], people: [] };
  const add = (folder: string, name: string, size: number, mtime: number, ctime: number, entry: PersonEntry | null | undefined): void => {
    if (entry) {
      fresh.personRows.push(fresh.names.length);
      fresh.people.push(entry);
    }
    fresh.folders.push(folder);
    fresh.names.push(name);
    fresh.sizes.push(size);
    fresh.mtimes.push(mtime);
    fresh.ctimes.push(ctime);
  };
  for (const at of order) {
    if (at >= 0) {
      if (cached) add(cached.folders[at] ?? "", cached.names[at] ?? "", cached.sizes[at] ?? 0, cached.mtimes[at] ?? 0, cached.ctimes[at] ?? 0, personAt.get(at));
      continue;
    }
    const note = changed[-1 - at];
    const entry = read[-1 - at];
    if (note && entry !== undefined) add(note.folder, note.name, note.size, note.mtimeMs, note.ctimeMs, entry);
  }
  return fresh;
}
