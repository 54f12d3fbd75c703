import { scanLinks, type PersonEntry } from "../../../core";
import type { NoteModel, PanelSources } from "./panel-model";
import { personCard } from "./person-card";

const WORD = /[\p{L}\p{N}]+/gu;

function fold(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

/** Where a name first stands as whole words in the folded text, or -1. */
function wordAt(folded: string, name: string): number {
  const needle = fold(name);
  const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    if (!isWord(folded[at - 1]) && !isWord(folded[at + needle.length])) return at;
  }
  return -1;
}

/** The person a link names: by path, else by file name, name or alias when only one person fits. */
function linkedPerson(target: string, sources: PanelSources): PersonEntry | null {
  const byPath = sources.people.get(`${target}.md`) ?? sources.people.get(target);
  if (byPath) return byPath;
  const { exact } = sources.people.match(target.split("/").pop() ?? target);
  return exact.length === 1 && exact[0] ? exact[0] : null;
}

/**
 * Any other note: the people it links to, and those it names (whole words, case ignored) or
 * tags by handle, in order of first appearance. Reads only the note's text and the indexes.
 */
export function noteModel(path: string, text: string, sources: PanelSources): NoteModel {
  const first = new Map<string, { entry: PersonEntry; at: number }>();
  const seen = (entry: PersonEntry, at: number): void => {
    const known = first.get(entry.path);
    if (entry.path !== path && at !== -1 && (!known || at < known.at)) first.set(entry.path, { entry, at });
  };
  for (const link of scanLinks(text)) {
    const person = link.embed ? null : linkedPerson(link.linkpath.trim().replace(/\.md$/i, ""), sources);
    if (person) seen(person, link.start);
  }
  const folded = fold(text);
  const words = new Set(folded.match(WORD) ?? []);
  for (const entry of sources.people.entries()) {
    // A set lookup rules most people out before any substring search.
    const nameWords = fold(entry.name).match(WORD) ?? [];
    if (nameWords.length > 0 && nameWords.every((w) => words.has(w))) seen(entry, wordAt(folded, entry.name));
    if (words.has(fold(entry.handle).slice(1))) seen(entry, folded.indexOf(fold(entry.handle)));
  }
  const people = [...first.values()].sort((a, b) => a.at - b.at).map(({ entry }) => personCard(entry, sources));
  return { kind: "note", path, people };
}
