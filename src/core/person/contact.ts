import { KithError } from "../errors";
import { scanOutline, type Outline } from "../sections/outline";
import { bodyLines, findSection, sectionAt, type BodyLine, type Section } from "../sections/section";
import { appendLineEdit, insertLineEdit, insertSectionEdit } from "../sections/edit";
import { detectEol, lineNumberAt } from "../text/lines";
import type { TextEdit } from "../text/text-edit";
import { headingsOf, type EditContext } from "./context";
import { finishEdit, type NoteRead } from "./finish-edit";
import { orderedHeadings, personSection, UNKNOWN } from "./layout";
import { oneLine } from "../text/unicode";

/** The Contact Information table: `| **Field** | Value |` rows. */

/** Headings public vaults give the contact section, compared as `headingWords` reads them. */
const CONTACT_HEADINGS = ["contact information", "contact info", "contact", "contacts", "contact details"];

/** A heading's words: lower-cased, leading emoji and other symbols (`📇`, `#`, `-`) and runs of spaces dropped. */
function headingWords(title: string): string {
  return title.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, "").replace(/\s+/g, " ").trim();
}

/**
 * The contact section: the configured heading, else the first heading that reads as one of
 * the common names once emoji are dropped (`## 📇 Contact Info`). Matched here, not in
 * sections/, because only the contact section has such alternatives.
 */
export function contactSection(text: string, outline: Outline, heading: string): Section | null {
  const configured = findSection(text, outline, heading);
  if (configured) return configured;
  const wanted = new Set([headingWords(heading), ...CONTACT_HEADINGS]);
  const index = outline.headings.findIndex((h) => wanted.has(headingWords(h.title)));
  return index === -1 ? null : sectionAt(text, outline, index);
}

export interface ContactRow {
  line: BodyLine;
  field: string;
  value: string | null;
  /** Cells after the value column, as written. */
  extra: string[];
  /** Offsets (in the note) of the value cell's content, spaces around it excluded. */
  valueFrom: number;
  valueTo: number;
  /** Offsets of the whole value cell (between its pipes), and whether a pipe closes it. */
  cellFrom: number;
  cellTo: number;
  closed: boolean;
}

/**
 * Offsets of the unescaped pipes in a table row. As in GFM, a backslash right before a pipe
 * always escapes it (`a\\|b` is one cell), which is how `cellFor` writes a value's pipes.
 */
function pipePositions(row: string): number[] {
  const pipes: number[] = [];
  for (let at = row.indexOf("|"); at !== -1; at = row.indexOf("|", at + 1)) if (row[at - 1] !== "\\") pipes.push(at);
  return pipes;
}

function cellText(cell: string): string {
  const text = cell.trim();
  return text.includes("\\|") ? text.replace(/\\\|/g, "|") : text;
}

/** A field cell's name: `**Role**` -> `Role`. */
export function fieldName(cell: string): string {
  return unwrap(unwrap(cellText(cell), "**"), "__").trim();
}

/** `**x**` -> `x` (a text on one line, as JavaScript reads lines); anything else as it is. */
function unwrap(text: string, mark: string): string {
  if (text.length < 2 * mark.length || !text.startsWith(mark) || !text.endsWith(mark)) return text;
  const inner = text.slice(mark.length, -mark.length);
  return JS_LINE_BREAK.test(inner) ? text : inner;
}

const JS_LINE_BREAK = /[\n\r\u2028\u2029]/;

/** `_Unknown_` and empty mean no value. */
export function contactValue(cell: string): string | null {
  const v = cellText(cell);
  return v === "" || v === "-" || (v.length === UNKNOWN.length && v.toLowerCase() === UNKNOWN.toLowerCase()) ? null : v;
}

const SEPARATOR = /^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * The section's first table: its first run of lines that start with `|` outside code. A line
 * of any other kind, a blank one too, ends it, so a `|---|` line set apart from the header is
 * not this table's (Markdown does not read it as one either).
 */
function firstTable(lines: BodyLine[]): BodyLine[] {
  const start = lines.findIndex(isTableLine);
  if (start === -1) return [];
  let end = start;
  while (end < lines.length && isTableLine(lines[end]!)) end++;
  return lines.slice(start, end);
}

function isTableLine(line: BodyLine): boolean {
  return !line.inCode && line.text.trim().startsWith("|");
}

/** The first table's |---| row, or null when it has none (rows above it are its header). */
function separatorOf(table: BodyLine[]): BodyLine | null {
  return table.find((l) => SEPARATOR.test(l.text.trim())) ?? null;
}

/** The data rows of the first table in the section (header and separator skipped). */
export function contactRows(text: string, outline: Outline, section: Section | null): ContactRow[] {
  if (!section) return [];
  return rowsOf(firstTable(bodyLines(text, outline, section)));
}

function rowsOf(table: BodyLine[]): ContactRow[] {
  return dataLines(table).flatMap((line) => rowOf(line, pipePositions(line.text)) ?? []);
}

/** The first row whose field is `name` (case ignored): only that row's value is read. */
function findRow(table: BodyLine[], name: string): ContactRow | null {
  const wanted = name.toLowerCase();
  for (const line of dataLines(table)) {
    const pipes = pipePositions(line.text);
    const [p0, p1] = pipes;
    if (p0 !== undefined && p1 !== undefined && fieldName(line.text.slice(p0 + 1, p1)).toLowerCase() === wanted) return rowOf(line, pipes);
  }
  return null;
}

