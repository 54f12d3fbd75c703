import { isIsoDate } from "../dates";
/** A photo as a card carries it: inline bytes (base64) or an address, which is linked, never downloaded. */
export type ContactPhoto = { kind: "inline"; mediaType: string; base64: string } | { kind: "url"; url: string };

/** One contact as read from a vCard or a CSV row: plain data, every value trimmed, no empty ones. */
export interface ContactCard {
  /** Display name; "" when the card has none (such a card is skipped). */
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  /** `YYYY-MM-DD`, or `--MM-DD` for a birthday without a year. */
  birthday: string | null;
  /** Each address on one line, its parts joined with ", ". */
  addresses: string[];
  urls: string[];
  photo: ContactPhoto | null;
  note: string | null;
  /** The format it came from: `vCard 3.0`, `Google CSV`, `Outlook CSV`. */
  source: string;
}

/** A card with where it was in its file (1-based: the card's number, or the CSV row's line). */
export interface PositionedCard {
  position: string;
  card: ContactCard;
}

/** A contacts file read: its cards, a warning for each card that could not be read, and what to check in the others. */
export interface ContactsFile {
  format: "vcard" | "csv";
  cards: PositionedCard[];
  warnings: string[];
  /** How many cards could not be read (each has its warning). */
  skipped: number;
}

export function emptyCard(source: string): ContactCard {
  return { name: "", emails: [], phones: [], company: null, role: null, birthday: null, addresses: [], urls: [], photo: null, note: null, source };
}

/** Values trimmed, empty ones and repeats (ignoring case) dropped, order kept. */
export function distinctValues(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values
    .map((v) => v.trim())
    .filter((v) => {
      const key = v.toLowerCase();
      if (v === "" || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * A birthday as `YYYY-MM-DD` or `--MM-DD`, from the shapes cards write: ISO with or without
 * dashes (`19900402`, `1990-04-02T00:00:00Z`), vCard 4.0's `--0402`, Outlook's `4/2/1990`. Apple
 * writes a birthday without a year as year 1604 (X-APPLE-OMIT-YEAR). Null for anything else.
 */
export function birthdayOf(raw: string): string | null {
  const value = raw.trim();
  const noYear = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (noYear) return validDay(null, noYear[1] ?? "", noYear[2] ?? "");
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(value);
  if (iso) return validDay(iso[1] === "1604" ? null : (iso[1] ?? null), iso[2] ?? "", iso[3] ?? "");
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (us) return validDay(us[3] ?? null, (us[1] ?? "").padStart(2, "0"), (us[2] ?? "").padStart(2, "0"));
  return null;
}

/** A day that is on the calendar (1990-02-30 is not; --02-29 is, in a leap year), else null. Year 0000 is a card's "no year", as 1604 is Apple's. */
function validDay(year: string | null, month: string, day: string): string | null {
  const known = year === "0000" ? null : year;
  if (!isIsoDate(`${known ?? "2000"}-${month}-${day}`)) return null;
  return known === null ? `--${month}-${day}` : `${known}-${month}-${day}`;
}
