import { isBlank, lineEnd, nextLineStart, type LineSpan } from "../text/lines";
import type { FrontmatterBlock } from "./locate";
import { unescapeDouble } from "./scalar";
import type { KeyLines, ParsedFrontmatter } from "./types";

/**
 * A key line: a double-quoted, single-quoted or plain key (not starting with an indicator, or
 * `-` followed by a non-space), then a colon followed by a space, a tab or the end of the line.
 */
const KEY_LINE = /^(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^']*(?:''[^']*)*)'|([^\s#'"\-?:,[\]{}&*!|>%@`][^#\r\n]*?|-[^\s#][^#\r\n]*?))[ \t]*:(?=[ \t\r]|$)/;

/** The key a frontmatter line starts with and the offset after its colon, or null. */
export function keyOf(lineText: string): { key: string; colonEnd: number } | null {
  const m = KEY_LINE.exec(lineText);
  if (!m) return null;
  const key = m[1] !== undefined ? unescapeDouble(m[1]) : (m[2]?.replace(/''/g, "'") ?? m[3] ?? "");
  return { key, colonEnd: m[0].length };
}

/** Top-level keys in order, each with the lines of its value (the lines after it that are neither blank nor a comment). */
export function frontmatterKeys(text: string, block: FrontmatterBlock): KeyLines[] {
  const keys: KeyLines[] = [];
  for (let start = block.contentStart; start < block.contentEnd; start = nextLineStart(text, start)) {
    const line: LineSpan = { start, end: lineEnd(text, start), next: nextLineStart(text, start) };
    const content = text.slice(line.start, line.end);
    const found = keyOf(content);
    const current = keys.at(-1);
    if (found) keys.push({ key: found.key, line, valueStart: start + found.colonEnd, end: line.next, children: [] });
    else if (current && !isBlank(content) && !content.startsWith("#")) {
      current.children.push(line);
      current.end = line.next;
    }
  }
  return keys;
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

/** A dash, then spaces or the end of the line. */
const ITEM = /^([ \t]*-(?:[ \t]+|(?=\r?$)))/;

/** The value lines of a key that are sequence items at the list's own indent (the first item's). */
export function listItems(text: string, key: KeyLines): ListItemLine[] {
  const items = key.children.flatMap((line) => {
    const prefix = ITEM.exec(text.slice(line.start, line.end))?.[1];
    return prefix ? [{ line, prefix, valueStart: line.start + prefix.length }] : [];
  });
  const indent = items[0]?.prefix.indexOf("-");
  return items.filter((item) => item.prefix.indexOf("-") === indent);
}
