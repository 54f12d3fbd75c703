import { tasksOfNote } from "./note-tasks";

/** An open task as the index keeps it: copies of its strings, never slices of the note. */
export interface IndexedTask {
  path: string;
  /** 0-based line number in the note. */
  line: number;
  /** The whole line as written, to re-check before completing it. */
  raw: string;
  /** The text after the checkbox. */
  text: string;
  /** The text without dates, fields and block id: what the panel shows. */
  description: string;
  status: string;
  due: string | null;
  recurring: boolean;
  /** `@Handle`s in the text, as written. */
  handles: string[];
}

/** A person's open tasks: those mentioning the name, and those they own (`@Handle`). */
export interface PersonTasks {
  /** Open tasks whose text contains the name, less the ones in `owned`. */
  mentioned: IndexedTask[];
  owned: IndexedTask[];
}

// V8 keeps a whole source text alive behind a sliced substring; a concatenation copy drops it.
function detach(s: string): string {
  return (" " + s).slice(1);
}

const WORD = /[\p{L}\p{N}]+/gu;

function fold(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

function words(s: string): string[] {
  return fold(s).match(WORD) ?? [];
}

/** Due date first (undated last), then note and line: the order of Dataview's `SORT due ASC`. */
export function compareTasks(a: IndexedTask, b: IndexedTask): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line;
}

function addTo<K>(map: Map<K, Set<IndexedTask>>, key: K, task: IndexedTask): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(task);
}

function removeFrom<K>(map: Map<K, Set<IndexedTask>>, key: K, task: IndexedTask): void {
  const set = map.get(key);
  set?.delete(task);
  if (set?.size === 0) map.delete(key);
}

/**
 * Open tasks (`[ ]`, `[/]`) of the vault by the words in their text and by `@Handle`, so the
 * panel finds a person's tasks without reading or scanning notes. One note's text in = that
 * note's entries replaced; nothing else is touched.
 */
export class TaskIndex {
  private readonly byPath = new Map<string, IndexedTask[]>();
  private readonly byWord = new Map<string, Set<IndexedTask>>();
  private readonly byHandle = new Map<string, Set<IndexedTask>>();
  private count = 0;

  /** Open tasks in the index. */
  get size(): number {
    return this.count;
  }

  /** Paths of the notes that hold open tasks. */
  paths(): IterableIterator<string> {
    return this.byPath.keys();
  }

  tasksIn(path: string): readonly IndexedTask[] {
    return this.byPath.get(path) ?? [];
  }

  /** Replaces a note's tasks with those of its text; null removes them (the note is gone or left out). */
  setNote(path: string, text: string | null): void {
    this.remove(path);
    if (text === null) return;
    const tasks: IndexedTask[] = [];
    for (const { line, raw, task } of tasksOfNote(text)) {
      if (!task.open) continue;
      tasks.push({
        path: detach(path),
        line,
        raw: detach(raw),
        text: detach(task.text),
        description: detach(task.description),
        status: task.status,
        due: task.due === null ? null : detach(task.due),
        recurring: task.recurring,
        handles: task.handles.map(detach),
      });
    }
    this.insert(path, tasks);
  }

  rename(oldPath: string, newPath: string): void {
    const tasks = this.byPath.get(oldPath);
    this.remove(oldPath);
    if (tasks) this.insert(newPath, tasks.map((t) => ({ ...t, path: newPath })));
  }

  /** Open tasks whose text contains the name (case ignored), soonest due first. */
  mentioning(name: string): IndexedTask[] {
    const needle = fold(name.replace(/\s+/g, " ").trim());
    const keys = words(needle);
    if (keys.length === 0) return [];
    // The rarest word of the name narrows the candidates; the substring test decides.
    let candidates: Set<IndexedTask> | undefined;
    for (const key of keys) {
      const set = this.byWord.get(key);
      if (!set) return [];
      if (!candidates || set.size < candidates.size) candidates = set;
    }
    return [...(candidates ?? [])].filter((t) => fold(t.text).includes(needle)).sort(compareTasks);
  }

  /** Open tasks that carry this `@Handle` (case ignored), soonest due first. */
  ownedBy(handle: string): IndexedTask[] {
    const key = fold(handle.startsWith("@") ? handle : `@${handle}`);
    return [...(this.byHandle.get(key) ?? [])].sort(compareTasks);
  }

  /** Both of a person's lists; a task they own is listed once, under `owned`. */
  forPerson(name: string, handle: string): PersonTasks {
    const owned = this.ownedBy(handle);
    const ownedSet = new Set(owned);
    return { mentioned: this.mentioning(name).filter((t) => !ownedSet.has(t)), owned };
  }

  private insert(path: string, tasks: IndexedTask[]): void {
    if (tasks.length === 0) return;
    this.byPath.set(path, tasks);
    this.count += tasks.length;
    for (const task of tasks) {
      for (const word of new Set(words(task.text))) addTo(this.byWord, word, task);
      for (const handle of new Set(task.handles.map(fold))) addTo(this.byHandle, handle, task);
    }
  }

  private remove(path: string): void {
    const tasks = this.byPath.get(path);
    if (!tasks) return;
    this.byPath.delete(path);
    this.count -= tasks.length;
    for (const task of tasks) {
      for (const word of new Set(words(task.text))) removeFrom(this.byWord, word, task);
      for (const handle of new Set(task.handles.map(fold))) removeFrom(this.byHandle, handle, task);
    }
  }
}
