import { scanOutline, type Outline } from "../sections/outline";

export type Range = readonly [number, number];

/** A run of backticks outside fenced code. */
interface BacktickRun {
  end: number;
  length: number;
  /** A backslash before it makes its first backtick text (`\``), when it would open a span. */
  escaped: boolean;
  /** Which paragraph it is in (blank lines and fences part them): a span never leaves one. */
  paragraph: number;
}

/**
 * Where the note holds code: fenced blocks and inline code spans, as [start, end) offsets in
 * order (inRanges looks them up by halves).
 * A span opens at a run of backticks and closes at the next run of the same length within
 * the paragraph (CommonMark); a run that none closes is plain text, and so is a backtick
 * escaped with a backslash. Links and handles inside code are examples, not references, and
 * stay as written.
 */
export function codeRanges(text: string): Range[] {
  const outline = scanOutline(text);
  const runs = backtickRuns(text, outline);
  // Per length, its runs' places in `runs`, in order: each opener's closer is looked up, not read on to.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, i) => {
    const same = byLength.get(run.length);
    if (same) same.push(i);
    else byLength.set(run.length, [i]);
  });
  const ranges: Range[] = [...outline.fences];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as BacktickRun;
    const length = run.escaped ? run.length - 1 : run.length;
    const j = length === 0 ? undefined : firstAfter(byLength.get(length) ?? [], i);
    const closer = j === undefined ? undefined : runs[j];
    if (j === undefined || !closer || closer.paragraph !== run.paragraph) continue;
    ranges.push([run.end - length, closer.end]);
    i = j;
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The note's backtick runs outside fences, in order, with their paragraphs. */
function backtickRuns(text: string, outline: Pick<Outline, "bodyStart" | "fences">): BacktickRun[] {
  const fences = outline.fences;
  // Where paragraphs end: blank lines, and fences.
  const breaks: number[] = fences.map(([start]) => start);
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = outline.bodyStart;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    breaks.push(m.index);
    blank.lastIndex = m.index + 1;
  }
  breaks.sort((a, b) => a - b);
  const runs: BacktickRun[] = [];
  let paragraph = 0;
  let fence = 0;
  const found = /`+/g;
  found.lastIndex = outline.bodyStart;
  for (let m = found.exec(text); m; m = found.exec(text)) {
    while (fence < fences.length && (fences[fence]?.[1] ?? 0) <= m.index) fence++;
    const [fenceStart, fenceEnd] = fences[fence] ?? [text.length, text.length];
    if (m.index >= fenceStart) {
      found.lastIndex = fenceEnd;
      continue;
    }
    while (paragraph < breaks.length && (breaks[paragraph] ?? 0) < m.index) paragraph++;
    let backslashes = 0;
    while (text[m.index - 1 - backslashes] === "\\") backslashes++;
    runs.push({ end: m.index + m[0].length, length: m[0].length, escaped: backslashes % 2 === 1, paragraph });
  }
  return runs;
}

/** How many of the items, in ascending order of `key`, have a key at or below `x`: found by halves. */
function countUpTo<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(items[mid] as T) <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first of the ascending `places` after `i`, or undefined. */
function firstAfter(places: readonly number[], i: number): number | undefined {
  return places[countUpTo(places, i, (place) => place)];
}

/** Whether `pos` is in one of the ranges (in order, apart, as codeRanges gives them). */
export function inRanges(ranges: readonly Range[], pos: number): boolean {
  // The last range that starts at or before pos is the only one that can hold it.
  const range = ranges[countUpTo(ranges, pos, ([start]) => start) - 1];
  return range !== undefined && pos < range[1];
}
