import { isBlank, nextContent, type Line } from "./markup";
import { endsSentence, wordCount } from "./normalize";
import { isEveryone, isNameLike } from "./people";
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
  /** A table's owner and due cells, when it has those columns (empty cells count as none). */
  owner?: string;
  due?: string;
}

export interface Group {
  heading: string | null;
  entries: Entry[];
}

/** A table's text, owner and due columns (-1 for none). */
type Columns = Record<"text" | "owner" | "due", number>;

const OWNER_COLUMN = /^(?:owners?|action owners?|assignees?|assigned(?: to)?|who|responsible(?: party| person)?|name|person)$/i;
const DUE_COLUMN = /^(?:due|due date|deadline|when|by|by when|date|target date|target)$/i;
const OTHER_COLUMN = /^(?:#|no\.?|priority|status|notes?|comments?|context|progress|done)$/i;
const TEXT_COLUMN = /^(?:tasks?|actions?|action items?|items?|descriptions?|what|titles?|next steps?|to ?dos?|decisions?|topics?|takeaways?|details?)$/i;
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
  return !endsSentence(open.entry.text) && /^\p{Ll}/u.test(line.text);
}

function isSubHeading(lines: readonly Line[], i: number, kind: Section["kind"]): boolean {
  const line = lines[i];
  if (!line) return false;
  const next = nextContent(lines, i);
  const children = next !== undefined && next.indent > line.indent && next.cells === null;
  if (line.heading > 0) return true;
  const text = line.text;
  const colon = /:$/.test(text) && wordCount(text) <= 8;
  if (kind === "actions") {
    // An owner above their tasks: "Dana Okafor" then bullets, indented lines or plain tasks.
    const name = text.replace(/:$/, "");
    const owner = isNameLike(name) || isEveryone(name);
    if (line.item) return children && owner;
    if (line.bold || colon) return true;
    return owner && next !== undefined && (children || next.item || !isNameLike(next.text));
  }
  if (line.bold) return !line.item || children;
  if (wordCount(text) > 10 || text.length > 80) return false;
  if (colon) return true;
  if (endsSentence(text) || !/^[\p{Lu}\d]/u.test(text)) return false;
  // Elsewhere (decisions, attendees) a heading only groups: "ALIGNED" above its bullets.
  if (!PROSE.has(kind)) return children || (!line.item && next?.item === true);
  // A bullet with sub-bullets is a topic when it is a label, not a sentence of its own.
  if (children) return !line.item || (wordCount(text) <= 5 && !/[,;]/.test(text));
  if (line.item || next === undefined || next.cells || /^\p{Ll}/u.test(next.text)) return false;
  return next.item || (endsSentence(next.text) && next.text.length > text.length);
}

/** A table's header row: every cell names a column, one of them the task's or the owner's. */
function columnsOf(cells: readonly string[]): Columns | null {
  const named = cells.filter(Boolean);
  const known = (c: string): boolean => OWNER_COLUMN.test(c) || DUE_COLUMN.test(c) || TEXT_COLUMN.test(c) || OTHER_COLUMN.test(c);
  if (!named.every(known) || !named.some((c) => TEXT_COLUMN.test(c) || OWNER_COLUMN.test(c))) return null;
  const at = (column: RegExp): number => cells.findIndex((c) => column.test(c));
  return { text: at(TEXT_COLUMN), owner: at(OWNER_COLUMN), due: at(DUE_COLUMN) };
}

function rowEntry(line: Line, columns: Columns | null): Entry {
  if (!columns) return { text: line.text, item: true };
  const cells = line.cells ?? [];
  const rest = cells.filter((_c, i) => i !== columns.owner && i !== columns.due && (columns.text < 0 || i === columns.text));
  return { text: rest.filter(Boolean).join(" – "), item: true, owner: cells[columns.owner], due: cells[columns.due] };
}
