import { addDays, addMonths, candidates, findDates, weekday, WEEKDAY_INDEX } from "./dates";

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

const LEAD = "(?:(?:due(?:\\s+(?:by|on|date))?|by|on|before|until|till|no later than|for)\\s*:?\\s+)?(?:the\\s+)?(?:week\\s+of\\s+)?";
const LEAD_BEFORE = /(?:\b(?:due(?:\s+(?:by|on|date))?|by|on|before|until|till|no later than|for)\s*:?\s+)?(?:the\s+)?(?:week\s+of\s+)?$/i;
const FULL_DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
/** "Tuesday night", "tomorrow morning": still that day. */
const PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night|eod))?";
/** "Wednesday meeting", "Friday's call": a day naming an event, not a deadline. */
const NOT_EVENT = "(?!['’]|\\s+(?:meeting|call|sync|standup|stand-up|session|review|demo|check-?in|workshop)s?\\b)";
const SHORT_DAY = "(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?";
const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

interface Hit {
  start: number;
  end: number;
  /** The resolved date (null: not a date, like "next meeting"), and another reading when the words allow one. */
  resolve: (meeting: string) => { due: string; other?: string };
  /** Resolves without the meeting date (a full date). */
  absolute?: { isos: string[] };
}

/** Due words; never the start of a possessive ("this week's numbers", "Friday's call"). */
const rule = (body: string): RegExp => new RegExp(`\\b${LEAD}${body}\\b(?!['’])`, "i");

const RELATIVE: Array<{ re: RegExp; resolve: (m: RegExpExecArray, meeting: string) => { due: string; other?: string } }> = [
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
  if (hit.absolute) {
    const isos = hit.absolute.isos;
    if (isos.length === 1) return { due: isos[0] ?? null, text: rest, warning: null };
    return { due: null, text, warning: `Due "${phrase}" of "${task}" could be ${isos.join(" or ")}.` };
  }
  if (!meeting) return { due: null, text, warning: `Due "${phrase}" of "${task}" needs the meeting date.` };
  const { due, other } = hit.resolve(meeting);
  const warning = other && other !== due ? `Due "${phrase}" of "${task}" read as ${due} (not ${other}): check it.` : null;
  return { due, text: rest, warning };
}

/** The earliest due words in the text (the longer on a tie: "by Friday, March 6" over "by Friday"). */
function firstHit(text: string, meeting: string | null): Hit | null {
  const hits: Hit[] = [];
  for (const { re, resolve } of RELATIVE) {
    const m = re.exec(text);
    // "(Thursday/Friday)": a choice of days is no deadline.
    if (m && text[m.index - 1] !== "/" && text[m.index + m[0].length] !== "/") {
      hits.push({ start: m.index, end: m.index + m[0].length, resolve: (d) => resolve(m, d) });
    }
  }
  for (const match of findDates(text)) {
    const lead = LEAD_BEFORE.exec(text.slice(0, match.index))?.[0].length ?? 0;
    const year = meeting ? Number(meeting.slice(0, 4)) : undefined;
    let isos = candidates(match, year);
    if (isos.length === 0 && (match.year !== null || meeting)) break;
    // "by March 10" in a December meeting means next year's.
    if (match.year === null && meeting && isos.length === 1 && (isos[0] ?? "") < meeting && year !== undefined) {
      isos = candidates(match, year + 1);
    }
    const hit: Hit = { start: match.index - lead, end: match.index + match.text.length, resolve: () => ({ due: isos[0] ?? "" }) };
    if (match.year !== null || meeting) hit.absolute = { isos };
    hits.push(hit);
    break;
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits[0] ?? null;
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
function byWeekday(date: string, modifier: string | undefined, name: string | undefined): { due: string; other?: string } {
  const day = WEEKDAY_INDEX[(name ?? "").slice(0, 3).toLowerCase()] ?? 5;
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
