import { KithError } from "../errors";
import { detectEol } from "../text/lines";
import { isNoOp, type TextEdit } from "../text/text-edit";
import { keyLinesOf, keyOf, listItems, type ListItemLine } from "./keys";
import { bomLength } from "./locate";
import { listValue, parseFrontmatter } from "./parse";
import { formatKey, formatScalar, readScalar } from "./scalar";
import type { FrontmatterData, FrontmatterValue, KeyLines, ParsedFrontmatter } from "./types";

/**
 * Surgical frontmatter edits. Each returns the one splice of the note it makes (null: nothing
 * to change), which changes only the lines of the key or item it is for and keeps every other
 * byte (quoting, order, comments, spacing, line endings). Each reads the block first, so
 * malformed YAML is refused with its line number, and checks its splice against YAML's own
 * reading before returning it (see `checked`).
 */

export interface NewKeyPlacement {
  /** A new key goes after the first of these keys the note has; else at the end of the block. */
  after?: readonly string[];
  /** What the value is, for the refusal of a value that is not one scalar ("date"); else "value". */
  valueName?: string;
}

export type Sameness = (a: string, b: string) => boolean;
const exactly: Sameness = (a, b) => a === b;

/** Sets a top-level key to a scalar written exactly as `yamlValue` (already formatted). */
export function setScalar(text: string, key: string, yamlValue: string, placement: NewKeyPlacement = {}, parsed = parseFrontmatter(text)): TextEdit | null {
  return checked(text, parsed, key, scalarSplice(text, parsed, key, yamlValue, placement), (v) => typeof v === "string");
}

/**
 * Sets a key to a string, keeping the quote style of the value it replaces (plain becomes
 * quoted only where the new string needs it). Null when the key already has that value. A new
 * key goes where `placement` says.
 */
export function setString(text: string, key: string, value: string, placement: NewKeyPlacement = {}): TextEdit | null {
  const parsed = parseFrontmatter(text);
  if (parsed.data[key] === value) return null;
  const old = findKey(text, parsed, key);
  const quote = old && old.children.length === 0 ? (readScalar(valueTextOf(text, old))?.quote ?? "") : "";
  return checked(text, parsed, key, scalarSplice(text, parsed, key, formatScalar(value, quote), placement), (v) => v === value);
}

/** Removes a key with its value lines (not the comment lines after them). */
export function removeKey(text: string, key: string): TextEdit | null {
  const parsed = parseFrontmatter(text);
  const found = findKey(text, parsed, key);
  return checked(text, parsed, key, found ? { from: found.line.start, to: found.end, insert: "" } : null, (v) => v === undefined);
}

/** Adds one item to a list key (block `- x` or flow `[a, b]`); null when it is there. */
export function addListItem(text: string, key: string, item: string, same: Sameness = exactly): TextEdit | null {
  const parsed = parseFrontmatter(text);
  if (listValue(parsed.data[key]).some((v) => same(v, item))) return null;
  return checked(text, parsed, key, addItemSplice(text, parsed, key, item), (v) => listValue(v).some((x) => same(x, item)));
}

/** Removes every item of a list key that is the same as `item`; null when none is. */
export function removeListItem(text: string, key: string, item: string, same: Sameness = exactly): TextEdit | null {
  const parsed = parseFrontmatter(text);
  if (!listValue(parsed.data[key]).some((v) => same(v, item))) return null;
  return checked(text, parsed, key, removeItemSplice(text, parsed, key, item, same), (v) => !listValue(v).some((x) => same(x, item)));
}

function scalarSplice(text: string, parsed: ParsedFrontmatter, key: string, yamlValue: string, placement: NewKeyPlacement): TextEdit {
  const line = `${formatKey(key)}: ${yamlValue}`;
  const found = findKey(text, parsed, key);
  if (!found) return newKeySplice(text, parsed, line, placement.after);
  const valueText = valueTextOf(text, found);
  const scalar = found.children.length === 0 ? readScalar(valueText) : null;
  // Kith sets a one-line scalar; any other value is the user's, never collapsed into one.
  if (!scalar) throw new KithError("unsupported-frontmatter", `${key} is ${valueShape(text, found)}; Kith only sets a single ${placement.valueName ?? "value"} there. Change it by hand.`);
  const from = found.valueStart + scalar.start;
  if (scalar.end > scalar.start) return { from, to: found.valueStart + scalar.end, insert: yamlValue };
  // `key:` gets ` value`; `key: # comment` gets the value in front of the comment.
  if (valueText.trim() === "") return { from: found.valueStart, to: found.valueStart, insert: ` ${yamlValue}` };
  return { from, to: from, insert: `${yamlValue} ` };
}

/**
 * A value that is not a one-line scalar, in words: a list (block or flow), a map, a block
 * scalar (`|`, `>`), a value with an anchor, alias or tag, or a scalar running over lines.
 */
