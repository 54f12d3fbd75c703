/** Reading and writing single YAML scalars as text, without a YAML round trip. */

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

/**
 * Finds the scalar at the start of `raw` (a value after `key:` or `- `), leaving out
 * leading spaces and a trailing ` # comment`. Returns null for block or flow collections
 * and for multi-line scalars, which callers do not edit in place.
 */
export function readScalar(raw: string): ScalarSpan | null {
  let start = 0;
  while (start < raw.length && (raw[start] === " " || raw[start] === "\t")) start++;
  const first = raw[start];
  if (first === undefined || first === "#") return { start, end: start, quote: "", value: "" };
  if (first === "'" || first === '"') {
    const close = findClosingQuote(raw, start);
    if (close === -1) return null;
    const inner = raw.slice(start + 1, close);
    const value = first === "'" ? inner.replace(/''/g, "'") : unescapeDouble(inner);
    return { start, end: close + 1, quote: first, value };
  }
  if (first === "[" || first === "{" || first === "|" || first === ">" || first === "&" || first === "*" || first === "!") {
    return null;
  }
  let end = raw.length;
  const comment = raw.search(/[ \t]#/);
  if (comment !== -1 && comment >= start) end = comment;
  while (end > start && (raw[end - 1] === " " || raw[end - 1] === "\t" || raw[end - 1] === "\r")) end--;
  return { start, end, quote: "", value: raw.slice(start, end) };
}

function findClosingQuote(raw: string, open: number): number {
  const q = raw[open];
  for (let i = open + 1; i < raw.length; i++) {
    const c = raw[i];
    if (q === '"' && c === "\\") {
      i++;
      continue;
    }
    if (c === q) {
      if (q === "'" && raw[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

function unescapeDouble(inner: string): string {
  return inner.replace(/\\(.)/g, (_, c: string) => {
    if (c === "n") return "\n";
    if (c === "t") return "\t";
    return c;
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
 * A string as a YAML scalar. `quote` asks for a style; plain is kept only where it reads
 * back as the same string, else single quotes (double where a line break needs escaping).
 */
export function formatScalar(value: string, quote: QuoteStyle = ""): string {
  if (/[\n\r\t]/.test(value)) return JSON.stringify(value);
  if (quote === '"') return JSON.stringify(value);
  if (quote === "'" || needsQuotes(value)) return `'${value.replace(/'/g, "''")}'`;
  return value;
}

/** An ISO date in the given quote style; a plain date stays plain, as the note writes its dates. */
export function formatDateScalar(date: string, quote: QuoteStyle): string {
  return quote === "" ? date : formatScalar(date, quote);
}
