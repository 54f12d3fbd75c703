import { bomLength, locateFrontmatter, type FrontmatterBlock } from "../frontmatter/locate";
import { lineEnd, nextLineStart } from "../text/lines";
import { isPlainAscii, oneLine } from "../text/unicode";
import { BACKTICK, CR, HASH, LF, SPACE, STAR, TAB, TILDE } from "../text/char-codes";

/** An ATX heading outside code and frontmatter. */
export interface Heading {
  level: number;
  /** The heading's text: closing `#`s and surrounding spaces removed. */
  title: string;
  /** Offset of the heading line. */
  start: number;
  /** Offset of the end of the heading line's content. */
  lineEnd: number;
  /** Offset of the line after the heading. */
  next: number;
}

/** The note's footer: `*Last updated: ...*`, with the `---` rule above it when there is one. */
export interface Footer {
  /** Where the footer block starts (the rule, else the line). */
  start: number;
  /** The `*Last updated: ...*` line. */
  lineStart: number;
  lineEnd: number;
}

export interface Outline {
  /** The frontmatter block, when the note has one. */
  frontmatter: FrontmatterBlock | null;
  /** Where the Markdown body starts (after frontmatter). */
  bodyStart: number;
  headings: Heading[];
  /** Fenced code blocks as [start, end) offsets: whole lines, fences included. */
  fences: Array<[number, number]>;
  footer: Footer | null;
  /** Where a code fence opens that is never closed (it runs to the end of the note), or null. */
  unclosedFence: number | null;
}

// Only lines that start (after up to three spaces) with `#`, ``` ``` ```, `~~~` or the footer's
// `*Last updated:` can matter. Each kind is found with indexOf, which skips through the text far
// faster than visiting every line (a note has many lines and few of these), and fences are
// settled first, since only fence lines open and close code.
const FOOTER_MARK = "*Last updated:";
const RULE = /^ {0,3}(?:-[ \t]*){3,}$/;

/**
 * Finds headings, fenced code and the footer. A heading inside a ``` or ~~~ fence (any
 * length, up to three spaces of indent) or inside frontmatter is not a heading.
 */
export function scanOutline(text: string): Outline {
  const frontmatter = locateFrontmatter(text);
  const bodyStart = frontmatter?.end ?? bomLength(text);
  const { fences, unclosedFence } = scanFences(text, bodyStart);
  const headings: Heading[] = [];
  let f = 0;
  for (let i = text.indexOf("#", bodyStart); i !== -1; ) {
    const level = runLength(text, i, HASH);
    const start = markerLineStart(text, i, bodyStart);
    if (start !== -1) {
      while (f < fences.length && (fences[f] as [number, number])[1] <= start) f++;
      const inFence = f < fences.length && (fences[f] as [number, number])[0] <= start;
      const after = text.charCodeAt(i + level);
      if (!inFence && level <= 6 && (Number.isNaN(after) || after === SPACE || after === TAB || after === CR || after === LF)) {
        const lf = text.indexOf("\n", i);
        const next = lf === -1 ? text.length : lf + 1;
        const end = lf === -1 ? text.length : lf > start && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
        headings.push({ level, title: headingTitle(text, i + level, end), start, lineEnd: end, next });
      }
    }
    i = text.indexOf("#", i + level);
  }
  const lastHeading = headings.at(-1)?.start ?? -1;
  const footer = findFooter(text, bodyStart, fences, (at) => lastHeading > at);
  return { frontmatter, bodyStart, headings, fences, footer, unclosedFence };
}

/** Where the body starts and its fenced code: all a task line needs. */
export type CodeBlocks = Pick<Outline, "bodyStart" | "fences" | "unclosedFence">;

/**
 * The body's start and its fences, nothing else. A frontmatter fence that is never closed is
 * read as Obsidian shows it, as text, so a reader of every note (the task index) never stops
 * on one note.
 */
export function scanCodeBlocks(text: string): CodeBlocks {
  let bodyStart: number;
  try {
    bodyStart = locateFrontmatter(text)?.end ?? bomLength(text);
  } catch {
    bodyStart = bomLength(text);
  }
  return { bodyStart, ...scanFences(text, bodyStart) };
}

