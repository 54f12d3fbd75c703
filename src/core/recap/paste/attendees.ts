import { cleanName, nameKey } from "../../person/names";
import { cleanInline, uniqueBy } from "./normalize";
import { isEmail, SELF_WORDS } from "./people";

/**
 * Attendee lists as tools write them: comma or semicolon lists, one per line, mail headers
 * (`Dana Okafor <dana@x.com>`), calendar chips pasted as names separated by spaces only.
 * Meeting rooms, no-reply senders and note-taking bots are not attendees.
 */

const ROOM = /\b(?:room|boardroom|conference|conf)\b/i;
const ROOM_EMAIL = /@resource\.|\bresource\.calendar\.google\.com$|^(?:conf|room|rm|resource)[-_.]/i;
const NO_REPLY = /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|mailer-daemon|bounces?)(?:[-_.+@]|$)/i;
const BOT = /\b(?:notetaker|note[- ]taker|bot|ai companion|otter(?:\.ai|pilot)?|fireflies(?:\.ai)?|fathom|read\.ai|tl;?dv|recorder)\b/i;
const BOT_DOMAIN = /@(?:[\w-]+\.)*(?:fireflies\.ai|otter\.ai|fathom\.video|read\.ai|tldv\.io)$/i;

/** The user: their names and emails, never an attendee or a new person. */
export interface Self {
  names: readonly string[];
  emails: readonly string[];
}

const NOBODY: Self = { names: [], emails: [] };

/** "me", "I", "myself", or the user by name or email. */
export function isSelf(name: string, email: string | null, me: Self): boolean {
  if (SELF_WORDS.test(name.trim())) return true;
  const key = nameKey(name);
  if (key !== "" && me.names.some((n) => nameKey(n) === key)) return true;
  const address = (email ?? (isEmail(name) ? name : "")).toLowerCase();
  return address !== "" && me.emails.some((e) => e.toLowerCase() === address);
}

/** The attendees named in list chunks, in order, each once. `known` helps split names pasted with spaces only. */
export function readAttendees(chunks: readonly string[], known: ReadonlySet<string>, me: Self = NOBODY): string[] {
  const names = chunks.flatMap((chunk) => splitChunk(chunk, known, me));
  return uniqueBy(names, (name) => (isEmail(name) ? name.toLowerCase() : nameKey(name)));
}

/** The name to show for one entry (`"Okafor, Dana" <dana@x.com>` → `Okafor, Dana`), or null for a room, bot, no-reply or the user. */
export function attendeeName(entry: string, me: Self = NOBODY): string | null {
  const s = entry.trim().replace(/^\[|\]$/g, "").replace(/^mailto:/i, "").replace(/^@/, "");
  const angle = /^(.*?)\s*[<(]\s*(?:mailto:)?([^\s<>()]+@[^\s<>()]+)\s*[>)]$/.exec(s);
  const [written, email] = angle ? [angle[1] ?? "", angle[2] ?? null] : isEmail(s) ? ["", s] : [s, null];
  const name = cleanName(written.replace(/^["'“”]+|["'“”]+$/g, "").replace(/\s*\([^)]*\)\s*$/, ""));
  if (email && (NO_REPLY.test(email) || isRoom(email) || BOT_DOMAIN.test(email))) return null;
  if (name && (isRoom(name) || BOT.test(name))) return null;
  if (isSelf(name, email, me)) return null;
  return name || email;
}

function isRoom(name: string): boolean {
  return isEmail(name) ? ROOM_EMAIL.test(name) : ROOM.test(name);
}

function splitChunk(chunk: string, known: ReadonlySet<string>, me: Self): string[] {
  const text = cleanInline(
    chunk
      // Calendar chips come as links: each is one attendee.
      .replace(/\[([^\]]+)\]\(mailto:([^)\s]+)\)/gi, "$1 <$2>;")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1;")
      // Tabs and wide gaps separate table-like columns of names.
      .replace(/\t+| {2,}/g, ";"),
  );
  return splitOutside(text).flatMap((part) => {
    const entry = part.trim();
    if (!entry) return [];
    const words = entry.split(/\s+/);
    if (words.length > 1 && words.every(isEmail)) return words.flatMap((w) => attendeeName(w, me) ?? []);
    if (words.length >= 4 && !/[<(@]/.test(entry) && words.every((w) => /^[\p{Lu}\d]/u.test(w))) {
      return segment(words, known).flatMap((n) => attendeeName(n, me) ?? []);
    }
    return attendeeName(entry, me) ?? [];
  });
}

/** Splits on `;`, `,`, `|`, `•`, `·` and "and"/"&", but not inside quotes, `<…>` or `(…)`. */
function splitOutside(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"' || ch === "“" || ch === "”") quoted = !quoted;
    else if (ch === "<" || ch === "(") depth++;
    else if ((ch === ">" || ch === ")") && depth > 0) depth--;
    if (!quoted && depth === 0 && /[;,|•·]/.test(ch)) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.flatMap((p) => (/[<(]/.test(p) ? [p] : p.split(/\s+(?:and|&)\s+/)));
}

/**
 * Names pasted with spaces only ("Dana Okafor Sam Reyes Priya Natarajan"): split on names the
 * rest of the text spells out, else two words a name; a room's words are dropped.
 */
function segment(words: readonly string[], known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    // "Conference Room 4B", "Zoom Room Atlas": the room word and the words either side of it.
    const text = run.join(" ").replace(/(?:\S+\s+)?\b(?:room|boardroom|conference)\b(?:\s+\S+)?/gi, " ");
    const rest = text.split(/\s+/).filter(Boolean);
    for (let i = 0; i < rest.length; i += 2) out.push(rest.slice(i, i + 2).join(" "));
    run = [];
  };
  for (let i = 0; i < words.length; ) {
    const size = [3, 2].find((n) => i + n <= words.length && known.has(words.slice(i, i + n).join(" ")));
    if (size) {
      flush();
      out.push(words.slice(i, i + size).join(" "));
      i += size;
    } else run.push(words[i++] ?? "");
  }
  flush();
  return out;
}

/** Two- and three-word capitalised names the text spells out: what `segment` splits on. */
export function spelledNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}/gu)) {
    const words = m[0].split(/\s+/);
    names.add(words.join(" "));
    if (words.length === 3) names.add(words.slice(0, 2).join(" "));
  }
  return names;
}
