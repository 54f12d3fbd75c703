import { lineEnd } from "../text/lines";
import { forEachOpenCheckboxLine } from "./note-tasks";
import { parseTaskBox, parseTaskLine, taskDue, taskHandles } from "./task-line";
import { isOpenStatus, type TaskStatusType } from "./task-status";

/** An open task as the index gives it out. */
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
  /** The box's character. */
  status: string;
  /** `todo` or `in-progress`: the index holds open tasks only. */
  statusType: TaskStatusType;
  due: string | null;
  /** A due value that is no calendar date (`2022-02-29`), shown as invalid; `due` is then null. */
  dueInvalid: string | null;
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

/** What the index keeps of an open task: its line; the rest is read from the line when asked. */
interface KeptLine {
  line: number;
  raw: string;
}

/** What the maps are keyed by, read from an open task's line alone (no dates, no description): the text after the box. */
interface OpenLine extends KeptLine {
  text: string;
}

/** Case and Unicode form ignored: what names and texts are compared in. */
const fold = (s: string): string => s.normalize("NFC").toLowerCase();
/** The words of a text, folded: runs of letters and digits, each once. */
const wordsOf = (s: string): Set<string> => new Set(fold(s).match(/[\p{L}\p{N}]+/gu));
/** The words a note is listed under: those with a letter. Runs of digits alone (the dates of every task) name no one. */
const keyWordsOf = (s: string): Set<string> => new Set(fold(s).match(/[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*/gu));
const handleKey = (handle: string): string => fold(handle.startsWith("@") ? handle : `@${handle}`);

/**
 * A copy of `s` that holds no other string alive. V8 makes a slice of 13 characters or more a
 * view into the whole source: a line kept as sliced would keep its whole note in memory.
 */
const copy = (s: string): string => [s.slice(0, 1), s.slice(1)].join("");

/** What tasks are ordered by. */
type TaskOrder = Pick<IndexedTask, "due" | "path" | "line">;

/** Due date first (undated last), then note and line: the order of Dataview's `SORT due ASC`. */
export function compareTasks(a: TaskOrder, b: TaskOrder): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line;
}

/** The task on a line, as `parseTaskLine` reads it, when it is an open one. */
function openTask(path: string, line: number, raw: string): IndexedTask | null {
  const task = parseTaskLine(raw);
  if (!task?.open) return null;
  const { text, description, status, statusType, due, dueInvalid, recurring, handles } = task;
  return { path, line, raw, text, description, status, statusType, due, dueInvalid, recurring, handles };
}

/** The line with its text when it is an open task: the box alone decides, so the build skips dates and descriptions. */
function openLine(line: number, raw: string): OpenLine | null {
  const box = parseTaskBox(raw);
  return box && isOpenStatus(box.status) ? { line, raw, text: box.text } : null;
}

/** Notes by the words of their tasks, and by the `@Handle`s in them (keys folded). */
interface LookupMaps {
  byWord: Map<string, Set<string>>;
  byHandle: Map<string, Set<string>>;
}

/**
 * Open tasks (`[ ]`, `[/]` and every other status the Tasks plugin reads as open) of the vault, by note, and the notes by the words and `@Handle`s
 * of their tasks (Dataview's shape: maps of sets of paths), so the panel finds a person's
 * tasks without reading notes. One note's text in = that note's entries replaced; nothing
 * else is touched. Measured alone at 100,000 meetings (300,000 open tasks): a full object per
 * task in sets of tasks keeps 289 MB, its lines as sliced 797 MB; kept lines copied and sets
 * of notes keep 115 MB, under the plugin's 150 MB.
 *
 * The words and handles maps are made after the notes are in (prepareLookups, a batch of notes
 * at a time, which the plugin runs between frames once its build is done), then kept current:
 * they are more than half the work (about 1.5 million note-under-key entries for 300,000
 * tasks), and `kith tasks` does not need them. A lookup before they are whole makes the rest.
 */
export class TaskIndex {
  private readonly byPath = new Map<string, KeptLine[]>();
  /** The lookup maps: null until prepareLookups begins them; whole once `unlisted` is null. */
  private lookups: LookupMaps | null = null;
  /** The notes prepareLookups has still to list (a live iterator: notes added meanwhile come too). */
  private unlisted: IterableIterator<string> | null = null;
  private count = 0;

  /** Open tasks in the index. */
  get size(): number {
    return this.count;
  }

  /** Paths of the notes that hold open tasks. */
  paths(): IterableIterator<string> {
    return this.byPath.keys();
  }

  tasksIn(path: string): IndexedTask[] {
    return (this.byPath.get(path) ?? []).flatMap(({ line, raw }) => openTask(path, line, raw) ?? []);
  }

  /** Replaces a note's tasks with those of its text; null removes them (the note is gone or left out). */
  setNote(path: string, text: string | null): void {
    const lines: OpenLine[] = [];
    if (text !== null) {
      forEachOpenCheckboxLine(text, (start, _boxEnd, line) => {
        const open = openLine(line, text.slice(start, lineEnd(text, start)));
        if (open) lines.push(open);
      });
    }
    this.replace(path, lines);
  }

  rename(oldPath: string, newPath: string): void {
    const lines = this.openLinesIn(oldPath);
    this.replace(oldPath, []);
    this.replace(newPath, lines);
  }

