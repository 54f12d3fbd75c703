/** Dates in Kith are ISO calendar dates (`YYYY-MM-DD`) as strings; the clock is injected. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
