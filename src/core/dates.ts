/** Dates in Kith are ISO calendar dates (`YYYY-MM-DD`) as strings; the clock is injected. */

/** Whether the value is `YYYY-MM-DD` naming a real calendar day (years 100 to 9999): it survives a round trip through Date.UTC. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  // Date.UTC reads years below 100 as 19xx, so they fail the round trip too.
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day;
}

/** The ISO date at the start of a value (`2026-03-02`, `2026-03-02T10:00`), or null. */
export function leadingIsoDate(value: string | null | undefined): string | null {
  const head = value?.trim().slice(0, 10) ?? "";
  return isIsoDate(head) ? head : null;
}

/** A local calendar date as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, "0");
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
