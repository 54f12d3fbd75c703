import { bomLength } from "../frontmatter/locate";
import { breakAt, type Eol } from "../text/lines";
import type { TextEdit } from "../text/text-edit";
import { scanOutline, type Outline } from "./outline";
import { lineFrom } from "./outline";
import { bodyLines, contentRange, findSection, isListItemLine, type BodyLine, type Section } from "./section";

/**
 * Section edits on raw text, each given as the one TextEdit it makes. Each inserts or replaces
 * whole lines at one place and leaves every other byte as it was: the note's line ending, its BOM, and the blank lines around
 * sections. A line break added after the last line of a text without a final line break is
 * CRLF when that line ends in a lone CR (see breakAt), so the CR stays a lone CR.
 */

/** Inserts `line` (one line, or several joined by `eol`) as new lines starting at `at` (a line start, or the text's end). */
export function insertLineEdit(text: string, at: number, line: string, eol: Eol): TextEdit {
  if (at >= text.length && text.length > 0 && !text.endsWith("\n")) return insertion(text.length, `${breakAt(text, text.length, eol)}${line}`);
  return insertion(at, `${line}${eol}`);
}

function insertion(at: number, insert: string): TextEdit {
  return { from: at, to: at, insert };
}

/** Where a line goes in a section that has no content yet, and the text to insert there. */
function intoEmptyBody(text: string, section: Section, lines: BodyLine[], line: string, eol: Eol): TextEdit {
  const more = section.end < text.length ? eol : "";
  const firstBlank = lines[0];
  // At the end of a text without a final line break, the new last line gets none either.
  if (firstBlank) {
    // Keep the blank line under the heading; the line goes right after it.
    const insert = `${line}${eol}${lines.length === 1 ? more : ""}`;
    if (firstBlank.next === firstBlank.end) return insertion(text.length, `${breakAt(text, text.length, eol)}${line}`);
    return insertion(firstBlank.next, insert);
  }
  const heading = section.heading;
  if (heading.next === heading.lineEnd) return insertion(text.length, `${breakAt(text, text.length, eol)}${eol}${line}`);
  return insertion(heading.next, `${eol}${line}${eol}${more}`);
}

/**
 * Appends a line to a section: after its last list item (and that item's indented
 * continuation), else after its last content line; before trailing blank lines. A `block`
 * (lines that must stand apart, a table) gets a blank line above it (none after code, which
 * ends where it ends), and below it when text follows.
 */
export function appendLineEdit(
  text: string,
  outline: Outline,
  section: Section,
  line: string,
  eol: Eol,
  lines: BodyLine[] = bodyLines(text, outline, section),
  { block = false }: { block?: boolean } = {},
): TextEdit {
  const range = contentRange(lines);
  if (!range) return intoEmptyBody(text, section, lines, line, eol);
  let after = range.last;
  const lastItem = lines.map((l) => l.listItem).lastIndexOf(true);
  if (lastItem !== -1) {
    after = lastItem;
    // The outermost item's text column: a paragraph indented to a nested item's is in the list too.
    const outer = lines.slice(0, lastItem + 1).map((l) => l.listItem && !/^\s/.test(l.text)).lastIndexOf(true);
    const column = contentColumn((lines[outer === -1 ? lastItem : outer] as BodyLine).text);
    for (let next = after + 1; next <= range.last; next = after + 1) {
      // A loose item's paragraphs are parted by blank lines: the line after them is the item's when indented to its text.
      let past = next;
      while (past < range.last && lines[past]?.blank && !lines[past]?.inCode) past++;
      const line = lines[past] as BodyLine;
      const belongs = past === next ? continuesItem(text, outline, line, lines[after]) : !line.listItem && indentWidth(line.text) >= column;
      if (!belongs) break;
      after = past;
    }
  }
  const target = lines[after] as BodyLine;
  const at = target.next === target.end ? text.length : target.next;
  // A new list item right above the next heading must not make that heading its own: a setext
  // title would become the item's text, a heading indented one to three spaces its content.
  const below = at < text.length ? lineFrom(text, at).text : "";
  // A block (a table) stands apart: Obsidian shows a table only after a blank line, and text right under it is its row.
  if (block) return insertLineEdit(text, at, `${target.inCode ? "" : eol}${line}${below.trim() === "" ? "" : eol}`, eol);
  const apart = isListItemLine(line) && outline.headings.some((h) => h.start === at) && !/^#/.test(below);
  return insertLineEdit(text, at, apart ? `${line}${eol}` : line, eol);
}

