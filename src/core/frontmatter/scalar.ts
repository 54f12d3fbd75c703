/** Reading and writing single YAML scalars as text, without a YAML round trip. */
import { unicodeEscape } from "../text/unicode";

export type QuoteStyle = "'" | '"' | "";

/** The scalar part of a value text and what follows it (a comment, spaces). */
export interface ScalarSpan {
  /** Offset of the scalar inside the value text. */
  start: number;
  /** Offset just after the scalar (closing quote included). */
  end: number;
  quote: QuoteStyle;
  /** The scalar's string value, quotes and escapes resolved. */
  value: string;
}

/** A quoted scalar at the start of a value: `'...'` (`''` is a quote) or `"..."` (with `\\` escapes). */
const QUOTED = /^([ \t]*)('[^']*(?:''[^']*)*'|"[^"\\]*(?:\\[^][^"\\]*)*")/;

/**
 * Finds the scalar at the start of `raw` (a value after `key:` or `- `), leaving out
 * leading spaces and a trailing ` # comment`. Returns null for block or flow collections,
 * anchors, aliases, tags and for multi-line scalars, which callers do not edit in place.
 */
export function readScalar(raw: string): ScalarSpan | null {
  const quoted = QUOTED.exec(raw);
  if (quoted) {
    const [whole, indent = "", scalar = ""] = quoted;
    const inner = scalar.slice(1, -1);
    const quote = scalar[0] === "'" ? "'" : '"';
    return { start: indent.length, end: whole.length, quote, value: quote === "'" ? inner.replace(/''/g, "'") : unescapeDouble(inner) };
  }
  const start = raw.search(/[^ \t]|$/);
  if (/^[[{|>&*!'"]/.test(raw.charAt(start))) return null;
  // The value ends at a ` #` comment (or is empty when one starts it); trailing spaces are not its own.
  const comment = raw.charAt(start) === "#" ? start : raw.search(/[ \t]#/);
  const end = trimSpacesEnd(raw, start, comment === -1 ? raw.length : comment);
  return { start, end, quote: "", value: raw.slice(start, end) };
}

/**
 * Where the text from `start` to `end` ends without its trailing spaces, tabs and CRs. A loop,
 * not a regex: `/[ \t]+$/` is quadratic on a long run of spaces that does not end the line.
 */
function trimSpacesEnd(raw: string, start: number, end: number): number {
  while (end > start && " \t\r".includes(raw.charAt(end - 1))) end--;
  return end;
}

/** YAML's one-character escapes in double quotes (YAML 1.2, 5.7); `\x`, `\u` and `\U` take 2, 4 and 8 hex digits. */
const ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};

/** A double-quoted scalar's text with its escapes read, as YAML reads them (`\x41`, `\u00e9`, `\"`, `\_`). */
export function unescapeDouble(inner: string): string {
  return inner.replace(/\\(?:x([\da-fA-F]{2})|u([\da-fA-F]{4})|U([\da-fA-F]{8})|(.))/g, (whole, x?: string, u?: string, U?: string, c?: string) => {
    const code = parseInt(x ?? u ?? U ?? "", 16);
    if (!Number.isNaN(code)) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ESCAPES[c ?? ""] ?? c ?? "";
  });
}

// Plain scalars YAML 1.1 readers (Obsidian among them) would take for something else.
const AMBIGUOUS_PLAIN =
  /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o?[0-7]+|[-+]?\.(?:inf|nan)|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?)$/i;

/** Whether a string must be quoted to be read back as the same string. */
export function needsQuotes(value: string): boolean {
  if (value === "" || value !== value.trim()) return true;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return true;
  if (/: |:$| #|[\n\r\t]/.test(value)) return true;
  return AMBIGUOUS_PLAIN.test(value);
}

/**
 * What a note's YAML must not hold raw: control characters (C0, DEL, C1; tab and line breaks
 * are quoted the same way), a byte order mark (YAML takes one only before a document; a second
 * one inside a note is a BOM the note did not have), non-characters and lone surrogates. Such a
 * value is written escaped in double quotes.
 */
const NOT_RAW = /[\p{Cc}\p{Cs}\ufeff\ufffe\uffff]/u;

/** A string in double quotes: JSON's escapes (which YAML reads), and \u escapes for what JSON leaves raw of NOT_RAW. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/[\x7f-\x9f\ufeff\ufffe\uffff]/g, unicodeEscape);
}

/**
 * A string as a YAML scalar. `quote` asks for a style; plain is kept only where it reads
 * back as the same string, else single quotes (double where a line break needs escaping).
 */
export function formatScalar(value: string, quote: QuoteStyle = ""): string {
  if (quote === '"' || /[\n\r\t]/.test(value) || NOT_RAW.test(value)) return doubleQuoted(value);
  if (quote === "'" || needsQuotes(value)) return `'${value.replace(/'/g, "''")}'`;
  return value;
}

/** An ISO date in the given quote style; a plain date stays plain, as the note writes its dates. */
export function formatDateScalar(date: string, quote: QuoteStyle): string {
  return quote === "" ? date : formatScalar(date, quote);
}

/** A key as YAML reads it back: plain when it is a plain word (`email`, `first_name`), else double-quoted (`"Badge #"`, `"<<"`, `"null"`, `"yes"`). */
export function formatKey(key: string): string {
  return /^[A-Za-z_][\w.-]*$/.test(key) && !needsQuotes(key) ? key : formatScalar(key, '"');
}
