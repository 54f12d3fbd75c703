import { KithError } from "../errors";
import { isIsoDate } from "../dates";
import { scanOutline, type Outline } from "../sections/outline";
import { bodyLines, findBodyLine, findSection, type BodyLine, type Section } from "../sections/section";
import { appendLineEdit, appendLineToSection, insertLineEdit, insertSection } from "../sections/edit";
import { detectEol, removeLine, splice, type Eol } from "../text/lines";
import { applyTextEdit, type TextEdit } from "../text/text-edit";
import { isAscii, oneLine, toNfc } from "../text/unicode";
import { DOT } from "../text/char-codes";
import { itemKey } from "./bullets";
import { headingsOf, type EditContext } from "./context";
import { finishEdit, finishTextEdit } from "./finish-edit";
import { orderedHeadings, type PersonHeadings } from "./layout";

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
const VIA = /[ \t]*\(via ([^()]*)\)[ \t]*$/;

export function parseContextLine(line: string): RecentContextItem {
  const m = ENTRY.exec(line);
  if (!m?.[1]) return { raw: line.trim() };
  let rest = (m[2] ?? "").trim();
  let link: string | null = null;
  if (rest.startsWith("[[")) {
    const close = rest.indexOf("]]");
    if (close !== -1) {
      link = rest.slice(2, close);
      rest = rest.slice(close + 2).replace(/^[ \t]*[-–—:][ \t]*/, "");
    }
  }
  let via: string | null = null;
  const viaMatch = VIA.exec(rest);
  if (viaMatch) {
    via = viaMatch[1]?.trim() ?? null;
    rest = rest.slice(0, viaMatch.index);
  }
  return { date: m[1], link, summary: rest.trim(), via };
}

export function formatContextLine(entry: RecentContextEntry): string {
  const link = entry.link ? `[[${entry.link}]]${entry.summary ? " - " : ""}` : "";
  const via = entry.via ? ` (via ${entry.via})` : "";
  return `- ${entry.date}: ${link}${entry.summary}${via}`.trimEnd();
}

