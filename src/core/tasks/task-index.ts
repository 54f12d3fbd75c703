import { lineEnd } from "../text/lines";
import { forEachOpenCheckboxLine } from "./note-tasks";
import { isRecurring, isWordChar, parseTaskLine, taskDescription, taskDue, taskHandles } from "./task-line";

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

/**
 * An indexed task keeps its line (a copy), where it is, its status and due date; the rest is
 * read from the line when asked, which the panel does for the few tasks it shows.
 */
class Task implements IndexedTask {
  /** Set when the task leaves the index; the word and handle lists drop it lazily. */
  removed = false;

  constructor(
    readonly path: string,
    readonly line: number,
    readonly raw: string,
    readonly status: string,
    readonly due: string | null,
    /** Where the text after the checkbox starts in `raw`. */
    readonly textStart: number,
  ) {}

  get text(): string {
    return this.raw.slice(this.textStart);
  }

  get description(): string {
    return taskDescription(this.text);
  }

  get recurring(): boolean {
    return isRecurring(this.text);
  }

  get handles(): string[] {
    return taskHandles(this.text);
  }

  moved(path: string): Task {
    return new Task(path, this.line, this.raw, this.status, this.due, this.textStart);
  }

  /** The task's fields as `IndexedTask` names them (JSON would otherwise miss the computed ones). */
  toJSON(): IndexedTask {
    const { path, line, raw, text, description, status, due, recurring, handles } = this;
    return { path, line, raw, text, description, status, due, recurring, handles };
  }
}

/** A task whose text is not simply the rest of its line (the line ends in a stray CR). */
class OddTask extends Task {
  constructor(path: string, line: number, raw: string, status: string, due: string | null, textStart: number, private readonly ownText: string) {
    super(path, line, raw, status, due, textStart);
  }

  override get text(): string {
    return this.ownText;
  }

  override moved(path: string): Task {
    return new OddTask(path, this.line, this.raw, this.status, this.due, this.textStart, this.ownText);
  }
}

/**
 * A copy of `s` that holds no other string alive. V8 makes a slice of 13 characters or more
 * a view into the whole source (the note's text); joining two pieces writes a new flat string.
 */
function detach(s: string): string {
  return s.length < 13 ? s.slice(0) : [s.slice(0, 1), s.slice(1)].join("");
}

const WORD = /[\p{L}\p{N}]+/gu;
// Characters NFC may change, in some text or other: all but those it leaves as they are
// wherever they stand (no decomposition, never the second half of a composition, combining
// class 0), which are ASCII and Latin up to U+02FF, punctuation, arrows and symbols (less
// U+2329/U+232A), VS16 and the emoji plane; checked against every code point. A text with
// none of these is NFC already, and normalize() would copy it for nothing.
const MAY_CHANGE_IN_NFC = /[\u0300-\u200f\u2028-\u202f\u205f-\u218f\u2329\u232a\u27c0-\ufe0e\ufe10-\uffff\u{10000}-\u{1efff}\u{1fb00}-\u{10ffff}]/u;

function fold(s: string): string {
  return (MAY_CHANGE_IN_NFC.test(s) ? s.normalize("NFC") : s).toLowerCase();
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

/**
 * The tasks under one word or handle, in an array: removed tasks stay in it until they make
 * up half of it (then it is compacted), so a removal never searches the array.
 */
interface Posting {
  tasks: Task[];
  /** Tasks in `tasks` not removed: what "rarest word" compares. */
  live: number;
  /** The last task counted in or out here, so a word repeated in a task counts once. */
  stamp: number;
}

/** A word's posting, chained to the other words of the same hash. */
interface WordPosting extends Posting {
  word: string;
  next: WordPosting | null;
}

function compact(posting: Posting): void {
  if (posting.tasks.length > 2 * posting.live + 4) posting.tasks = posting.tasks.filter((t) => !t.removed);
}

function liveTasks(posting: Posting | null | undefined): Task[] {
  const tasks: Task[] = [];
  if (posting) for (const task of posting.tasks) if (!task.removed) tasks.push(task);
  return tasks;
}

// FNV-1a over a word's UTF-16 code units, cut to 30 bits: a small integer on every V8 build.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const HASH_MASK = 0x3fffffff;

function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash & HASH_MASK;
}

