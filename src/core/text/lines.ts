/** Small helpers for working on raw text by offsets, so edits never re-join split lines. */

export type Eol = "\n" | "\r\n";

/** The note's line ending: the first line break decides; LF when there is none. */
export function detectEol(text: string): Eol {
  const lf = text.indexOf("\n");
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? "\r\n" : "\n";
}

/** Offset of the line break that ends the line holding `pos` (or the text's length). */
export function lineEnd(text: string, pos: number): number {
  const lf = text.indexOf("\n", pos);
  if (lf === -1) return text.length;
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
}

/** Offset just after the line holding `pos`, its line break included. */
export function nextLineStart(text: string, pos: number): number {
  const lf = text.indexOf("\n", pos);
  return lf === -1 ? text.length : lf + 1;
}

/** A line as offsets: `start` to `end` is its content, `next` is where the following line starts. */
export interface LineSpan {
  start: number;
  end: number;
  next: number;
}

/** The lines between two offsets (start must be a line start). */
export function linesBetween(text: string, from: number, to: number): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = from;
  while (start < to) {
    const end = lineEnd(text, start);
    const next = nextLineStart(text, start);
    lines.push({ start, end, next: Math.min(next, to) === next ? next : to });
    start = next;
  }
  return lines;
}

export function lineText(text: string, line: LineSpan): string {
  return text.slice(line.start, line.end);
}

export function isBlank(s: string): boolean {
  return s.trim() === "";
}

/** 1-based line number of an offset. */
export function lineNumberAt(text: string, pos: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < pos; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Splice `insert` into `text` in place of `from..to`. */
export function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

/**
 * Removes a whole line with its line break. The last line of a text without a final line
 * break takes the break before it instead, so the text still ends without one.
 */
export function removeLine(text: string, line: LineSpan): string {
  const end = Math.min(line.end, text.length);
  const next = Math.min(line.next, text.length);
  if (next === end && line.start > 0) {
    const from = line.start > 1 && text.charCodeAt(line.start - 2) === 13 ? line.start - 2 : line.start - 1;
    return splice(text, from, end, "");
  }
  return splice(text, line.start, next, "");
}
