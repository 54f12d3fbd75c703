import { isBlank, lineEnd, nextLineStart, type LineSpan } from "../text/lines";
import { COLON, CR, HASH, LF, SPACE, TAB } from "../text/char-codes";
import type { FrontmatterBlock } from "./locate";
import type { ParsedFrontmatter } from "./parse";

/** A top-level key of the frontmatter and the lines its value spans. */
export interface KeyLines {
  key: string;
  /** The key's own line. */
  line: LineSpan;
  /** Offset in the note where the value text on the key line starts (just after the colon). */
  valueStart: number;
  /** Offset after the key's last value line (its line break included); blank and comment lines that trail are not the key's. */
  end: number;
  /** Lines after the key line that belong to its value (list items, nested keys). */
  children: LineSpan[];
}

const KEY_LINE =
  /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"\-?:,[\]{}&*!|>%@`][^#\r\n]*?|-[^\s#][^#\r\n]*?))[ \t]*:(?=[ \t\r]|$)/;

/**
 * The key a frontmatter line starts with and the offset after its colon, or null. A key that
 * starts with an ASCII letter, digit or `_` (nearly every key) is read by hand; others (quoted
 * keys, `-x`) by KEY_LINE, which the hand reading matches (a property test compares them).
 */
export function keyOf(lineText: string): { key: string; colonEnd: number } | null {
  const first = lineText.charCodeAt(0);
  if (isAsciiWordChar(first)) {
    for (let i = 1; i < lineText.length; i++) {
      const c = lineText.charCodeAt(i);
      if (c === HASH || c === CR || c === LF) return null;
      if (c !== COLON) continue;
      const after = lineText.charCodeAt(i + 1);
      if (i + 1 < lineText.length && after !== SPACE && after !== TAB && after !== CR) continue;
      let end = i;
      while (lineText.charCodeAt(end - 1) === SPACE || lineText.charCodeAt(end - 1) === TAB) end--;
      return { key: lineText.slice(0, end), colonEnd: i + 1 };
    }
    return null;
  }
  const m = KEY_LINE.exec(lineText);
  if (!m) return null;
  const key = m[1] ?? (m[2] !== undefined ? m[2].replace(/''/g, "'") : (m[3] ?? ""));
  return { key, colonEnd: m[0].length };
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Top-level keys in order, each with the lines of its value. */
export function frontmatterKeys(text: string, block: FrontmatterBlock): KeyLines[] {
  const keys: KeyLines[] = [];
  let current: KeyLines | null = null;
  let pos = block.contentStart;
  while (pos < block.contentEnd) {
    const line: LineSpan = { start: pos, end: lineEnd(text, pos), next: nextLineStart(text, pos) };
    const content = text.slice(line.start, line.end);
    const found = keyOf(content);
    if (found) {
      current = { key: found.key, line, valueStart: line.start + found.colonEnd, end: line.next, children: [] };
      keys.push(current);
    } else if (current && !isBlank(content) && !content.startsWith("#")) {
      current.children.push(line);
      current.end = line.next;
    }
    pos = line.next;
  }
  return keys;
}

export function findKey(text: string, block: FrontmatterBlock, key: string): KeyLines | undefined {
  return frontmatterKeys(text, block).find((k) => k.key === key);
}

/** The key lines of a read note's block, walked once for all the steps of an edit that share the read. */
export function keyLinesOf(text: string, parsed: ParsedFrontmatter): KeyLines[] {
  return (parsed.keyLines ??= parsed.block ? frontmatterKeys(text, parsed.block) : []);
}

/** A block sequence item line: its indent, the offset of its value, the whole dash prefix. */
export interface ListItemLine {
  line: LineSpan;
  prefix: string;
  valueStart: number;
}

const ITEM = /^([ \t]*-(?:[ \t]+|(?=\r?$)))/;

/** The value lines of a key that are sequence items at the list's own indent. */
export function listItems(text: string, key: KeyLines): ListItemLine[] {
  const items: ListItemLine[] = [];
  let indent: number | null = null;
  for (const line of key.children) {
    const m = ITEM.exec(text.slice(line.start, line.end));
    if (!m?.[1]) continue;
    const dash = m[1].indexOf("-");
    if (indent === null) indent = dash;
    if (dash === indent) items.push({ line, prefix: m[1], valueStart: line.start + m[1].length });
  }
  return items;
}
