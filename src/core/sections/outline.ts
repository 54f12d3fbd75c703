import { bomLength, locateFrontmatter } from "../frontmatter/locate";
import { lineEnd, nextLineStart } from "../text/lines";

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
  /** Where the Markdown body starts (after frontmatter). */
  bodyStart: number;
  headings: Heading[];
  /** Fenced code blocks as [start, end) offsets: whole lines, fences included. */
  fences: Array<[number, number]>;
  footer: Footer | null;
  /** Where a code fence opens that is never closed (it runs to the end of the note), or null. */
  unclosedFence: number | null;
}

// One multiline regex visits only the lines that can matter: headings, fences, the footer.
const CANDIDATE = /^ {0,3}(?:#{1,6}(?=[ \t\r\n]|$)|`{3,}|~{3,}|\*Last updated:)/gm;
const FIRST_LINE = new RegExp(CANDIDATE.source.slice(1), "y");
const FOOTER_LINE = /^\*Last updated:[^\n]*\*[ \t]*$/;
const RULE = /^ {0,3}(?:-[ \t]*){3,}$/;

/**
 * Finds headings, fenced code and the footer in one pass. A heading inside a ``` or ~~~
 * fence (any length, up to three spaces of indent) or inside frontmatter is not a heading.
 */
export function scanOutline(text: string): Outline {
  const bodyStart = locateFrontmatter(text)?.end ?? bomLength(text);
  const headings: Heading[] = [];
  const fences: Array<[number, number]> = [];
  let footer: Footer | null = null;
  let fence: { char: string; length: number; start: number } | null = null;

  // The first line is tested on its own: after a BOM, `^` does not match where it starts.
  FIRST_LINE.lastIndex = bodyStart;
  const first = FIRST_LINE.exec(text);
  CANDIDATE.lastIndex = bodyStart;
  for (let m = first ?? CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const start = m.index;
    // `^` also matches after a lone CR, U+2028 and U+2029; Markdown lines end only at LF.
    if (start !== bodyStart && text.charCodeAt(start - 1) !== 10) {
      CANDIDATE.lastIndex = start + 1;
      continue;
    }
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    const trimmed = line.trimStart();
    const marker = trimmed[0];
    if (fence) {
      if (marker === fence.char) {
        const run = runLength(trimmed, fence.char);
        if (run >= fence.length && trimmed.slice(run).trim() === "") {
          fences.push([fence.start, nextLineStart(text, start)]);
          fence = null;
        }
      }
    } else if (marker === "`" || marker === "~") {
      const run = runLength(trimmed, marker);
      // A backtick fence's info string may not hold a backtick (CommonMark).
      if (!(marker === "`" && trimmed.slice(run).includes("`"))) fence = { char: marker, length: run, start };
    } else if (marker === "#") {
      const level = runLength(trimmed, "#");
      headings.push({ level, title: headingTitle(trimmed.slice(level)), start, lineEnd: end, next: nextLineStart(text, start) });
      footer = null;
    } else if (FOOTER_LINE.test(line)) {
      footer = { start: footerStart(text, start, bodyStart), lineStart: start, lineEnd: end };
    }
    if (end >= text.length) break;
    CANDIDATE.lastIndex = nextLineStart(text, start);
  }
  if (fence) fences.push([fence.start, text.length]);
  const unclosedFence = fence ? fence.start : null;
  return { bodyStart, headings, fences, footer, unclosedFence };
}

function runLength(s: string, char: string): number {
  let n = 0;
  while (s[n] === char) n++;
  return n;
}

function headingTitle(rest: string): string {
  let t = rest.trim();
  // A closing sequence of #s counts only after a space (or when it is all there is).
  const closing = /(?:^|[ \t]+)#+$/.exec(t);
  if (closing) t = t.slice(0, closing.index);
  return t.trim();
}

/** The footer block starts at the `---` rule above the footer line, blank lines between. */
function footerStart(text: string, lineStart: number, bodyStart: number): number {
  let pos = lineStart;
  while (pos > bodyStart) {
    const prevStart = lineStartBefore(text, pos);
    const prev = text.slice(prevStart, lineEnd(text, prevStart));
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
  return title.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

export function isInFence(outline: Outline, pos: number): boolean {
  return outline.fences.some(([start, end]) => pos >= start && pos < end);
}
