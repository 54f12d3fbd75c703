/**
 * The shapes of note the core refuses to edit by design, recognised here from the note's text
 * without the core (only js-yaml, the YAML reader the core uses, says whether YAML parses), so a
 * property can tell a designed refusal from a refusal of a note Kith should have edited:
 *   - frontmatter whose opening `---` is never closed (a lone `---` line counts: an edit that
 *     adds a line break after it opens a block that is never closed);
 *   - a lone CR (a line break js-yaml reads and Kith's line editor does not) in the frontmatter;
 *   - frontmatter js-yaml refuses, or that is not a mapping;
 *   - a code fence never closed, below which an edit would add invisible code (body edits);
 *   - a Contact Information table without its |---| row (setContactField): its first run of
 *     `|` lines, so a |---| line set apart from the header by a blank or other line is not its;
 *   - frontmatter Kith's line-based key finder reads differently from YAML (indented or tabbed
 *     keys, quoted scalars over two lines, explicit `?` keys, anchors, directives, document
 *     markers), or a value YAML cannot hold raw (frontmatter edits).
 * Each shape comes with the refusal it gets: its code and its exact message (the line it names
 * is computed here).
 */
import yaml from "js-yaml";

export type EditKind = "body" | "contact" | "frontmatter";

/** The shapes, one name each. */
export type Shape =
  | "frontmatter-never-closed"
  | "lone-fence-line"
  | "lone-cr-in-frontmatter"
  | "yaml-refused"
  | "code-fence-never-closed"
  | "contact-table-without-separator"
  | "yaml-misread-by-lines"
  | "value-not-one-scalar";

export interface DesignedRefusal {
  shape: Shape;
  /** What about the note is refused, in words, for failure messages. */
  why: string;
  code: "malformed-frontmatter" | "unsupported-frontmatter" | "unsupported-layout";
  message: string;
  /** Whether any edit that changes this note must be refused (the frontmatter does not read). */
  always: boolean;
}

export interface Line {
  /** The line without its line break (a CR stays unless a LF follows it). */
  text: string;
  /** Offset of the line in the note (after a BOM for the first line). */
  start: number;
}

/** The note's lines as Markdown and Kith read them: only LF breaks a line; a BOM is not text. */
export function noteLines(note: string): Line[] {
  const lines: Line[] = [];
  let start = note.startsWith("\uFEFF") ? 1 : 0;
  for (;;) {
    const lf = note.indexOf("\n", start);
    if (lf === -1) {
      lines.push({ text: note.slice(start), start });
      return lines;
    }
    lines.push({ text: note.slice(start, note[lf - 1] === "\r" ? lf - 1 : lf), start });
    start = lf + 1;
  }
}

const FENCE_LINE = /^---[ \t]*$/;

export type Frontmatter =
  | { kind: "none" }
  /** The note is one `---` line with no line break: not frontmatter yet. */
  | { kind: "lone-fence" }
  | { kind: "unclosed" }
  /** `close` is the index of the closing `---` line. */
  | { kind: "block"; close: number; yaml: string };

export function frontmatterOf(note: string, lines: readonly Line[] = noteLines(note)): Frontmatter {
  const first = lines[0]?.text ?? "";
  if (lines.length === 1) return /^---[ \t]*\r?$/.test(first) ? { kind: "lone-fence" } : { kind: "none" };
  if (!FENCE_LINE.test(first)) return { kind: "none" };
  // The last line has no line break after it, so a CR at its end is text: `---\r` there does not close.
  const close = lines.findIndex((l, i) => i > 0 && FENCE_LINE.test(l.text));
  if (close === -1) return { kind: "unclosed" };
  return { kind: "block", close, yaml: note.slice(lines[1]?.start ?? 0, lines[close]?.start ?? 0) };
}

/** 1-based line of an offset: LFs before it, plus one. */
function lineAt(note: string, offset: number): number {
  return note.slice(0, offset).split("\n").length;
}

/** An anchored node js-yaml closes: the core refuses it there, before an alias can repeat it. */
class Anchored extends Error {
  constructor(readonly anchor: string) {
    super(`anchor &${anchor}`);
  }
}

