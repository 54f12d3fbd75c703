import { isIsoDate } from "../../dates";

/**
 * Dates as tools write them, read without guessing: a match keeps every (month, day) reading
 * its text allows, so `03/04/2026` stays two candidates until something settles it.
 */
export interface DateMatch {
  text: string;
  index: number;
  year: number | null;
  options: Array<{ month: number; day: number }>;
  /** 0 = Sunday, when the text names the weekday. */
  weekday: number | null;
}

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?,?\\s+";
const ORD = "(?:st|nd|rd|th)?";
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

type Reading = Omit<DateMatch, "text" | "index">;

const num = (s: string | undefined): number => Number(s ?? NaN);
const monthOf = (s: string | undefined): number => MONTHS.indexOf((s ?? "").slice(0, 3).toLowerCase()) + 1;
/** 0 = Sunday; null when no weekday is written. */
export const weekdayOf = (s: string | undefined): number | null => (s ? WEEKDAYS.indexOf(s.slice(0, 3).toLowerCase()) : null);
const fullYear = (s: string | undefined): number | null => (s ? (s.length === 2 ? 2000 + num(s) : num(s)) : null);

/** `a/b`: one reading when only one order is a date, two when both are. */
function numericOptions(a: number, b: number): Reading["options"] {
  if (a === b || b > 12) return [{ month: a, day: b }];
  if (a > 12) return [{ month: b, day: a }];
  return [
    { month: a, day: b },
    { month: b, day: a },
  ];
}

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => Reading }> = [
  {
    re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g,
    read: (m) => ({ year: num(m[1]), options: [{ month: num(m[2]), day: num(m[3]) }], weekday: null }),
  },
  {
    re: new RegExp(`\\b(?:${WEEKDAY})?${MONTH}\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?(?![\\d:])`, "gi"),
    read: (m) => ({ year: fullYear(m[4]), options: [{ month: monthOf(m[2]), day: num(m[3]) }], weekday: weekdayOf(m[1]) }),
  },
  {
    re: new RegExp(`\\b(?:${WEEKDAY})?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, "gi"),
    read: (m) => ({ year: fullYear(m[4]), options: [{ month: monthOf(m[3]), day: num(m[2]) }], weekday: weekdayOf(m[1]) }),
  },
  {
    re: new RegExp(`\\b(?:${WEEKDAY})?(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4}|\\d{2})\\b`, "gi"),
    read: (m) => ({ year: fullYear(m[5]), options: numericOptions(num(m[2]), num(m[4])), weekday: weekdayOf(m[1]) }),
  },
  {
    // `3/4` alone is a fraction as often as a date: only with a weekday or a due word.
    re: new RegExp(`\\b(?:${WEEKDAY}|(?:by|on|due|before|until)\\s+)(\\d{1,2})/(\\d{1,2})\\b(?![/\\d])`, "gi"),
    read: (m) => ({ year: null, options: numericOptions(num(m[2]), num(m[3])), weekday: weekdayOf(m[1]) }),
  },
];

/** Every date in a text, in order, overlaps resolved for the earlier (then longer) match. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "may" is a verb far more often than a month.
      if (/\bmay\b/.test(m[0])) continue;
      const reading = read(m);
      if (reading.options.every((o) => o.month < 1 || o.day < 1)) continue;
      found.push({ text: m[0].trim(), index: m.index, ...reading });
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: DateMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (!last || match.index >= last.index + last.text.length) kept.push(match);
  }
  return kept;
}

export function firstDate(text: string): DateMatch | null {
  return findDates(text)[0] ?? null;
}

/** The ISO dates a match can be, in the given year when it names none; a named weekday narrows them. */
export function candidates(match: DateMatch, year?: number): string[] {
  const y = match.year ?? year;
  if (y === undefined) return [];
  const isos = [...new Set(match.options.map((o) => isoOf(y, o.month, o.day)))].filter(isIsoDate);
  if (match.weekday === null || isos.length < 2) return isos;
  const named = isos.filter((iso) => weekday(iso) === match.weekday);
  return named.length === 1 ? named : isos;
}

/** The meeting's date from a match, or null and a warning naming what the user must decide. */
export function settleMeetingDate(match: DateMatch | null, warnings: string[]): string | null {
  if (!match) return null;
  if (match.year === null) {
    warnings.push(`Date "${match.text}" has no year: set the meeting date.`);
    return null;
  }
  const isos = candidates(match);
  if (isos.length > 1) warnings.push(`Date "${match.text}" could be ${isos.join(" or ")}: set the meeting date.`);
  return isos.length === 1 ? (isos[0] ?? null) : null;
}

/** True when a line is a date and nothing else a title could be made of (times, zones, durations). */
export function isDateLine(text: string): boolean {
  const match = firstDate(text);
  if (!match) return false;
  const rest = (text.slice(0, match.index) + text.slice(match.index + match.text.length))
    .replace(/\b[A-Z]{2,5}\b/g, "")
    .replace(/\b\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?m\.?)?/gi, "")
    .replace(
      /\b(?:at|from|to|until|on|am|pm|time|pacific|eastern|central|mountain|atlantic|standard|daylight|summer|us|and|canada|europe|london|utc|gmt|mins?|minutes?|hrs?|hours?|secs?|seconds?|h|m|duration|all day)\b/gi,
      "",
    );
  return !/\p{L}/u.test(rest);
}

export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** In UTC, where no time zone moves a day. */
function utc(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

function fromUtc(date: Date): string {
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

export function addMonths(iso: string, months: number): string {
  const date = utc(iso);
  return fromUtc(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)));
}

/** 0 = Sunday. */
export function weekday(iso: string): number {
  return utc(iso).getUTCDay();
}
