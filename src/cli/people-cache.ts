import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import nodePath from "node:path";
import type { PersonEntry, PersonRules } from "../core";
import { unicodeEscape } from "../core/text/unicode";
import { PLUGIN_FOLDER, pluginFolder } from "./plugin-folder";

/** Where the CLI keeps what it knows of the vault's notes between calls. */
export const PEOPLE_CACHE_FILE = `${PLUGIN_FOLDER}/people-cache.json`;

/**
 * The cache file's layout; a file of another format is rebuilt, never read. 2: paths as folder
 * runs and names; 3: people by row.
 */
const CACHE_FORMAT = 3;

/**
 * What a note's entry was read from. A cache written by another build of Kith, or under other
 * rules (people folder, markers, headings), may hold entries this one would read otherwise.
 */
export interface CacheKey {
  program: string;
  rules: string;
}

/**
 * Per note (a row), its folder and name (NoteStamp's) and its stamp when it was read, in
 * columns in the walk's order, which are quicker to read back than an object of 100,000 keys;
 * per person note (only), the row it is at and its index entry.
 */
export interface CachedNotes {
  folders: string[];
  names: string[];
  sizes: number[];
  mtimes: number[];
  ctimes: number[];
  /** Ascending. */
  personRows: number[];
  people: PersonEntry[];
}

/** What loading the cache found: the notes, or why there are none (null when there simply was no cache). */
export type CacheLoad = { notes: CachedNotes; problem: null } | { notes: null; problem: string | null };

/**
 * On disk, a row's folder is written once per run of rows in it: `folders[i]` holds the next
 * `runs[i]` rows (the walk lists a folder's notes together).
 */
interface CacheFile extends Omit<CachedNotes, "folders"> {
  format: number;
  program: string;
  rules: string;
  folders: string[];
  runs: number[];
}

/** Each row's folder as runs: a folder and how many rows in a row are in it. */
function runsOf(rowFolders: readonly string[]): Pick<CacheFile, "folders" | "runs"> {
  const folders: string[] = [];
  const runs: number[] = [];
  for (const folder of rowFolders) {
    if (folders.length > 0 && folders[folders.length - 1] === folder) runs[runs.length - 1] = (runs[runs.length - 1] ?? 0) + 1;
    else {
      folders.push(folder);
      runs.push(1);
    }
  }
  return { folders, runs };
}

/** Each row's folder, from runs that must add up to `rows`; null when they do not. */
function rowFoldersOf(folders: readonly string[], runs: readonly number[], rows: number): string[] | null {
  const rowFolders: string[] = [];
  for (const [i, folder] of folders.entries()) {
    const run = runs[i] ?? 0;
    if (!Number.isInteger(run) || run < 1 || rowFolders.length + run > rows) return null;
    for (let n = 0; n < run; n++) rowFolders.push(folder);
  }
  return rowFolders.length === rows ? rowFolders : null;
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

const isRows = (v: unknown, rows: number): v is number[] =>
  Array.isArray(v) && v.every((n, i) => Number.isInteger(n) && n >= 0 && n < rows && (i === 0 || n > (v[i - 1] as number)));

/** The file's notes when every part of it has the shape written; null when any part has not. */
function notesOf(file: Record<string, unknown>): CachedNotes | null {
  const { folders, runs, names, sizes, mtimes, ctimes, personRows, people } = file;
  if (!isStrings(folders) || !isNumbers(runs, folders.length) || !isStrings(names)) return null;
  const rowFolders = rowFoldersOf(folders, runs, names.length);
  if (rowFolders === null || !isNumbers(sizes, names.length) || !isNumbers(mtimes, names.length) || !isNumbers(ctimes, names.length)) return null;
  if (!isRows(personRows, names.length) || !Array.isArray(people) || people.length !== personRows.length) return null;
  // Each entry is of the note at its row.
  if (!personRows.every((row, i) => isEntry(`${rowFolders[row] ?? ""}${names[row] ?? ""}`, people[i]))) return null;
  // Checked just above, entry by entry.
  return { folders: rowFolders, names, sizes, mtimes, ctimes, personRows, people: people as PersonEntry[] };
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
 * JSON with every character past ASCII written as a \u escape, which JSON.parse reads back as
 * the same text. A file all in ASCII is decoded on the one-byte path: at 110,500 notes a warm
 * call reads the cache in 136 ms where a few hundred accented names made it 187 ms, and holds
 * 13 MB less.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, unicodeEscape);
}

/** Items per piece when a column is written: a piece's text is small, where the whole file's would be 13 MB at once. */
const PIECE = 4096;

/**
 * The file's JSON, written piece by piece: JSON.stringify of the whole cache would hold the
 * file's text (13 MB for 110,500 notes) on top of the columns, the peak of a call that rewrites it.
 * The same value as JSON.stringify(file), in ASCII (asciiJson).
 */
function writeJson(path: string, file: CacheFile): void {
  const fd = openSync(path, "wx");
  try {
    let first = true;
    for (const [key, value] of Object.entries(file)) {
      writeSync(fd, `${first ? "{" : ","}${asciiJson(key)}:`);
      first = false;
      if (!Array.isArray(value)) {
        writeSync(fd, asciiJson(value));
        continue;
      }
      writeSync(fd, "[");
      for (let at = 0; at < value.length; at += PIECE) writeSync(fd, `${at > 0 ? "," : ""}${asciiJson(value.slice(at, at + PIECE)).slice(1, -1)}`);
      writeSync(fd, "]");
    }
    writeSync(fd, first ? "{}" : "}");
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the cache whole to a temporary file beside it, then renames it into place, so a reader
 * sees the old cache or the new one. A cache that cannot be written is left out in silence: the
 * next call reads the notes again, and a read-only vault is no error.
 */
export async function saveCache(vault: string, key: CacheKey, notes: CachedNotes): Promise<void> {
  const folder = await cacheFolder(vault, true);
  if (folder === null) return;
  const file: CacheFile = { format: CACHE_FORMAT, program: key.program, rules: key.rules, ...notes, ...runsOf(notes.folders) };
  const target = nodePath.join(folder, nodePath.basename(PEOPLE_CACHE_FILE));
  const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    writeJson(temp, file);
    renameSync(temp, target);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never made
    }
  }
}
