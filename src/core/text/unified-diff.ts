import { textChanges } from "./diff";
import { splitLines } from "./lines";

/**
 * Unified diffs ("git apply" reads them) built on the line diff of ./diff: the changes it
 * finds are widened to whole lines, grouped into hunks with context, and printed with every
 * byte of each line kept (a CRLF line stays CRLF).
 */

/** Lines `a0..a1` of the old text become lines `b0..b1` of the new one (0-based, ends excluded). */
interface LineEdit {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** The offset each line starts at, plus the text's length at the end. */
function lineStarts(lines: readonly string[]): number[] {
  const starts = [0];
  for (const line of lines) starts.push((starts[starts.length - 1] ?? 0) + line.length);
  return starts;
}

/** Index of the line holding `offset` (an offset at a line start belongs to that line). */
function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether `offset` is where a line starts (or the text ends) in `text`. */
function atLineStart(text: string, offset: number): boolean {
  return offset === 0 || offset === text.length || text[offset - 1] === "\n";
}

/**
 * The changes between two texts as whole-line edits. Each change of the line diff is widened
 * to the lines it touches on both sides, so that the lines it removes and the lines it adds
 * both end where a line ends.
 */
function lineEdits(before: string, after: string): LineEdit[] {
  const aStarts = lineStarts(splitLines(before));
  const bStarts = lineStarts(splitLines(after));
  const edits: LineEdit[] = [];
  let delta = 0; // offset in `after` minus offset in `before`, past the changes so far
  for (const change of textChanges(before, after)) {
    const shift = change.insert.length - (change.to - change.from);
    // A change at the very end of a text whose last line has no line break changes that line.
    const atOpenEnd = change.from === before.length && before !== "" && !before.endsWith("\n");
    const start = aStarts[lineIndexAt(aStarts, atOpenEnd ? change.from - 1 : change.from)] ?? 0;
    let end = change.to;
    // `end` must start a line in both texts; else the change reaches to the end of its line.
    if (!atLineStart(before, end) || !atLineStart(after, end + delta + shift)) {
      const lf = before.indexOf("\n", end);
      end = lf === -1 ? before.length : lf + 1;
    }
    edits.push({
      a0: lineIndexAt(aStarts, start),
      a1: end === before.length ? aStarts.length - 1 : lineIndexAt(aStarts, end),
      b0: lineIndexAt(bStarts, start + delta),
      b1: end + delta + shift === after.length ? bStarts.length - 1 : lineIndexAt(bStarts, end + delta + shift),
    });
    delta += shift;
  }
  return mergeTouching(edits);
}

/** Edits that overlap or meet become one. */
function mergeTouching(edits: readonly LineEdit[]): LineEdit[] {
  const merged: LineEdit[] = [];
  for (const edit of edits) {
    const last = merged[merged.length - 1];
    if (last && edit.a0 <= last.a1) {
      last.a1 = Math.max(last.a1, edit.a1);
      last.b1 = Math.max(last.b1, edit.b1);
    } else {
      merged.push({ ...edit });
    }
  }
  return merged;
}

/** Edits closer than twice the context share a hunk. */
function groupEdits(edits: readonly LineEdit[], context: number): LineEdit[][] {
  const groups: LineEdit[][] = [];
  for (const edit of edits) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && edit.a0 - last.a1 <= 2 * context) group.push(edit);
    else groups.push([edit]);
  }
  return groups;
}

/** One diff line: its mark, its text with its own line break (CR included), and a note when it has none. */
function diffLine(mark: " " | "-" | "+", line: string): string {
  return line.endsWith("\n") ? `${mark}${line}` : `${mark}${line}\n\\ No newline at end of file\n`;
}

/** `start,count` of a hunk header: the 1-based first line, or the line before an empty range. */
function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`;
}

function hunk(a: readonly string[], b: readonly string[], group: readonly LineEdit[], context: number): string {
  const first = group[0];
  const last = group[group.length - 1];
  if (!first || !last) return "";
  const aStart = Math.max(0, first.a0 - context);
  const aEnd = Math.min(a.length, last.a1 + context);
  const bStart = first.b0 - (first.a0 - aStart);
  const bEnd = last.b1 + (aEnd - last.a1);
  let body = "";
  let i = aStart;
  for (const edit of group) {
    for (; i < edit.a0; i++) body += diffLine(" ", a[i] ?? "");
    for (let k = edit.a0; k < edit.a1; k++) body += diffLine("-", a[k] ?? "");
    for (let k = edit.b0; k < edit.b1; k++) body += diffLine("+", b[k] ?? "");
    i = edit.a1;
  }
  for (; i < aEnd; i++) body += diffLine(" ", a[i] ?? "");
  return `@@ -${range(aStart, aEnd - aStart)} +${range(bStart, bEnd - bStart)} @@\n${body}`;
}

export interface UnifiedDiffOptions {
  /** Unchanged lines shown around each change (default 3). */
  context?: number;
}

/**
 * The unified diff of one file, `--- a/PATH` / `+++ b/PATH` (`/dev/null` for the side that is
 * null: a created or a deleted file); "" when nothing changes.
 */
export function unifiedDiff(path: string, before: string | null, after: string | null, options: UnifiedDiffOptions = {}): string {
  if (before === after || (before === null && after === null)) return "";
  const context = options.context ?? 3;
  const oldText = before ?? "";
  const newText = after ?? "";
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const header = `--- ${before === null ? "/dev/null" : `a/${path}`}\n+++ ${after === null ? "/dev/null" : `b/${path}`}\n`;
  const edits = before === null || after === null ? [{ a0: 0, a1: a.length, b0: 0, b1: b.length }] : lineEdits(oldText, newText);
  return header + groupEdits(edits, context).map((group) => hunk(a, b, group, context)).join("");
}
