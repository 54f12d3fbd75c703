import { KithError } from "../errors";
import { isIsoDate } from "../dates";
import { scanOutline, type Outline } from "../sections/outline";
import { bodyLines, findBodyLine, ownPart, type BodyLine, type Section } from "../sections/section";
import { appendLineEdit, insertLineEdit, insertSectionEdit } from "../sections/edit";
import { detectEol, removeLine, type Eol } from "../text/lines";
import { applyTextEdit, type TextEdit } from "../text/text-edit";
import { isAscii, oneLine, toNfc } from "../text/unicode";
import { itemKey } from "./bullets";
import { headingsOf, type EditContext } from "./context";
import { changeBetween, finishEdit } from "./finish-edit";
import { orderedHeadings, personSection, type PersonHeadings } from "./layout";

/** One Recent Context line: `- DATE: [[MEETING NOTE]] - SUMMARY (via SOURCE)`. */
export interface RecentContextEntry {
  date: string;
  /** The wikilink's inside (target, and `|alias` when present), or null for a call without a note. */
  link: string | null;
  summary: string;
  via: string | null;
}

/** A line that does not fit the shape, kept as written. */
export interface RawContextLine {
  raw: string;
}

export type RecentContextItem = RecentContextEntry | RawContextLine;

const ENTRY = /^ {0,3}[-*+][ \t]+(\d{4}-\d\d-\d\d):[ \t]*(.*)$/;
/** The wikilink the rest of the line starts with (to the first `]]`), and the dash or colon after it. */
const LINK = /^\[\[([^]*?)\]\](?:[ \t]*[-–—:][ \t]*)?/;
const VIA = /[ \t]*\(via ([^()]*)\)[ \t]*$/;

export function parseContextLine(line: string): RecentContextItem {
  const m = ENTRY.exec(line);
  if (!m?.[1]) return { raw: line.trim() };
  const rest = (m[2] ?? "").trim();
  const link = LINK.exec(rest);
  const summary = link ? rest.slice(link[0].length) : rest;
  const via = VIA.exec(summary);
  return { date: m[1], link: link?.[1] ?? null, summary: summary.slice(0, via?.index).trim(), via: via?.[1]?.trim() ?? null };
}

export function formatContextLine(entry: RecentContextEntry): string {
  const link = entry.link ? `[[${entry.link}]]${entry.summary ? " - " : ""}` : "";
  const via = entry.via ? ` (via ${entry.via})` : "";
  return `- ${entry.date}: ${link}${entry.summary}${via}`.trimEnd();
}

