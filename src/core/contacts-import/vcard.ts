import ICAL from "ical.js";
import { KithError } from "../errors";
import { birthdayOf, distinctValues, emptyCard, type ContactCard, type ContactPhoto, type ContactsFile, type PositionedCard } from "./card";
import { vcard21To30 } from "./vcard-21";

/** A property as ical.js's jCal has it: name, parameters, value type, values. */
type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

const BEGIN = /^BEGIN:VCARD\s*$/i;
const END = /^END:VCARD\s*$/i;

/** Whether a file's text is vCards (its first line that is not blank opens one). */
export function looksLikeVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD/i.test(text.replace(/^\uFEFF/, ""));
}

/**
 * Each card's text and the line it starts on; cards are parsed one at a time, so one bad card is
 * skipped, not the file. A card that never ends (the next BEGIN, or the file's end, comes first:
 * a download cut short) has no text, to be skipped with a warning.
 */
export function splitCards(text: string): Array<{ line: number; text: string | null }> {
  // iOS 5 and 6 end each line with CR CR LF: a CR left on a line would hide VERSION and every group.
  const lines = text.replace(/^\uFEFF/, "").split(/\r*\n/);
  const cards: Array<{ line: number; text: string | null }> = [];
  let start = -1;
  lines.forEach((line, i) => {
    if (BEGIN.test(line)) {
      if (start !== -1) cards.push({ line: start + 1, text: null });
      start = i;
    } else if (END.test(line) && start !== -1) {
      cards.push({ line: start + 1, text: `${lines.slice(start, i + 1).join("\r\n")}\r\n` });
      start = -1;
    }
  });
  if (start !== -1) cards.push({ line: start + 1, text: null });
  return cards;
}

/**
 * Every card of a .vcf file (2.1, 3.0 or 4.0). A card ical.js cannot read, or with no name, is
 * skipped with a warning naming its number and line; a file with no card at all is an error.
 */
export function readVCards(text: string): ContactsFile {
  const found = splitCards(text);
  if (found.length === 0) throw new KithError("invalid-value", "no vCard in the file (no BEGIN:VCARD ... END:VCARD); nothing was imported.");
  const cards: PositionedCard[] = [];
  const warnings: string[] = [];
  let skipped = 0;
  found.forEach(({ line, text: cardText }, i) => {
    const position = `card ${i + 1} (line ${line})`;
    if (cardText === null) {
      warnings.push(`${position}: no END:VCARD before the next card or the file's end (the file may be cut short); skipped.`);
      skipped++;
      return;
    }
    try {
      const { version, props } = propertiesOf(cardText);
      if (isGroup(props)) {
        const name = oneTexts(props, "fn")[0]?.trim();
        warnings.push(`${position}: a contact group${name ? ` (${name})` : ""}, not a person; skipped.`);
        skipped++;
        return;
      }
      const card = cardOf(version, props);
      if (card.name === "") {
        warnings.push(`${position}: no name, email or company; skipped.`);
        skipped++;
      } else {
        cards.push({ position, card });
        warnings.push(...faxesOf(props).map((fax) => `${position}: the fax number ${fax} is no phone to call; left out.`));
        const bday = props.find((p) => p[0] === "bday");
        if (bday && card.birthday === null) warnings.push(`${position}: the birthday "${textOf(bday[3])}" is no day on the calendar; left out.`);
      }
    } catch (error) {
      skipped++;
      // A group card ical.js cannot read is still a group: said as one, by its KIND line.
      if (GROUP_LINE.test(cardText)) warnings.push(`${position}: a contact group, not a person; skipped.`);
      else warnings.push(`${position}: not a readable vCard (${shortened(error instanceof Error ? error.message : String(error))}); skipped.`);
    }
  });
  // Not one card read: the file is not a readable vCard file, whatever its first line says.
  if (cards.length === 0 && warnings.length === found.length && warnings.every((w) => w.includes("not a readable vCard") || w.includes("no END:VCARD"))) {
    throw new KithError("invalid-value", `no card in the file could be read (${(warnings[0] ?? "").replace(/; skipped\.$/, "")}); nothing was imported.`);
  }
  return { format: "vcard", cards, warnings, skipped };
}

/** A KIND line saying the card is a group, as read when the card cannot be parsed. */
const GROUP_LINE = /^(?:[\w-]+\.)?(?:X-ADDRESSBOOKSERVER-)?KIND(?:;[^:\r\n]*)?:[ \t]*group[ \t]*$/im;

