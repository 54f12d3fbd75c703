import nodePath from "node:path";
import { FrontmatterError, KithError, isKithError, isPersonNote, nameKey, notAPersonMessage, resolvePerson, type PeopleIndex, type PersonEntry } from "../../core";
import { closest, didYouMean } from "../did-you-mean";
import { loadPeople } from "../people";
import type { VaultContext } from "../vault";

function looksLikePath(query: string): boolean {
  return query.includes("/") || query.includes("\\") || query.toLowerCase().endsWith(".md");
}

/**
 * The vault path of the person a query names: the path of an existing note, else a name, file
 * name, alias or email through the people index. A path is returned even when it is no person
 * (or its frontmatter is malformed), so the caller's check can say why it is refused instead of
 * "not found"; a path outside the vault is refused by the store.
 */
export async function findPersonPath(ctx: VaultContext, query: string): Promise<string> {
  if (looksLikePath(query)) {
    const path = nodePath.posix.normalize(query.replace(/\\/g, "/"));
    for (const candidate of path.endsWith(".md") ? [path] : [path, `${path}.md`]) {
      if ((await ctx.store.read(candidate)) !== null) return candidate;
    }
  }
  return findPerson(await loadPeople(ctx), query).path;
}

/** The person a query names (see resolvePerson); when it names no one, the message guesses whom it meant. */
export function findPerson(index: PeopleIndex, query: string): PersonEntry {
  try {
    return resolvePerson(index, query);
  } catch (error) {
    if (!isKithError(error) || error.code !== "not-found") throw error;
    const guesses = closest(nameKey(query), index.entries(), (e) => [e.name, e.fileName, ...e.aliases].map(nameKey));
    throw new KithError("not-found", `${error.message}${didYouMean(guesses.map((e) => e.name))}`);
  }
}

/** The text of a person note; refuses notes that are not people (malformed YAML throws FrontmatterError). */
export async function readPersonNote(ctx: VaultContext, path: string): Promise<string> {
  const text = await ctx.store.read(path);
  if (text === null) throw new KithError("not-found", `No note at ${path}.`);
  if (!isPersonNote(text, path, ctx.rules)) {
    throw new KithError("not-a-person", notAPersonMessage(text, path, ctx.rules));
  }
  return text;
}

/** Runs work on one note; a frontmatter error names the note, since the core's message cannot. */
export async function inNote<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FrontmatterError) throw new KithError(error.code, `${path}: ${error.message}`);
    throw error;
  }
}
