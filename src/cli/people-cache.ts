import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import nodePath from "node:path";
import type { PersonEntry, PersonRules } from "../core";
import { PLUGIN_FOLDER, pluginFolder } from "./plugin-folder";

/** Where the CLI keeps what it knows of the vault's notes between calls. */
export const PEOPLE_CACHE_FILE = `${PLUGIN_FOLDER}/people-cache.json`;

/** The cache file's layout; a file of another format is rebuilt, never read. 2: paths as folder runs and names. */
const CACHE_FORMAT = 2;

/**
 * What a note's entry was read from. A cache written by another build of Kith, or under other
 * rules (people folder, markers, headings), may hold entries this one would read otherwise.
 */
export interface CacheKey {
  program: string;
  rules: string;
}

/**
 * Per note, its stamp when it was read (NoteStamp), in columns in the walk's order, which are
 * quicker to read back than an object of 100,000 keys; per person note (only), its index entry.
 */
export interface CachedNotes {
  paths: string[];
  sizes: number[];
  mtimes: number[];
  ctimes: number[];
  people: Record<string, PersonEntry>;
}

/** What loading the cache found: the notes, or why there are none (null when there simply was no cache). */
export type CacheLoad = { notes: CachedNotes; problem: null } | { notes: null; problem: string | null };

/**
 * On disk, a path is its folder and its name: `folders[i]` holds the next `runs[i]` names (the
 * walk lists a folder's notes together, so a folder is written once per run, not once per note).
 */
interface CacheFile {
  format: number;
  program: string;
  rules: string;
  folders: string[];
  runs: number[];
  names: string[];
  sizes: number[];
  mtimes: number[];
  ctimes: number[];
  people: Record<string, PersonEntry>;
}

/** A path's folder (`""` at the vault's top) and name. */
function splitPath(path: string): [string, string] {
  const slash = path.lastIndexOf("/");
  return [path.slice(0, slash + 1), path.slice(slash + 1)];
}

/** The columns' paths as folder runs and names. */
function foldersOf(paths: readonly string[]): Pick<CacheFile, "folders" | "runs" | "names"> {
  const folders: string[] = [];
  const runs: number[] = [];
  const names: string[] = [];
  for (const path of paths) {
    const [folder, name] = splitPath(path);
    if (folders.length > 0 && folders[folders.length - 1] === folder) runs[runs.length - 1] = (runs[runs.length - 1] ?? 0) + 1;
    else {
      folders.push(folder);
      runs.push(1);
    }
    names.push(name);
  }
  return { folders, runs, names };
}

/** The paths folder runs and names spell; null when the runs do not add up to the names. */
function pathsOf(folders: readonly string[], runs: readonly number[], names: readonly string[]): string[] | null {
  const paths: string[] = [];
  for (const [i, folder] of folders.entries()) {
    const run = runs[i] ?? 0;
    if (!Number.isInteger(run) || run < 1 || paths.length + run > names.length) return null;
    for (const name of names.slice(paths.length, paths.length + run)) paths.push(folder + name);
  }
  return paths.length === names.length ? paths : null;
}

/** The running program's own file, as a version: a new build of Kith reads every note once again. */
export function programVersion(): string {
  const file = process.argv[1] ?? "";
  try {
    const stats = statSync(file);
    return `${file}:${stats.size}:${stats.mtimeMs}`;
  } catch {
    return file;
  }
}

