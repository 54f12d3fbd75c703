import { readFile } from "node:fs/promises";
import nodePath from "node:path";
import { excludedFiles, isKithError, type PeopleIndex } from "../core";
import { TaskIndex } from "../core/tasks";
import type { FsNoteStore } from "./fs-note-store";
import { loadPeople } from "./people";
import { printable } from "./printable";
import type { VaultContext } from "./vault";

/** Obsidian's own settings file in a vault, where its "Excluded files" live. */
export const APP_CONFIG_FILE = ".obsidian/app.json";

/**
 * What the panel's task index leaves out (core `excludedFiles`): Obsidian's "Excluded files",
 * read from app.json, and the template note. A missing or unreadable app.json excludes nothing.
 */
async function excludedNotes(vault: string, templatePath: string): Promise<(path: string) => boolean> {
  const config: unknown = await readFile(nodePath.join(vault, ...APP_CONFIG_FILE.split("/")), "utf8")
    .then((raw) => JSON.parse(raw.replace(/^\uFEFF/, "")) as unknown)
    .catch(() => null);
  const filters = (config as { userIgnoreFilters?: unknown } | null)?.userIgnoreFilters;
  return excludedFiles(Array.isArray(filters) ? filters : [], templatePath);
}

/** The same store, whose reads also go to `seen` (the path before the read, the text after). */
function tapReads(store: FsNoteStore, seen: { path(path: string): void; text(path: string, text: string | null): void }): FsNoteStore {
  const tapped = Object.create(store) as FsNoteStore;
  tapped.read = async (path) => {
    seen.path(path);
    const text = await store.read(path);
    seen.text(path, text);
    return text;
  };
  tapped.readListed = (path) => {
    seen.path(path);
    const text = store.readListed(path);
    seen.text(path, text);
    return text;
  };
  return tapped;
}

/** The vault's open tasks, as the panel indexes them, and its people when `withPeople`. */
export interface VaultTasks {
  tasks: TaskIndex;
  people: PeopleIndex | null;
}

/**
 * Builds the task index the panel keeps, from every note of the vault, each read once: when the
 * people are needed too, the notes the people index reads are fed to the task index as they
 * are read, and only the rest is read after. A note that cannot be read is skipped with a
 * warning on stderr, as every command does.
 */
export async function loadVaultTasks(ctx: VaultContext, vault: string, withPeople: boolean): Promise<VaultTasks> {
  const excluded = await excludedNotes(vault, ctx.settings.templatePath);
  const tasks = new TaskIndex();
  const read = new Set<string>();
  const seen = {
    path: (path: string) => read.add(path),
    text: (path: string, text: string | null) => {
      if (!excluded(path)) tasks.setNote(path, text);
    },
  };
  const people = withPeople ? await loadPeople({ ...ctx, store: tapReads(ctx.store, seen) }) : null;
  for (const path of await ctx.store.list()) {
    if (read.has(path)) continue;
    seen.path(path);
    try {
      seen.text(path, ctx.store.readListed(path));
    } catch (error) {
      if (!isKithError(error) || error.code !== "unreadable") throw error;
      console.error(`kith: warning: ${printable(error.message)} Skipped.`);
    }
  }
  for (const warning of ctx.store.warnings.splice(0)) console.error(`kith: warning: ${printable(warning)}`);
  return { tasks, people };
}