/** A property line with a 2.1-style bare parameter (`PHOTO;BASE64:`, `TEL;CELL:`), which 3.0 has no room for. */
const BARE_PARAMETER = /^[\w.-]+(?:;[\w-]+=(?:"[^"]*"|[^;:"]*))*;[\w-]+[;:]/m;

/**
 * ical.js undoes `\\` before we see the value, so `\\"` (a backslash, then a quote) would read as
 * `\"` (Apple's escaped quote) and lose its backslash. Each `\\` is set aside as this noncharacter,
 * which no exporter writes and ical.js leaves alone, and put back when a value is read.
 */
const BACKSLASH = "\uFDD0";

/** An error message that quotes a whole line (a photo's base64) is cut to its start, never inside a character. */
function shortened(message: string): string {
  return message.length > 160 ? `${message.slice(0, 157).replace(/[\uD800-\uDBFF]$/, "")}…` : message;
}

/** One card's text as a ContactCard. */
export function readCard(text: string): ContactCard {
  const { version, props } = propertiesOf(text);
  return cardOf(version, props);
}

/** One card's version as written and its properties as ical.js reads them, after the pre-pass 2.1 (and 2.1's ways in 3.0) need. */
function propertiesOf(text: string): { version: string; props: JCalProperty[] } {
  const version = /^VERSION:\s*(\S+)/im.exec(text)?.[1] ?? "3.0";
  // Some 3.0 exports keep 2.1's ways: quoted-printable values (older Android phones; a few 4.0
  // writers too), bare parameters (macOS Address Book's `PHOTO;BASE64:`). They need the pre-pass
  // too; it unfolds.
  const prepass = version !== "2.1" && (/QUOTED-PRINTABLE/i.test(text) || (version === "3.0" && BARE_PARAMETER.test(text)));
  const source = version === "2.1" ? vcard21To30(text, "2.1") : prepass ? vcard21To30(text, "3.0") : text.replace(/\r?\n[ \t]/g, ""); // unfolded here, so a `\\` a fold splits is set aside whole
  if (source.includes(BACKSLASH)) throw new KithError("invalid-value", "the card holds U+FDD0, a noncharacter no contacts app writes");
  const parsed = ICAL.parse(source.replace(/\\\\/g, BACKSLASH)) as unknown;
  const jcal = (Array.isArray(parsed) && typeof parsed[0] === "string" ? parsed : (parsed as unknown[])[0]) as [string, JCalProperty[]];
  return { version, props: jcal[1] };
}

/** A fax number (`TEL;TYPE=FAX`, 2.1's `TEL;WORK;FAX`), unless it is said to take calls too. */
function isFax(tel: JCalProperty): boolean {
  const types = textOf(tel[1].type).toLowerCase().split(/[;,]/);
  return types.includes("fax") && !types.some((t) => t === "voice" || t === "cell");
}

/** A card's fax numbers, to say each is left out. */
function faxesOf(props: JCalProperty[]): string[] {
  return props.filter((p) => p[0] === "tel" && isFax(p)).map((p) => textOf(p[3]).replace(/^tel:/i, ""));
}

/** A group of contacts (4.0's `KIND`, Nextcloud's and Apple's 3.0 `X-ADDRESSBOOKSERVER-KIND`): no person. */
function isGroup(props: JCalProperty[]): boolean {
  return props.some((p) => (p[0] === "kind" || p[0] === "x-addressbookserver-kind") && textOf(p[3]).trim().toLowerCase() === "group");
}

/**
 * One text per property (FN, TITLE, NOTE): ical.js splits a 3.0 value at its unescaped commas,
 * which 2.1 and many 3.0 writers never escape, so they are joined back.
 */
function oneTexts(props: JCalProperty[], name: string): string[] {
  return props.filter((p) => p[0] === name).map((p) => p.slice(3).map(textOf).join(","));
}