/** How far a line is indented, a tab to the next multiple of four (CommonMark's tab stop). */
function indentWidth(line: string): number {
  return [...(/^[ \t]*/.exec(line)?.[0] ?? "")].reduce((column, char) => (char === "\t" ? column + 4 - (column % 4) : column + 1), 0);
}

/** The column a list item's text starts at (`- x` 2, `10. x` 4); five spaces or more after the marker start indented code, so one counts. */
function contentColumn(itemLine: string): number {
  const [, marker = "", space = ""] = /^( {0,3}(?:[-*+]|\d{1,9}[.)]))([ \t]*)/.exec(itemLine) ?? [];
  const spaced = indentWidth(marker.replace(/./g, " ") + space) - marker.length;
  return marker.length + (spaced >= 1 && spaced <= 4 ? spaced : 1);
}

/**
 * Whether a body line belongs to the list item above it: an indented line, a lazy
 * continuation of the item's paragraph, or any line (blank too) of a fenced block the item
 * holds, i.e. one opened indented. A fence at the margin ends the item, so a new line never
 * lands inside its code; a comment the item opens goes with it, so a new line never lands inside
 * the comment either.
 */
function continuesItem(text: string, outline: Outline, line: BodyLine | undefined, prev: BodyLine | undefined): boolean {
  if (!line || line.listItem) return false;
  if (line.inComment) return outline.comments.some(([start, end]) => line.start > start && line.start < end);
  if (line.inCode) {
    const fence = outline.fences.find(([start, end]) => line.start >= start && line.start < end);
    return fence !== undefined && /^[ \t]/.test(text.slice(fence[0], fence[0] + 1));
  }
  if (line.blank) return false;
  return /^[ \t]/.test(line.text) || (!!prev && !prev.inCode && !/^ {0,3}>/.test(line.text));
}

/**
 * Replaces a section's content (first to last non-blank line) with `content` lines; the
 * blank lines above and below stay. Empty content leaves the section empty.
 */
export function replaceSectionContentEdit(text: string, outline: Outline, section: Section, content: string[], eol: Eol): TextEdit {
  const lines = bodyLines(text, outline, section);
  const range = contentRange(lines);
  if (!range) return content.length === 0 ? insertion(section.bodyStart, "") : intoEmptyBody(text, section, lines, content.join(eol), eol);
  const first = lines[range.first] as BodyLine;
  const last = lines[range.last] as BodyLine;
  if (content.length === 0) return { from: first.start, to: last.next, insert: "" };
  return { from: first.start, to: last.end, insert: content.join(eol) };
}

/**
 * Inserts a missing section at its canonical place: after the nearest section that precedes
 * it in `order`, else before the nearest one that follows it, else at the end before the
 * footer. The edit inserts `## title` and its content.
 */
export function insertSectionEdit(text: string, title: string, content: string[], order: readonly string[], eol: Eol, level = 2): TextEdit {
  const outline = scanOutline(text);
  const at = canonicalPlace(text, outline, title, order);
  const heading = `${"#".repeat(level)} ${title}`;
  // An empty section is its heading alone: the blank line after it comes from the suffix.
  const block = content.length === 0 ? heading : [heading, "", ...content].join(eol);
  // A BOM is not text: a note holding only one is edited like an empty note.
  const bom = bomLength(text);
  const before = text.slice(bom, Math.max(bom, at));
  const empty = text.length === bom;
  let prefix = "";
  if (before.length > 0 && !before.endsWith("\n")) prefix = breakAt(text, at, eol) + eol;
  else if (before.length > 0 && !/\n[ \t]*\r?\n$/.test(before) && before.trim() !== "") prefix = eol;
  // At the end of a text without a final line break, the new last line gets none either.
  const suffix = at < text.length ? eol + eol : empty || text.endsWith("\n") ? eol : "";
  return insertion(at, `${prefix}${block}${suffix}`);
}

function canonicalPlace(text: string, outline: Outline, title: string, order: readonly string[]): number {
  const index = order.findIndex((t) => t.toLowerCase() === title.toLowerCase());
  const firstFound = (names: readonly string[]) => names.map((name) => findSection(text, outline, name)).find((s) => s !== null);
  const above = firstFound(order.slice(0, Math.max(index, 0)).reverse());
  return above?.end ?? firstFound(order.slice(index + 1))?.heading.start ?? outline.footer?.start ?? text.length;
}