/** The part of an outline that needs no heading: code fences and the footer. */
export type CodeAndFooter = Pick<Outline, "frontmatter" | "bodyStart" | "fences" | "unclosedFence" | "footer">;

/**
 * Fences and the footer without reading the headings, for the checks that close every edit:
 * the fence lines and the end of the note are all it reads.
 */
export function scanCodeAndFooter(text: string): CodeAndFooter {
  const frontmatter = locateFrontmatter(text);
  const bodyStart = frontmatter?.end ?? bomLength(text);
  const { fences, unclosedFence } = scanFences(text, bodyStart);
  const footer = findFooter(text, bodyStart, fences, (at) => headingAfter(text, at, fences));
  return { frontmatter, bodyStart, fences, unclosedFence, footer };
}

/** Whether a heading line (outside code) starts after `from`. */
function headingAfter(text: string, from: number, fences: Array<[number, number]>): boolean {
  for (let i = text.indexOf("#", from); i !== -1; ) {
    const level = runLength(text, i, HASH);
    const start = markerLineStart(text, i, from);
    const after = text.charCodeAt(i + level);
    if (start !== -1 && level <= 6 && (i + level >= text.length || after === SPACE || after === TAB || after === CR || after === LF)) {
      if (!fences.some(([s, e]) => start >= s && start < e)) return true;
    }
    i = text.indexOf("#", i + level);
  }
  return false;
}

/** Fenced code blocks from their fence lines alone: ``` and ~~~ runs at a line start. */
function scanFences(text: string, from: number): { fences: Array<[number, number]>; unclosedFence: number | null } {
  const fences: Array<[number, number]> = [];
  let open: { char: number; length: number; start: number } | null = null;
  for (const start of fenceLines(text, from)) {
    const end = lineEnd(text, start);
    let at = start;
    while (text.charCodeAt(at) === SPACE) at++;
    const marker = text.charCodeAt(at);
    const run = runLength(text, at, marker);
    if (open) {
      if (marker === open.char && run >= open.length && isBlankBetween(text, at + run, end)) {
        fences.push([open.start, nextLineStart(text, start)]);
        open = null;
      }
      continue;
    }
    // A backtick fence's info string may not hold a backtick (CommonMark).
    const info = marker === BACKTICK ? text.indexOf("`", at + run) : -1;
    if (info === -1 || info >= end) open = { char: marker, length: run, start };
  }
  if (open) fences.push([open.start, text.length]);
  return { fences, unclosedFence: open ? open.start : null };
}

/** Starts of the lines that begin with ``` or ~~~ (up to three spaces before), in order. */
function fenceLines(text: string, from: number): number[] {
  const backticks = markerLines(text, from, "```", BACKTICK);
  // Most notes have no ~~~ at all: one indexOf says so.
  if (text.indexOf("~~~", from) === -1) return backticks;
  const tildes = markerLines(text, from, "~~~", TILDE);
  return [...backticks, ...tildes].sort((a, b) => a - b);
}

function markerLines(text: string, from: number, marker: string, char: number): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf(marker, from); i !== -1; ) {
    const start = markerLineStart(text, i, from);
    if (start !== -1) starts.push(start);
    i = text.indexOf(marker, i + runLength(text, i, char));
  }
  return starts;
}

/**
 * The footer: the last `*Last updated: ...*` line outside code, when no heading follows it.
 * Searched from the end, where it is.
 */
function findFooter(text: string, bodyStart: number, fences: Array<[number, number]>, headingAfter: (at: number) => boolean): Footer | null {
  for (let i = text.lastIndexOf(FOOTER_MARK); i >= bodyStart; i = i === 0 ? -1 : text.lastIndexOf(FOOTER_MARK, i - 1)) {
    if (!(i === bodyStart || text.charCodeAt(i - 1) === LF)) continue;
    if (inFences(fences, i)) continue;
    const end = lineEnd(text, i);
    if (!isFooterLine(text, i, end)) continue;
    // The last footer line is the footer unless a heading comes after it; an earlier one cannot be.
    return headingAfter(i) ? null : { start: footerStart(text, i, bodyStart), lineStart: i, lineEnd: end };
  }
  return null;
}