/** ASCII `A`-`Z` to `a`-`z`; every other code unit as it is. */
function lowerAscii(unit: number): number {
  return unit >= 65 && unit <= 90 ? unit + 32 : unit;
}

// Per code point, learnt as met: whether folding leaves it to itself (NFC leaves it as it is
// wherever it stands, and it lowercases to one code point whatever stands around it: all but
// U+03A3, whose small form depends on the next letter, and U+0130, which lowercases to two),
// and its lowercase. Checked against every code point; see `readPlainWords`.
const PLAIN_KNOWN = 1;
const PLAIN = 2;
const bmpPlain = new Uint8Array(0x10000);
const bmpLower = new Uint16Array(0x10000);
const astralPlain = new Map<number, boolean>();
const astralLower = new Map<number, number>();

function learn(codePoint: number): boolean {
  const char = String.fromCodePoint(codePoint);
  const lower = char.toLowerCase();
  const plain = !MAY_CHANGE_IN_NFC.test(char) && codePoint !== 0x3a3 && lower.length === char.length && [...lower].length === 1;
  const lowerCodePoint = plain ? (lower.codePointAt(0) ?? codePoint) : codePoint;
  if (codePoint < 0x10000) {
    bmpPlain[codePoint] = PLAIN_KNOWN | (plain ? PLAIN : 0);
    bmpLower[codePoint] = lowerCodePoint;
  } else {
    astralPlain.set(codePoint, plain);
    astralLower.set(codePoint, lowerCodePoint);
  }
  return plain;
}

function isPlain(codePoint: number): boolean {
  if (codePoint < 0x10000) {
    const known = bmpPlain[codePoint] ?? 0;
    return known === 0 ? learn(codePoint) : (known & PLAIN) !== 0;
  }
  return astralPlain.get(codePoint) ?? learn(codePoint);
}

/** The lowercase of a code point `isPlain` said yes to. */
function lowerOf(codePoint: number): number {
  if (codePoint < 128) return lowerAscii(codePoint);
  return (codePoint < 0x10000 ? bmpLower[codePoint] : astralLower.get(codePoint)) ?? codePoint;
}

/**
 * The words of a task's text as `words` finds them (`WORD` in the folded text), as offsets
 * and hashes rather than strings: `wordCount` triples (start, end, hash) in `spans`, into
 * `spanText`. A text of plain code points only (nearly every text) is not folded: its
 * `spanText` is the text itself, and its words are lowercased code point by code point as
 * they are read (`spanFolded` false). That is what folding would give: NFC leaves such a
 * text as it is, its lowercase is that of each code point, of the same length, and a code
 * point is a letter or digit exactly when its lowercase is (both checked against every code
 * point). Any other text is folded first (`spanFolded` true).
 */
let spans = new Int32Array(96);
let wordCount = 0;
let spanText = "";
let spanFolded = false;

function readWords(text: string): void {
  if (readPlainWords(text)) {
    spanText = text;
    spanFolded = false;
    return;
  }
  spanText = fold(text);
  spanFolded = true;
  readFoldedWords(spanText);
}

function pushSpan(start: number, end: number, hash: number): void {
  if (wordCount * 3 + 3 > spans.length) {
    const grown = new Int32Array(spans.length * 2);
    grown.set(spans);
    spans = grown;
  }
  spans[wordCount * 3] = start;
  spans[wordCount * 3 + 1] = end;
  spans[wordCount * 3 + 2] = hash & HASH_MASK;
  wordCount++;
}

function hashCodePoint(hash: number, codePoint: number): number {
  if (codePoint < 0x10000) return Math.imul(hash ^ codePoint, FNV_PRIME);
  const high = 0xd800 + ((codePoint - 0x10000) >> 10);
  const low = 0xdc00 + ((codePoint - 0x10000) & 0x3ff);
  return Math.imul(Math.imul(hash ^ high, FNV_PRIME) ^ low, FNV_PRIME);
}

