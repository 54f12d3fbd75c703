import { lineFrom, scanOutline, type Outline } from "../sections/outline";
import { bodyLines, contentRange, findSection, type Section } from "../sections/section";
import { insertSectionEdit, replaceSectionContentEdit } from "../sections/edit";
import { breakAt, type Eol } from "../text/lines";
import { applyTextEdit } from "../text/text-edit";
import { isPlaceholder } from "./placeholder";

/** A section's content as lines, from its first to its last non-blank line. */
export function sectionContent(text: string, outline: Outline, section: Section | null): string[] {
  if (!section) return [];
  const lines = bodyLines(text, outline, section);
  const range = contentRange(lines);
  return range ? lines.slice(range.first, range.last + 1).map((l) => l.text) : [];
}

const LIST_LINE = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/;

/**
 * Brings lines into a section: a missing section is inserted at its place in `order`, an
 * empty one (or one holding only its placeholder prompt) gets them as its content, and
 * otherwise the lines it does not already hold are added after its last line (a blank line
 * between, unless both are list items). Lines are compared trimmed.
 */
export function carryLines(text: string, title: string, lines: readonly string[], order: readonly string[], eol: Eol): string {
  if (lines.every((l) => l.trim() === "")) return text;
  const outline = scanOutline(text);
  const section = findSection(text, outline, title, { others: order });
  if (!section) return applyTextEdit(text, insertSectionEdit(text, title, [...lines], order, eol));
  const existing = sectionContent(text, outline, section);
  if (existing.length === 0 || isPlaceholder(existing.join("\n"))) return applyTextEdit(text, replaceSectionContentEdit(text, outline, section, [...lines], eol));
  const held = new Set(existing.map((l) => l.trim()));
  const fresh = lines.filter((l) => l.trim() !== "" && !held.has(l.trim()));
  const first = fresh[0];
  if (first === undefined) return text;
  const body = bodyLines(text, outline, section);
  const last = body[contentRange(body)?.last ?? -1];
  if (!last) return text;
  const bothLists = LIST_LINE.test(last.text) && LIST_LINE.test(first);
  // Text right above a `---` or `===` would make it a setext heading: a blank line between.
  const underline = last.next === section.end && !LIST_LINE.test(fresh.at(-1) ?? "") && /^ {0,3}(?:-+|=+)[ \t]*$/.test(lineFrom(text, section.end).text);
  // A lone CR ending the last line stays one: the break after it is CRLF (breakAt).
  return applyTextEdit(text, { from: last.end, to: last.end, insert: `${breakAt(text, last.end, eol)}${bothLists ? "" : eol}${fresh.join(eol)}${underline ? eol : ""}` });
}
