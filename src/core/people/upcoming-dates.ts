import { formatDisplayDate } from "../person/display-date";
import { nextOccurrence, yearsPhrase } from "../person/key-dates";
import { addDays, daysBetween } from "../person/stale";
import type { PersonEntry } from "./entry";

/** How many days ahead "Upcoming dates" looks: the plugin's list and panel section, and `kith dates` by default. */
export const UPCOMING_DAYS = 30;
/** A year and a day: every yearly date falls once in it, and a longer window would list each once all the same. */
export const MOST_UPCOMING_DAYS = 366;

/** One key date coming up, as the Upcoming dates list and `kith dates` show it. */
export interface UpcomingDate {
  name: string;
  path: string;
  /** `birthday`, `anniversary`, or the field's name (KeyDate.key). */
  key: string;
  label: string;
  /** The next occurrence, `YYYY-MM-DD`. */
  date: string;
  /** The value as the note writes it. */
  value: string;
  /** The years it marks (the age a birthday turns), null when the note gives no year. */
  years: number | null;
}

/**
 * Everyone's key dates from today through `days` days ahead (both days counted), soonest first,
 * then by name; from the people index's entries, never the notes themselves.
 */
export function upcomingDates(entries: Iterable<PersonEntry>, today: string, days: number): UpcomingDate[] {
  const last = addDays(today, days);
  const upcoming: UpcomingDate[] = [];
  for (const { name, path, keyDates } of entries) {
    for (const { key, label, date: keyDate, value } of keyDates) {
      const { date, years } = nextOccurrence(keyDate, today);
      if (date <= last) upcoming.push({ name, path, key, label, date, value, years });
    }
  }
  return upcoming.sort((a, b) => compare(a.date, b.date) || a.name.localeCompare(b.name) || compare(a.path, b.path) || compare(a.label, b.label));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `Birthday, turns 36: 2 Apr 2026 (in 8 days)`: an upcoming date in words, its day in the user's date format. */
export function upcomingDateText(upcoming: UpcomingDate, today: string, dateFormat: string): string {
  const years = yearsPhrase(upcoming.key, upcoming.years);
  const days = daysBetween(today, upcoming.date);
  const when = days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
  return `${upcoming.label}${years ? `, ${years}` : ""}: ${formatDisplayDate(upcoming.date, dateFormat)} (${when})`;
}
