import type { FrontmatterData, FrontmatterValue } from "./parse";
import { BACKSLASH, CLOSE_BRACKET, COLON, COMMA, CR, DASH, HASH, OPEN_BRACKET, SPACE } from "../text/char-codes";

/**
 * Reads the frontmatter shapes person notes use (top-level keys with plain or quoted scalars,
 * one-line flow lists, block lists) in one pass over the text, without a YAML parser.
 * Anything else returns null and goes to js-yaml, so this only has to be right, never
 * complete: for every block it accepts, it returns exactly what js-yaml's FAILSAFE schema
 * returns (a property test holds it to that). This is what keeps a person edit, which checks
 * the frontmatter before it writes, near the cost of the edit itself.
 *
 * It works on offsets with charCodeAt: on a block of a few lines, the slices and regexes of a
 * line-by-line reader cost more than the reading.
 */
export function readSimpleYaml(source: string): FrontmatterData | null {
  const data: FrontmatterData = {};
  return walkSimpleYaml(source, data) ? data : null;
}

/**
 * Whether readSimpleYaml reads the block, without building what it reads: the check every
 * person edit makes before it writes needs the verdict only.
 */
export function isSimpleYaml(source: string): boolean {
  return walkSimpleYaml(source, null);
}

/** Reads the block into `data` (when given); false when it is not one of the simple shapes. */
function walkSimpleYaml(source: string, data: FrontmatterData | null): boolean {
  // Characters js-yaml refuses or reads as line breaks, tabs (indentation YAML forbids or
  // reads its own way), a CR that does not end a line, unpaired surrogates: left to js-yaml.
  if (NOT_PLAIN_ASCII.test(source) && (UNUSUAL.test(source) || LONE_CR.test(source))) return false;
  const names: string[] = [];
  let listKey: string | null = null;
  let listIndent = -1;
  let items: string[] | null = null;
  for (let pos = 0; pos <= source.length; ) {
    let end = source.indexOf("\n", pos);
    if (end === -1) end = source.length;
    const next = end + 1;
    if (end > pos && source.charCodeAt(end - 1) === CR) end--;
    const first = source.charCodeAt(pos);
    const start = pos;
    pos = next;
    if (first === HASH || skipSpaces(source, start, end) === end) continue;
    if (first === SPACE || first === DASH) {
      // Only a block list under a key that has no value of its own.
      if (listKey === null) return false;
      const dash = skipSpaces(source, start, end);
      const valueStart = skipSpaces(source, dash + 1, end);
      if (source.charCodeAt(dash) !== DASH || valueStart === dash + 1 || valueStart === end) return false;
      if (listIndent === -1) listIndent = dash - start;
      else if (dash - start !== listIndent) return false;
      const value = scalarAt(source, valueStart, end, data !== null);
      if (value === null) return false;
      if (data) {
        (items ??= []).push(value);
        data[listKey] = items;
      }
      continue;
    }
    const colon = plainKeyEnd(source, start, end);
    if (colon === -1) return false;
    const name = source.slice(start, colon);
    if (name === "__proto__" || names.includes(name)) return false;
    names.push(name);
    listKey = null;
    listIndent = -1;
    items = null;
    const valueStart = skipSpaces(source, colon + 1, end);
    if (valueStart === end || (valueStart > colon + 1 && source.charCodeAt(valueStart) === HASH)) {
      if (data) data[name] = null;
      listKey = name;
      continue;
    }
    if (valueStart === colon + 1) return false;
    const value = source.charCodeAt(valueStart) === OPEN_BRACKET ? flowListAt(source, valueStart, end) : scalarAt(source, valueStart, end, data !== null);
    if (value === null) return false;
    if (data) data[name] = value;
  }
  return true;
}

const NOT_PLAIN_ASCII = /[^\x20-\x7e\n]/;
// eslint-disable-next-line no-control-regex -- the control characters js-yaml refuses, tested for on purpose
const UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
const LONE_CR = /\r(?!\n)/;
// A plain scalar may not start with an indicator or a space; these are left to js-yaml.
const NOT_PLAIN_START = "-?:,[]{}#&*!|>'\"%@` ";

function skipSpaces(s: string, from: number, to: number): number {
  while (from < to && s.charCodeAt(from) === SPACE) from++;
  return from;
}

function trimEndSpaces(s: string, from: number, to: number): number {
  while (to > from && s.charCodeAt(to - 1) === SPACE) to--;
  return to;
}

