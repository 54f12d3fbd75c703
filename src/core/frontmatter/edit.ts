import { KithError } from "../errors";
import { detectEol } from "../text/lines";
import { applyTextEdit, isNoOp, type TextEdit } from "../text/text-edit";
import { keyLinesOf, keyOf, listItems, type KeyLines, type ListItemLine } from "./keys";
import { bomLength } from "./locate";
import { listValue, parseFrontmatter, type FrontmatterData, type FrontmatterValue, type ParsedFrontmatter } from "./parse";
import { formatScalar, readScalar } from "./scalar";

/**
 * Surgical frontmatter edits: each changes only the lines of the key or item it is for and
 * keeps every other byte (quoting, order, comments, spacing, line endings). Each parses the
 * block first, so malformed YAML is refused with its line number and nothing changes.
 */

/** The editors below say what they change as one splice of the note, checked before it is made. */
function splice(_text: string, from: number, to: number, insert: string): TextEdit {
  return { from, to, insert };
}

export interface NewKeyPlacement {
  /** A new key goes after the first of these keys the note has; else at the end of the block. */
  after?: readonly string[];
  /** What the value is, for the refusal of a value that is not one scalar ("date"); else "value". */
  valueName?: string;
}

/**
 * A value that is not a one-line scalar, in words: a list (block or flow), a map, a block
 * scalar (`|`, `>`), a value with an anchor, alias or tag, or a scalar running over lines.
 */
function valueShape(text: string, key: KeyLines): string {
  const first = valueTextOf(text, key).trim();
  if (first.startsWith("[") || listItems(text, key).length > 0) return "a list";
  if (first.startsWith("{")) return "a map";
  if (/^[|>]/.test(first)) return `a multi-line text (${first.split(/\s/)[0] ?? ""})`;
  if (/^[&*!]/.test(first)) return "a value with a YAML anchor, alias or tag";
  if (key.children.some((c) => keyOf(text.slice(c.start, c.end).trimStart()) !== null)) return "a map";
  return "a value over several lines";
}

function setFrontmatterScalarUnchecked(text: string, parsed: ParsedFrontmatter, key: string, yamlValue: string, placement: NewKeyPlacement = {}): TextEdit | null {
  return setScalarIn(text, parsed, key, yamlValue, placement);
}

function setFrontmatterStringUnchecked(text: string, parsed: ParsedFrontmatter, key: string, value: string): TextEdit | null {
  if (parsed.data[key] === value) return null;
  const old = keyLinesOf(text, parsed).find((k) => k.key === key);
  const quote = old && old.children.length === 0 ? (readScalar(valueTextOf(text, old))?.quote ?? "") : "";
  return setScalarIn(text, parsed, key, formatScalar(value, quote));
}

function setScalarIn(
  text: string,
  parsed: ParsedFrontmatter,
  key: string,
  yamlValue: string,
  placement: NewKeyPlacement = {},
): TextEdit {
  const line = `${formatKey(key)}: ${yamlValue}`;
  if (!parsed.block) return addBlock(text, line);
  const found = keyLinesOf(text, parsed).find((k) => k.key === key);
  if (!found) return insertKeyLine(text, parsed, line, placement);
  const valueText = valueTextOf(text, found);
  const scalar = found.children.length === 0 ? readScalar(valueText) : null;
  if (!scalar) {
    // Kith sets a one-line scalar; any other value is the user's, never collapsed into one.
    const shape = valueShape(text, found);
    throw new KithError("unsupported-frontmatter", `${key} is ${shape}; Kith only sets a single ${placement.valueName ?? "value"} there. Change it by hand.`);
  }
  if (scalar.end > scalar.start) {
    return splice(text, found.valueStart + scalar.start, found.valueStart + scalar.end, yamlValue);
  }
  // `key:` or `key: # comment`: the value goes in front of whatever comment there is.
  if (valueText.trim() === "") return splice(text, found.valueStart, found.valueStart, ` ${yamlValue}`);
  const at = found.valueStart + scalar.start;
  return splice(text, at, at, `${yamlValue} `);
}

function removeFrontmatterKeyUnchecked(text: string, parsed: ParsedFrontmatter, key: string): TextEdit | null {
  if (!parsed.block) return null;
  const found = keyLinesOf(text, parsed).find((k) => k.key === key);
  if (!found) return null;
  return splice(text, found.line.start, found.end, "");
}

