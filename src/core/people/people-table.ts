import { nextOccurrence } from "../person/key-dates";
import { daysBetween } from "../person/stale";
import { foldForSearch } from "../person/search";
import type { Cadence } from "../person/keep-in-touch";
import type { PersonEntry } from "./entry";

/** Keep in touch, as the people view says it: the same rule as the stale list (`staleContacts`). */
export type KeepInTouch = "stale" | "snoozed" | "on-track" | "not-tracked";

/** One person as the people view lists them: every value already in the form it is shown and sorted in. */
export interface PeopleRow {
  path: string;
  name: string;
  /** The note's folder, `""` at the vault's root. */
  folder: string;
  company: string;
  role: string;
  /** `YYYY-MM-DD`, or null when the note records none. */
  lastContact: string | null;
  /** The soonest key date from today on, with its label; null when the note has none. */
  nextKeyDate: { label: string; date: string } | null;
  keepInTouch: KeepInTouch;
  /** Days past the keep-in-touch threshold (0 unless stale). */
  overdueDays: number;
  needsReview: boolean;
  /** Lower case, without `#`: tags compare ignoring case, as Obsidian does. */
  tags: string[];
  /** Name, aliases, company, role, emails and tags, folded (case and accents ignored): what the text filter looks in. */
  searchText: string;
  /** The name folded, computed once: sorting 10,000 rows compares names many times. */
  nameOrder: string;
}

export const PEOPLE_COLUMNS = ["name", "company", "role", "lastContact", "nextKeyDate", "keepInTouch", "needsReview"] as const;
export type PeopleColumn = (typeof PEOPLE_COLUMNS)[number];

export interface PeopleQuery {
  /** Words that must all appear (any case) in the name, aliases, company, role, emails or tags. */
  text: string;
  /** A tag, without `#`, or null for any. */
  tag: string | null;
  /** A folder and everything under it, or null for any. */
  folder: string | null;
  sort: PeopleColumn;
  descending: boolean;
}

export const ALL_PEOPLE: PeopleQuery = { text: "", tag: null, folder: null, sort: "name", descending: false };

/** Stale past the note's `keep_in_touch` days (else `staleDays`) unless snoozed; 0 days = not tracked. */
export function keepInTouchOf(cadence: Cadence, today: string, staleDays: number): { keepInTouch: KeepInTouch; overdueDays: number } {
  const days = cadence.keepInTouch ?? staleDays;
  if (days <= 0 || cadence.since === null) return { keepInTouch: "not-tracked", overdueDays: 0 };
  const overdueDays = daysBetween(cadence.since, today) - days;
  if (overdueDays <= 0) return { keepInTouch: "on-track", overdueDays: 0 };
  if (cadence.snoozeUntil !== null && cadence.snoozeUntil >= today) return { keepInTouch: "snoozed", overdueDays: 0 };
  return { keepInTouch: "stale", overdueDays };
}

export function peopleRow(entry: PersonEntry, today: string, staleDays: number): PeopleRow {
  const next = entry.keyDates.map((d) => ({ label: d.label, date: nextOccurrence(d.date, today).date })).sort((a, b) => compare(a.date, b.date))[0] ?? null;
  const tags = entry.tags.map((t) => t.toLowerCase());
  return {
    path: entry.path,
    name: entry.name,
    folder: entry.path.includes("/") ? entry.path.replace(/\/[^/]*$/, "") : "",
    company: entry.company ?? "",
    role: entry.role ?? "",
    lastContact: entry.lastContact,
    nextKeyDate: next,
    ...keepInTouchOf(entry.cadence, today, staleDays),
    needsReview: entry.needsReview,
    tags,
    searchText: foldForSearch([entry.name, ...entry.aliases, entry.company ?? "", entry.role ?? "", ...entry.emails, ...tags].join(" | ")),
    nameOrder: foldForSearch(entry.name),
  };
}

/** The people index's entries as rows, in name order. */
export function peopleRows(entries: Iterable<PersonEntry>, today: string, staleDays: number): PeopleRow[] {
  return [...entries].map((e) => peopleRow(e, today, staleDays)).sort(byColumn.name);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: PeopleRow, b: PeopleRow): number => compare(a.nameOrder, b.nameOrder) || compare(a.path, b.path);
/** Empty values sort last in either direction, so sorting by company never opens on a page of blanks. */
const emptyLast = (a: string, b: string): number => Number(a === "") - Number(b === "");
/** Most urgent first: stale (most overdue first), snoozed, on track, not tracked. */
const URGENCY: Record<KeepInTouch, number> = { stale: 0, snoozed: 1, "on-track": 2, "not-tracked": 3 };

/** Each column's ascending order; ties fall back to the name. */
const byColumn: Record<PeopleColumn, (a: PeopleRow, b: PeopleRow) => number> = {
  name: byName,
  company: (a, b) => compare(a.company.toLowerCase(), b.company.toLowerCase()),
  role: (a, b) => compare(a.role.toLowerCase(), b.role.toLowerCase()),
  lastContact: (a, b) => compare(a.lastContact ?? "", b.lastContact ?? ""),
  nextKeyDate: (a, b) => compare(a.nextKeyDate?.date ?? "", b.nextKeyDate?.date ?? ""),
  keepInTouch: (a, b) => URGENCY[a.keepInTouch] - URGENCY[b.keepInTouch] || b.overdueDays - a.overdueDays,
  needsReview: (a, b) => Number(b.needsReview) - Number(a.needsReview),
};

/** The value a column sorts by, `""` when empty (empty rows stay last). */
const sortValue: Partial<Record<PeopleColumn, (r: PeopleRow) => string>> = {
  company: (r) => r.company,
  role: (r) => r.role,
  lastContact: (r) => r.lastContact ?? "",
  nextKeyDate: (r) => r.nextKeyDate?.date ?? "",
};

/** The rows the query keeps, in its order. */
export function peopleTable(rows: readonly PeopleRow[], query: PeopleQuery): PeopleRow[] {
  const words = foldForSearch(query.text).split(/\s+/).filter((w) => w !== "");
  const tag = query.tag?.replace(/^#/, "").toLowerCase() ?? null;
  const folder = query.folder;
  const kept = rows.filter(
    (r) =>
      words.every((w) => r.searchText.includes(w)) &&
      (tag === null || r.tags.some((t) => t === tag || t.startsWith(`${tag}/`))) &&
      (folder === null || r.folder === folder || r.folder.startsWith(`${folder}/`)),
  );
  const order = byColumn[query.sort];
  const value = sortValue[query.sort];
  const direction = query.descending ? -1 : 1;
  return kept.sort((a, b) => (value ? emptyLast(value(a), value(b)) : 0) || direction * order(a, b) || byName(a, b));
}

/** Every tag and every folder (with their parents) the rows have, sorted: the filters' choices. */
export function peopleFilters(rows: readonly PeopleRow[]): { tags: string[]; folders: string[] } {
  const tags = new Set(rows.flatMap((r) => r.tags));
  const folders = new Set(rows.flatMap((r) => r.folder.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"))).filter((f) => f !== ""));
  return { tags: [...tags].sort(compare), folders: [...folders].sort(compare) };
}
