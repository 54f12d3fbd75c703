import { isIsoDate, leadingIsoDate } from "../dates";

/**
 * A key date's value as people write it, read as `YYYY-MM-DD`, or `--MM-DD` when it has no year
 * (vCard's form for a birthday without a year), or null when it is no date. The whole value must
 * be the date; nothing is guessed:
 * - `1990-04-02` (a time after it, `T00:00:00Z`, is dropped), `1990/04/02`;
 * - `--04-02` and `--0402` (vCard 3 and 4), `04-02`: a dash date is in ISO order, month first,
 *   as vCard and Google's contacts export write it with the year left out;
 * - `2 April`, `2nd of April 1990`, `April 2`, `Apr 2, 1990` (English month names);
 * - `13/04/1990`, `04/13/1990`, `13.04.`: a slash or dot date only when one order alone is a
 *   date, so `03/04/1990` (March or April?) is no key date;
 * - a link to a daily note, `[[1990-04-02]]` or `[[Journal/1990-04-02]]`, as the day its name is;
 * - not a day the calendar has (`1990-02-30`); `--02-29` is, as a birthday without a year.
 */
export function readKeyDate(value: string): string | null {
  // A link to a daily note (`[[1990-04-02]]`, `[[Journal/1990-04-02|2 April]]`) is the day its file name names.
  const text = value.trim().replace(/^\[\[(?:[^|\]]*\/)?([^|\]/]*)(?:\|[^\]]*)?\]\]$/, "$1").trim();
  for (const { re, read } of FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const date = read(m);
    return date && isKeyDate(date) ? keyDateText(date) : null;
  }
  return null;
}

interface Reading {
  year: number | null;
  month: number;
  day: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ORDINAL = "(?:st|nd|rd|th)?";

const monthOf = (name: string | undefined): number => MONTHS.indexOf((name ?? "").slice(0, 3).toLowerCase()) + 1;
const yearOf = (digits: string | undefined): number | null => (digits === undefined ? null : Number(digits));

/** `a` and `b` as month and day when only one order is a date; null when both or neither are. */
function oneOrder(year: number | null, a: number, b: number): Reading | null {
  const readings = [
    { year, month: a, day: b },
    { year, month: b, day: a },
  ].filter(isKeyDate);
  return readings.length === 1 || (readings.length === 2 && a === b) ? (readings[0] ?? null) : null;
}

const FORMS: Array<{ re: RegExp; read: (m: RegExpExecArray) => Reading | null }> = [
  { re: /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:T\S*)?$/, read: (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }) },
  { re: /^--(\d{2})-?(\d{2})$/, read: (m) => ({ year: null, month: Number(m[1]), day: Number(m[2]) }) },
  { re: /^(\d{1,2})-(\d{1,2})$/, read: (m) => ({ year: null, month: Number(m[1]), day: Number(m[2]) }) },
  { re: new RegExp(`^(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?(?:\\s+(\\d{4}))?$`, "i"), read: (m) => ({ year: yearOf(m[3]), month: monthOf(m[2]), day: Number(m[1]) }) },
  { re: new RegExp(`^${MONTH}\\s+(\\d{1,2})${ORDINAL}(?:,?\\s+(\\d{4}))?$`, "i"), read: (m) => ({ year: yearOf(m[3]), month: monthOf(m[1]), day: Number(m[2]) }) },
  { re: /^(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4})?)?$/, read: (m) => oneOrder(yearOf(m[4]), Number(m[1]), Number(m[3])) },
];

/** Whether the reading names a day the calendar has; without a year, a leap year's (so 29 February is one). */
function isKeyDate({ year, month, day }: Reading): boolean {
  return isIsoDate(isoDate(year ?? 2000, month, day));
}

function keyDateText({ year, month, day }: Reading): string {
  return year === null ? `--${pad(month)}-${pad(day)}` : isoDate(year, month, day);
}

const pad = (n: number): string => String(n).padStart(2, "0");
const isoDate = (year: number, month: number, day: number): string => `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;

/**
 * A day with its year as people write it (a last contact: `2026-03-02`, `[[2026-03-02]]`,
 * `2 March 2026`, `2026/03/02`), as `YYYY-MM-DD`; null when the value is empty or no such day.
 */
export function readDay(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const day = leadingIsoDate(value) ?? readKeyDate(value);
  return day !== null && isIsoDate(day) ? day : null;
}