export function cacheKey(rules: PersonRules): CacheKey {
  return { program: programVersion(), rules: JSON.stringify(rules) };
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isEntry(path: string, v: unknown): v is PersonEntry {
  return (
    isObject(v) &&
    v.path === path &&
    isString(v.name) &&
    isString(v.fileName) &&
    isStrings(v.aliases) &&
    isStrings(v.emails) &&
    (v.role === null || isString(v.role)) &&
    (v.company === null || isString(v.company)) &&
    isString(v.handle)
  );
}

const isNumbers = (v: unknown, length: number): v is number[] => Array.isArray(v) && v.length === length && v.every((n) => typeof n === "number");

/** The file's notes when every part of it has the shape written; null when any part has not. */
function notesOf(file: Record<string, unknown>): CachedNotes | null {
  const { folders, runs, names, sizes, mtimes, ctimes, people } = file;
  if (!isStrings(folders) || !isNumbers(runs, folders.length) || !isStrings(names)) return null;
  const paths = pathsOf(folders, runs, names);
  if (paths === null || !isNumbers(sizes, paths.length) || !isNumbers(mtimes, paths.length) || !isNumbers(ctimes, paths.length)) return null;
  if (!isObject(people)) return null;
  // An entry under a path the walk never meets is never looked up: each is checked for its shape only.
  for (const path in people) if (!isEntry(path, people[path])) return null;
  // Checked just above, key by key.
  return { paths, sizes, mtimes, ctimes, people: people as Record<string, PersonEntry> };
}

/**
 * The folder the cache lives in, or null when there is none to use: a vault without `.obsidian`
 * (no Obsidian vault: nothing is made in it), or a plugin folder that cannot be made or leads
 * out of the vault (the recap journal reports those).
 */
async function cacheFolder(vault: string, create: boolean): Promise<string | null> {
  if (!statSafely(nodePath.join(vault, ".obsidian"))?.isDirectory()) return null;
  return pluginFolder(vault, { create, outcome: "no people cache" }).catch(() => null);
}

function statSafely(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * The cached notes of a vault. A cache that cannot be trusted is not used: damaged (not JSON,
 * or not the shape written) or of another format comes back with the problem in words, for a
 * warning; one of another build of Kith or other rules is simply out of date.
 */
export async function loadCache(vault: string, key: CacheKey): Promise<CacheLoad> {
  const folder = await cacheFolder(vault, false);
  if (folder === null) return { notes: null, problem: null };
  let raw: string;
  try {
    raw = readFileSync(nodePath.join(folder, nodePath.basename(PEOPLE_CACHE_FILE)), "utf8");
  } catch {
    return { notes: null, problem: null };
  }
  let file: unknown;
  try {
    file = JSON.parse(raw);
  } catch {
    return { notes: null, problem: `${PEOPLE_CACHE_FILE} is damaged (not JSON); reading every note again to rebuild it.` };
  }
  if (!isObject(file)) return { notes: null, problem: `${PEOPLE_CACHE_FILE} is damaged; reading every note again to rebuild it.` };
  if (file.format !== CACHE_FORMAT) {
    return { notes: null, problem: `${PEOPLE_CACHE_FILE} has another format (${JSON.stringify(file.format) ?? "none"}, this Kith writes ${CACHE_FORMAT}); reading every note again to rebuild it.` };
  }
  if (file.program !== key.program || file.rules !== key.rules) return { notes: null, problem: null };
  const notes = notesOf(file);
  if (notes === null) return { notes: null, problem: `${PEOPLE_CACHE_FILE} is damaged; reading every note again to rebuild it.` };
  return { notes, problem: null };
}

/**
 * Writes the cache whole to a temporary file beside it, then renames it into place, so a reader
 * sees the old cache or the new one. A cache that cannot be written is left out in silence: the
 * next call reads the notes again, and a read-only vault is no error.
 */
export async function saveCache(vault: string, key: CacheKey, notes: CachedNotes): Promise<void> {
  const folder = await cacheFolder(vault, true);
  if (folder === null) return;
  const { paths, sizes, mtimes, ctimes, people } = notes;
  const file: CacheFile = { format: CACHE_FORMAT, program: key.program, rules: key.rules, ...foldersOf(paths), sizes, mtimes, ctimes, people };
  const target = nodePath.join(folder, nodePath.basename(PEOPLE_CACHE_FILE));
  const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(file), { flag: "wx" });
    renameSync(temp, target);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never made
    }
  }
}
