import type { KithError } from "../errors";
import { nameKey } from "../person/names";
import type { PersonEntry } from "./entry";

export interface PersonMatch {
  /** People whose name, file name, alias or email is the query (case, accents, order ignored). */
  exact: PersonEntry[];
  /** People the query names only in part (a first name alone): never taken silently. */
  partial: PersonEntry[];
}

/**
 * Names, file names, aliases and emails -> person notes. Updated one note at a time, so a
 * change costs one entry, never a rebuild.
 */
export class PeopleIndex {
  private readonly byPath = new Map<string, PersonEntry>();
  private readonly byKey = new Map<string, Set<string>>();
  /** Each person's name words (nameKey), kept so a partial lookup does not normalise every name again: an import of 2,000 cards makes 2,000 lookups. */
  private readonly nameWords = new Map<string, string[]>();
  /** Name word -> the notes whose name has it, so a partial lookup reads only the people who share its rarest word, not everyone (2,000 cards against 10,000 people: 2.5 s scanning). */
  private readonly byWord = new Map<string, Set<string>>();
  /**
   * Notes that could not be indexed, with why in words (unreadable, malformed frontmatter):
   * a lookup that finds no one names the note that may be the person, instead of "no one".
   */
  readonly unindexed = new Map<string, KithError>();

  get size(): number {
    return this.byPath.size;
  }

  entries(): IterableIterator<PersonEntry> {
    return this.byPath.values();
  }

  get(path: string): PersonEntry | undefined {
    return this.byPath.get(path);
  }

  /** Sets a note's entry; null removes it (the note is not, or no longer, a person). */
  set(path: string, entry: PersonEntry | null): void {
    this.remove(path);
    if (!entry) return;
    this.byPath.set(path, entry);
    const words = nameKey(entry.name).split(" ");
    this.nameWords.set(path, words);
    for (const word of words) {
      let paths = this.byWord.get(word);
      if (!paths) this.byWord.set(word, (paths = new Set()));
      paths.add(path);
    }
    for (const key of keysOf(entry)) {
      let paths = this.byKey.get(key);
      if (!paths) this.byKey.set(key, (paths = new Set()));
      paths.add(path);
    }
  }

  remove(path: string): void {
    const old = this.byPath.get(path);
    if (!old) return;
    this.byPath.delete(path);
    for (const word of this.nameWords.get(path) ?? []) {
      const paths = this.byWord.get(word);
      paths?.delete(path);
      if (paths?.size === 0) this.byWord.delete(word);
    }
    this.nameWords.delete(path);
    for (const key of keysOf(old)) {
      const paths = this.byKey.get(key);
      paths?.delete(path);
      if (paths?.size === 0) this.byKey.delete(key);
    }
  }

  rename(oldPath: string, newPath: string, entry: PersonEntry | null): void {
    this.remove(oldPath);
    this.set(newPath, entry);
  }

  /** People the query names: exact matches, else those it names in part. */
  match(query: string): PersonMatch {
    const key = query.includes("@") ? query.trim().toLowerCase() : nameKey(query);
    const exact = [...(this.byKey.get(key) ?? [])].map((p) => this.byPath.get(p)).filter((e): e is PersonEntry => !!e);
    if (exact.length > 0 || key === "") return { exact, partial: [] };
    const words = key.split(" ");
    // The rarest word's people, in the index's order (each word's set is filled in the order the notes were set).
    let fewest: Set<string> | undefined;
    for (const word of words) {
      const paths = this.byWord.get(word);
      if (!paths) return { exact: [], partial: [] };
      if (!fewest || paths.size < fewest.size) fewest = paths;
    }
    const partial: PersonEntry[] = [];
    for (const path of fewest ?? []) {
      const nameWords = this.nameWords.get(path) ?? [];
      const entry = this.byPath.get(path);
      if (entry && words.every((w) => nameWords.includes(w))) partial.push(entry);
    }
    return { exact: [], partial };
  }
}

function keysOf(entry: PersonEntry): Set<string> {
  const keys = new Set<string>([nameKey(entry.name), nameKey(entry.fileName)]);
  for (const alias of entry.aliases) keys.add(nameKey(alias));
  for (const email of entry.emails) keys.add(email);
  keys.delete("");
  return keys;
}
