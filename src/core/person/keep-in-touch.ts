import { KithError } from "../errors";
import { isIsoDate } from "../dates";
import { dateQuoteStyle, formatDateScalar, parseFrontmatter, frontmatterEdit } from "../frontmatter";
import type { EditContext } from "./context";
import { finishEdit } from "./finish-edit";
import { readDay } from "./key-date-value";
import { lastContactKey } from "./status";

/** Keys a new cadence key goes after, so it sits with the note's other dates. */
const AFTER = ["snooze_until", "keep_in_touch", "last_contact", "created", "title", "type"];

/** How often to be in touch with someone: frontmatter `keep_in_touch` (days) and `snooze_until`. */
export interface Cadence {
  /** The last contact, else the note's creation: the date the clock runs from. */
  since: string | null;
  /** Days between contacts; null = the global threshold; 0 = not tracked. */
  keepInTouch: number | null;
  snoozeUntil: string | null;
}

/** A day as the note's reader reads it (`[[2026-03-02]]` and `2 March 2026` too), so every view of a person agrees. */
function dateOf(value: unknown): string | null {
  return typeof value === "string" ? readDay(value) : null;
}

/** A number of days: a whole number, 0 or more, given as a number or as digits; else null. */
function daysOf(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** A person's cadence from frontmatter values (Obsidian's metadata cache, or parsed text). */
export function cadenceOf(frontmatter: Readonly<Record<string, unknown>> | null | undefined): Cadence {
  const fm = frontmatter ?? {};
  return {
    since: dateOf(fm[lastContactKey(fm) ?? "last_contact"]) ?? dateOf(fm.created),
    keepInTouch: daysOf(fm.keep_in_touch),
    snoozeUntil: dateOf(fm.snooze_until),
  };
}

/** Sets `snooze_until`, quoted the way the note quotes its dates. */
export function snoozePerson(text: string, until: string, ctx: EditContext): string {
  if (!isIsoDate(until)) throw new KithError("invalid-date", `"${until}" is not a date (YYYY-MM-DD).`);
  const parsed = parseFrontmatter(text);
  const quote = dateQuoteStyle(text, parsed.block, "snooze_until");
  const edit = frontmatterEdit.setScalar(text, "snooze_until", formatDateScalar(until, quote), { after: AFTER, valueName: "date" }, parsed);
  return finishEdit(text, edit ? [edit] : [], ctx.today, { frontmatterParsed: true });
}

/** Sets `keep_in_touch` to a number of days (a number, or text the user typed); 0 stops tracking. */
export function setKeepInTouch(text: string, input: number | string, ctx: EditContext): string {
  const days = daysOf(input);
  if (days === null) throw new KithError("invalid-value", `"${String(input).trim()}" is not a number of days (0 or more).`);
  const parsed = parseFrontmatter(text);
  if (parsed.data.keep_in_touch === String(days)) return text;
  const edit = frontmatterEdit.setScalar(text, "keep_in_touch", String(days), { after: AFTER, valueName: "number" }, parsed);
  return finishEdit(text, edit ? [edit] : [], ctx.today, { frontmatterParsed: true });
}