function valueShape(text: string, key: KeyLines): string {
  const first = valueTextOf(text, key).replace(/(^|[ \t])#.*$/, "").trim();
  // Item lines under a key with a value of its own continue that value (`a: b` then `  - c` is "b - c").
  if (first.startsWith("[") || (first === "" && listItems(text, key).length > 0)) return "a list";
  if (first.startsWith("{")) return "a map";
  if (/^[|>]/.test(first)) return `a multi-line text (${first.split(/\s/)[0] ?? ""})`;
  if (/^[&*!]/.test(first)) return "a value with a YAML anchor, alias or tag";
  if (key.children.some((c) => keyOf(text.slice(c.start, c.end).trimStart()) !== null)) return "a map";
  return "a value over several lines";
}

function addItemSplice(text: string, parsed: ParsedFrontmatter, key: string, item: string): TextEdit {
  const eol = detectEol(text);
  const itemYaml = formatScalar(item);
  const dash = blockItemPrefix(text, parsed);
  const found = findKey(text, parsed, key);
  if (!found) return newKeySplice(text, parsed, `${formatKey(key)}:${eol}${dash}${itemYaml}`);
  const last = listItems(text, found).at(-1);
  if (last) {
    const after = (found.children.at(-1) ?? found.line).end;
    return { from: after, to: after, insert: `${eol}${last.prefix}${itemYaml}` };
  }
  const valueText = valueTextOf(text, found);
  const flow = flowList(valueText);
  if (found.children.length > 0 || (!flow && /^\s*[{[]/.test(valueText))) throw notAList(key);
  if (flow) {
    const from = found.valueStart + flow.start;
    if (flow.inner.trim() === "") return { from, to: from + flow.inner.length, insert: flowItem(item, itemYaml) };
    const at = from + flow.inner.trimEnd().length;
    return { from: at, to: at, insert: `${flowSeparator(flow.inner)}${flowItem(item, itemYaml)}` };
  }
  const scalar = readScalar(valueText);
  if (scalar && scalar.end > scalar.start) {
    const from = found.valueStart + scalar.start;
    const to = found.valueStart + scalar.end;
    // YAML's null (`aliases: ~`) is no item: the list is the new one alone.
    if (parsed.data[key] === null) return { from, to, insert: `[${flowItem(item, itemYaml)}]` };
    // A lone scalar is a list of one to Obsidian: it becomes a flow list with the new item.
    return { from, to, insert: `[${flowItem(scalar.value, text.slice(from, to))}, ${flowItem(item, itemYaml)}]` };
  }
  // `key:` with nothing after it: the first block item goes under it.
  return { from: found.line.end, to: found.line.end, insert: `${eol}${dash}${itemYaml}` };
}

function removeItemSplice(text: string, parsed: ParsedFrontmatter, key: string, item: string, same: Sameness): TextEdit | null {
  const found = findKey(text, parsed, key);
  if (!found) return null;
  const isItem = (raw: string): boolean => {
    const scalar = readScalar(raw);
    return scalar !== null && same(scalar.value, item);
  };
  const items = listItems(text, found);
  if (items.length > 0) {
    const removed = items.flatMap((entry, i) => (isItem(text.slice(entry.valueStart, entry.line.end)) ? [{ from: entry.line.start, to: itemEnd(found, entry, items[i + 1]) }] : []));
    const first = removed[0];
    const last = removed.at(-1);
    if (!first || !last) return null;
    // One splice from the first removed item to the end of the last, keeping what lies between them.
    const between = removed.slice(1).map((r, i) => text.slice(removed[i]?.to, r.from));
    return { from: first.from, to: last.to, insert: between.join("") };
  }
  const valueText = valueTextOf(text, found);
  const flow = flowList(valueText);
  if (flow) {
    const kept = flowItems(flow.inner).filter((part) => !isItem(part));
    const from = found.valueStart + flow.start;
    return { from, to: from + flow.inner.length, insert: kept.map((p) => p.trim()).join(flowSeparator(flow.inner)) };
  }
  if (/^\s*[{[]/.test(valueText)) throw notAList(key);
  const scalar = readScalar(valueText);
  return scalar ? { from: found.valueStart + scalar.start, to: found.valueStart + scalar.end, insert: "[]" } : null;
}

function notAList(key: string): KithError {
  return new KithError("unsupported-frontmatter", `The value of "${key}" is not a list Kith can edit; change it by hand.`);
}

/**
 * A one-line flow list of scalars at the start of a value: `[`, its items, and the `]` that
 * closes it outside quotes, so a `]` in a quoted item or in a trailing comment
 * (`[a, b] # see [x]`) is not taken for it. A nested `[` or `{` is not one Kith edits.
 */
const FLOW_LIST = /^[ \t]*\[([^'"[\]{}]*(?:(?:'[^']*'|"[^"\\]*(?:\\[^][^"\\]*)*")[^'"[\]{}]*)*)\]/;

/** The flow list's inside and where it starts in the value text, or null when the value is not one. */
function flowList(valueText: string): { start: number; inner: string } | null {
  const m = FLOW_LIST.exec(valueText);
  return m ? { start: m[0].length - 1 - (m[1] ?? "").length, inner: m[1] ?? "" } : null;
}

/** The items of a flow list's inside: runs of quoted text and characters other than commas. */
function flowItems(inner: string): string[] {
  return (inner.match(/(?:'[^']*'|"[^"\\]*(?:\\[^][^"\\]*)*"|[^,'"])+/g) ?? []).filter((p) => p.trim() !== "");
}

/**
 * A scalar as an item of a flow list: inside `[...]`, a plain `,` `[` `]` `{` `}` would split
 * the item or break the list, so such a value is quoted; else it stays as `yaml` writes it.
 */
function flowItem(value: string, yaml: string): string {
  return /^['"]/.test(yaml) || !/[,[\]{}]/.test(value) ? yaml : formatScalar(value, "'");
}

/** `, ` unless the note writes its flow lists without spaces. */
function flowSeparator(inner: string): string {
  return /,\S/.test(inner) && !/, /.test(inner) ? "," : ", ";
}

/**
 * Where a list item's lines end: after its own continuation lines, so a comment line between
 * it and the next item (not part of any value) stays.
 */
function itemEnd(key: KeyLines, entry: ListItemLine, next: ListItemLine | undefined): number {
  const own = key.children.filter((child) => child.start > entry.line.start && (!next || child.start < next.line.start));
  return (own.at(-1) ?? entry.line).next;
}

function findKey(text: string, parsed: ParsedFrontmatter, key: string): KeyLines | undefined {
  return keyLinesOf(text, parsed).find((k) => k.key === key);
}

function valueTextOf(text: string, key: KeyLines): string {
  return text.slice(key.valueStart, key.line.end);
}

/** The dash prefix the note's block lists use (`- ` or `  - `), `- ` when it has none. */
function blockItemPrefix(text: string, parsed: ParsedFrontmatter): string {
  const yaml = parsed.block ? text.slice(parsed.block.contentStart, parsed.block.contentEnd) : "";
  return /^([ \t]*-[ \t]+)\S/m.exec(yaml)?.[1] ?? "- ";
}

/**
 * A new key's lines: after the first `after` key the note has, else at the end of the block
 * (before the closing fence); a note without frontmatter gets a block at the top (after a BOM).
 */
function newKeySplice(text: string, parsed: ParsedFrontmatter, lines: string, after: readonly string[] = []): TextEdit {
  const eol = detectEol(text);
  if (!parsed.block) {
    const at = bomLength(text);
    return { from: at, to: at, insert: `---${eol}${lines}${eol}---${eol}` };
  }
  const keys = keyLinesOf(text, parsed);
  const anchor = after.map((name) => keys.find((k) => k.key === name)).find((k) => k !== undefined);
  const at = anchor?.end ?? parsed.block.contentEnd;
  return { from: at, to: at, insert: `${lines}${eol}` };
}

/**
 * Every edit is checked against YAML's own reading: the edited block must parse, every other
 * key must read exactly as before, and the key must hold what was asked. Where Kith's line
 * view and YAML disagree (a key after a tab, a quoted value running over lines), the edit is
 * refused instead of touching a line it was not for.
 */
function checked(text: string, parsed: ParsedFrontmatter, key: string, edit: TextEdit | null, holds: (value: FrontmatterValue | undefined) => boolean): TextEdit | null {
  if (edit === null || isNoOp(text, edit)) return null;
  // The editors splice inside the block (or add one at the top): the edited block is read
  // from the block alone, so the rest of the note is not copied to be read.
  const blockEnd = parsed.block?.end ?? bomLength(text);
  if (edit.to > blockEnd) throw unsupported(key);
  const head = text.slice(0, edit.from) + edit.insert + text.slice(edit.to, blockEnd);
  const now = readOrNull(head);
  // The block must still end where the splice moved its end: the body is the note's own.
  if (!now || now.block?.end !== head.length || !sameKeys(parsed.data, now.data, key) || !holds(now.data[key])) throw unsupported(key);
  return edit;
}

function readOrNull(head: string): ParsedFrontmatter | null {
  try {
    return parseFrontmatter(head);
  } catch {
    return null;
  }
}

/**
 * Whether both hold the same keys in the same order with equal values, `except` aside: values
 * are plain strings, lists, maps and nulls, so their JSON says it (JSON leaves out `undefined`).
 */
function sameKeys(a: FrontmatterData, b: FrontmatterData, except: string): boolean {
  return JSON.stringify({ ...a, [except]: undefined }) === JSON.stringify({ ...b, [except]: undefined });
}

function unsupported(key: string): KithError {
  return new KithError("unsupported-frontmatter", `Kith cannot change "${key}" here without touching other lines of the frontmatter; change it by hand.`);
}
