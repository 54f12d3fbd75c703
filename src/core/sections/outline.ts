import { bomLength, locateFrontmatter, type FrontmatterBlock } from "../frontmatter/locate";
import type { LineSpan } from "../text/lines";

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

/** A line as offsets and its text, without its line break. Only LF ends a line: a lone CR, U+2028 or U+2029 does not. */
export interface Line extends LineSpan {
  text: string;
}

/** The line starting at `start`: up to the next LF, less the CR of a CRLF. */
export function lineFrom(text: string, start: number): Line {
  const lf = text.indexOf("\n", start);
  if (lf === -1) return { start, end: text.length, next: text.length, text: text.slice(start) };
  const end = lf > start && text[lf - 1] === "\r" ? lf - 1 : lf;
  return { start, end, next: lf + 1, text: text.slice(start, end) };
}

/**
 * Most lines are text, which changes nothing here: only a line that starts like a fence or a
 * heading (after up to three spaces, as CommonMark has it) or like the footer is read further.
 * A new kind of line adds its start here and its rule below.
 */
const MAY_MATTER = /^ {0,3}(?:```|~~~|#)|^\*Last updated:/;
/** A code fence opens: 3+ backticks (the info string after them holds none) or 3+ tildes. */
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
/** A code fence closes: a run of the opening's character, at least as long, and nothing after it. */
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** An ATX heading: 1 to 6 `#`s, then the end of the line or a space, tab or (lone) CR. */
const HEADING = /^ {0,3}(#{1,6})(?:[ \t\r]([^]*))?$/;
/** A heading's closing `#`s, which count only after a space or tab (or when they are all there is). */
const CLOSING_HASHES = /(?:^|[ \t]+)#+$/;
/** The footer line. */
const FOOTER = /^\*Last updated:[^]*\*[ \t]*$/;
/** A thematic break of `-`s: the footer's rule. */
const RULE = /^ {0,3}(?:-[ \t]*){3,}$/;

/** What the reader knows between lines. */
interface ReaderState {
  text: string;
  bodyStart: number;
  headings: Heading[];
  fences: Array<[number, number]>;
  /** The open fence: its marker (the opening run) and where it starts. */
  fence: { marker: string; start: number } | null;
  footer: Footer | null;
}

/** A rule for one kind of line: reads the line into the state and says so, or leaves both alone. */
type LineRule = (state: ReaderState, line: Line) => boolean;

/** Reads one line into the state: inside a fence only its closing line counts; outside, the first rule that reads it. */
function readLine(state: ReaderState, line: Line): void {
  if (!MAY_MATTER.test(line.text)) return;
  if (state.fence) {
    readFenceClose(state, line);
    return;
  }
  if (readFenceOpen(state, line)) return;
  if (readHeading(state, line)) return;
  readFooter(state, line);
}

const readFenceOpen: LineRule = (state, line) => {
  const marker = FENCE_OPEN.exec(line.text)?.[1];
  if (marker) state.fence = { marker, start: line.start };
  return marker !== undefined;
};

const readFenceClose: LineRule = (state, line) => {
  const marker = FENCE_CLOSE.exec(line.text)?.[1];
  if (state.fence && marker?.startsWith(state.fence.marker)) {
    state.fences.push([state.fence.start, line.next]);
    state.fence = null;
    return true;
  }
  return false;
};

const readHeading: LineRule = (state, line) => {
  const m = HEADING.exec(line.text);
  if (!m?.[1]) return false;
  const text = (m[2] ?? "").trim();
  const title = text.endsWith("#") ? text.replace(CLOSING_HASHES, "").trim() : text;
  state.headings.push({ level: m[1].length, title, start: line.start, lineEnd: line.end, next: line.next });
  // A footer with a heading after it is not the footer.
  state.footer = null;
  return true;
};

const readFooter: LineRule = (state, line) => {
  if (!FOOTER.test(line.text)) return false;
  const start = ruleAbove(state.text, state.bodyStart, line.start) ?? line.start;
  state.footer = { start, lineStart: line.start, lineEnd: line.end };
  return true;
};

/** Where the `---` rule above the footer line starts, blank lines between, or null. */
function ruleAbove(text: string, bodyStart: number, footerStart: number): number | null {
  // The last line with anything on it above the footer, without its trailing white space.
  const above = text.slice(bodyStart, footerStart).trimEnd();
  const start = above.lastIndexOf("\n") + 1;
  return RULE.test(above.slice(start)) ? bodyStart + start : null;
}

/**
 * Reads the note's body line by line: headings, fenced code and the footer. A heading inside a
 * ``` or ~~~ fence (any length, up to three spaces of indent) or inside frontmatter is not a
 * heading; the footer is the last `*Last updated: ...*` line outside code with no heading after it.
 */
function readBody(text: string, bodyStart: number): Pick<Outline, "headings" | "fences" | "footer" | "unclosedFence"> {
  const state: ReaderState = { text, bodyStart, headings: [], fences: [], fence: null, footer: null };
  for (let line = lineFrom(text, bodyStart); line.start < text.length; line = lineFrom(text, line.next)) readLine(state, line);
  const unclosedFence = state.fence?.start ?? null;
  if (unclosedFence !== null) state.fences.push([unclosedFence, text.length]);
  return { headings: state.headings, fences: state.fences, footer: state.footer, unclosedFence };
}

/** Headings, fenced code and the footer of a note; an unclosed frontmatter fence is refused (FrontmatterError). */
export function scanOutline(text: string): Outline {
  const frontmatter = locateFrontmatter(text);
  const bodyStart = frontmatter?.end ?? bomLength(text);
  return { frontmatter, bodyStart, ...readBody(text, bodyStart) };
}

/** Where the body starts and its fenced code: all a task line needs. */
export type CodeBlocks = Pick<Outline, "bodyStart" | "fences" | "unclosedFence">;

/**
 * The body's start and its fences. A frontmatter fence that is never closed is read as
 * Obsidian shows it, as text, so a reader of every note (the task index) never stops on one note.
 */
export function scanCodeBlocks(text: string): CodeBlocks {
  let bodyStart: number;
  try {
    bodyStart = locateFrontmatter(text)?.end ?? bomLength(text);
  } catch {
    bodyStart = bomLength(text);
  }
  const { fences, unclosedFence } = readBody(text, bodyStart);
  return { bodyStart, fences, unclosedFence };
}

/** The part of an outline that needs no heading: code fences and the footer. */
export type CodeAndFooter = Pick<Outline, "frontmatter" | "bodyStart" | "fences" | "unclosedFence" | "footer">;

/** Fences and the footer, for the checks that close every edit. */
export function scanCodeAndFooter(text: string): CodeAndFooter {
  const { frontmatter, bodyStart, fences, unclosedFence, footer } = scanOutline(text);
  return { frontmatter, bodyStart, fences, unclosedFence, footer };
}

/** Heading text as compared: case, spacing and Unicode form ignored. */
export function normalizeHeading(title: string): string {
  // Runs of white space as one space: each run of two or more, and each lone one that is not a space.
  return title.normalize("NFC").replace(/\s{2,}|[^\S ]/g, " ").trim().toLowerCase();
}

export function isInFence(outline: Outline, pos: number): boolean {
  return outline.fences.some(([start, end]) => pos >= start && pos < end);
}