export type Sameness = (a: string, b: string) => boolean;
const exactly: Sameness = (a, b) => a === b;

/**
 * A one-line flow list at the start of a value: its indent and the text between its brackets.
 * The closing bracket is the one that matches, outside quotes, so a `]` in a trailing comment
 * (`[a, b] # see [x]`) or in a quoted item is not taken for it.
 */
function flowList(valueText: string): { indent: string; inner: string } | null {
  const open = /^[ \t]*\[/.exec(valueText);
  if (!open) return null;
  let quote: string | null = null;
  let depth = 0;
  for (let i = open[0].length; i < valueText.length; i++) {
    const c = valueText[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === "[") {
      depth++;
    } else if (c === "]") {
      if (depth === 0) return { indent: open[0].slice(0, -1), inner: valueText.slice(open[0].length, i) };
      depth--;
    }
  }
  return null;
}

/** Adds one item to a list key (block `- x` or flow `[a, b]`); a no-op when it is there. */
function addFrontmatterListItemUnchecked(text: string, parsed: ParsedFrontmatter, key: string, item: string, same: Sameness): TextEdit | null {
  if (listValue(parsed.data[key]).some((v) => same(v, item))) return null;
  const eol = detectEol(text);
  const itemYaml = formatScalar(item);
  const dash = blockItemPrefix(text, parsed);
  if (!parsed.block) return addBlock(text, `${formatKey(key)}:${eol}${dash}${itemYaml}`);
  const found = keyLinesOf(text, parsed).find((k) => k.key === key);
  if (!found) return appendToBlock(text, parsed, `${formatKey(key)}:${eol}${dash}${itemYaml}`);

  const last = listItems(text, found).at(-1);
  if (last) {
    const after = lastLineEnd(found);
    return splice(text, after, after, `${eol}${last.prefix}${itemYaml}`);
  }
  if (found.children.length > 0) {
    throw new KithError("unsupported-frontmatter", `The value of "${key}" is not a list Kith can edit; change it by hand.`);
  }
  const valueText = valueTextOf(text, found);
  const flow = flowList(valueText);
  if (flow) {
    const inner = flow.inner;
    const innerStart = found.valueStart + flow.indent.length + 1;
    if (inner.trim() === "") return splice(text, innerStart, innerStart + inner.length, flowScalar(item, itemYaml));
    const at = innerStart + inner.trimEnd().length;
    return splice(text, at, at, `${flowSeparator(inner)}${flowScalar(item, itemYaml)}`);
  }
  const scalar = readScalar(valueText);
  if (scalar && scalar.end > scalar.start) {
    // A lone scalar is a list of one to Obsidian: it becomes a flow list with the new item.
    const from = found.valueStart + scalar.start;
    const to = found.valueStart + scalar.end;
    const own = flowScalar(scalar.value, text.slice(from, to));
    return splice(text, from, to, `[${own}, ${flowScalar(item, itemYaml)}]`);
  }
  // `key:` with nothing after it: the first block item goes under it.
  return splice(text, found.line.end, found.line.end, `${eol}${dash}${itemYaml}`);
}

/** Removes every item of a list key that is the same as `item`; a no-op when none is. */
function removeFrontmatterListItemUnchecked(text: string, parsed: ParsedFrontmatter, key: string, item: string, same: Sameness): TextEdit | null {
  if (!parsed.block || !listValue(parsed.data[key]).some((v) => same(v, item))) return null;
  const found = keyLinesOf(text, parsed).find((k) => k.key === key);
  if (!found) return null;
  const items = listItems(text, found);
  if (items.length > 0) {
    const removed: Array<[number, number]> = [];
    items.forEach((entry, i) => {
      const scalar = readScalar(text.slice(entry.valueStart, entry.line.end));
      if (scalar && same(scalar.value, item)) removed.push([entry.line.start, itemEnd(found, entry, items[i + 1])]);
    });
    // One splice from the first removed item to the end of the last, keeping what lies between.
    const first = removed[0];
    const last = removed.at(-1);
    if (!first || !last) return null;
    const kept = removed.slice(1).map(([start], r) => text.slice((removed[r] as [number, number])[1], start));
    return splice(text, first[0], last[1], kept.join(""));
  }
  const valueText = valueTextOf(text, found);
  const flow = flowList(valueText);
  if (flow) {
    const inner = flow.inner;
    const kept = splitFlowItems(inner).filter((part) => {
      const scalar = readScalar(part);
      return !(scalar && same(scalar.value, item));
    });
    const from = found.valueStart + flow.indent.length + 1;
    return splice(text, from, from + inner.length, kept.map((p) => p.trim()).join(flowSeparator(inner)));
  }
  const scalar = readScalar(valueText);
  if (scalar) return splice(text, found.valueStart + scalar.start, found.valueStart + scalar.end, "[]");
  return null;
}

/**
 * A scalar as an item of a flow list: inside `[...]`, a plain `,` `[` `]` `{` `}` would split
 * the item or break the list, so such a value is quoted; else it stays as `yaml` writes it.
 */
function flowScalar(value: string, yaml: string): string {
  return /^['"]/.test(yaml) || !/[,[\]{}]/.test(value) ? yaml : formatScalar(value, "'");
}

/** `, ` unless the note writes its flow lists without spaces. */
function flowSeparator(inner: string): string {
  return /,\S/.test(inner) && !/, /.test(inner) ? "," : ", ";
}

/** Splits the inside of a one-line flow list on commas outside quotes. */
function splitFlowItems(inner: string): string[] {
  const parts: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === ",") {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts.filter((p) => p.trim() !== "");
}

/**
 * Where a list item's lines end: after its own continuation lines, so a comment line between
 * it and the next item (not part of any value) stays.
 */
function itemEnd(key: KeyLines, entry: ListItemLine, next: ListItemLine | undefined): number {
  let end = entry.line.next;
  for (const child of key.children) {
    if (child.start <= entry.line.start) continue;
    if (next && child.start >= next.line.start) break;
    end = child.next;
  }
  return end;
}

function valueTextOf(text: string, key: KeyLines): string {
  return text.slice(key.valueStart, key.line.end);
}

/** The end of the key's last value line, before its line break. */
function lastLineEnd(key: KeyLines): number {
  return (key.children.at(-1) ?? key.line).end;
}

/** The dash prefix the note's block lists use (`- ` or `  - `), `- ` when it has none. */
function blockItemPrefix(text: string, parsed: ParsedFrontmatter): string {
  if (!parsed.block) return "- ";
  const block = text.slice(parsed.block.contentStart, parsed.block.contentEnd);
  return /^([ \t]*-[ \t]+)\S/m.exec(block)?.[1] ?? "- ";
}

function formatKey(key: string): string {
  return /^[A-Za-z_][\w.-]*$/.test(key) ? key : formatScalar(key, '"');
}

/** Adds a new key's line after the first `placement.after` key present, else at the block's end. */
function insertKeyLine(text: string, parsed: ParsedFrontmatter, line: string, placement: NewKeyPlacement): TextEdit {
  const block = parsed.block;
  if (block) {
    const keys = keyLinesOf(text, parsed);
    for (const name of placement.after ?? []) {
      const anchor = keys.find((k) => k.key === name);
      if (anchor) return splice(text, anchor.end, anchor.end, `${line}${detectEol(text)}`);
    }
  }
  return appendToBlock(text, parsed, line);
}

/** Adds a line at the end of the block, just before the closing fence. */
function appendToBlock(text: string, parsed: ParsedFrontmatter, line: string): TextEdit {
  const at = parsed.block?.contentEnd ?? 0;
  return splice(text, at, at, `${line}${detectEol(text)}`);
}

/** A note without frontmatter gets a block at the top (after a BOM). */
function addBlock(text: string, line: string): TextEdit {
  const eol = detectEol(text);
  const at = bomLength(text);
  return splice(text, at, at, `---${eol}${line}${eol}---${eol}`);
}

/**
 * Every edit is checked against YAML's own reading: the edited block must parse, every other
 * key must read exactly as before, and the key must hold what was asked. Where Kith's line
 * view and YAML disagree (a key after a tab, a quoted value running over lines), the edit is
 * refused instead of touching a line it was not for.
 */
function checked(text: string, key: string, edit: TextEdit | null, holds: (value: FrontmatterValue | undefined) => boolean, parsed: ParsedFrontmatter): TextEdit | null {
  if (edit === null || isNoOp(text, edit)) return null;
  // The editors splice inside the block (or add one at the top): the edited block is read
  // from the block alone, so the rest of the note is not copied to be read.
  const blockEnd = parsed.block?.end ?? bomLength(text);
  if (edit.to > blockEnd) throw unsupported(key);
  const head = text.slice(0, edit.from) + edit.insert + text.slice(edit.to, blockEnd);
  let now: ParsedFrontmatter;
  try {
    now = parseFrontmatter(head);
  } catch {
    throw unsupported(key);
  }
  // The block must still end where the splice moved its end: the body is the note's own.
  if (now.block?.end !== head.length) throw unsupported(key);
  if (!sameKeys(parsed.data, now.data, key) || !holds(now.data[key])) throw unsupported(key);
  return edit;
}

/** Whether both hold the same keys in the same order with equal values, `except` aside. */
function sameKeys(a: FrontmatterData, b: FrontmatterData, except: string | null): boolean {
  const keysA = Object.keys(a).filter((k) => k !== except);
  const keysB = Object.keys(b).filter((k) => k !== except);
  return keysA.length === keysB.length && keysA.every((k, i) => k === keysB[i] && sameValue(a[k], b[k]));
}

function sameValue(a: FrontmatterValue | undefined, b: FrontmatterValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined || typeof a === "string" || typeof b === "string") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  return sameKeys(a, b, null);
}

function unsupported(key: string): KithError {
  return new KithError("unsupported-frontmatter", `Kith cannot change "${key}" here without touching other lines of the frontmatter; change it by hand.`);
}

/**
 * Sets a top-level key to a scalar written exactly as `yamlValue` (already formatted), as one
 * checked splice of the note (null: nothing to change).
 */
export function setFrontmatterScalarEdit(
  text: string,
  key: string,
  yamlValue: string,
  placement: NewKeyPlacement = {},
  parsed: ParsedFrontmatter = parseFrontmatter(text),
): TextEdit | null {
  return checked(text, key, setFrontmatterScalarUnchecked(text, parsed, key, yamlValue, placement), (v) => typeof v === "string", parsed);
}

/** Sets a top-level key to a scalar written exactly as `yamlValue` (already formatted). */
export function setFrontmatterScalar(
  text: string,
  key: string,
  yamlValue: string,
  placement: NewKeyPlacement = {},
  parsed: ParsedFrontmatter = parseFrontmatter(text),
): string {
  return applied(text, setFrontmatterScalarEdit(text, key, yamlValue, placement, parsed));
}

/**
 * Sets a key to a string, keeping the quote style of the value it replaces (plain becomes
 * quoted only where the new string needs it). A no-op when the key already has that value.
 */
export function setFrontmatterString(text: string, key: string, value: string): string {
  const parsed = parseFrontmatter(text);
  return applied(text, checked(text, key, setFrontmatterStringUnchecked(text, parsed, key, value), (v) => v === value, parsed));
}

export function removeFrontmatterKey(text: string, key: string): string {
  const parsed = parseFrontmatter(text);
  return applied(text, checked(text, key, removeFrontmatterKeyUnchecked(text, parsed, key), (v) => v === undefined, parsed));
}

/** Adds one item to a list key (block `- x` or flow `[a, b]`); a no-op when it is there. */
export function addFrontmatterListItem(text: string, key: string, item: string, same: Sameness = exactly): string {
  const parsed = parseFrontmatter(text);
  return applied(text, checked(text, key, addFrontmatterListItemUnchecked(text, parsed, key, item, same), (v) => listValue(v).some((x) => same(x, item)), parsed));
}

/** Removes every item of a list key that is the same as `item`, as one checked splice (null: none is there). */
export function removeFrontmatterListItemEdit(text: string, key: string, item: string, same: Sameness = exactly): TextEdit | null {
  const parsed = parseFrontmatter(text);
  return checked(text, key, removeFrontmatterListItemUnchecked(text, parsed, key, item, same), (v) => !listValue(v).some((x) => same(x, item)), parsed);
}

/** Removes every item of a list key that is the same as `item`; a no-op when none is. */
export function removeFrontmatterListItem(text: string, key: string, item: string, same: Sameness = exactly): string {
  return applied(text, removeFrontmatterListItemEdit(text, key, item, same));
}

function applied(text: string, edit: TextEdit | null): string {
  return edit === null ? text : applyTextEdit(text, edit);
}