/** The note a link points at, as compared: no alias, heading or `.md`, case ignored. */
export function linkTargetKey(link: string): string {
  // The target ends at the first `|` (alias) or `#` (heading or block).
  const target = link.split(/[|#]/)[0] ?? "";
  return toNfc(target.replace(/\.md$/i, "").trim()).toLowerCase();
}

function isEntry(item: RecentContextItem): item is RecentContextEntry {
  return "date" in item;
}

/** Same meeting: the same linked note; without a link, the same date and summary. */
function sameMeeting(a: RecentContextEntry, b: RecentContextEntry): boolean {
  if (a.link || b.link) return !!a.link && !!b.link && linkTargetKey(a.link) === linkTargetKey(b.link);
  return a.date === b.date && itemKey(a.summary) === itemKey(b.summary);
}

export function readContext(text: string, outline: Outline, section: Section | null): RecentContextItem[] {
  if (!section) return [];
  return bodyLines(text, outline, section)
    .filter((l) => l.listItem)
    .map((l) => parseContextLine(l.text));
}

export interface RecentContextOptions extends EditContext {
  /** Keep at most this many lines in Recent Context; older ones move to Older Context. */
  cap?: number | null;
}

/** An entry as Kith writes it: one line each part, no brackets around the link; refused without a date, or without both link and summary. */
export function cleanEntry(entry: RecentContextEntry): RecentContextEntry {
  if (!isIsoDate(entry.date)) throw new KithError("invalid-date", `"${entry.date}" is not a date (YYYY-MM-DD).`);
  const link = entry.link ? oneLine(entry.link).replace(/^\[\[|\]\]$/g, "") : null;
  const summary = oneLine(entry.summary);
  if (!link && summary === "") throw new KithError("invalid-value", "A context line needs a meeting note or a summary.");
  const via = entry.via ? oneLine(entry.via) : null;
  return { date: entry.date, link: link || null, summary, via: via || null };
}

/**
 * Adds a Recent Context line, newest first (the newest added first among the same date); with
 * a cap, lines past it move to the top of Older Context with their sub-lines, never deleted.
 *
 * A meeting the note already holds a line for (in Recent or Older Context) changes nothing:
 * either it is the very line Kith writes for this entry, or it differs, and then it is the
 * user's (edited by hand), which Kith never replaces. `keptContextLine` says which.
 */
export function addRecentContext(text: string, input: RecentContextEntry, ctx: RecentContextOptions): string {
  const outline = scanOutline(text);
  const { edits } = recentContextChange(text, outline, cleanEntry(input), headingsOf(ctx), ctx.cap);
  return finishEdit(text, edits, ctx.today, { outline });
}

/**
 * The edits adding the (cleaned) entry's line and moving lines past the cap (see
 * addRecentContext), with the line the note keeps instead of the entry's (keptContextLine), or
 * null: both read from the one search of the note for the meeting's lines.
 */
export function recentContextChange(
  text: string,
  outline: Outline,
  entry: RecentContextEntry,
  headings: PersonHeadings,
  cap: number | null | undefined,
): { edits: TextEdit[]; kept: string | null } {
  const line = formatContextLine(entry);
  const existing = entryLines(text, outline, headings, entry, line);
  if (existing.length > 0) return { edits: [], kept: usersLine(existing, line) };
  const eol = detectEol(text);
  const recent = personSection(text, outline, headings, headings.recentContext);
  const insert = recent ? sortedInsertEdit(text, outline, recent, entry, line, eol) : insertSectionEdit(text, headings.recentContext, [line], orderedHeadings(headings), eol);
  if (!cap || cap <= 0) return { edits: [insert], kept: null };
  // Lines move past the cap in the note as it is with the new line in it.
  const withLine = applyTextEdit(text, insert);
  return { edits: changeBetween(text, capContext(withLine, headings, cap, eol)), kept: null };
}

/** The meeting's lines in Recent Context, then in Older Context. */
function entryLines(text: string, outline: Outline, headings: PersonHeadings, entry: RecentContextEntry, line: string): BodyLine[] {
  const sections = [headings.recentContext, headings.olderContext].map((heading) => personSection(text, outline, headings, heading));
  return sections.flatMap((section) => meetingLines(text, outline, section, entry, line));
}

/**
 * The line the user wrote (or edited) for the entry's meeting, which addRecentContext keeps
 * instead of writing its own: null when the note holds no line for the meeting, or holds the
 * very line Kith writes for the entry.
 */
export function keptContextLine(text: string, input: RecentContextEntry, ctx: EditContext): string | null {
  const entry = cleanEntry(input);
  const line = formatContextLine(entry);
  return usersLine(entryLines(text, scanOutline(text), headingsOf(ctx), entry, line), line);
}

/** Of the meeting's lines, the first, unless one is the very line Kith writes (`line`): then null. */
function usersLine(existing: readonly BodyLine[], line: string): string | null {
  if (existing.some((l) => l.text.trim() === line)) return null;
  return existing[0]?.text.trim() ?? null;
}

/** The section's lines for the entry's meeting, in order. */
function meetingLines(text: string, outline: Outline, section: Section | null, entry: RecentContextEntry, line: string): BodyLine[] {
  if (!section) return [];
  const mayBeSame = mayHoldMeeting(entry);
  // No line can be the meeting's when the section's text as a whole cannot hold it: one search
  // says so for most notes, which hold no line for a new meeting.
  if (!mayBeSame(text.slice(section.bodyStart, section.end))) return [];
  return bodyLines(text, outline, section).filter((l) => {
    if (!l.listItem) return false;
    // The very line is the same meeting even where it reads back otherwise: a summary that
    // starts with a wikilink (`- DATE: [[X]] rest`) reads as a link to X.
    if (l.text.trim() === line) return true;
    if (!mayBeSame(l.text)) return false;
    const item = parseContextLine(l.text);
    return isEntry(item) && sameMeeting(item, entry);
  });
}

/**
 * Which lines can be the entry's meeting, so that only those are parsed (a note can hold
 * thousands); asked of many lines at once, whether any of them can be. An unlinked entry's line
 * has its date. A linked one holds the link's target key (NFC, lowercase) in its own NFC
 * lowercase text; for an ASCII line those are the line itself and its ASCII lowercase, so a
 * case-blind search answers; any other line is parsed.
 */
function mayHoldMeeting(entry: RecentContextEntry): (line: string) => boolean {
  if (!entry.link) return (line) => line.includes(entry.date);
  const key = linkTargetKey(entry.link);
  if (!isAscii(key)) return (line) => !isAscii(line);
  const caseBlind = new RegExp(key.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "i");
  return (line) => !isAscii(line) || caseBlind.test(line);
}

/** Where the line goes in Recent Context: above the first line of the same date or older. */
function sortedInsertEdit(text: string, outline: Outline, section: Section, entry: RecentContextEntry, line: string, eol: Eol): TextEdit {
  // Newest first: the place is nearly always at the top, so the lines are read until it.
  const place = findBodyLine(text, outline, section, (l) => {
    if (!l.listItem) return false;
    // The date parseContextLine would give the line, without reading the rest of it.
    const date = ENTRY.exec(l.text)?.[1];
    return date !== undefined && date <= entry.date;
  });
  return place ? insertLineEdit(text, place.start, line, eol) : appendLineEdit(text, outline, section, line, eol);
}

/**
 * Moves the lines past the cap to the top of Older Context, keeping their order; each line
 * moves with its sub-lines (see itemBlocks), so no child is left under another meeting.
 */
function capContext(text: string, headings: PersonHeadings, cap: number, eol: Eol): string {
  const outline = scanOutline(text);
  const recent = personSection(text, outline, headings, headings.recentContext);
  if (!recent) return text;
  const moving = itemBlocks(bodyLines(text, outline, ownPart(outline, recent))).slice(cap);
  if (moving.length === 0) return text;
  const movedLines = moving.flatMap((block) => block.map((l) => l.text));
  // The last block first, so the offsets of the blocks above stay as read.
  const result = moving.reduceRight((t, block) => {
    const first = block[0] as BodyLine;
    const last = block.at(-1) as BodyLine;
    // The block's lines with the line break after its last; at the end of the text as it is now
    // (a later block removed may have taken what followed), the one before it, so a note without
    // a final line break keeps having none.
    if (last.end < t.length) return applyTextEdit(t, { from: first.start, to: last.next, insert: "" });
    return removeLine(t, { start: first.start, end: last.end, next: last.next });
  }, text);
  const after = scanOutline(result);
  const older = personSection(result, after, headings, headings.olderContext);
  if (!older) return applyTextEdit(result, insertSectionEdit(result, headings.olderContext, movedLines, orderedHeadings(headings), eol));
  // Above the user's own sub-headings (`### 2025`): the top of Older Context is its own part.
  const own = ownPart(after, older);
  const firstOld = bodyLines(result, after, own).find((l) => l.listItem);
  if (!firstOld) return applyTextEdit(result, appendLineEdit(result, after, own, movedLines.join(eol), eol));
  return applyTextEdit(result, insertLineEdit(result, firstOld.start, movedLines.join(eol), eol));
}

/**
 * The section's top-level list items, each with the lines below it that belong to it: indented
 * lines (sub-bullets, a nested paragraph after a blank line) and lazy continuation lines (text
 * straight under the item, not a new item, not code). Blank lines inside an item go with it;
 * those after its last line do not.
 */
function itemBlocks(lines: readonly BodyLine[]): BodyLine[][] {
  const blocks: BodyLine[][] = [];
  let block: BodyLine[] | null = null;
  let pendingBlanks: BodyLine[] = [];
  // The list's own indent is its first item's: an item indented further (`  - detail`) is a sub-line.
  const indent = (line: BodyLine): number => /^ */.exec(line.text)?.[0].length ?? 0;
  const first = lines.find((l) => l.listItem);
  const listIndent = first ? indent(first) : 0;
  for (const line of lines) {
    if (line.listItem && indent(line) <= listIndent) {
      block = [line];
      blocks.push(block);
      pendingBlanks = [];
    } else if (block && line.blank) {
      pendingBlanks.push(line);
    } else if (block && (/^[ \t]/.test(line.text) || (pendingBlanks.length === 0 && !line.inCode && !/^(?:```|~~~)/.test(line.text)))) {
      block.push(...pendingBlanks, line);
      pendingBlanks = [];
    } else {
      block = null;
    }
  }
  return blocks;
}
