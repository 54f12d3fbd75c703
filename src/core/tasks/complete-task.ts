import { KithError } from "../errors";
import { isIsoDate } from "../dates";
import { lineEnd } from "../text/lines";
import { applyTextEdit } from "../text/text-edit";
import { parseTaskLine } from "./task-line";

const BLOCK_ID = /\s\^[A-Za-z0-9-]+\s*$/;

/** Start offsets of every line, so a task can be found by its line number; the first line's starts after a BOM, as the index reads it. */
function lineStarts(text: string): number[] {
  const starts = [text.startsWith("\uFEFF") ? 1 : 0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The offset of the task line: at `line` when it still reads `raw`; else the one line
 * anywhere that reads `raw` (lines above it were added or removed). Refuses when the line is
 * gone or appears twice: completing a guess would change the wrong task.
 */
function locate(text: string, line: number, raw: string): number {
  const starts = lineStarts(text);
  const at = starts[line];
  const read = (start: number): string => text.slice(start, lineEnd(text, start));
  if (at !== undefined && read(at) === raw) return at;
  const found = starts.filter((s) => read(s) === raw);
  if (found.length === 1 && found[0] !== undefined) return found[0];
  throw new KithError(
    "conflict",
    found.length === 0 ? "The task changed since the panel read it; nothing was written." : "The task appears twice in its note; open the note to complete it.",
  );
}

/**
 * Completes one task the way the Tasks plugin does: `[x]` and ` ✅ YYYY-MM-DD` at the end,
 * before a trailing `^block-id`. Only that line changes. Any open status (`[ ]`, `[/]`, `[>]`,
 * `[?]`, ...) becomes `[x]`, as Tasks toggles an unknown status to `x`. A task that is not open
 * (done or cancelled) is left as it is; a recurring one is refused, since the Tasks plugin
 * creates its next occurrence.
 */
export function completeTask(text: string, line: number, raw: string, today: string): string {
  if (!isIsoDate(today)) throw new KithError("invalid-date", `"${today}" is not a date (YYYY-MM-DD).`);
  const start = locate(text, line, raw);
  const task = parseTaskLine(raw);
  if (!task) throw new KithError("not-found", "That line is not a task.");
  if (!task.open) return text;
  if (task.recurring) throw new KithError("invalid-value", "A recurring task is completed in the Tasks plugin, which creates the next one.");
  // Only the box's character changes: a `> ` of a blockquote or callout before it stays as written.
  let done = `${raw.slice(0, task.statusStart)}x${raw.slice(task.statusStart + 1)}`.trimEnd();
  if (task.done === null) {
    const blockId = BLOCK_ID.exec(done);
    const at = blockId ? blockId.index : done.length;
    done = `${done.slice(0, at)} ✅ ${today}${done.slice(at)}`;
  }
  // The line's own break (LF or CRLF) and everything after it stay as they are.
  return applyTextEdit(text, { from: start, to: lineEnd(text, start), insert: done });
}