/** Whether only spaces, or spaces and then a ` #` comment, lie between the offsets. */
function isBlankOrComment(s: string, from: number, to: number): boolean {
  const at = skipSpaces(s, from, to);
  return at === to || (at > from && s.charCodeAt(at) === HASH);
}

/**
 * The colon's offset when the line starts with a key YAML reads as written
 * (`[A-Za-z_][A-Za-z0-9_ .-]*`, no space before the colon), else -1.
 */
function plainKeyEnd(s: string, from: number, to: number): number {
  for (let i = from; i < to && i - from <= 128; i++) {
    const c = s.charCodeAt(i);
    if (c === COLON) return i > from && s.charCodeAt(i - 1) !== SPACE ? i : -1;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (letter || (i > from && ((c >= 48 && c <= 57) || c === 45 || c === 46 || c === SPACE))) continue;
    return -1;
  }
  return -1;
}

/**
 * The one-line scalar from `from` (not a space) to `to`, or null when it is not a simple one.
 * With `build` false, "" stands for any scalar that is simple.
 */
function scalarAt(s: string, from: number, to: number, build: boolean): string | null {
  const c = s.charCodeAt(from);
  if (c === 39 || c === 34) {
    const close = closingQuote(s, from, to);
    if (close === -1 || !isBlankOrComment(s, close + 1, to)) return null;
    return quotedValue(s, from, close, build);
  }
  if (NOT_PLAIN_START.includes(s[from] ?? " ")) return null;
  // One pass over the line (an indexOf would search on past it, through the rest of the
  // block): a comment starts at ` #` and what is before it is the value; a `: ` in the value
  // makes it a mapping, left to js-yaml.
  let stop = to;
  for (let i = from + 1; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === HASH && s.charCodeAt(i - 1) === SPACE) {
      stop = i - 1;
      break;
    }
    if (c === COLON && s.charCodeAt(i + 1) === SPACE) return null;
  }
  const end = trimEndSpaces(s, from, stop);
  if (s.charCodeAt(end - 1) === COLON) return null;
  return build ? s.slice(from, end) : "";
}

/** The offset of the quote that closes the one at `open` (`''` is an escaped quote) before `to`, or -1. */
function closingQuote(s: string, open: number, to: number): number {
  const quote = s[open] as string;
  for (let i = s.indexOf(quote, open + 1); i !== -1 && i < to; i = s.indexOf(quote, i + 1)) {
    if (quote === "'" && s.charCodeAt(i + 1) === 39) {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

function quotedValue(s: string, open: number, close: number, build: boolean): string | null {
  if (s.charCodeAt(open) === 34) {
    // Escapes in double quotes are js-yaml's business.
    for (let i = open + 1; i < close; i++) if (s.charCodeAt(i) === BACKSLASH) return null;
    return build ? s.slice(open + 1, close) : "";
  }
  if (!build) return "";
  const inner = s.slice(open + 1, close);
  return inner.includes("'") ? inner.replace(/''/g, "'") : inner;
}

/** `[a, 'b, c', "d"]` on one line; nested collections, empty items and odd plain items go to js-yaml. */
function flowListAt(s: string, open: number, to: number): FrontmatterValue[] | null {
  const items: string[] = [];
  let i = skipSpaces(s, open + 1, to);
  if (s.charCodeAt(i) === CLOSE_BRACKET) return isBlankOrComment(s, i + 1, to) ? items : null;
  for (;;) {
    i = skipSpaces(s, i, to);
    const c = s.charCodeAt(i);
    if (c === 39 || c === 34) {
      const close = closingQuote(s, i, to);
      if (close === -1) return null;
      const value = quotedValue(s, i, close, true);
      if (value === null) return null;
      items.push(value);
      i = skipSpaces(s, close + 1, to);
    } else {
      let stop = i;
      while (stop < to && s.charCodeAt(stop) !== COMMA && s.charCodeAt(stop) !== CLOSE_BRACKET) stop++;
      const end = trimEndSpaces(s, i, stop);
      const value = s.slice(i, end);
      if (value === "" || NOT_PLAIN_START.includes(value[0] as string) || /[[{}:#'"]/.test(value)) return null;
      items.push(value);
      i = stop;
    }
    const sep = s.charCodeAt(i);
    if (sep === CLOSE_BRACKET) return isBlankOrComment(s, i + 1, to) ? items : null;
    if (sep !== COMMA) return null;
    i++;
  }
}
