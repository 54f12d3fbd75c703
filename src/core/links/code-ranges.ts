import { isInFence, scanOutline } from "../sections/outline";

export type Range = readonly [number, number];

const BLANK_LINE = /\n[ \t]*\r?\n/;

/**
 * Where the note holds code: fenced blocks and inline code spans, as [start, end) offsets.
 * A span opens at a run of backticks and closes at the next run of the same length within
 * the paragraph (CommonMark); an unclosed run is plain text. Links and handles inside code
 * are examples, not references, and stay as written.
 */
export function codeRanges(text: string): Range[] {
  const outline = scanOutline(text);
  const ranges: Range[] = [...outline.fences];
  let open: { start: number; end: number; length: number } | null = null;
  const runs = /`+/g;
  runs.lastIndex = outline.bodyStart;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    if (isInFence(outline, m.index)) continue;
    const run = { start: m.index, end: m.index + m[0].length, length: m[0].length };
    if (open && BLANK_LINE.test(text.slice(open.end, run.start))) open = null;
    if (!open) open = run;
    else if (open.length === run.length) {
      ranges.push([open.start, run.end]);
      open = null;
    }
  }
  return ranges;
}

export function inRanges(ranges: readonly Range[], pos: number): boolean {
  return ranges.some(([start, end]) => pos >= start && pos < end);
}
