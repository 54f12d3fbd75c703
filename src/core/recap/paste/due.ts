import { addDays, addMonths, candidates, firstDate, weekday, weekdayOf } from "./dates";

/**
 * An action's due date from its words ("by Friday", "tomorrow", "by March 10"), counted from the
 * meeting date. Without one, or when the words allow two days, the due stays null and the user
 * is told why; the words then stay in the action's text so nothing is lost.
 */
export interface DueRead {
  due: string | null;
  /** The action's text, without the due words when they were resolved. */
  text: string;
  warning: string | null;
}

const LEAD = "(?:\\b(?:due(?:\\s+(?:by|on|date))?|by|on|before|until|till|no later than|for)\\s*:?\\s+)?(?:the\\s+)?(?:week\\s+of\\s+)?";
/** The due words before a date ("due by the"): cut with it. */
const LEAD_BEFORE = new RegExp(`${LEAD}$`, "i");
const FULL_DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
/** "Tuesday night", "tomorrow morning": still that day. */
const PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night|eod))?";
/** "Wednesday meeting", "Friday's call": a day naming an event, not a deadline. */
const NOT_EVENT = "(?!['’]|\\s+(?:meeting|call|sync|standup|stand-up|session|review|demo|check-?in|workshop)s?\\b)";
const SHORT_DAY = "(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?";
const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The day due words mean, and another reading when the words allow one ("next Friday"). */
type Reading = { due: string; other?: string };

interface Hit {
  start: number;
  end: number;
  /** For relative words ("by Friday"): the day they mean from the meeting's date. */
  resolve?: (meeting: string) => Reading;
  /** For a date: the days it can be, when it names its year or the meeting gives one. */
  isos?: string[];
}

/** Due words; never the start of a possessive ("this week's numbers", "Friday's call"). */
const rule = (body: string): RegExp => new RegExp(`\\b${LEAD}${body}\\b(?!['’])`, "i");

const RELATIVE: Array<{ re: RegExp; resolve: (m: RegExpExecArray, meeting: string) => Reading }> = [
  { re: rule("(?:end of (?:the )?(?:business )?day|eod|cob|eob|close of (?:business|play))(?: today)?"), resolve: (_m, d) => ({ due: d }) },
  { re: rule("(?:today|tonight)(?!['’])"), resolve: (_m, d) => ({ due: d }) },
  { re: rule("day after tomorrow"), resolve: (_m, d) => ({ due: addDays(d, 2) }) },
  { re: rule(`tomorrow${PART_OF_DAY}`), resolve: (_m, d) => ({ due: addDays(d, 1) }) },
  { re: rule("end of next week"), resolve: (_m, d) => ({ due: dayInWeek(d, 5, 1) }) },
  { re: rule("(?:end of (?:the |this )?week|eow|this week)"), resolve: (_m, d) => ({ due: coming(d, 5, true) }) },
  { re: rule("next week"), resolve: (_m, d) => ({ due: dayInWeek(d, 1, 1) }) },
  { re: rule("(?:end of (?:the |this )?month|eom)"), resolve: (_m, d) => ({ due: addDays(addMonths(d, 1), -1) }) },
  { re: rule("next month"), resolve: (_m, d) => ({ due: addMonths(d, 1) }) },
  { re: rule(`(?:(this|next|coming)\\s+)?${FULL_DAY}${PART_OF_DAY}${NOT_EVENT}`), resolve: (m, d) => byWeekday(d, m[1], m[2]) },
  {
    re: new RegExp(`\\b(?:(?:due|by|on|before|until)\\s+(?:(this|next)\\s+)?|(this|next)\\s+)${SHORT_DAY}(?![\\w'’])`, "i"),
    resolve: (m, d) => byWeekday(d, m[1] ?? m[2], m[3]),
  },
  {
    re: rule("(?:in|within)\\s+(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(business\\s+|working\\s+)?(day|week|month)s?"),
    resolve: (m, d) => ({ due: later(d, COUNTS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]), (m[3] ?? "day").toLowerCase(), Boolean(m[2])) }),
  },
];

