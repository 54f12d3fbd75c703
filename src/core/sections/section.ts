import { isBlank } from "../text/lines";
import { headingKey, lineFrom, normalizeHeading, type Heading, type Line, type Outline } from "./outline";

/** A section: its heading and the body up to the next heading of the same or a higher level. */
export interface Section {
  heading: Heading;
  /** Offset of the first body line. */
  bodyStart: number;
  /** Offset where the section ends: the next heading of its level or above, the footer, or the text's end. */
  end: number;
}

/** Which section findSection looks for: at `level` only; `others`, the titles of the note's other known sections. */
export interface SectionQuery {
  level?: number;
  others?: readonly string[];
}

/** The first section with this heading text (case and spacing ignored); see sectionAt for `others`. */
export function findSection(text: string, outline: Outline, title: string, query: SectionQuery = {}): Section | null {
  const wanted = normalizeHeading(title);
  const index = outline.headings.findIndex((h) => (query.level === undefined || h.level === query.level) && headingKey(h) === wanted);
  return index === -1 ? null : sectionAt(text, outline, index, query.others);
}

/**
 * The section of the heading at `index`. A nested heading titled as one of `others` ends it too:
 * under `### Key Facts`, a `#### Key Decisions` starts the decisions, which are no facts.
 */
export function sectionAt(text: string, outline: Outline, index: number, others: readonly string[] = []): Section | null {
  const heading = outline.headings[index];
  if (!heading) return null;
  // Read only when a nested heading is there to ask about: most notes have none.
  let known: Set<string> | null = null;
  const own = headingKey(heading);
  const ends = (h: Heading): boolean => {
    if (h.level <= heading.level) return true;
    if (others.length === 0) return false;
    known ??= new Set(others.map(normalizeHeading));
    return headingKey(h) !== own && known.has(headingKey(h));
  };
  const next = outline.headings.find((h, i) => i > index && ends(h));
  let end = next?.start ?? text.length;
  const footer = outline.footer;
  if (footer && footer.start >= heading.next && footer.start < end) end = footer.start;
  return { heading, bodyStart: heading.next, end };
}

/**
 * The section's own part: its body above its first sub-heading. Lines under the user's own
 * `### Work` or `### 2025` are theirs where they are: new lines go above them, and the cap
 * moves none of them.
 */
export function ownPart(outline: Outline, section: Section): Section {
  const firstSub = outline.headings.find((h) => h.start > section.heading.start && h.start < section.end);
  return firstSub ? { ...section, end: firstSub.start } : section;
}

/** A body line and what it is. */
export interface BodyLine extends Line {
  blank: boolean;
  /** A list item at the top level of the section (not nested, not in code or a comment). */
  listItem: boolean;
  /** Inside fenced code or a comment: text no edit reads as Markdown. */
  inCode: boolean;
  /** Inside a `%%` or HTML comment (its start is): hidden, so never read and never edited. */
  inComment: boolean;
}

export function bodyLines(text: string, outline: Outline, section: Section): BodyLine[] {
  const lines: BodyLine[] = [];
  findBodyLine(text, outline, section, (line) => {
    lines.push(line);
    return false;
  });
  return lines;
}

/** The section's first body line that `wanted` accepts, read from the top and no further, or null. */
export function findBodyLine(text: string, outline: Outline, section: Section, wanted: (line: BodyLine) => boolean): BodyLine | null {
  const overlaps = ([start, end]: [number, number]) => end > section.bodyStart && start < section.end;
  const fences = outline.fences.filter(overlaps);
  const comments = outline.comments.filter(overlaps);
  /** The delimiter of the ordered list being read (`.` or `)`); whether the line above is a paragraph's text, or blank. */
  let ordered: string | null = null;
  let inParagraph = false;
  let afterBlank = false;
  for (let start = section.bodyStart; start < section.end; ) {
    const line = lineFrom(text, start);
    const inComment = comments.some(([from, to]) => start >= from && start < to);
    const inCode = inComment || fences.some(([from, to]) => start >= from && start < to);
    const blank = isBlank(line.text);
    // CommonMark: a numbered line starts a list inside a paragraph's text only at 1 (`2024. was a good year` is text).
    const number = NUMBERED.exec(line.text);
    const listItem: boolean = !inCode && isListItemLine(line.text) && !(number && inParagraph && number[2] !== ordered && Number(number[1]) !== 1);
    // The list goes on through its items' lines, lazy ones too, and blank lines; text at the margin after a blank line ends it.
    if (listItem) ordered = number?.[2] ?? null;
    else if (!blank && afterBlank && !/^[ \t]/.test(line.text)) ordered = null;
    inParagraph = !inCode && !blank && !listItem && !HEADING_OR_BREAK.test(line.text);
    afterBlank = blank;
    const body: BodyLine = { start, end: line.end, next: line.next, text: line.text, blank, listItem, inCode, inComment };
    if (wanted(body)) return body;
    start = line.next;
  }
  return null;
}

/** An ATX heading or a thematic break: a line of its own, no paragraph's text. */
const HEADING_OR_BREAK = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)/;

/** A numbered list item's number and delimiter. */
const NUMBERED = /^ {0,3}(\d{1,9})([.)])(?:[ \t]|$)/;

/** A list item's first line: `-`, `*`, `+` or 1 to 9 digits and `.` or `)`, then a space, a tab or the line's end. */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

export function isListItemLine(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** The section's non-blank lines, from the first to the last. */
export function contentRange(lines: BodyLine[]): { first: number; last: number } | null {
  const first = lines.findIndex((l) => !l.blank);
  if (first === -1) return null;
  let last = lines.length - 1;
  while (last > first && lines[last]?.blank) last--;
  return { first, last };
}
