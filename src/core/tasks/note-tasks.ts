import { scanCodeBlocks, scanOutline, type CodeBlocks } from "../sections/outline";
import { lineEnd } from "../text/lines";
import { parseTaskLine, type TaskLine } from "./task-line";

/** A task line of a note, where it is and what it says. */
export interface NoteTask {
  /** 0-based line number, as Obsidian's editor and metadata cache count. */
  line: number;
  /** The whole line as written, to re-check before an edit. */
  raw: string;
  task: TaskLine;
}

// Only lines that start like a checkbox item are looked at; everything else is skipped unread.
// Before the marker: spaces, tabs and the `>` of blockquotes and callouts (`> - [ ]`, `>- [ ]`).
// Anchored on the LF itself rather than a multiline `^`, so the engine jumps between line
// breaks instead of trying every offset, and a lone CR, U+2028 or U+2029 never starts a line.
// The first body line, which has no LF before it, is tried on its own (sticky).
const TASK_AFTER_LF = /\n[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\]/g;
const TASK_HERE = /[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\]/y;
// A box that can be open: any character but those of the done and cancelled statuses (`x`, `X`,
// `-`: task-status.ts). The task index looks at lines with such a box only.
const OPEN_BOX = /\[[^xX\n-]\]/g;
const OPEN_HERE = /[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^xX\n-]\]/y;

type CheckboxVisitor = (start: number, boxEnd: number, line: number) => void;

/**
 * Calls `visit(start, boxEnd, line)` for each line of the body that starts like a checkbox
 * item (`- [?]`, `1. [?]`), outside fenced code and comments, in order: `start` is the line's offset,
 * `boxEnd` the offset just after its `]`, `line` its 0-based number. Whether the rest of the
 * line makes it a task is the caller's to decide.
 */
function forEachCheckboxLine(text: string, outline: CodeBlocks, visit: CheckboxVisitor): void {
  const take = lineTaker(text, outline, visit);
  const { bodyStart } = outline;
  TASK_HERE.lastIndex = bodyStart;
  const first = TASK_HERE.test(text);
  if (first) take(bodyStart, TASK_HERE.lastIndex);
  TASK_AFTER_LF.lastIndex = first ? TASK_HERE.lastIndex : bodyStart;
  for (let m = TASK_AFTER_LF.exec(text); m; m = TASK_AFTER_LF.exec(text)) take(m.index + 1, TASK_AFTER_LF.lastIndex);
}

/**
 * The same for boxes that can be open (any character but `x`, `X`, `-`), as the task index
 * reads every note: the boxes are found by their text, then the start of their line checked;
 * a note without one is not scanned at all (not even for its outline).
 */
export function forEachOpenCheckboxLine(text: string, visit: CheckboxVisitor): void {
  OPEN_BOX.lastIndex = 0;
  if (!OPEN_BOX.test(text)) return;
  const outline = scanCodeBlocks(text);
  const { bodyStart } = outline;
  const take = lineTaker(text, outline, visit);
  OPEN_BOX.lastIndex = bodyStart;
  for (let m = OPEN_BOX.exec(text); m; m = OPEN_BOX.exec(text)) {
    const box = m.index;
    const start = Math.max(text.lastIndexOf("\n", box) + 1, bodyStart);
    OPEN_HERE.lastIndex = start;
    // A line's own box is its first `[`: a later box on a line that is no task is text.
    if (OPEN_HERE.test(text) && OPEN_HERE.lastIndex === box + 3) take(start, box + 3);
    const next = text.indexOf("\n", box);
    if (next === -1) break;
    OPEN_BOX.lastIndex = next;
  }
}

/** Passes lines on to `visit` with their numbers (counted as they come, in order), less those in fenced code or a comment. */
function lineTaker(text: string, outline: CodeBlocks, visit: CheckboxVisitor): (start: number, boxEnd: number) => void {
  const { fences, comments } = outline;
  let line = 0;
  let counted = 0;
  return (start, boxEnd) => {
    for (let i = text.indexOf("\n", counted); i !== -1 && i < start; i = text.indexOf("\n", i + 1)) line++;
    counted = start;
    for (let f = 0; f < fences.length; f++) {
      const fence = fences[f];
      if (fence && start >= fence[0] && start < fence[1]) return;
    }
    if (comments.some(([from, to]) => start >= from && start < to)) return;
    visit(start, boxEnd, line);
  };
}

/** Every task line of a note outside frontmatter, fenced code (Dataview queries live there) and comments. */
export function tasksOfNote(text: string): NoteTask[] {
  const tasks: NoteTask[] = [];
  forEachCheckboxLine(text, scanOutline(text), (start, _boxEnd, line) => {
    const raw = text.slice(start, lineEnd(text, start));
    const task = parseTaskLine(raw);
    if (task) tasks.push({ line, raw, task });
  });
  return tasks;
}
