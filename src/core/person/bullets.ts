import { KithError } from "../errors";
import { scanOutline, type Outline } from "../sections/outline";
import { bodyLines, findSection, type BodyLine, type Section } from "../sections/section";
import { appendLineEdit, insertSection } from "../sections/edit";
import { detectEol } from "../text/lines";
import { finishEdit, finishTextEdit } from "./finish-edit";
import { orderedHeadings, type PersonHeadings, type SectionKey } from "./layout";
import { collapseSpaces, oneLine, toNfc } from "../text/unicode";
import { DASH, PLUS, SPACE, STAR, TAB } from "../text/char-codes";

/** Bullet-list sections (Key Facts, Key Decisions): reading items and adding one. */

/** The text of each top-level bullet of a section, in order. */
export function bulletItems(text: string, outline: Outline, section: Section | null, lines?: BodyLine[]): string[] {
  if (!section) return [];
  return (lines ?? bodyLines(text, outline, section))
    .filter((l) => l.listItem)
    .map((l) => bulletText(l.text))
    .filter((t) => t !== "");
}

/**
 * A `-`, `*` or `+` item's text, trimmed; "" for any other line. Read by hand: it is what
 * `^ {0,3}[-*+][ \t]+(.*)$` captures (a held test compares the two), without a regex per item.
 */
export function bulletText(line: string): string {
  const text = bulletTail(line);
  return text === "" || JS_LINE_BREAK.test(text) ? "" : text.trim();
}

/** What follows a bullet's marker and the spaces after it, untrimmed; "" for any other line. */
function bulletTail(line: string): string {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === SPACE) at++;
  const marker = line.charCodeAt(at);
  if (marker !== DASH && marker !== STAR && marker !== PLUS) return "";
  let rest = at + 1;
  while (line.charCodeAt(rest) === SPACE || line.charCodeAt(rest) === TAB) rest++;
  return rest === at + 1 ? "" : line.slice(rest);
}

const JS_LINE_BREAK = /[\n\r\u2028\u2029]/;

/** How items are compared for duplicates: case, spacing and trailing punctuation ignored. */
export function itemKey(item: string): string {
  // Lowercased before the spaces are collapsed: a final sigma's form depends on what follows it.
  return collapseSpaces(toNfc(item).toLowerCase()).trim().replace(TRAILING_PUNCTUATION, "");
}

const TRAILING_PUNCTUATION = /[\s.!?;:,…]+$/u;

/**
 * Whether `item` can have the key `key` (from itemKey): its first letter must be the key's.
 * Answered quickly when that letter is ASCII and nothing after it can join it in NFC (its key
 * then starts with it, lowercased); it spares the full key of every item of a long section
 * when one new item is compared.
 */
export function mayHaveItemKey(item: string, key: string): boolean {
  if (key === "") return true;
  let at = 0;
  while (at < item.length && isAsciiSpace(item.charCodeAt(at))) at++;
  const first = item.charCodeAt(at);
  // A first letter outside ASCII, or one NFC may join to a combining mark after it: no quick answer.
  if (!(first < 128) || item.charCodeAt(at + 1) >= 0x300) return true;
  return (first >= 65 && first <= 90 ? first + 32 : first) === key.charCodeAt(0);
}

function isAsciiSpace(code: number): boolean {
  return code === SPACE || (code >= 9 && code <= 13);
}

/**
 * Whether a section line is a bullet whose item has the key `key`. The untrimmed text after
 * the marker goes to the quick first-letter test (it skips the same leading white space trim
 * would), so most items are passed over before their text is trimmed and checked.
 */
function isItemWithKey(line: string, key: string, keyOf: (item: string) => string, mayHaveKey: (item: string, key: string) => boolean): boolean {
  if (!mayHaveKey(bulletTail(line), key)) return false;
  const item = bulletText(line);
  return item !== "" && keyOf(item) === key;
}

/** One line of user text as a bullet's text: single spaces, no leading bullet marker. */
export function cleanItem(item: string, what: string): string {
  const cleaned = oneLine(item)
    // A bare marker (`-`, `- `) is a bullet with nothing in it, so it counts as empty.
    .replace(/^[-*+](?:\s+|$)/, "");
  if (cleaned === "") throw new KithError("invalid-value", `The ${what} is empty.`);
  return cleaned;
}

/**
 * Appends `- <marker><item>` to a bullet section unless an item with the same key is there;
 * a missing section is inserted at its canonical place. Returns the finished note (footer
 * stamped), or the note as it was.
 */
export function addBullet(
  text: string,
  headings: PersonHeadings,
  key: SectionKey,
  item: string,
  marker: string,
  keyOf: (item: string) => string,
  today: string,
  mayHaveKey: (item: string, key: string) => boolean = () => true,
): string {
  const outline = scanOutline(text);
  const eol = detectEol(text);
  const section = findSection(text, outline, headings[key]);
  const wanted = keyOf(item);
  const lines = section ? bodyLines(text, outline, section) : [];
  if (lines.some((l) => l.listItem && isItemWithKey(l.text, wanted, keyOf, mayHaveKey))) return text;
  const line = `- ${marker}${item}`;
  if (!section) return finishEdit(text, insertSection(text, headings[key], [line], orderedHeadings(headings), eol), today);
  return finishTextEdit(text, outline, appendLineEdit(text, outline, section, line, eol, lines), today);
}
