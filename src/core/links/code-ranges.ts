import { isInFence, scanOutline, type Outline } from "../sections/outline";

export type Range = readonly [number, number];

const BLANK_LINE = /\n[ \t]*\r?\n/;
/** The backslashes a text ends with. */
const BACKSLASHES = /\\+$/;

/**
 * Where the note holds code: fenced blocks and inline code spans, as [start, end) offsets.
 * A span opens at a run of backticks and closes at the next run of the same length within
 * the paragraph (CommonMark); a run that none closes is plain text, and so is a backtick
 * escaped with a backslash. Links and handles inside code are examples, not references, and
 * stay as written.
 */
export function codeRanges(text: string): Range[] {
  const outline = scanOutline(text);
  const ranges: Range[] = [...outline.fences];
  const runs = /`+/g;
  runs.lastIndex = outline.bodyStart;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    if (isInFence(outline, m.index)) continue;
    // Outside code, a backslash before a run makes its first backtick text (`\``); inside a span a backslash is text.
    const escaped = (BACKSLASHES.exec(text.slice(text.lastIndexOf("\n", m.index) + 1, m.index))?.[0].length ?? 0) % 2 === 1;
    const opener = escaped ? m[0].slice(1) : m[0];
    if (opener === "") continue;
    const end = closingRun(text, outline, m.index + m[0].length, opener.length);
    if (end === null) continue;
    ranges.push([m.index + m[0].length - opener.length, end]);
    runs.lastIndex = end;
  }
  return ranges;
}

/**
 * Where the run of exactly `length` backticks that closes a span opened before `from` ends,
 * within its paragraph (up to a blank line or a fence); null when none does.
 */
function closingRun(text: string, outline: Pick<Outline, "fences">, from: number, length: number): number | null {
  const blank = new RegExp(BLANK_LINE.source, "g");
  blank.lastIndex = from;
  const fence = outline.fences.find(([start]) => start >= from)?.[0] ?? text.length;
  const paragraphEnd = Math.min(blank.exec(text)?.index ?? text.length, fence);
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let m = runs.exec(text); m && m.index < paragraphEnd; m = runs.exec(text)) if (m[0].length === length) return m.index + length;
  return null;
}

export function inRanges(ranges: readonly Range[], pos: number): boolean {
  return ranges.some(([start, end]) => pos >= start && pos < end);
}
