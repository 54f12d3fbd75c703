/** Small helpers for working on raw text by offsets, so edits never re-join split lines. */
import { CR, LF } from "./char-codes";

export type Eol = "\n" | "\r\n";

/** The note's line ending: the first line break decides; LF when there is none. */
export function detectEol(text: string): Eol {
  const lf = text.indexOf("\n");
  return lf > 0 && text.charCodeAt(lf - 1) === CR ? "\r\n" : "\n";
}

/**
 * The line break to insert at `at` when a line break starts the insertion: `eol`, but CRLF right
 * after a CR (a lone CR ending a note's last line, which Kith reads as part of that line): an LF
 * there would turn that CR into half of a CRLF, while a CRLF after it keeps it a lone CR.
 */
export function breakAt(text: string, at: number, eol: Eol): Eol {
  return at > 0 && text.charCodeAt(at - 1) === CR ? "\r\n" : eol;
}

/** Offset of the line break that ends the line holding `pos` (or the text's length). */
export function lineEnd(text: string, pos: number): number {
  const lf = text.indexOf("\n", pos);
  if (lf === -1) return text.length;
  return lf > 0 && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
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
  // Same white space as trim(), without making the trimmed copy.
  return !NOT_SPACE.test(s);
}

const NOT_SPACE = /\S/;

/** The line starting at `start`: one search for its line break gives both its end and the next line. */
export function lineAt(text: string, start: number): LineSpan {
  const lf = text.indexOf("\n", start);
  if (lf === -1) return { start, end: text.length, next: text.length };
  return { start, end: lf > start && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf, next: lf + 1 };
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
 * break takes the break before it instead, so the text still ends without one; so do the
 * empty lines right above it (`a\n\nb` less `b` is `a`: keeping the empty line would give the
 * text a final line break). A line with anything on it, even a space or a lone CR, stays.
 */
export function removeLine(text: string, line: LineSpan): string {
  const end = Math.min(line.end, text.length);
  const next = Math.min(line.next, text.length);
  if (next === end && line.start > 0) {
    let from = line.start;
    while (from > 0 && text.charCodeAt(from - 1) === LF) from -= from > 1 && text.charCodeAt(from - 2) === CR ? 2 : 1;
    return splice(text, from, end, "");
  }
  return splice(text, line.start, next, "");
}
