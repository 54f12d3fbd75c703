import { KithError } from "../errors";
import type { Outline } from "../sections/outline";
import { bodyLines, ownPart, type BodyLine, type Section } from "../sections/section";
import { appendLineEdit, insertSectionEdit } from "../sections/edit";
import { detectEol } from "../text/lines";
import type { TextEdit } from "../text/text-edit";
import { orderedHeadings, personSection, type PersonHeadings, type SectionKey } from "./layout";
import { collapseSpaces, oneLine, toNfc } from "../text/unicode";

/** Bullet-list sections (Key Facts, Key Decisions): reading items and adding them. */

/** The text of each top-level bullet of a section, in order. */
export function bulletItems(text: string, outline: Outline, section: Section | null, lines?: BodyLine[]): string[] {
  if (!section) return [];
  return (lines ?? bodyLines(text, outline, section))
    .filter((l) => l.listItem)
    .map((l) => bulletText(l.text))
    .filter((t) => t !== "");
}

/** A list item: its marker with the spaces after it (`- `, `* `, `2. `, `3) `), then its text. */
const LIST_ITEM = /^( {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+)(.*?)[ \t]*$/;

/** A list item's marker (spaces after it included) and its text; null for any other line. */
export function itemParts(line: string): { marker: string; text: string } | null {
  const m = LIST_ITEM.exec(line);
  return m ? { marker: m[1] ?? "", text: m[2] ?? "" } : null;
}

/** A list item's text (`-`, `*`, `+` or numbered), trimmed; "" for any other line. */
export function bulletText(line: string): string {
  return itemParts(line)?.text.trim() ?? "";
}

/** How items are compared for duplicates: case, spacing and trailing punctuation ignored. */
export function itemKey(item: string): string {
  // Lowercased before the spaces are collapsed: a final sigma's form depends on what follows it.
  return collapseSpaces(toNfc(item).toLowerCase()).trim().replace(TRAILING_PUNCTUATION, "");
}

const TRAILING_PUNCTUATION = /[\s.!?;:,…]+$/u;

/** One line of user text as a bullet's text: single spaces, no leading bullet marker. */
export function cleanItem(item: string, what: string): string {
  const cleaned = oneLine(item)
    // A bare marker (`-`, `- `) is a bullet with nothing in it, so it counts as empty.
    .replace(/^[-*+](?:\s+|$)/, "");
  if (cleaned === "") throw new KithError("invalid-value", `The ${what} is empty.`);
  return cleaned;
}

/**
 * The edit appending `- <marker><item>` for each item whose key no bullet of the section has
 * (nor an item before it): one insertion after the last item above the section's first
 * sub-heading (see ownPart), or a missing section
 * inserted at its canonical place. No edit when every item is there.
 */
export function bulletEdits(
  text: string,
  outline: Outline,
  headings: PersonHeadings,
  key: SectionKey,
  items: readonly string[],
  marker: string,
  keyOf: (item: string) => string,
): TextEdit[] {
  const section = personSection(text, outline, headings, headings[key]);
  const lines = section ? bodyLines(text, outline, section) : [];
  const held = new Set(bulletItems(text, outline, section, lines).map(keyOf));
  const added: string[] = [];
  for (const item of items) {
    if (held.has(keyOf(item))) continue;
    const line = `- ${marker}${item}`;
    added.push(line);
    // The next item is compared with this line as the note will hold it.
    held.add(keyOf(bulletText(line)));
  }
  if (added.length === 0) return [];
  const eol = detectEol(text);
  if (!section) return [insertSectionEdit(text, headings[key], added, orderedHeadings(headings), eol)];
  // After the section's own last item: an item under the user's `### Work` is not the list's end.
  const own = ownPart(outline, section);
  const ownLines = own.end === section.end ? lines : bodyLines(text, outline, own);
  const listed = ownLines.filter((l) => l.listItem);
  const last = (listed.filter((l) => !/^\s/.test(l.text)).at(-1) ?? listed.at(-1))?.text ?? "";
  const [, bullet, number, delimiter = "."] = /^ {0,3}(?:([*+])|(\d{1,9})([.)]))[ \t]/.exec(last) ?? [];
  // `- x` is written `* x` in a `*` list, `4. x` after `3.`: the list goes on as one.
  const written = added.map((line, i) => (bullet ? bullet : number ? `${Number(number) + 1 + i}${delimiter}` : "-") + line.slice(1));
  return [appendLineEdit(text, outline, own, written.join(eol), eol, ownLines)];
}
