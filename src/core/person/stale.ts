import { cadenceOf } from "./keep-in-touch";

const DAY_MS = 86_400_000;

function utc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  return new Date(utc(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A person the stale list considers, with their frontmatter. */
export interface CadenceSubject {
  path: string;
  name: string;
  frontmatter: Readonly<Record<string, unknown>> | null | undefined;
}

export interface StaleContact {
  path: string;
  name: string;
  /** The date the clock ran from: last contact, else creation. */
  since: string;
  /** The threshold that applied: the person's own, else the global one. */
  days: number;
  overdueDays: number;
}

/**
 * People not contacted for longer than their threshold (`keep_in_touch`, else `defaultDays`),
 * most overdue first. A snooze hides a person up to and including its date; `keep_in_touch: 0`
 * leaves them out; a note with neither a last contact nor a creation date cannot be judged.
 */
export function staleContacts(people: Iterable<CadenceSubject>, today: string, defaultDays: number): StaleContact[] {
  const stale: StaleContact[] = [];
  for (const person of people) {
    const cadence = cadenceOf(person.frontmatter);
    const days = cadence.keepInTouch ?? defaultDays;
    if (days <= 0 || cadence.since === null) continue;
    if (cadence.snoozeUntil !== null && cadence.snoozeUntil >= today) continue;
    const overdueDays = daysBetween(cadence.since, today) - days;
    if (overdueDays > 0) stale.push({ path: person.path, name: person.name, since: cadence.since, days, overdueDays });
  }
  return stale.sort((a, b) => b.overdueDays - a.overdueDays || a.name.localeCompare(b.name));
}
