import { isInFence, scanOutline } from "../sections/outline";
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

// Only lines that start like a checkbox item are parsed; everything else is skipped unread.
const TASK_START = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\]/gm;

/** Every task line of a note outside frontmatter and fenced code (Dataview queries live there). */
export function tasksOfNote(text: string): NoteTask[] {
  const outline = scanOutline(text);
  const tasks: NoteTask[] = [];
  let line = 0;
  let counted = 0;
  TASK_START.lastIndex = outline.bodyStart;
  for (let m = TASK_START.exec(text); m; m = TASK_START.exec(text)) {
    const start = m.index;
    // `^` also matches after a lone CR, U+2028 and U+2029; a Markdown line starts after LF.
    if (start > 0 && start !== outline.bodyStart && text.charCodeAt(start - 1) !== 10) continue;
    for (let i = text.indexOf("\n", counted); i !== -1 && i < start; i = text.indexOf("\n", i + 1)) line++;
    counted = start;
    if (isInFence(outline, start)) continue;
    const raw = text.slice(start, lineEnd(text, start));
    const task = parseTaskLine(raw);
    if (task) tasks.push({ line, raw, task });
  }
  return tasks;
}
