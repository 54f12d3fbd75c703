import { firstDate, isDateLine, type DateMatch } from "./dates";
import { kindOf, metaOf } from "./labels";
import { isBlank, type Line } from "./markup";
import { capitalize, endsSentence, stripEmoji, wordCount } from "./normalize";
import { attendeeName } from "./attendees";
import { isEmail, isNameLike } from "./people";

/**
 * What the lines above the first section say about the meeting: its title (a `Subject:` or
 * `Meeting:` line, a `#` heading, or the tool's title line, boilerplate stripped), its date, the
 * people a mail header names, and any opening sentences (an email's first paragraph).
 */
export interface Header {
  title: string;
  date: DateMatch | null;
  /** Raw attendee lists (`To:`, `Host:`), the sender first. */
  people: string[];
  /** An email's `Cc:` lists: people told of the meeting, not at it. */
  copied: string[];
  /** The date is an email's `Sent:`/`Date:` header: when it was sent, perhaps not the meeting's day. */
  emailDate: boolean;
  /** Who "I" is in the text: the email's sender. */
  sender: string | null;
  preamble: string[];
  /** List items above the first section: notes with no heading. */
  notes: string[];
}

/** Title candidates rank: an explicit label, then a top-level heading, then the first title-like line. */
const RANK = { label: 0, heading: 1, line: 2 };

export function readHeader(lines: readonly Line[]): Header {
  const header: Header = { title: "", date: null, people: [], copied: [], sender: null, emailDate: false, preamble: [], notes: [] };
  let rank = Infinity;
  // `sent`: a mail header's `Sent:`/`Date:`; `when`: any other date label (`When:`, `Meeting date:`).
  const dates: Record<"labelled" | "sent" | "when" | "line" | "title", DateMatch | null> = { labelled: null, sent: null, when: null, line: null, title: null };
  const offer = (text: string, r: number): void => {
    const title = cleanTitle(text);
    if (r >= rank || !title) return;
    rank = r;
    header.title = title;
    dates.title = firstDate(text);
  };
  let mailed = false;
  for (const line of lines.filter((l) => !isBlank(l))) {
    const text = line.text;
    const meta = metaOf(text);
    if (meta) {
      if (meta.meta === "title") offer(meta.value, RANK.label);
      else if (meta.meta === "date") {
        dates.labelled ??= firstDate(meta.value);
        if (/^(?:sent|date)\b/i.test(text)) dates.sent ??= firstDate(meta.value);
        else dates.when ??= firstDate(meta.value);
      }
      else if (meta.meta === "people") header.people.push(meta.value);
      else if (meta.meta === "copied") header.copied.push(meta.value);
      else if (meta.meta === "sender") {
        mailed = true;
        header.people.unshift(meta.value);
        header.sender = attendeeName(meta.value.split(/[;,]/)[0] ?? "");
      }
      continue;
    }
    const people = peopleSegment(text);
    if (people) header.people.push(people);
    if (people || isDateLine(text)) {
      dates.line ??= firstDate(text);
      continue;
    }
    if (kindOf(text.replace(/:$/, ""))) continue;
    if (line.item) header.notes.push(text);
    else if (line.heading === 1) offer(text, RANK.heading);
    else if (rank === Infinity && looksLikeTitle(text)) offer(text, RANK.line);
    else if (endsSentence(text)) header.preamble.push(text);
    // A date in a sentence is something said, not when the meeting was.
    if (!line.item && !endsSentence(text)) dates.line ??= firstDate(text);
  }
  // An email was sent after the meeting, perhaps days after: any date the text gives the meeting comes first.
  header.date = mailed ? (dates.when ?? dates.line ?? dates.title ?? dates.sent) : (dates.labelled ?? dates.line ?? dates.title);
  header.emailDate = mailed && header.date !== null && header.date === dates.sent;
  return header;
}

/**
 * An unlabelled list of people in the header ("Tue, Apr 7 · Mei Chen, Jonas Berg"): two or more
 * full names or emails, so a title like "Acme, Bluefin" is not taken for one.
 */
function peopleSegment(text: string): string | null {
  for (const segment of text.split(/\s+[·•|—–-]\s+/)) {
    const entries = segment.split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean);
    if (entries.length >= 2 && entries.every((e) => isEmail(e) || (isNameLike(e) && wordCount(e) >= 2))) return segment;
  }
  return null;
}

function looksLikeTitle(text: string): boolean {
  return wordCount(text) <= 15 && !/[.!]$/.test(text) && !/^\p{Ll}/u.test(text);
}

const PREFIX = [
  /^(?:re|fw|fwd|aw|wg|tr)\s*:\s*/i,
  /^\[[^\]]*\]\s*/,
  /^(?:ai\s+)?(?:meeting\s+)?(?:summary|recap|notes|minutes)\s+(?:for|of|from)\s*:?\s*/i,
  /^(?:meeting\s+)?(?:summary|recap|notes|minutes|follow[- ]?up)\s*[:\-–—|]\s*/i,
  /^notes\s+from\s+/i,
];
const NOISE_SEGMENT = /^(?:(?:meeting\s+)?(?:notes|recap|summary|minutes|transcript)(?:\s+by\s+\w+)?|notes by gemini|ai notes|follow[- ]?up)$/i;

/** A title without tool boilerplate, emoji, or the date the tool appended. */
export function cleanTitle(text: string): string {
  const written = stripEmoji(text).trim();
  let title = written;
  for (let before = ""; before !== title; ) {
    before = title;
    for (const re of PREFIX) title = title.replace(re, "");
  }
  // "Notes from today's call" → "Today's call".
  if (title !== written) title = capitalize(title);
  title = title.replace(/\s*\(([^)]*)\)\s*$/, (whole, inner: string) => (firstDate(inner) || /\d:\d\d/.test(inner) ? "" : whole));
  const segments = title.split(/\s+[-–—|·•]\s+/).filter((s) => !isDateLine(s) && !NOISE_SEGMENT.test(s.trim()));
  return segments.join(" - ").replace(/[\s:|,-]+$/, "").trim();
}