/** The table's lines below its |---| row (none when it has no such row). */
function dataLines(table: BodyLine[]): BodyLine[] {
  const separator = separatorOf(table);
  return separator ? table.slice(table.indexOf(separator) + 1) : [];
}

/** A data row read from its line and pipes, or null when it has fewer than two pipes. */
function rowOf(line: BodyLine, pipes: number[]): ContactRow | null {
  const [p0, p1, p2] = pipes;
  if (p0 === undefined || p1 === undefined) return null;
  const end = p2 ?? line.text.length;
  const rawValue = line.text.slice(p1 + 1, end);
  const lead = rawValue.length - rawValue.trimStart().length;
  const extra = pipes.slice(2, -1).map((at, i) => cellText(line.text.slice(at + 1, pipes[i + 3])));
  return {
    line,
    field: fieldName(line.text.slice(p0 + 1, p1)),
    value: contactValue(rawValue),
    extra,
    valueFrom: line.start + p1 + 1 + lead,
    valueTo: line.start + p1 + 1 + rawValue.trimEnd().length,
    cellFrom: line.start + p1 + 1,
    cellTo: line.start + end,
    closed: p2 !== undefined,
  };
}

function cellFor(value: string): string {
  return value.replace(/\|/g, "\\|");
}

export interface ContactFieldOptions extends EditContext {
  /** Also set Profile's `**Role**:` line when the field is Role. */
  syncProfileRole?: boolean;
}

/**
 * Sets one row of the contact table; null or empty writes `_Unknown_`. Only the value cell changes
 * (other columns and spacing stay); a missing row is added after the table's last row (after
 * its |---| row when it has none), and a section without a table gets one. A first table
 * without a |---| row is refused: it has no rows to read (parsePerson reads none), and a row
 * added anywhere would not be read either. `read` is what the caller has read of the note already.
 */
export function setContactRow(text: string, field: string, value: string | null, ctx: ContactFieldOptions, read: NoteRead & { outline: Outline } = { outline: scanOutline(text) }): string {
  const { outline } = read;
  const name = field.replace(/\s+/g, " ").trim().replace(/^\*\*|\*\*$/g, "");
  if (name === "" || name.includes("|")) throw new KithError("invalid-value", `"${field}" is not a contact field name.`);
  const clean = oneLine(value ?? "");
  const cell = clean === "" ? UNKNOWN : cellFor(clean);
  const headings = headingsOf(ctx);
  const section = contactSection(text, outline, headings.contact);
  const table = section ? firstTable(bodyLines(text, outline, section)) : [];
  const separator = separatorOf(table);
  const header = table[0];
  if (header && !separator) {
    // A table Kith cannot read (no |---| row under its header): a row added to it, or a second
    // table, would leave the old value standing beside the new.
    throw new KithError(
      "unsupported-layout",
      `The contact table at line ${lineNumberAt(text, header.start)} has no |---| row under its header; fix the table by hand first.`,
    );
  }
  const row = findRow(table, name);
  if (row && (row.value ?? "") === clean) return text;
  const syncRole = ctx.syncProfileRole === true && name.toLowerCase() === "role";
  const edits = [rowEdit(text, outline, row, table, section, name, cell, ctx)];
  if (syncRole) edits.push(...profileRoleEdits(text, outline, clean, ctx));
  return finishEdit(text, edits, ctx.today, read);
}

/** The row's value cell set to `cell`, or a new row after the table's last (a new table when there is none). */
function rowEdit(text: string, outline: Outline, row: ContactRow | null, table: BodyLine[], section: Section | null, name: string, cell: string, ctx: EditContext): TextEdit {
  if (row && row.valueTo > row.valueFrom) return { from: row.valueFrom, to: row.valueTo, insert: cell };
  // A blank or missing cell (`|  |`, `| **Notes** |`) gets the table's usual ` value |`.
  if (row) return { from: row.cellFrom, to: row.cellTo, insert: ` ${cell} ${row.closed ? "" : "|"}` };
  const eol = detectEol(text);
  const rows = rowsOf(table);
  // The field named as the table's rows name theirs: bold in Kith's table, plain in a `Channel | Details` one.
  const plain = rows.length > 0 && rows.every((r) => !/^\s*\|\s*(?:\*\*|__)/.test(r.line.text));
  const line = plain ? `| ${name} | ${cell} |` : `| **${name}** | ${cell} |`;
  const last = rows.at(-1)?.line ?? separatorOf(table);
  if (last) return insertLineEdit(text, last.next === last.end ? text.length : last.next, line, eol);
  const newTable = ["| Field | Value |", "|-------|-------|", line];
  if (section) return appendLineEdit(text, outline, section, newTable.join(eol), eol, undefined, { block: true });
  const headings = headingsOf(ctx);
  return insertSectionEdit(text, headings.contact, newTable, orderedHeadings(headings), eol);
}

const PROFILE_ROLE = /^(\*\*Role\*\*:[ \t]*)(.*?)([ \t]*)$/;

/** Sets the `**Role**:` line of the Profile section, when the section has one. */
function profileRoleEdits(text: string, outline: Outline, role: string, ctx: EditContext): TextEdit[] {
  const headings = headingsOf(ctx);
  const section = personSection(text, outline, headings, headings.profile);
  if (!section) return [];
  const line = bodyLines(text, outline, section).find((l) => PROFILE_ROLE.test(l.text));
  const m = line ? PROFILE_ROLE.exec(line.text) : null;
  if (!line || !m) return [];
  const from = line.start + (m[1]?.length ?? 0);
  return [{ from, to: from + (m[2]?.length ?? 0), insert: role === "" ? UNKNOWN : role }];
}
