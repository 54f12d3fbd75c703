import { isBlank, type LineSpan } from "../text/lines";
import { CLOSE_PAREN, CR, DASH, DOT, PLUS, SPACE, STAR, TAB } from "../text/char-codes";
import { isHeadingNamed, normalizeHeading, type Heading, type Outline } from "./outline";

/** A section: its heading and the body up to the next heading of the same or a higher level. */
export interface Section {
  heading: Heading;
  /** Offset of the first body line. */
  bodyStart: number;
  /** Offset where the section ends: the next heading of its level or above, the footer, or the text's end. */
  end: number;
}

/** The first section with this heading text (case and spacing ignored), at `level` when given. */
export function findSection(text: string, outline: Outline, title: string, level?: number): Section | null {
  const wanted = normalizeHeading(title);
  const index = outline.headings.findIndex(
    (h) => (level === undefined || h.level === level) && (h.title === title || (mayNormalizeTo(h.title, wanted) && isHeadingNamed(h.title, wanted))),
  );
  return index === -1 ? null : sectionAt(text, outline, index);
}

/**
 * A first-letter test before the full comparison: an ASCII title's normal form starts with its
 * own first letter, lowercased, unless NFC joins that letter to a combining mark after it.
 */
function mayNormalizeTo(title: string, wanted: string): boolean {
  const first = title.charCodeAt(0);
  if (!(first < 128) || title.charCodeAt(1) >= 0x300) return true;
  return (first >= 65 && first <= 90 ? first + 32 : first) === wanted.charCodeAt(0);
}

export function sectionAt(text: string, outline: Outline, index: number): Section | null {
  const heading = outline.headings[index];
  if (!heading) return null;
  let end = text.length;
  for (let i = index + 1; i < outline.headings.length; i++) {
    const next = outline.headings[i];
    if (next && next.level <= heading.level) {
      end = next.start;
      break;
    }
  }
  const footer = outline.footer;
  if (footer && footer.start >= heading.next && footer.start < end) end = footer.start;
  return { heading, bodyStart: heading.next, end };
}

/** A body line and what it is. */
export interface BodyLine extends LineSpan {
  text: string;
  blank: boolean;
  /** A list item at the top level of the section (not nested, not in code). */
  listItem: boolean;
  inCode: boolean;
}

export function bodyLines(text: string, outline: Outline, section: Section): BodyLine[] {
  const lines: BodyLine[] = [];
  const inCode = fenceCursor(outline);
  for (let start = section.bodyStart; start < section.end; ) {
    const line = bodyLineAt(text, start, inCode(start));
    lines.push(line);
    start = line.next;
  }
  return lines;
}

/** The section's first body line that `wanted` accepts, read from the top and no further, or null. */
export function findBodyLine(text: string, outline: Outline, section: Section, wanted: (line: BodyLine) => boolean): BodyLine | null {
  const inCode = fenceCursor(outline);
  for (let start = section.bodyStart; start < section.end; ) {
    const line = bodyLineAt(text, start, inCode(start));
    if (wanted(line)) return line;
    start = line.next;
  }
  return null;
}

/**
 * Whether a line start is inside fenced code, for line starts asked in increasing order:
 * fences are in order too, so one cursor walks them beside the lines.
 */
function fenceCursor(outline: Outline): (start: number) => boolean {
  const fences = outline.fences;
  let f = 0;
  return (start) => {
    while (f < fences.length && (fences[f] as [number, number])[1] <= start) f++;
    return f < fences.length && (fences[f] as [number, number])[0] <= start;
  };
}

function bodyLineAt(text: string, start: number, inCode: boolean): BodyLine {
  const lf = text.indexOf("\n", start);
  const next = lf === -1 ? text.length : lf + 1;
  const end = lf === -1 ? text.length : lf > start && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
  const content = text.slice(start, end);
  const marked = isListItemLine(content);
  // A line starting with a printable ASCII character, or a list marker, is not blank: most
  // lines are told without the white space test.
  const first = content.charCodeAt(0);
  const blank = marked || (first > SPACE && first < 127) ? false : isBlank(content);
  return { start, end, next, text: content, blank, listItem: marked && !inCode, inCode };
}

/**
 * Whether the line starts a list item: `^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)`, read by hand
 * (a property test compares the two).
 */
export function isListItemLine(line: string): boolean {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === SPACE) at++;
  let c = line.charCodeAt(at);
  if (c === DASH || c === STAR || c === PLUS) {
    at++;
  } else {
    const digits = at;
    while (at - digits < 9 && c >= 48 && c <= 57) c = line.charCodeAt(++at);
    if (at === digits || (c !== DOT && c !== CLOSE_PAREN)) return false;
    at++;
  }
  const after = line.charCodeAt(at);
  return at === line.length || after === SPACE || after === TAB;
}

/** The section's non-blank lines, from the first to the last. */
export function contentRange(lines: BodyLine[]): { first: number; last: number } | null {
  const first = lines.findIndex((l) => !l.blank);
  if (first === -1) return null;
  let last = lines.length - 1;
  while (last > first && lines[last]?.blank) last--;
  return { first, last };
}
