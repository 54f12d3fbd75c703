/** Small helpers for working on raw text by offsets, so edits never re-join split lines. */

export type Eol = "\n" | "\r\n";

/** The note's line ending: the first line break decides; LF when there is none. */
export function detectEol(text: string): Eol {
  return /\r?\n/.exec(text)?.[0] === "\r\n" ? "\r\n" : "\n";
}

/**
 * The line break to insert at `at` when a line break starts the insertion: `eol`, but CRLF right
 * after a CR (a lone CR ending a note's last line, which Kith reads as part of that line): an LF
 * there would turn that CR into half of a CRLF, while a CRLF after it keeps it a lone CR.
 */
export function breakAt(text: string, at: number, eol: Eol): Eol {
  return text[at - 1] === "\r" ? "\r\n" : eol;
}

/** Offset of the line break that ends the line holding `pos` (or the text's length). */
export function lineEnd(text: string, pos: number): number {
  const lf = text.indexOf("\n", pos);
  if (lf === -1) return text.length;
  return text[lf - 1] === "\r" ? lf - 1 : lf;
}

/** Offset where the line holding `pos` starts. */
export function lineStart(text: string, pos: number): number {
  // lastIndexOf reads a negative start as 0: at 0, a line break there would be found.
  return pos === 0 ? 0 : text.lastIndexOf("\n", pos - 1) + 1;
}

/** Whether `offset` is where a line starts (or the text ends) in `text`. */
export function atLineStart(text: string, offset: number): boolean {
  return offset === 0 || offset === text.length || text[offset - 1] === "\n";
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

/** Lines with their line breaks, so joining them gives the text back. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function isBlank(s: string): boolean {
  return !/\S/.test(s);
}

/** 1-based line number of an offset: one more than the line breaks before it. */
export function lineNumberAt(text: string, pos: number): number {
  let line = 1;
  for (let lf = text.indexOf("\n"); lf !== -1 && lf < pos; lf = text.indexOf("\n", lf + 1)) line++;
  return line;
}

/**
 * Removes a whole line with its line break. The last line of a text without a final line
 * break takes the breaks before it instead, so the text still ends without one; so do the
 * empty lines right above it (`a\n\nb` less `b` is `a`: keeping the empty line would give the
 * text a final line break). A line with anything on it, even a space or a lone CR, stays.
 */
export function removeLine(text: string, line: LineSpan): string {
  const end = Math.min(line.end, text.length);
  const next = Math.min(line.next, text.length);
  if (next === end && line.start > 0) {
    const breaksAbove = /(?:\r?\n)*$/.exec(text.slice(0, line.start))?.[0].length ?? 0;
    return text.slice(0, line.start - breaksAbove) + text.slice(end);
  }
  return text.slice(0, line.start) + text.slice(next);
}