/** Why js-yaml refuses the block, as the core words it, or null when the block reads as a mapping. */
function yamlRefusal(block: string): { code: DesignedRefusal["code"]; message: string } | null {
  // The core hands the block to gray-matter, which gives js-yaml the text after the opening
  // `---` (so js-yaml's line 0 is the fence's own line) up to the next line that starts with
  // `---`, and skips js-yaml when nothing but comments is left.
  const matter = `\n${block}\n---\n`;
  const source = matter.slice(0, matter.indexOf("\n---"));
  if (source.replace(/^\s*#[^\n]+/gm, "").trim() === "") return null;
  let data: unknown;
  const listener = (event: string, state: { anchor?: string | null; line?: number }): void => {
    if (event === "close" && typeof state.anchor === "string") throw new Anchored(state.anchor);
  };
  try {
    data = yaml.load(source, { schema: yaml.FAILSAFE_SCHEMA, listener });
  } catch (error) {
    if (error instanceof Anchored) {
      const message = `The frontmatter uses YAML anchors/aliases (&${error.anchor}, *${error.anchor}); Kith does not read them. Write the values out in full.`;
      return { code: "unsupported-frontmatter", message };
    }
    const detail = error as { reason?: string; message?: string; mark?: { line?: number } };
    const reason = detail.reason ?? detail.message ?? "";
    // js-yaml's two messages for a control character are said in the core's own words.
    const said = /^(?:the stream contains non-printable characters|expected valid JSON character|null byte is not allowed in input)$/.test(reason)
      ? "a character YAML does not allow (a control character such as a terminal's colour code, or a noncharacter); delete it"
      : reason;
    return { code: "malformed-frontmatter", message: `Malformed frontmatter at line ${(detail.mark?.line ?? 0) + 1}: ${said}` };
  }
  if (data === null || data === undefined) return null;
  return typeof data === "object" && !Array.isArray(data) ? null : { code: "malformed-frontmatter", message: "Malformed frontmatter at line 2: the block is not a list of keys" };
}

/** The frontmatter's refusal: never closed, a lone CR, or YAML that does not read as a mapping. */
function frontmatterRefusal(note: string, front: Frontmatter, lines: readonly Line[]): DesignedRefusal | null {
  if (front.kind === "unclosed" || front.kind === "lone-fence") {
    return {
      shape: front.kind === "unclosed" ? "frontmatter-never-closed" : "lone-fence-line",
      why: front.kind === "unclosed" ? "frontmatter never closed" : "a lone --- line",
      code: "malformed-frontmatter",
      message: "Malformed frontmatter at line 1: the opening --- is never closed",
      always: front.kind === "unclosed",
    };
  }
  if (front.kind !== "block") return null;
  const loneCr = /\r(?!\n)/.exec(front.yaml);
  if (loneCr) {
    const line = lineAt(note, (lines[1]?.start ?? 0) + loneCr.index);
    return {
      shape: "lone-cr-in-frontmatter",
      why: "a lone CR in the frontmatter",
      code: "unsupported-frontmatter",
      message: `The frontmatter has a line break Kith does not edit (a lone CR) at line ${line}.`,
      always: true,
    };
  }
  const refused = yamlRefusal(front.yaml);
  return refused ? { shape: "yaml-refused", why: "YAML js-yaml refuses, or anchors it reads", ...refused, always: true } : null;
}

/**
 * The fence still open after these lines, read as CommonMark reads fences: up to three spaces of
 * indent, ``` or ~~~ runs, no backtick in a backtick fence's info string, closed by the same
 * character at least as long with nothing after. Returns the index of its opening line.
 */
export function openFence(lines: readonly Line[], from = 0): number | null {
  let open: { char: string; length: number; at: number } | null = null;
  for (let i = from; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})([^]*)$/.exec(lines[i]?.text ?? "");
    if (!m?.[1]) continue;
    const char = m[1][0] ?? "`";
    const rest = m[2] ?? "";
    if (open) {
      if (char === open.char && m[1].length >= open.length && rest.trim() === "") open = null;
    } else if (!(char === "`" && rest.includes("`"))) {
      open = { char, length: m[1].length, at: i };
    }
  }
  return open ? open.at : null;
}

/** Where the Markdown body starts: the line after the frontmatter block, else the first line. */
export function bodyStartLine(front: Frontmatter): number {
  return front.kind === "block" ? front.close + 1 : 0;
}

const SEPARATOR = /^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * When the first `## Contact Information` section's first table (its first run of lines that
 * start with `|`, outside code) has no |---| row: the index of the table's first line, else null.
 */