  /**
   * Open tasks whose text contains the name (case and spacing ignored) with each word of the
   * name a word of the task (`Ann Lee` is not in `Ann Leeds`), soonest due first. The notes
   * searched are those under the name's rarest word with a letter (all notes for a name of digits).
   */
  mentioning(name: string): IndexedTask[] {
    const needle = fold(name.replace(/\s+/g, " ").trim());
    const words = [...wordsOf(needle)];
    if (words.length === 0) return [];
    const byWord = this.wordIndex();
    const lists = [...keyWordsOf(needle)].map((word) => byWord.get(word) ?? new Set<string>());
    const notes = lists.sort((a, b) => a.size - b.size)[0] ?? this.byPath.keys();
    const mentions = (task: IndexedTask): boolean => {
      const taskWords = wordsOf(task.text);
      return words.every((word) => taskWords.has(word)) && fold(task.text).includes(needle);
    };
    return this.tasksOf(notes).filter(mentions);
  }

  /**
   * Every open task, soonest due first, each read from its line as it is reached: a vault's
   * whole list (320,000 tasks, 125 MB read) is never held at once, only each line's order.
   */
  *all(): IterableIterator<IndexedTask> {
    const order = [...this.byPath].flatMap(([path, lines]) => lines.map(({ line, raw }) => ({ path, line, raw, due: taskDue(raw) })));
    for (const { path, line, raw } of order.sort(compareTasks)) {
      const task = openTask(path, line, raw);
      if (task) yield task;
    }
  }

  /** Open tasks that carry this `@Handle` (case ignored), soonest due first. */
  ownedBy(handle: string): IndexedTask[] {
    const key = handleKey(handle);
    return this.tasksOf(this.handleIndex().get(key)).filter((task) => task.handles.some((h) => handleKey(h) === key));
  }

  /** Both of a person's lists; a task they own is listed once, under `owned`. */
  forPerson(name: string, handle: string): PersonTasks {
    const key = handleKey(handle);
    const mentioned = this.mentioning(name).filter((task) => !task.handles.some((h) => handleKey(h) === key));
    return { mentioned, owned: this.ownedBy(handle) };
  }

  /** The tasks of these notes, soonest due first. */
  private tasksOf(paths: Iterable<string> | undefined): IndexedTask[] {
    return [...(paths ?? [])].flatMap((path) => this.tasksIn(path)).sort(compareTasks);
  }

  /**
   * Puts `tasks` in place of the note's tasks, in every map. Only what changed is added or
   * taken off: V8 slows down on a big Set or Map whose same key is deleted and added again
   * and again (each time leaves a hole on the key's chain), as one note edited keystroke by
   * keystroke would do.
   */
  private replace(path: string, lines: OpenLine[]): void {
    const old = this.openLinesIn(path);
    this.count += lines.length - old.length;
    // The lines copied: a slice of the note's text would keep the whole text in memory.
    if (lines.length > 0) this.byPath.set(path, lines.map(({ line, raw }) => ({ line, raw: copy(raw) })));
    else this.byPath.delete(path);
    // Kept current from the start, whole or not: a note listed again later is only added again.
    if (this.lookups) updateKeys(this.lookups.byWord, path, keyWordsOf(textsOf(old)), keyWordsOf(textsOf(lines)));
    if (this.lookups) updateKeys(this.lookups.byHandle, path, handlesOf(old), handlesOf(lines));
  }

  /** A note's kept lines with their texts, as `setNote` read them. */
  private openLinesIn(path: string): OpenLine[] {
    return (this.byPath.get(path) ?? []).flatMap(({ line, raw }) => openLine(line, raw) ?? []);
  }

  /**
   * Lists up to `batch` more notes in the lookup maps (the notes by the words and by the
   * `@Handle`s of their tasks); true once every note is listed. Call it until it says so.
   */
  prepareLookups(batch = Infinity): boolean {
    if (!this.lookups) {
      this.lookups = { byWord: new Map(), byHandle: new Map() };
      this.unlisted = this.byPath.keys();
    }
    for (let listed = 0; this.unlisted && listed < batch; listed++) {
      const next = this.unlisted.next();
      if (next.done) this.unlisted = null;
      else this.list(next.value, this.lookups);
    }
    return this.unlisted === null;
  }

  /** One note under each word and handle of its tasks. */
  private list(path: string, maps: LookupMaps): void {
    const lines = this.openLinesIn(path);
    for (const key of keyWordsOf(textsOf(lines))) addTo(maps.byWord, key, path);
    for (const key of handlesOf(lines)) addTo(maps.byHandle, key, path);
  }

  /** The notes by the words of their tasks, whole. */
  private wordIndex(): Map<string, Set<string>> {
    this.prepareLookups();
    return this.lookups?.byWord ?? new Map<string, Set<string>>();
  }

  /** The notes by the `@Handle`s of their tasks, whole. */
  private handleIndex(): Map<string, Set<string>> {
    this.prepareLookups();
    return this.lookups?.byHandle ?? new Map<string, Set<string>>();
  }
}

const textsOf = (lines: OpenLine[]): string => lines.map((line) => line.text).join("\n");
const handlesOf = (lines: OpenLine[]): Set<string> => new Set(lines.flatMap((line) => taskHandles(line.text).map(handleKey)));

/** The note listed under the keys it gained and taken off those it lost. */
function updateKeys(map: Map<string, Set<string>>, path: string, before: Set<string>, after: Set<string>): void {
  for (const key of after) if (!before.has(key)) addTo(map, key, path);
  for (const key of before) if (!after.has(key)) removeFrom(map, key, path);
}
/** Adds `path` to the set under `key`, making the set when missing. */
function addTo(map: Map<string, Set<string>>, key: string, path: string): void {
  const set = map.get(key);
  if (set) set.add(path);
  else map.set(key, new Set([path]));
}

/** Takes `path` off the set under `key`, and the set off the map when it is left empty. */
function removeFrom(map: Map<string, Set<string>>, key: string, path: string): void {
  const set = map.get(key);
  if (set?.delete(path) && set.size === 0) map.delete(key);
}