/**
 * The start of the line when only up to three spaces come before `pos` on it, else -1. Lines
 * start after an LF only: a lone CR, U+2028 or U+2029 does not end a Markdown line.
 */
function markerLineStart(text: string, pos: number, from: number): number {
  let start = pos;
  while (start > from && pos - start < 3 && text.charCodeAt(start - 1) === 32) start--;
  return start === from || text.charCodeAt(start - 1) === 10 ? start : -1;
}

/** How many times `char` repeats from `at`. */
function runLength(text: string, at: number, char: number): number {
  let n = 0;
  while (text.charCodeAt(at + n) === char) n++;
  return n;
}

/** Whether only spaces and tabs lie between the two offsets. */
function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** The heading's text between `from` and `to`: surrounding white space and a closing `#` run removed. */
function headingTitle(text: string, from: number, to: number): string {
  // Spaces and tabs are stripped by hand; trim() sees to any other white space at the ends.
  while (from < to && isSpaceOrTab(text.charCodeAt(from))) from++;
  while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--;
  let t = text.slice(from, to);
  if (t !== "" && (t.charCodeAt(0) > 127 || t.charCodeAt(0) < SPACE || t.charCodeAt(t.length - 1) > 127 || t.charCodeAt(t.length - 1) < SPACE)) t = t.trim();
  // A closing sequence of #s counts only after a space (or when it is all there is).
  if (t.endsWith("#")) {
    const closing = /(?:^|[ \t]+)#+$/.exec(t);
    if (closing) t = t.slice(0, closing.index).trim();
  }
  return t;
}

function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

/**
 * Whether the line from `start` (where FOOTER_MARK is) to `end` is the footer's:
 * `^\*Last updated:[^\n]*\*[ \t]*$`, read by hand (the outline's property test holds it).
 */
function isFooterLine(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && isSpaceOrTab(text.charCodeAt(last - 1))) last--;
  // The closing `*` comes after the mark, whose own `*` opens the line.
  return last - 1 >= start + FOOTER_MARK.length && text.charCodeAt(last - 1) === STAR;
}

function inFences(fences: Array<[number, number]>, pos: number): boolean {
  for (const [start, end] of fences) if (pos >= start && pos < end) return true;
  return false;
}

/** The footer block starts at the `---` rule above the footer line, blank lines between. */
function footerStart(text: string, lineStart: number, bodyStart: number): number {
  let pos = lineStart;
  while (pos > bodyStart) {
    // The body's first line starts at bodyStart, after a BOM or the frontmatter.
    const prevStart = Math.max(bodyStart, lineStartBefore(text, pos));
    const prevEnd = lineEnd(text, prevStart);
    if (isBlankBetween(text, prevStart, prevEnd)) {
      pos = prevStart;
      continue;
    }
    const prev = text.slice(prevStart, prevEnd);
    if (prev.trim() === "") {
      pos = prevStart;
      continue;
    }
    return RULE.test(prev.trimEnd()) ? prevStart : lineStart;
  }
  return lineStart;
}

/** Where the line before the one starting at `pos` starts (0 for the first line). */
function lineStartBefore(text: string, pos: number): number {
  // lastIndexOf clamps a negative start to 0, which would find the LF at offset 0 again.
  return pos >= 2 ? text.lastIndexOf("\n", pos - 2) + 1 : 0;
}

/** Heading text as compared: case, spacing and Unicode form ignored. */
export function normalizeHeading(title: string): string {
  return oneLine(title).toLowerCase();
}

/** Whether a heading's text normalizes to `wanted` (normalizeHeading's result): plain ASCII is compared in place. */
export function isHeadingNamed(title: string, wanted: string): boolean {
  if (!isPlainAscii(title)) return normalizeHeading(title) === wanted;
  if (title.length !== wanted.length) return false;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== wanted.charCodeAt(i)) return false;
  }
  return true;
}


export function isInFence(outline: Outline, pos: number): boolean {
  return outline.fences.some(([start, end]) => pos >= start && pos < end);
}