/** The words of a text of plain code points, lowercased as read; false (spans unusable) at the first code point that is not plain. */
function readPlainWords(text: string): boolean {
  wordCount = 0;
  const length = text.length;
  let start = -1;
  let hash = FNV_OFFSET;
  for (let i = 0; i < length; i++) {
    let codePoint = text.charCodeAt(i);
    const at = i;
    if (codePoint >= 128) {
      if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      if (!isPlain(codePoint)) return false;
    }
    if (isWordChar(codePoint)) {
      if (start === -1) {
        start = at;
        hash = FNV_OFFSET;
      }
      hash = hashCodePoint(hash, lowerOf(codePoint));
    } else if (start !== -1) {
      pushSpan(start, at, hash);
      start = -1;
    }
  }
  if (start !== -1) pushSpan(start, length, hash);
  return true;
}

/** The words of a folded text: runs of letters and digits, by code point. */
function readFoldedWords(folded: string): void {
  wordCount = 0;
  const length = folded.length;
  let start = -1;
  let hash = FNV_OFFSET;
  for (let i = 0; i < length; i++) {
    const unit = folded.charCodeAt(i);
    let codePoint = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
      const low = folded.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isWordChar(codePoint)) {
      if (start === -1) {
        start = i;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ unit, FNV_PRIME);
      if (width === 2) hash = Math.imul(hash ^ folded.charCodeAt(i + 1), FNV_PRIME);
    } else if (start !== -1) {
      pushSpan(start, i, hash);
      start = -1;
    }
    i += width - 1;
  }
  if (start !== -1) pushSpan(start, length, hash);
}

/** Whether `word` is the word at `start`..`end` of `spanText` (lowercased as read when not `spanFolded`). */
function isSpanWord(word: string, start: number, end: number): boolean {
  if (spanFolded) {
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== spanText.charCodeAt(start + i)) return false;
    return true;
  }
  let j = 0;
  for (let i = start; i < end; i++) {
    let codePoint = spanText.charCodeAt(i);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < end) {
      codePoint = (codePoint - 0xd800) * 0x400 + (spanText.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      i++;
    }
    const lower = lowerOf(codePoint);
    if (lower < 0x10000) {
      if (word.charCodeAt(j++) !== lower) return false;
    } else if (word.codePointAt(j) !== lower) return false;
    else j += 2;
  }
  return j === word.length;
}

/** Postings by word: hashed, the words of a hash chained; found from a span of `spanText`, no string made. */
class WordTable {
  private readonly heads = new Map<number, WordPosting>();

  find(word: string): WordPosting | null {
    for (let p = this.heads.get(hashOf(word)) ?? null; p; p = p.next) if (p.word === word) return p;
    return null;
  }

  /** The posting of the `k`th word read by `readWords`; made when missing and `create`. */
  at(k: number, create: boolean): WordPosting | null {
    const start = spans[k * 3] ?? 0;
    const end = spans[k * 3 + 1] ?? 0;
    const hash = spans[k * 3 + 2] ?? 0;
    const head = this.heads.get(hash) ?? null;
    for (let p = head; p; p = p.next) if (isSpanWord(p.word, start, end)) return p;
    if (!create) return null;
    const word = spanText.slice(start, end);
    const posting: WordPosting = { word: detach(spanFolded ? word : word.toLowerCase()), tasks: [], live: 0, stamp: 0, next: head };
    this.heads.set(hash, posting);
    return posting;
  }

  /** Unlinks a posting left without tasks. */
  drop(posting: WordPosting): void {
    const hash = hashOf(posting.word);
    const head = this.heads.get(hash);
    if (head === posting) {
      if (posting.next) this.heads.set(hash, posting.next);
      else this.heads.delete(hash);
      return;
    }
    for (let p = head ?? null; p; p = p.next) {
      if (p.next === posting) {
        p.next = posting.next;
        return;
      }
    }
  }
}

const SPACE = /\s/;
// Line breaks JavaScript knows inside a Markdown line: such a line is left to parseTaskLine.
const ODD_BREAK = /[\r\u2028\u2029]/;