/** `about` names the action in warnings when `text` is only the due words (a table's due column). */
export function readDue(text: string, meeting: string | null, about?: string): DueRead {
  const hit = firstHit(text, meeting);
  if (!hit) return { due: null, text, warning: null };
  const phrase = text.slice(hit.start, hit.end).trim();
  const rest = cut(text, hit.start, hit.end);
  const task = about ?? rest.replace(/([^.])\.$/, "$1");
  const unsure = (why: string): DueRead => ({ due: null, text, warning: `Due "${phrase}" of "${task}" ${why}` });
  const only = hit.isos?.length === 1 ? hit.isos[0] : undefined;
  if (only) return { due: only, text: rest, warning: null };
  if (hit.isos) return unsure(`could be ${hit.isos.join(" or ")}.`);
  if (!meeting || !hit.resolve) return unsure("needs the meeting date.");
  const { due, other } = hit.resolve(meeting);
  const warning = other && other !== due ? `Due "${phrase}" of "${task}" read as ${due} (not ${other}): check it.` : null;
  return { due, text: rest, warning };
}

/** The earliest due words in the text (the longer on a tie: "by Friday, March 6" over "by Friday"). */
function firstHit(text: string, meeting: string | null): Hit | null {
  const hits: Hit[] = RELATIVE.flatMap(({ re, resolve }) => {
    const m = re.exec(text);
    // "(Thursday/Friday)": a choice of days is no deadline.
    if (!m || text[m.index - 1] === "/" || text[m.index + m[0].length] === "/") return [];
    return [{ start: m.index, end: m.index + m[0].length, resolve: (d: string) => resolve(m, d) }];
  });
  const date = dateHit(text, meeting);
  if (date) hits.push(date);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits[0] ?? null;
}

/** A written date and the due words before it, with the days it can be once its year is known. */
function dateHit(text: string, meeting: string | null): Hit | null {
  const date = firstDate(text);
  if (!date) return null;
  const lead = LEAD_BEFORE.exec(text.slice(0, date.index))?.[0].length ?? 0;
  const span = { start: date.index - lead, end: date.index + date.text.length };
  const year = date.year ?? (meeting ? Number(meeting.slice(0, 4)) : null);
  if (year === null) return span;
  const isos = candidates(date, year);
  if (date.year !== null || isos.length > 1) return isos.length === 0 ? null : { ...span, isos };
  // Without its year a date is the next such day on or after the meeting: "by March 10" in a
  // December meeting is next year's, "by Feb 29" the next leap year's.
  const next = [0, 1, 2, 3, 4].map((k) => candidates(date, year + k)[0]).find((iso) => iso !== undefined && iso >= (meeting ?? ""));
  return next ? { ...span, isos: [next] } : null;
}

/** The text without the due words (and the parentheses they sat in), its punctuation tidied. */
function cut(text: string, start: number, end: number): string {
  let before = text.slice(0, start);
  let after = text.slice(end);
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
    before = before.replace(/\(\s*$/, "");
    after = after.replace(/^\s*\)/, "");
  }
  return `${before.replace(/[\s,;:–—-]+$/, "")} ${after}`
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?)])/g, "$1")
    .replace(/^[\s,;:]+|[\s,;:–—-]+$/g, "")
    .trim();
}

/** The next such weekday after the date (or the date itself when `same`). 0 = Sunday. */
function coming(date: string, day: number, same: boolean): string {
  const ahead = (day - weekday(date) + 7) % 7;
  return addDays(date, ahead === 0 && !same ? 7 : ahead);
}

/** That weekday in the date's week (weeks start on Monday), `weeks` weeks on. */
function dayInWeek(date: string, day: number, weeks: number): string {
  const monday = addDays(date, -((weekday(date) + 6) % 7));
  return addDays(monday, weeks * 7 + ((day + 6) % 7));
}

/** "Friday" is the coming one; "next Friday" the one in next week, which may not be the coming one. */
function byWeekday(date: string, modifier: string | undefined, name: string | undefined): Reading {
  const day = weekdayOf(name) ?? 5;
  const mod = modifier?.toLowerCase();
  if (mod === "next") return { due: dayInWeek(date, day, 1), other: coming(date, day, false) };
  return { due: coming(date, day, mod === "this") };
}

function later(date: string, count: number, unit: string, business: boolean): string {
  if (unit === "month") return addDays(addMonths(date, count), Number(date.slice(8, 10)) - 1);
  if (unit === "week") return addDays(date, count * 7);
  if (!business) return addDays(date, count);
  let day = date;
  for (let left = count; left > 0; ) {
    day = addDays(day, 1);
    if (weekday(day) % 6 !== 0) left--;
  }
  return day;
}
