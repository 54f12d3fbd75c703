import { bomLength, locateFrontmatter, type FrontmatterBlock } from "../frontmatter/locate";
import type { LineSpan } from "../text/lines";

/** A heading outside code, comments and frontmatter: ATX (`## x`) or setext (a paragraph underlined with `=`s or `-`s). */
export interface Heading {
  level: number;
  /** The heading's text: closing `#`s and surrounding spaces removed. */
  title: string;
  /** The title as headings are compared, once looked up: see headingKey. Set to undefined when the heading is made, so every heading has one shape. */
  key?: string;
  /** Offset of the heading line (a setext heading's first text line). */
  start: number;
  /** Offset of the end of the heading line's content (a setext heading's underline). */
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
  /** `%%` and HTML comments as [start, end) offsets, markers included: what is in them is hidden. */
  comments: Array<[number, number]>;
  /** Where a comment opens that is never closed (it hides the rest of the note, as in Obsidian), or null. */
  unclosedComment: number | null;
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
 * heading (after up to three spaces, as CommonMark has it), is a setext underline, or starts like
 * the footer is read further, and a line holding a comment marker (found by one search ahead).
 * A new kind of line adds its start here and its rule below.
 */
const MAY_MATTER = /^ {0,3}(?:```|~~~|#|=+[ \t]*$|-+[ \t]*$)|^\*Last updated:/;

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
/** A setext heading's underline: `=`s make level 1, `-`s level 2. */
const SETEXT_UNDERLINE = /^ {0,3}(?:(=+)|-+)[ \t]*$/;
/** Lines that end a paragraph above a setext underline: blank, or a thematic break of any kind. */
const PARAGRAPH_BREAK = /^[ \t\r]*$|^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t\r]*$/;
/** Lines a paragraph cannot hold (they open a list item, a quote or a table's delimiter row), so no setext heading. */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^ {0,3}>|^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/;
/** Indented code: four spaces or a tab where a paragraph would start. */
const INDENTED_CODE = /^(?: {4}| {0,3}\t)/;
/** A list item's marker and the spaces after it: its text starts where the match ends. */
const LIST_ITEM_TEXT = /^ *(?:[-*+]|\d{1,9}[.)])(?: {1,4}|$)/;
/** The comment markers of a line, and inline code spans, whose markers are text: `%%` opens and closes an Obsidian comment, `<!--` and `-->` an HTML one. */
const COMMENT_MARKER = /(`+)[^`]+?\1|%%|<!--|-->/g;
/** A line that starts with a comment: it is part of a comment block, no paragraph. */
const COMMENT_LINE = /^ {0,3}(?:%%|<!--)/;

/** What the reader knows between lines. */
interface ReaderState {
  text: string;
  bodyStart: number;
  headings: Heading[];
  fences: Array<[number, number]>;
  /** The open fence: its marker (the opening run) and where it starts. */
  fence: { marker: string; start: number } | null;
  footer: Footer | null;
  comments: Array<[number, number]>;
  /** The open comment: the marker that closes it and where it starts. */
  comment: { closer: string; start: number } | null;
  /** Where the last thing read ends (a heading, fence, rule or comment): a paragraph starts after it. */
  blockEnd: number;
  /** The list item found last by inListItem: its text's column and the line it was found for. */
  item: { column: number; below: number } | null;
  /** The lines before this offset continue a list item, quote or table: no underline makes them a heading. */
  noParagraph: number;
  /** Where the next comment marker is (the text's end when there is none), and each kind's next place (-1: none). */
  marker: number;
  markers: number[];
}

/** A rule for one kind of line: reads the line into the state and says so, or leaves both alone. */
type LineRule = (state: ReaderState, line: Line) => boolean;

/**
 * Reads one line into the state: inside a fence only its closing line counts; inside a comment
 * only its markers; outside, the first rule that reads it, then the comments it opens.
 */
function readLine(state: ReaderState, line: Line): void {
  if (state.marker < line.start) state.marker = nextCommentMarker(state, line.start);
  if (!MAY_MATTER.test(line.text) && state.marker >= line.end) return;
  if (state.fence) readFenceClose(state, line);
  else if (state.comment) readComments(state, line);
  else if (!readFenceOpen(state, line)) {
    if (!readHeading(state, line) && !readSetextHeading(state, line)) readFooter(state, line);
    if (state.marker < line.end) readComments(state, line);
  }
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
    state.blockEnd = line.next;
    return true;
  }
  return false;
};

const readHeading: LineRule = (state, line) => {
  const m = HEADING.exec(line.text);
  if (!m?.[1]) return false;
  // Indented under a list item, it is the item's heading, not the note's: read as nothing.
  if (line.text.startsWith(" ") && inListItem(state, line.start, line.text.length - line.text.trimStart().length)) return true;
  const text = (m[2] ?? "").trim();
  const title = text.endsWith("#") ? text.replace(CLOSING_HASHES, "").trim() : text;
  addHeading(state, { level: m[1].length, title, key: undefined, start: line.start, lineEnd: line.end, next: line.next });
  return true;
};

function addHeading(state: ReaderState, heading: Heading): void {
  state.headings.push(heading);
  state.blockEnd = heading.next;
  // A footer with a heading after it is not the footer.
  state.footer = null;
}

/** An underline under a paragraph makes it a heading; a `---` under anything else is a thematic break. */
const readSetextHeading: LineRule = (state, line) => {
  const m = SETEXT_UNDERLINE.exec(line.text);
  if (!m) return false;
  const paragraph = paragraphAbove(state, line.start);
  if (paragraph) {
    const title = paragraph.lines.map((l) => l.trim()).join(" ");
    addHeading(state, { level: m[1] ? 1 : 2, title, key: undefined, start: paragraph.start, lineEnd: line.end, next: line.next });
    return true;
  }
  if (!RULE.test(line.text)) return false;
  state.blockEnd = line.next;
  return true;
};

/**
 * The paragraph right above `end` (a line start), its lines and start, or null when the lines
 * there make none: a list item, quote or table, or code, or nothing. Read back line by line to a
 * blank line or a rule, or the last block found; lines already found to make no paragraph make
 * none for an underline further down either.
 */
function paragraphAbove(state: ReaderState, end: number): { lines: string[]; start: number } | null {
  const { text } = state;
  const lines: Line[] = [];
  for (let next = end; next > state.blockEnd; ) {
    // The line that ends at `next`; lastIndexOf reads a negative index as 0, so the first line is said apart.
    const line = lineFrom(text, next < 2 ? 0 : Math.max(text.lastIndexOf("\n", next - 2) + 1, state.blockEnd));
    if (PARAGRAPH_BREAK.test(line.text)) break;
    if (line.start < state.noParagraph) return noParagraph(state, end);
    lines.push(line);
    next = line.start;
  }
  lines.reverse();
  // Indented code cannot interrupt a paragraph, but a paragraph can follow it.
  const firstText = lines.findIndex((l) => !INDENTED_CODE.test(l.text));
  const paragraph = firstText === -1 ? [] : lines.slice(firstText);
  const first = paragraph[0];
  if (!first) return null;
  const indent = first.text.length - first.text.trimStart().length;
  // Nor is the footer ever a heading's text: a `---` under it stays a rule, whatever an edit writes above it.
  if (paragraph.some((l) => NOT_PARAGRAPH.test(l.text) || FOOTER.test(l.text)) || (indent > 0 && inListItem(state, first.start, indent))) return noParagraph(state, end);
  return { lines: paragraph.map((l) => l.text), start: first.start };
}

/** No paragraph above the underline at `end`, nor above any right below it. */
function noParagraph(state: ReaderState, end: number): null {
  state.noParagraph = end + 1;
  return null;
}

/**
 * Whether a line indented by `indent` spaces belongs to a list item above it: the nearest line
 * less indented is an item whose text starts at or before that column, or is itself an indented
 * line (or item) that belongs to one. A blank line between ends the item here (CommonMark would
 * go on), so a list an edit writes above an indented heading never makes it the list's. Reads back line by line to the last block found, or to the line the
 * last item was found for, whose answer holds for the lines below it while none is less indented.
 */
function inListItem(state: ReaderState, start: number, indent: number): boolean {
  const { text, item } = state;
  let within = indent;
  for (let end = start - 1; end > state.blockEnd; ) {
    if (item && end < item.below) return within >= item.column && inItem(state, item.column, start);
    const from = Math.max(text.lastIndexOf("\n", end - 1) + 1, state.blockEnd);
    const above = text.slice(from, end);
    end = from - 1;
    const aboveIndent = above.length - above.trimStart().length;
    if (above.trim() === "") return false;
    if (aboveIndent >= within) continue;
    const column = LIST_ITEM_TEXT.exec(above)?.[0].length;
    if (column !== undefined && within >= column) return inItem(state, column, start);
    // Too far left for this item's text, but it may itself stand in an item further up.
    if (aboveIndent === 0) return false;
    within = aboveIndent;
  }
  return false;
}

/** The line at `start` is in the item whose text starts at `column`: remembered for the lines below. */
function inItem(state: ReaderState, column: number, start: number): true {
  state.item = { column, below: start };
  return true;
}

const readFooter: LineRule = (state, line) => {
  if (!FOOTER.test(line.text)) return false;
  const rule = ruleAbove(state.text, state.bodyStart, line.start);
  // A `---` that underlines a heading is not the footer's rule.
  const start = rule !== null && rule >= (state.headings.at(-1)?.next ?? 0) ? rule : line.start;
  state.footer = { start, lineStart: line.start, lineEnd: line.end };
  return true;
};

const COMMENT_MARKERS = ["%%", "<!--", "-->"];

/**
 * Where the first comment marker at or after `from` starts, or the text's end. Each marker's next
 * place is kept and searched again only once passed, so the text is searched once for each
 * (indexOf: several times faster than a regex here).
 */
function nextCommentMarker(state: ReaderState, from: number): number {
  const next = state.markers.map((at, i) => (at !== -1 && at < from ? state.text.indexOf(COMMENT_MARKERS[i] ?? "", from) : at));
  state.markers = next;
  const found = next.filter((at) => at !== -1);
  return found.length === 0 ? state.text.length : Math.min(...found);
}

/**
 * Opens and closes comments along the line, each marker in turn: a closer counts only for the
 * comment it closes. A line of a comment block (it starts inside one or with a marker) ends the paragraph above.
 */
function readComments(state: ReaderState, line: Line): void {
  const commentLine = state.comment !== null || COMMENT_LINE.test(line.text);
  for (const m of line.text.matchAll(COMMENT_MARKER)) {
    const at = line.start + m.index;
    if (!state.comment && (m[0] === "%%" || m[0] === "<!--")) state.comment = { closer: m[0] === "%%" ? "%%" : "-->", start: at };
    else if (state.comment?.closer === m[0]) {
      state.comments.push([state.comment.start, at + m[0].length]);
      state.comment = null;
    }
  }
  if (commentLine) state.blockEnd = line.next;
}

/** Where the `---` rule above the footer line starts, blank lines between, or null. */
function ruleAbove(text: string, bodyStart: number, footerStart: number): number | null {
  // The last line with anything on it above the footer, without its trailing white space.
  const above = text.slice(bodyStart, footerStart).trimEnd();
  const start = above.lastIndexOf("\n") + 1;
  return RULE.test(above.slice(start)) ? bodyStart + start : null;
}

/**
 * Reads the note's body line by line: headings, fenced code, comments and the footer. A heading
 * inside a ``` or ~~~ fence (any length, up to three spaces of indent), a comment, a list item, a
 * quote or frontmatter is not a heading of the note; the footer is the last `*Last updated: ...*`
 * line outside code and comments with no heading after it.
 */
function readBody(text: string, bodyStart: number): Omit<Outline, "frontmatter" | "bodyStart"> {
  const state: ReaderState = { text, bodyStart, headings: [], fences: [], fence: null, footer: null, comments: [], comment: null, blockEnd: bodyStart, item: null, noParagraph: 0, marker: -1, markers: [-2, -2, -2] }; // -2: not searched yet
  for (let line = lineFrom(text, bodyStart); line.start < text.length; line = lineFrom(text, line.next)) readLine(state, line);
  const unclosedFence = state.fence?.start ?? null;
  if (unclosedFence !== null) state.fences.push([unclosedFence, text.length]);
  const unclosedComment = state.comment?.start ?? null;
  if (unclosedComment !== null) state.comments.push([unclosedComment, text.length]);
  return { headings: state.headings, fences: state.fences, footer: state.footer, unclosedFence, comments: state.comments, unclosedComment };
}

/** Headings, fenced code and the footer of a note; an unclosed frontmatter fence is refused (FrontmatterError). */
export function scanOutline(text: string): Outline {
  const frontmatter = locateFrontmatter(text);
  const bodyStart = frontmatter?.end ?? bomLength(text);
  return { frontmatter, bodyStart, ...readBody(text, bodyStart) };
}

/** Where the body starts, its fenced code and its comments: all a task line needs. */
export type CodeBlocks = Pick<Outline, "bodyStart" | "fences" | "unclosedFence" | "comments">;

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
  const { fences, unclosedFence, comments } = readBody(text, bodyStart);
  return { bodyStart, fences, unclosedFence, comments };
}

/** The part of an outline that needs no heading: code fences, comments and the footer. */
export type CodeAndFooter = Pick<Outline, "frontmatter" | "bodyStart" | "fences" | "unclosedFence" | "comments" | "unclosedComment" | "footer">;

/** Whether a text Kith writes whole (a new note) hides some of its own lines: a comment or a fence never closed, or a comment across lines. */
export function hidesOwnLines(text: string): boolean {
  const read = scanCodeAndFooter(text);
  return read.unclosedComment !== null || read.unclosedFence !== null || read.comments.some(([start, end]) => text.slice(start, end).includes("\n"));
}

/** Fences, comments and the footer, for the checks that close every edit. */
export function scanCodeAndFooter(text: string): CodeAndFooter {
  const { frontmatter, bodyStart, fences, unclosedFence, comments, unclosedComment, footer } = scanOutline(text);
  return { frontmatter, bodyStart, fences, unclosedFence, comments, unclosedComment, footer };
}

/** Emoji before or after a heading's words (`## 🎯 Key Facts`, `## 📇 Contact Info`), with their joiners and modifiers. */
const EDGE_EMOJI = /^(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\s)+|(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\s)+$/gu;

/**
 * A heading's title as compared (normalizeHeading), worked out on its first lookup and kept on the
 * heading: a note's sections are looked up many times, and most of its headings never.
 */
export function headingKey(heading: Heading): string {
  return (heading.key ??= normalizeHeading(heading.title));
}

/** Heading text as compared: case, spacing, Unicode form and emoji around the words ignored. */
export function normalizeHeading(title: string): string {
  // Runs of white space as one space: each run of two or more, and each lone one that is not a space.
  const plain = /[^\x20-\x7e]/.test(title) ? title.normalize("NFC").replace(EDGE_EMOJI, "") : title;
  const words = plain.replace(/\s{2,}|[^\S ]/g, " ").trim().toLowerCase();
  // `## Key Facts:` is Key Facts: a colon ending a heading is punctuation, not part of its name.
  return words.endsWith(":") ? words.slice(0, -1).trimEnd() : words;
}

export function isInFence(outline: Pick<Outline, "fences">, pos: number): boolean {
  return outline.fences.some(([start, end]) => pos >= start && pos < end);
}

export function isInComment(outline: Pick<Outline, "comments">, pos: number): boolean {
  return outline.comments.some(([start, end]) => pos >= start && pos < end);
}