/**
 * Open tasks (`[ ]`, `[/]`) of the vault by the words in their text and by `@Handle`, so the
 * panel finds a person's tasks without reading or scanning notes. One note's text in = that
 * note's entries replaced; nothing else is touched. The word and handle lists are made on the
 * first query (one pass over the tasks), then kept current note by note.
 */
export class TaskIndex {
  private readonly byPath = new Map<string, Task[]>();
  private readonly byWord = new WordTable();
  private readonly byHandle = new Map<string, Posting>();
  /** One string per due date, shared by its tasks; by the date as a number (20260310). */
  private readonly dates = new Map<number, string>();
  private count = 0;
  /**
   * Whether `byWord` and `byHandle` are built. They are built on the first query rather than
   * note by note, so indexing a vault costs little more than finding its tasks; from then on
   * each note's update keeps them current.
   */
  private searchable = false;
  /** The tasks of each note already in the word and handle lists (while they are being built). */
  private readonly listed = new WeakSet<Task[]>();
  /** Where `warmUp` goes on: the notes in order; one set again later comes round again. */
  private warming: IterableIterator<Task[]> | null = null;
  /** Counts the tasks added and removed: a posting marked with the current one has the task counted. */
  private stamp = 0;

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
    let notePath: string | null = null;
    const tasks: Task[] = [];
    forEachOpenCheckboxLine(text, (start, boxEnd, line) => {
      const task = this.read((notePath ??= detach(path)), text, start, boxEnd, line);
      if (task) tasks.push(task);
    });
    this.insert(path, tasks);
  }

  rename(oldPath: string, newPath: string): void {
    const tasks = this.byPath.get(oldPath);
    this.remove(oldPath);
    this.remove(newPath);
    if (!tasks) return;
    const notePath = detach(newPath);
    this.insert(newPath, tasks.map((t) => t.moved(notePath)));
  }

  /** Open tasks whose text contains the name (case ignored), soonest due first. */
  mentioning(name: string): IndexedTask[] {
    this.makeSearchable();
    const needle = fold(name.replace(/\s+/g, " ").trim());
    const keys = words(needle);
    if (keys.length === 0) return [];
    // The rarest word of the name narrows the candidates; the substring test decides.
    let candidates: Posting | null = null;
    for (const key of keys) {
      const posting = this.byWord.find(key);
      if (!posting) return [];
      if (!candidates || posting.live < candidates.live) candidates = posting;
    }
    const found: Task[] = [];
    for (const task of candidates?.tasks ?? []) if (!task.removed && fold(task.text).includes(needle)) found.push(task);
    return found.sort(compareTasks);
  }

  /** Open tasks that carry this `@Handle` (case ignored), soonest due first. */
  ownedBy(handle: string): IndexedTask[] {
    this.makeSearchable();
    const key = fold(handle.startsWith("@") ? handle : `@${handle}`);
    return liveTasks(this.byHandle.get(key)).sort(compareTasks);
  }

  /** Both of a person's lists; a task they own is listed once, under `owned`. */
  forPerson(name: string, handle: string): PersonTasks {
    const owned = this.ownedBy(handle);
    const ownedSet = new Set(owned);
    return { mentioned: this.mentioning(name).filter((t) => !ownedSet.has(t)), owned };
  }

  /** The open task on the checkbox line at `start` (its `]` just before `boxEnd`), or null when the line is not a task. */
  private read(path: string, text: string, start: number, boxEnd: number, line: number): Task | null {
    const raw = detach(text.slice(start, lineEnd(text, start)));
    if (ODD_BREAK.test(raw)) {
      const task = parseTaskLine(raw);
      if (!task?.open) return null;
      const due = this.date(task.due);
      return task.text === raw.slice(task.textStart)
        ? new Task(path, line, raw, task.status, due, task.textStart)
        : new OddTask(path, line, raw, task.status, due, task.textStart, detach(task.text));
    }
    // As parseTaskLine reads it (`\]\s?(.*)$`): one space after the box is not the text's.
    let textStart = boxEnd - start;
    const next = raw.charCodeAt(textStart);
    if (next === 32 || next === 9 || next === 11 || next === 12 || (next > 127 && SPACE.test(raw.charAt(textStart)))) textStart++;
    const status = raw.charCodeAt(boxEnd - start - 2) === 47 ? "/" : " ";
    // The list marker and box before the text hold no date: the line reads as its text does.
    return new Task(path, line, raw, status, this.date(taskDue(raw)), textStart);
  }

  private date(due: string | null): string | null {
    if (due === null) return null;
    // `due` is YYYY-MM-DD (taskDue reads no other shape).
    let key = 0;
    for (let i = 0; i < due.length; i++) {
      const digit = due.charCodeAt(i) - 48;
      if (digit >= 0 && digit <= 9) key = key * 10 + digit;
    }
    const shared = this.dates.get(key);
    if (shared === due) return shared;
    const copy = detach(due);
    if (shared === undefined) this.dates.set(key, copy);
    return copy;
  }

  /**
   * Builds the word and handle lists a part at a time, so a host can do it in the background
   * after indexing, in slices that leave the UI free: lists about `budget` tasks and says
   * whether the lists are complete. A query before then completes them at once.
   */
  warmUp(budget: number): boolean {
    if (this.searchable) return true;
    // A Map's iterator is live: notes set during the warm-up come round at the end.
    this.warming ??= this.byPath.values();
    let listed = 0;
    while (listed < budget) {
      const next = this.warming.next();
      if (next.done) {
        this.searchable = true;
        this.warming = null;
        return true;
      }
      listed += this.list(next.value);
    }
    return false;
  }

  private list(tasks: Task[]): number {
    if (this.listed.has(tasks)) return 0;
    for (const task of tasks) this.add(task);
    this.listed.add(tasks);
    return tasks.length;
  }

  private insert(path: string, tasks: Task[]): void {
    if (tasks.length === 0) return;
    this.byPath.set(path, tasks);
    this.count += tasks.length;
    if (this.searchable || this.warming) this.list(tasks);
  }

  private remove(path: string): void {
    const tasks = this.byPath.get(path);
    if (!tasks) return;
    this.byPath.delete(path);
    this.count -= tasks.length;
    const listed = this.listed.has(tasks);
    for (const task of tasks) {
      task.removed = true;
      if (listed) this.drop(task);
    }
  }

  private makeSearchable(): void {
    this.warmUp(Infinity);
  }

  /** Lists the task under its words and handles. */
  private add(task: Task): void {
    const stamp = ++this.stamp;
    const text = task.text;
    readWords(text);
    for (let k = 0; k < wordCount; k++) {
      const posting = this.byWord.at(k, true);
      if (!posting || posting.stamp === stamp) continue;
      posting.stamp = stamp;
      posting.tasks.push(task);
      posting.live++;
    }
    if (text.includes("@")) for (const handle of taskHandles(text)) this.addHandle(fold(handle), task);
  }

  /** Counts the (removed) task out of its words and handles. */
  private drop(task: Task): void {
    const stamp = ++this.stamp;
    const text = task.text;
    readWords(text);
    for (let k = 0; k < wordCount; k++) {
      const posting = this.byWord.at(k, false);
      if (!posting || posting.stamp === stamp) continue;
      posting.stamp = stamp;
      posting.live--;
      if (posting.live <= 0) this.byWord.drop(posting);
      else compact(posting);
    }
    if (text.includes("@")) for (const handle of taskHandles(text)) this.removeHandle(fold(handle));
  }

  private addHandle(key: string, task: Task): void {
    let posting = this.byHandle.get(key);
    if (!posting) this.byHandle.set(detach(key), (posting = { tasks: [], live: 0, stamp: 0 }));
    if (posting.stamp === this.stamp) return;
    posting.stamp = this.stamp;
    posting.tasks.push(task);
    posting.live++;
  }

  private removeHandle(key: string): void {
    const posting = this.byHandle.get(key);
    if (!posting || posting.stamp === this.stamp) return;
    posting.stamp = this.stamp;
    posting.live--;
    if (posting.live <= 0) this.byHandle.delete(key);
    else compact(posting);
  }
}