/** A card's properties as a ContactCard. */
function cardOf(version: string, props: JCalProperty[]): ContactCard {
  const all = (name: string): JCalProperty[] => props.filter((p) => p[0] === name);
  const texts = (name: string): string[] => all(name).flatMap((p) => p.slice(3).map(textOf));
  const oneText = (name: string): string[] => oneTexts(props, name);
  const card = emptyCard(`vCard ${version}`);
  card.emails = distinctValues(texts("email").map((e) => e.replace(/^mailto:/i, "")));
  card.phones = distinctValues(all("tel").filter((p) => !isFax(p)).flatMap((p) => p.slice(3).map(textOf)).map((t) => t.replace(/^tel:/i, "")));
  // ORG is the organisation, then its units (`ABC, Inc.;Engineering`): the first part is the company.
  const org = all("org")[0]?.[3];
  card.company = textOf(Array.isArray(org) ? org[0] : org).trim() || null;
  card.role = (oneText("title")[0] ?? oneText("role")[0])?.trim() || null;
  const bday = all("bday")[0];
  card.birthday = bday ? birthdayOf(omitYear(bday) ?? textOf(bday[3])) : null;
  // A street on two lines (`5 Elm Row\nFlat 2`) reads as parts too: a field is one line.
  card.addresses = distinctValues(all("adr").map((p) => partsOf(p[3]).join(", ").replace(/\s*\n\s*/g, ", ")));
  // Apple writes social profiles as X-SOCIALPROFILE, vCard 4.0 extensions as SOCIALPROFILE.
  const profiles = [...texts("x-socialprofile"), ...texts("socialprofile")].filter((u) => /^https?:\/\//i.test(u.trim()));
  card.urls = distinctValues([...texts("url"), ...profiles]);
  card.photo = photoOf(all("photo")[0]);
  card.note = oneText("note").join("\n").trim() || null;
  card.name = nameOf(oneText("fn")[0], all("n")[0]) || card.company || card.emails[0] || "";
  return card;
}

/** A structured value's parts (N, ADR, ORG), each part's own list flattened, empty ones dropped. */
function partsOf(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.flat() : [value];
  return parts.map(textOf).map((p) => p.trim()).filter((p) => p !== "");
}

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.flat().map(textOf).join(";");
  if (typeof value === "string") return unescaped(value);
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/**
 * A value with vCard's escapes undone that ical.js leaves: `\;` in text, `\,` and `\:` in an address
 * (Google, iOS and macOS write `https\://`), and `\"`, which Apple and Google write though 3.0 has no
 * such escape (`\"AS IS\"` is `"AS IS"`); then each `\\` set aside is one backslash again.
 */
function unescaped(value: string): string {
  return value.replace(/\\([;,:"])/g, "$1").replaceAll(BACKSLASH, "\\");
}

/** FN, else N's parts in reading order (prefix, given, middle, family, suffix). */
function nameOf(fn: string | undefined, n: JCalProperty | undefined): string {
  if (fn?.trim()) return fn.replace(/\s+/g, " ").trim();
  if (!n) return "";
  const [family, given, middle, prefix, suffix] = (Array.isArray(n[3]) ? (n[3] as unknown[]) : [n[3]]).map((p) => partsOf(p).join(" "));
  return [prefix, given, middle, family, suffix].filter((p) => p).join(" ");
}

/** Apple's birthday without a year: `X-APPLE-OMIT-YEAR=1604` on a 1604 date. */
function omitYear(bday: JCalProperty): string | null {
  const value = textOf(bday[3]);
  const year = textOf(bday[1]["x-apple-omit-year"]);
  return year !== "" && value.startsWith(year) ? `--${value.slice(5)}` : null;
}

/** PHOTO as inline bytes (`ENCODING=b`, a `data:` address) or an address to link; bytes that are no base64 are no photo. */
function photoOf(prop: JCalProperty | undefined): ContactPhoto | null {
  if (!prop) return null;
  const value = textOf(prop[3]).trim();
  const data = /^data:([^;,]+)(?:;[^,]*)?,(.*)$/s.exec(value);
  if (data) return inlinePhoto(data[1] ?? "image/jpeg", data[2] ?? "");
  if (/^(https?|ftp):\/\//i.test(value)) return { kind: "url", url: value };
  const encoding = textOf(prop[1].encoding).toLowerCase();
  if (encoding !== "b" && encoding !== "base64") return null;
  const type = (textOf(prop[1].type) || "jpeg").toLowerCase();
  return inlinePhoto(type.includes("/") ? type : `image/${type}`, value);
}

function inlinePhoto(mediaType: string, encoded: string): ContactPhoto | null {
  const base64 = encoded.replace(/\s+/g, "");
  return /^[A-Za-z0-9+/]*={0,2}$/.test(base64) ? { kind: "inline", mediaType, base64 } : null;
}
