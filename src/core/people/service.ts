import { FrontmatterError, KithError, isKithError } from "../errors";
import type { NoteEdit, NoteStore, ProcessResult } from "../note-store";
import { isPersonNote, notAPersonMessage, type PersonRules } from "../person/is-person";
import { newPersonNote, type NewPersonOptions } from "../person/new-note";
import { nameKey, personFileName } from "../person/names";
import { fileNameOf, personEntry, readPersonEntry, type PersonEntry } from "./entry";
import { PeopleIndex } from "./people-index";

/**
 * Reads every Markdown note once and indexes the people (for the CLI and for tests). A note
 * that cannot be read, or whose frontmatter is malformed, is kept in `unindexed` with why, and
 * the others are indexed.
 */
export async function loadPeopleIndex(store: NoteStore, rules: PersonRules = {}): Promise<PeopleIndex> {
  const index = new PeopleIndex();
  for (const path of await store.list()) {
    try {
      const text = await store.read(path);
      if (text !== null) index.set(path, readPersonEntry(path, text, rules));
    } catch (error) {
      if (error instanceof FrontmatterError) index.unindexed.set(path, new KithError(error.code, `${path}: ${error.message}`));
      else if (isKithError(error) && error.code === "unreadable") index.unindexed.set(path, error);
      else throw error;
    }
  }
  return index;
}

function describe(entries: PersonEntry[]): string {
  return entries.map((e) => `${e.name} (${e.path})`).join(", ");
}

/** The one person a query names: a path, or a name, file name, alias or email. */
export function resolvePerson(index: PeopleIndex, query: string): PersonEntry {
  const byPath = index.get(query) ?? index.get(`${query}.md`);
  if (byPath) return byPath;
  const { exact, partial } = index.match(query);
  if (exact.length === 1 && exact[0]) return exact[0];
  if (exact.length > 1) throw new KithError("ambiguous", `"${query}" names ${exact.length} people: ${describe(exact)}.`);
  if (partial.length > 0) {
    throw new KithError("ambiguous", `"${query}" matches only part of a name: ${describe(partial)}. Use the full name or the path.`);
  }
  // A note that would be this person but cannot be read says why, rather than "no one".
  const key = nameKey(query);
  for (const [path, problem] of index.unindexed) {
    if (nameKey(fileNameOf(path)) === key || path === query || path === `${query}.md`) throw problem;
  }
  throw new KithError("not-found", `No person note named "${query}".`);
}

/** Runs an edit on a person note atomically; a note that is not a person note is refused. */
export function editPersonNote(store: NoteStore, path: string, edit: NoteEdit, rules: PersonRules = {}): Promise<ProcessResult> {
  return store.process(path, (text) => {
    if (!isPersonNote(text, path, rules)) {
      throw new KithError("not-a-person", notAPersonMessage(text, path, rules));
    }
    return edit(text);
  });
}

export interface CreatePersonResult {
  path: string;
  created: boolean;
}

/**
 * Creates a person note in `folder`, unless someone by that name, alias or email already
 * has one: then that note's path comes back and nothing is written.
 */
export async function createPerson(
  store: NoteStore,
  index: PeopleIndex,
  name: string,
  folder: string,
  options: NewPersonOptions,
): Promise<CreatePersonResult> {
  // The same name, alias or email is the same person: no twin.
  const existing = index.match(name).exact[0] ?? (options.email ? index.match(options.email).exact[0] : undefined);
  if (existing) return { path: existing.path, created: false };
  const file = `${personFileName(name)}.md`;
  const path = folder.replace(/^\/+|\/+$/g, "") === "" ? file : `${folder.replace(/^\/+|\/+$/g, "")}/${file}`;
  const sameFile = (await store.list()).find((p) => p.toLowerCase() === path.toLowerCase());
  // `Dana Okafor.` has Dana Okafor's file name: if that note is a person, it is theirs.
  if (sameFile && index.get(sameFile)) return { path: sameFile, created: false };
  if (sameFile) throw new KithError("exists", `${sameFile} already exists and is not a person note named "${name}".`);
  const text = newPersonNote(name, options);
  await store.create(path, text);
  index.set(path, personEntry(path, text, { personType: options.personType }));
  return { path, created: true };
}