/** The note a link points at, as compared: no alias, heading or `.md`, case ignored. */
export function linkTargetKey(link: string): string {
  // The target ends at the first `|` (alias) or `#` (heading or block).
  let end = link.length;
  const bar = link.indexOf("|");
  if (bar !== -1) end = bar;
  const hash = link.indexOf("#");
  if (hash !== -1 && hash < end) end = hash;
  // `.md` (any case) right at the end, before trimming, as `/\.md$/i` finds it.
  if (end >= 3 && link.charCodeAt(end - 3) === DOT && (link.charCodeAt(end - 2) | 32) === 109 && (link.charCodeAt(end - 1) | 32) === 100) end -= 3;
  return toNfc(link.slice(0, end).trim()).toLowerCase();
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

function cleanEntry(entry: RecentContextEntry): RecentContextEntry {
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
  const entry = cleanEntry(input);
  const headings = headingsOf(ctx);
  const line = formatContextLine(entry);
  const eol = detectEol(text);

  const outline = scanOutline(text);
  const recent = findSection(text, outline, headings.recentContext);
  if (entryLines(text, outline, headings, entry, line).length > 0) return text;
  // The usual case, no line to move past the cap: one line inserted into the text as read,
  // finished without reading it again.
  const cap = ctx.cap ?? 0;
  if (recent && (cap <= 0 || itemBlocks(bodyLines(text, outline, recent)).length < cap)) {
    return finishTextEdit(text, outline, sortedInsertEdit(text, outline, recent, entry, line, eol), ctx.today);
  }
  const result = insertSorted(text, headings, entry, line, eol);
  return finishEdit(text, capContext(result, headings, ctx.cap, eol), ctx.today);
}

/** The meeting's lines in Recent Context, then in Older Context. */
function entryLines(text: string, outline: Outline, headings: PersonHeadings, entry: RecentContextEntry, line: string): BodyLine[] {
  const mayBeSame = sameMeetingFilter(entry);
  const recent = findSection(text, outline, headings.recentContext);
  const older = findSection(text, outline, headings.olderContext);
  return [...meetingLines(text, outline, recent, entry, line, mayBeSame), ...meetingLines(text, outline, older, entry, line, mayBeSame)];
}

/**
 * The line the user wrote (or edited) for the entry's meeting, which addRecentContext keeps
 * instead of writing its own: null when the note holds no line for the meeting, or holds the
 * very line Kith writes for the entry.
 */
export function keptContextLine(text: string, input: RecentContextEntry, ctx: EditContext): string | null {
  const entry = cleanEntry(input);
  const line = formatContextLine(entry);
  const existing = entryLines(text, scanOutline(text), headingsOf(ctx), entry, line);
  if (existing.some((l) => l.text.trim() === line)) return null;
  return existing[0]?.text.trim() ?? null;
}

/**
 * The section's lines for the entry's meeting, in order. The section is searched whole first
 * (one search for the link, or the date): most hold no line of the meeting.
 */
function meetingLines(
  text: string,
  outline: Outline,
  section: Section | null,
  entry: RecentContextEntry,
  line: string,
  mayBeSame: (text: string) => boolean,
): BodyLine[] {
  if (!section) return [];
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
 * A cheap test passed by every text (a line, or a whole section) holding a line `sameMeeting`
 * may accept (or the entry's very line), so that only those lines are parsed. A line without
 * a link needs the entry's date. A linked line holds its target's key (NFC, lowercase) in its
 * own NFC lowercase text (the brackets around the target compose with nothing; a final sigma
 * aside, compared as σ). Of all code points above ASCII, only U+0130, U+037E, U+1FEF and
 * U+212A become ASCII in NFC or lowercase (checked against every code point): an ASCII key is
 * searched case-blind with each of those also standing for the character it becomes, and a
 * non-ASCII key needs a non-ASCII text.
 */
function sameMeetingFilter(entry: RecentContextEntry): (text: string) => boolean {
  if (!entry.link) return (t) => t.includes(entry.date);
  const key = linkTargetKey(entry.link);
  if (!isAscii(key)) {
    // Lowercase gives Σ as ς or σ by what follows it, which differs between the target alone
    // and the target inside its line: both forms are compared as σ.
    const sigmaBlind = key.replace(/ς/g, "σ");
    return (t) => !isAscii(t) && t.normalize("NFC").toLowerCase().replace(/ς/g, "σ").includes(sigmaBlind);
  }
  const pattern = caselessPattern(key);
  return (t) => pattern.test(t);
}

/** The ASCII characters a non-ASCII one becomes (İ lowercases to i and a combining dot). */
const BECOMES: Record<string, string> = { i: "[i\u0130]", k: "[k\u212a]", ";": "[;\u037e]", "`": "[`\u1fef]" };

/** A case-blind search for the lowercase ASCII `key`, which also finds it written with the characters that become ASCII. */
function caselessPattern(key: string): RegExp {
  const source = Array.from(key, (c) => BECOMES[c] ?? c.replace(/[.*+?^${}()|[\]\\/]/, "\\$&")).join("");
  return new RegExp(source, "i");
}

function insertSorted(text: string, headings: PersonHeadings, entry: RecentContextEntry, line: string, eol: Eol): string {
  const outline = scanOutline(text);
  const section = findSection(text, outline, headings.recentContext);
  if (!section) return insertSection(text, headings.recentContext, [line], orderedHeadings(headings), eol);
  return applyTextEdit(text, sortedInsertEdit(text, outline, section, entry, line, eol));
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
function capContext(text: string, headings: PersonHeadings, cap: number | null | undefined, eol: Eol): string {
  if (!cap || cap <= 0) return text;
  const outline = scanOutline(text);
  const recent = findSection(text, outline, headings.recentContext);
  if (!recent) return text;
  const lines = bodyLines(text, outline, recent);
  const moving = itemBlocks(lines).slice(cap);
  if (moving.length === 0) return text;
  const movedLines = moving.flatMap((block) => block.map((l) => l.text));
  let result = text;
  for (const block of [...moving].reverse()) {
    const first = block[0] as BodyLine;
    const last = block.at(-1) as BodyLine;
    // The block's lines, with the line break after its last; at the text's end, the one before it.
    result = last.next > last.end ? splice(result, first.start, last.next, "") : removeLine(result, { start: first.start, end: last.end, next: last.next });
  }
  const after = scanOutline(result);
  const older = findSection(result, after, headings.olderContext);
  if (!older) return insertSection(result, headings.olderContext, movedLines, orderedHeadings(headings), eol);
  const firstOld = bodyLines(result, after, older).find((l) => l.listItem);
  if (!firstOld) return appendLineToSection(result, after, older, movedLines.join(eol), eol);
  return splice(result, firstOld.start, firstOld.start, movedLines.map((m) => m + eol).join(""));
}

/**
 * The section's top-level list items, each with the lines below it that belong to it: indented
 * lines (sub-bullets, a nested paragraph after a blank line) and lazy continuation lines (text
 * straight under the item, not a new item, not code). Blank lines inside an item go with it;
 * those after its last line do not.
 */
export function itemBlocks(lines: readonly BodyLine[]): BodyLine[][] {
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
