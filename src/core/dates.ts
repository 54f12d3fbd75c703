/** Dates in Kith are ISO calendar dates (`YYYY-MM-DD`) as strings; the clock is injected. */
import { DASH } from "./text/char-codes";

/** Whether the value is `YYYY-MM-DD` naming a real calendar day (years 100 to 9999). */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  // Years below 100 stay refused, as when this was checked through Date.UTC, which reads them as 19xx.
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The decimal number written from `from` to `to` in ASCII digits, or -1. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
