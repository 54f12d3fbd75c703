import { listValue, type FrontmatterData } from "../frontmatter";
import { compactLabel, contactKey } from "./contacts/aliases";
import type { ContactField } from "./contacts/record";
import { readKeyDate } from "./key-date-value";

/** A date in a person's year: a birthday, an anniversary, or a dated field the settings name. */
export interface KeyDate {
  /** `birthday`, `anniversary`, or the field's name as the settings write it, lower-cased (as contact keys are). */
  key: string;
  /** As lists show it: `Birthday`, `Anniversary`, or the field's name as the settings write it. */
  label: string;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is not known (vCard's form). */
  date: string;
  /** As the note writes it. */
  value: string;
}

/** The key dates every person may have, before the fields the settings add. */
const KNOWN: ReadonlyArray<{ key: string; label: string }> = [
  { key: "birthday", label: "Birthday" },
  { key: "anniversary", label: "Anniversary" },
];

/**
 * A person's key dates from their contact record (the table, Properties, inline fields, bold
 * labels) and, for the fields the settings name, any property of that name (Properties the
 * record does not know as contact details). A field is compared as contact labels are
 * (`First met`, `first_met`, `firstMet` are one); its first value that reads as a date counts,
 * and a field with none is left out.
 */
export function keyDatesOf(record: readonly ContactField[], properties: FrontmatterData, fields: readonly string[] = []): KeyDate[] {
  const named = fields.map((field) => ({ key: contactKey(field), label: field.trim() })).filter((f) => f.key !== "");
  const wanted = [...KNOWN, ...named].filter((f, i, all) => all.findIndex((g) => compactLabel(g.key) === compactLabel(f.key)) === i);
  // Each name compacted once, not once per wanted date: every index entry is read through here.
  const names = [
    ...record.map((f) => ({ names: [compactLabel(f.key), compactLabel(f.label)], values: [...f.values, ...f.also.flatMap((a) => a.values)] })),
    ...Object.keys(properties).map((k) => ({ names: [compactLabel(k)], values: listValue(properties[k]) })),
  ];
  return wanted.flatMap(({ key, label }) => {
    const name = compactLabel(key);
    const found = names
      .filter((n) => n.names.includes(name))
      .flatMap((n) => n.values)
      .map((value) => ({ value: value.trim(), date: readKeyDate(value.trim()) }))
      .find((v) => v.date !== null);
    return found?.date ? [{ key, label, date: found.date, value: found.value }] : [];
  });
}

/** A key date's next occurrence on or after today, and the years it marks (null without a year). */
export interface Occurrence {
  date: string;
  years: number | null;
}

/**
 * When a key date next comes, on or after `today` (ISO). 29 February falls on 28 February in
 * other years; a dated year still to come (a wedding next June) comes first on that day itself.
 */
export function nextOccurrence(keyDate: string, today: string): Occurrence {
  const year = keyDate.startsWith("--") ? null : Number(keyDate.slice(0, 4));
  const monthDay = keyDate.slice(-5);
  const thisYear = onDay(Number(today.slice(0, 4)), monthDay);
  const next = thisYear >= today ? thisYear : onDay(Number(today.slice(0, 4)) + 1, monthDay);
  const date = year !== null && keyDate > next ? keyDate : next;
  return { date, years: year === null ? null : Number(date.slice(0, 4)) - year };
}

/** `MM-DD` in a year: 29 February outside a leap year is the 28th. */
function onDay(year: number, monthDay: string): string {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, "0")}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}

/** The years a date marks, in words: `turns 36` for a birthday, else `10 years`; empty without a year or at 0. */
export function yearsPhrase(key: string, years: number | null): string {
  if (years === null || years <= 0) return "";
  return key === "birthday" ? `turns ${years}` : `${years} ${years === 1 ? "year" : "years"}`;
}
