import { differenceInCalendarDays, differenceInCalendarMonths, differenceInCalendarYears, parseISO } from "date-fns";

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/**
 * A calendar date relative to today, as people say it: "today", "yesterday", "5 days ago",
 * "3 weeks ago", "4 months ago", "2 years ago" (and "in ..." for a date ahead). Calendar
 * days, not hours, so the text does not change during the day.
 */
export function relativeDate(date: string, today: string): string {
  const then = parseISO(date);
  const now = parseISO(today);
  const days = differenceInCalendarDays(now, then);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days === -1) return "tomorrow";
  const ago = (span: string): string => (days > 0 ? `${span} ago` : `in ${span}`);
  const d = Math.abs(days);
  if (d < 7) return ago(plural(d, "day"));
  if (d < 60) return ago(plural(Math.floor(d / 7), "week"));
  const months = Math.abs(differenceInCalendarMonths(now, then));
  if (months < 12) return ago(plural(Math.max(months, 2), "month"));
  return ago(plural(Math.abs(differenceInCalendarYears(now, then)), "year"));
}

/** Whole calendar days from `date` to `today` (negative when `date` is ahead). */
export function daysSince(date: string, today: string): number {
  return differenceInCalendarDays(parseISO(today), parseISO(date));
}
