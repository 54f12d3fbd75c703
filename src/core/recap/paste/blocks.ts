import type { Line } from "./markup";
import { isBlank } from "./markup";
import { wordCount } from "./normalize";
import { isNameLike } from "./people";
import type { Section } from "./sections";

/**
 * A section's body as groups of entries. A group starts at a sub-heading: a topic in notes
 * ("Cluster sizing" above its paragraph or bullets), an owner in next steps ("**Dana Okafor**"
 * above her tasks). An entry is one bullet, one paragraph, or one table row; a line wrapped by a
 * mail client joins the entry it continues.
 */
export interface Entry {
  text: string;
  item: boolean;
  /** Lines indented under a task: its description, not part of its title. */
  detail?: string;
  /** A table's owner and due columns, when it has them. */
  owner?: string;
  due?: string;
}

export interface Group {
  heading: string | null;
  entries: Entry[];
}

interface Columns {
  text: number;
  owner: number;
  due: number;
}

const TERMINAL = /[.!?…]["'”’)\]]?$/;
const OWNER_COLUMN = /^(?:owners?|assignees?|assigned to|who|responsible|name|person)$/i;
const DUE_COLUMN = /^(?:due|due date|deadline|when|by|date|target date)$/i;
const TEXT_COLUMN = /^(?:tasks?|actions?|action items?|items?|descriptions?|what|titles?|next steps?|to ?dos?|decisions?|topics?|notes?|takeaways?|details?)$/i;
/** A group of tasks for everyone, listed like an owner's. */
export const EVERYONE = /^(?:all|everyone|everybody|team|the team|both|all attendees|group|the group)$/i;
/** Kinds whose plain short lines above paragraphs or bullets are topics. */
const PROSE = new Set<Section["kind"]>(["summary", "facts", "topic", "topics"]);

export function readGroups(section: Section): Group[] {
  const lines = section.lines;
  const groups: Group[] = [{ heading: null, entries: [] }];
  let open: { entry: Entry; indent: number } | null = null;
  let columns: Columns | null = null;
  lines.forEach((line, i) => {
    const group = groups[groups.length - 1];
    if (!group || isBlank(line)) {
      open = null;
      return;
    }
    if (line.cells) {
      open = null;
      const header = columnsOf(line.cells);
      if (header) columns = header;
      else group.entries.push(rowEntry(line, columns));
      return;
    }
    columns = null;
    if (isSubHeading(lines, i, section.kind)) {
      groups.push({ heading: line.text.replace(/:$/, "").trim(), entries: [] });
      open = null;
      return;
    }
    if (open && !line.item && continues(open, line)) {
      const entry = open.entry;
      if (section.kind === "actions" && entry.item && /^\p{Lu}/u.test(line.text)) entry.detail = [entry.detail, line.text].filter(Boolean).join(" ");
      else entry.text = `${entry.text} ${line.text}`;
      return;
    }
    const entry: Entry = { text: line.text, item: line.item };
    group.entries.push(entry);
    open = { entry, indent: line.indent };
  });
  return groups.filter((g) => g.heading !== null || g.entries.length > 0);
}

/**
 * A wrapped line: indented under a bullet, or a sentence going on in lower case. (Tools
 * write one task a line without a full stop, so an unfinished line alone does not continue.)
 */
function continues(open: { entry: Entry; indent: number }, line: Line): boolean {
  if (open.entry.item && line.indent > open.indent) return true;
  return !TERMINAL.test(open.entry.text) && /^\p{Ll}/u.test(line.text);
}

function isSubHeading(lines: readonly Line[], i: number, kind: Section["kind"]): boolean {
  const line = lines[i];
  if (!line) return false;
  const next = lines.slice(i + 1).find((l) => !isBlank(l));
  const children = next !== undefined && next.indent > line.indent && next.cells === null;
  if (line.heading > 0) return true;
  if (line.bold) return !line.item || children;
  const text = line.text;
  if (wordCount(text) > 10 || text.length > 80) return false;
  const colon = /:$/.test(text) && wordCount(text) <= 8;
  if (kind === "actions") {
    // An owner above their tasks: "Dana Okafor" then bullets, indented lines or plain tasks.
    if (colon && !line.item) return true;
    const name = text.replace(/:$/, "");
    if (!isNameLike(name) && !EVERYONE.test(name)) return false;
    if (line.item) return children;
    return next !== undefined && (children || next.item || !isNameLike(next.text));
  }
  if (!PROSE.has(kind)) return colon || children;
  if (colon) return true;
  if (TERMINAL.test(text) || !/^[\p{Lu}\d]/u.test(text)) return false;
  // A bullet with sub-bullets is a topic when it is a label, not a sentence of its own.
  if (children) return !line.item || wordCount(text) <= 5;
  if (line.item || next === undefined || next.cells) return false;
  return next.item || (TERMINAL.test(next.text) && next.text.length > text.length);
}

/** A table's header row: every cell names a column. */
function columnsOf(cells: readonly string[]): Columns | null {
  const named = cells.filter(Boolean);
  if (named.length === 0 || !named.every((c) => OWNER_COLUMN.test(c) || DUE_COLUMN.test(c) || TEXT_COLUMN.test(c))) return null;
  return {
    text: cells.findIndex((c) => TEXT_COLUMN.test(c)),
    owner: cells.findIndex((c) => OWNER_COLUMN.test(c)),
    due: cells.findIndex((c) => DUE_COLUMN.test(c)),
  };
}

function rowEntry(line: Line, columns: Columns | null): Entry {
  const cells = line.cells ?? [];
  if (!columns) return { text: line.text, item: true };
  const rest = cells.filter((_c, i) => i !== columns.owner && i !== columns.due && (columns.text < 0 || i === columns.text));
  const entry: Entry = { text: rest.filter(Boolean).join(" – "), item: true };
  const owner = cells[columns.owner];
  const due = cells[columns.due];
  if (owner) entry.owner = owner;
  if (due) entry.due = due;
  return entry;
}