export function contactTableWithoutSeparator(lines: readonly Line[], from: number): number | null {
  let fence: { char: string; length: number } | null = null;
  let contact: number | null = null;
  const table: string[] = [];
  let tableStart = -1;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    const f = /^ {0,3}(`{3,}|~{3,})([^]*)$/.exec(text);
    if (fence) {
      if (f?.[1]?.[0] === fence.char && f[1].length >= fence.length && (f[2] ?? "").trim() === "") fence = null;
      if (table.length > 0) break;
      continue;
    }
    if (f?.[1] && !(f[1][0] === "`" && (f[2] ?? "").includes("`"))) {
      fence = { char: f[1][0] ?? "`", length: f[1].length };
      if (table.length > 0) break;
      continue;
    }
    // Indented under the list item right above, a `## x` line is that item's, not a heading (as the outline reads it).
    const above = /^ *(?:[-*+]|\d{1,9}[.)])(?: {1,4}|$)/.exec(lines[i - 1]?.text ?? "")?.[0].length;
    const indent = text.length - text.trimStart().length;
    const heading = indent > 0 && above !== undefined && indent >= above ? null : /^ {0,3}(#{1,6})(?=[ \t\r]|$)([^]*)$/.exec(text);
    // A heading ends a table, as any line that does not start with | does.
    if (heading?.[1] && table.length > 0) break;
    if (heading?.[1]) {
      const level = heading[1].length;
      if (contact !== null && level <= contact) break;
      const title = (heading[2] ?? "").trim().replace(/(?:^|[ \t]+)#+$/, "");
      if (contact === null && title.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase() === "contact information") contact = level;
      continue;
    }
    if (contact === null) continue;
    if (text.trim().startsWith("|")) {
      if (table.length === 0) tableStart = i;
      table.push(text.trim());
    } else if (table.length > 0) break;
  }
  return table.length > 0 && !table.some((row) => SEPARATOR.test(row)) ? tableStart : null;
}

/** A key at column 0 as a line-by-line reader sees one: a plain or quoted key, then a colon. */
const KEY_AT_COLUMN_0 = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"?:,[\]{}&*!|>%@`-][^#]*?|-[^\s#][^#]*?))[ \t]*:(?=[ \t]|$)/;

/** A quoted scalar at the start of `s` that does not close on its line. */
function openQuote(s: string): boolean {
  const q = s[0];
  if (q !== '"' && q !== "'") return false;
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === "\\") i++;
    else if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return false;
    }
  }
  return true;
}

/**
 * Whether the YAML holds what a line-by-line key finder misreads: a key line that is not at
 * column 0 where YAML sees a key (a tab or spaces before the first key), a quoted scalar over two
 * lines, explicit `?` keys and `:` values, anchors, aliases, tags, directives and document
 * markers; or whether the keys read line by line are not YAML's keys, in YAML's order.
 */
