/**
 * Building the people and task indexes from the vault on disk, against merely reading and
 * splitting the same files into lines. Both read every file with the same call, in the same
 * order, from the same (page-cached) temp folder.
 */
import { fs, path } from "./node";
import { PeopleIndex, personEntry, type PersonRules } from "../src/core";
import { TaskIndex } from "./task-index-shim";

export interface VaultFile {
  path: string;
  kind: "person" | "meeting" | "project";
}

export type TaskIndexLike = { setNote(path: string, text: string | null): void; readonly size: number; warmUp?(budget: number): boolean };

/** The task index class, or null while src/core/tasks/task-index.ts is not there (or has another shape). */
export function taskIndexClass(): (new () => TaskIndexLike) | null {
  const cls = TaskIndex as unknown;
  if (typeof cls !== "function") return null;
  const proto = (cls as { prototype?: Record<string, unknown> }).prototype;
  return proto && typeof proto.setNote === "function" ? (cls as new () => TaskIndexLike) : null;
}

/** The baseline: read each file and split it into lines; nothing else. */
export function readAndSplit(dir: string, files: readonly VaultFile[]): number {
  let lines = 0;
  for (const file of files) lines += fs.readFileSync(path.join(dir, file.path), "utf8").split("\n").length;
  return lines;
}

export interface BuiltIndexes {
  people: PeopleIndex;
  tasks: TaskIndexLike | null;
}

/**
 * What the plugin does once the layout is ready: each file read once; person notes (the
 * metadata cache says which, at no cost to the plugin: here the generator's own list) go to
 * the people index; every file goes to the task index.
 */
export function buildIndexes(dir: string, files: readonly VaultFile[], rules: PersonRules, withTasks: boolean): BuiltIndexes {
  const people = new PeopleIndex();
  const Tasks = withTasks ? taskIndexClass() : null;
  const tasks = Tasks ? new Tasks() : null;
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file.path), "utf8");
    if (file.kind === "person") people.set(file.path, personEntry(file.path, text, rules));
    tasks?.setNote(file.path, text);
  }
  return { people, tasks };
}

/** Without a metadata cache (the CLI's `loadPeopleIndex`): every note's frontmatter is parsed to find the people. */
export function buildPeopleWithoutCache(dir: string, files: readonly VaultFile[], rules: PersonRules): PeopleIndex {
  const people = new PeopleIndex();
  for (const file of files) people.set(file.path, personEntry(file.path, fs.readFileSync(path.join(dir, file.path), "utf8"), rules));
  return people;
}
