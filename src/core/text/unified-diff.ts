import { formatPatch, OMIT_HEADERS, structuredPatch, type StructuredPatch } from "diff";
import { MAX_EDIT_DISTANCE, minimalChange } from "./diff";
import { atLineStart, lineNumberAt, nextLineStart, splitLines } from "./lines";

export interface UnifiedDiffOptions {
  /** Unchanged lines shown around each change (default 3). */
  context?: number;
}

/**
 * The unified diff of one file ("git apply" reads it), `--- a/PATH` / `+++ b/PATH` (`/dev/null`
 * for the side that is null: a created or a deleted file); "" when nothing changes. Every byte of
 * each line is kept (a CRLF line stays CRLF). The header is written here: jsdiff would quote a
 * path holding non-ASCII characters.
 */
export function unifiedDiff(path: string, before: string | null, after: string | null, options: UnifiedDiffOptions = {}): string {
  if (before === after) return "";
  const context = options.context ?? 3;
  const [oldText, newText] = [before ?? "", after ?? ""];
  const patch =
    (before !== null && after !== null &&
      structuredPatch("", "", oldText, newText, undefined, undefined, { context, maxEditLength: MAX_EDIT_DISTANCE })) ||
    oneHunk(oldText, newText, context);
  const header = `--- ${before === null ? "/dev/null" : `a/${path}`}\n+++ ${after === null ? "/dev/null" : `b/${path}`}\n`;
  return header + formatPatch(patch, OMIT_HEADERS);
}

/**
 * One hunk replacing the lines that `minimalChange` touches: a created or deleted file, or two
 * texts too far apart for the line diff (as `textChanges` then gives that one change). Its end
 * widens to a line end unless it already ends a line in both texts.
 */
function oneHunk(before: string, after: string, context: number): StructuredPatch {
  const { from, to, insert } = minimalChange(before, after) ?? { from: 0, to: 0, insert: "" };
  const endsLines = atLineStart(before, to) && atLineStart(after, from + insert.length);
  const [a, b] = [splitLines(before), splitLines(after)];
  const same = lineNumberAt(before, from) - 1;
  const sameEnd = splitLines(before.slice(endsLines ? to : nextLineStart(before, to))).length;
  const start = Math.max(0, same - context);
  const end = Math.min(a.length, a.length - sameEnd + context);
  const rows = (mark: string, lines: string[]) =>
    lines.flatMap((line) => (line.endsWith("\n") ? [mark + line.slice(0, -1)] : [mark + line, "\\ No newline at end of file"]));
  const lines = [
    ...rows(" ", a.slice(start, same)),
    ...rows("-", a.slice(same, a.length - sameEnd)),
    ...rows("+", b.slice(same, b.length - sameEnd)),
    ...rows(" ", a.slice(a.length - sameEnd, end)),
  ];
  const hunk = { oldStart: start + 1, oldLines: end - start, newStart: start + 1, newLines: end - start + b.length - a.length };
  return { oldFileName: "", newFileName: "", oldHeader: undefined, newHeader: undefined, hunks: [{ ...hunk, lines }] };
}