export function misreadFrontmatter(block: string): string | null {
  const lines = block.split("\n").map((l) => l.replace(/\r$/, ""));
  const meaningful = lines.filter((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  if (meaningful.some((l) => l.startsWith("\t"))) return "a line indented with a tab";
  if (meaningful[0] !== undefined && /^[ \t]/.test(meaningful[0])) return "an indented first key";
  for (const l of meaningful) {
    const t = l.trimStart();
    if (/^(?:[?:&*!%|>]|\.\.\.|---)/.test(t)) return `a line starting with ${JSON.stringify(t.slice(0, 3))}`;
    const value = t.replace(/^-[ \t]+/, "").replace(KEY_AT_COLUMN_0, "").trimStart();
    if (openQuote(t) || openQuote(value)) return "a quoted scalar over two lines";
    if (/^[&*!]/.test(value)) return "an anchor, alias or tag";
  }
  let data: unknown;
  try {
    data = yaml.load(`\n${block}`, { schema: yaml.FAILSAFE_SCHEMA });
  } catch {
    return null;
  }
  const yamlKeys = data && typeof data === "object" && !Array.isArray(data) ? Object.keys(data) : [];
  const lineKeys = [
    ...new Set(
      lines.flatMap((l) => {
        const m = KEY_AT_COLUMN_0.exec(l);
        return m ? [m[1] ?? (m[2] !== undefined ? m[2].replace(/''/g, "'") : (m[3] ?? ""))] : [];
      }),
    ),
  ];
  return JSON.stringify([...yamlKeys].sort()) === JSON.stringify([...lineKeys].sort()) ? null : `keys read line by line ${JSON.stringify(lineKeys)}, YAML's ${JSON.stringify(yamlKeys)}`;
}

/**
 * The shape of `key`'s value in words when it is not a one-line scalar (a list, a map, a block
 * scalar, an anchored value, a value running over lines): a frontmatter edit never collapses
 * such a value into one line. Null when the key has no line of its own or holds one scalar.
 */
export function valueNotOneScalar(block: string, key: string): string | null {
  const lines = block.split("\n").map((l) => l.replace(/\r$/, ""));
  const at = lines.findIndex((l) => {
    const m = KEY_AT_COLUMN_0.exec(l);
    return m !== null && (m[1] ?? (m[2] !== undefined ? m[2].replace(/''/g, "'") : (m[3] ?? ""))) === key;
  });
  if (at === -1) return null;
  const first = (lines[at] ?? "").replace(KEY_AT_COLUMN_0, "").replace(/(^|[ \t])#.*$/, "").trim();
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => KEY_AT_COLUMN_0.test(l) && !/^[ \t-]/.test(l));
  const children = (end === -1 ? rest : rest.slice(0, end)).filter((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  // Every line up to the next key belongs to this key's value, as the core reads it.
  const childLines = children;
  if (first.startsWith("[") || (first === "" && childLines.some((l) => /^[ \t]*-(?:[ \t]|$)/.test(l)))) return "a list";
  if (first.startsWith("{")) return "a map";
  if (/^[|>]/.test(first)) return `a multi-line text (${first.split(/\s/)[0] ?? ""})`;
  if (/^[&*!]/.test(first)) return "a value with a YAML anchor, alias or tag";
  if (childLines.length === 0) return null;
  return childLines.some((l) => KEY_AT_COLUMN_0.test(l.trimStart())) ? "a map" : "a value over several lines";
}

export interface EditOf {
  kind: EditKind;
  /** A frontmatter edit's key, and the value it writes (when the test knows it). */
  key?: string;
  value?: string;
}

/** The refusals `note` may get from `edit` by design; none when the note is one Kith edits. */
export function designedRefusals(note: string, edit: EditOf): DesignedRefusal[] {
  const lines = noteLines(note);
  const front = frontmatterOf(note, lines);
  const refusal = frontmatterRefusal(note, front, lines);
  const out: DesignedRefusal[] = refusal ? [refusal] : [];
  // setContactField looks at its table before it reads the frontmatter.
  const table = edit.kind === "contact" && front.kind !== "unclosed" ? contactTableWithoutSeparator(lines, bodyStartLine(front)) : null;
  if (table !== null) {
    out.push({
      shape: "contact-table-without-separator",
      why: `a contact table without its |---| row at line ${table + 1}`,
      code: "unsupported-layout",
      message: `The contact table at line ${table + 1} has no |---| row under its header; fix the table by hand first.`,
      always: false,
    });
  }
  // The rest is looked at only once the frontmatter reads.
  if (refusal?.always) return out;
  if (edit.kind !== "frontmatter") {
    const fence = openFence(lines, bodyStartLine(front));
    if (fence !== null) {
      out.push({
        shape: "code-fence-never-closed",
        why: `a code fence never closed at line ${fence + 1}`,
        code: "unsupported-layout",
        message: `Line ${fence + 1} opens a code block that is never closed; close it before Kith edits below it.`,
        always: false,
      });
    }
  }
  // A contact edit (the tests set Role) may write a `role` property, where the note keeps its contact details.
  const key = edit.kind === "frontmatter" ? edit.key : edit.kind === "contact" ? "role" : undefined;
  if (key !== undefined && front.kind === "block") {
    const shape = valueNotOneScalar(front.yaml, key);
    if (shape !== null) {
      const valueName = key === "last_contact" ? "date" : "value";
      out.push({
        shape: "value-not-one-scalar",
        why: `${key} is ${shape}`,
        code: "unsupported-frontmatter",
        message: `${key} is ${shape}; Kith only sets a single ${valueName} there. Change it by hand.`,
        always: false,
      });
    }
  }
  if (key !== undefined) {
    // A value YAML cannot hold raw (a control character, a BOM) is no refusal: it is written escaped.
    const misread = front.kind === "block" ? misreadFrontmatter(front.yaml) : null;
    if (misread !== null) {
      out.push({
        shape: "yaml-misread-by-lines",
        why: misread,
        code: "unsupported-frontmatter",
        message: `Kith cannot change "${key}" here without touching other lines of the frontmatter; change it by hand.`,
        always: false,
      });
    }
  }
  return out;
}
